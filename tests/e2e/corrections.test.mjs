// End-to-end tests of the reader's corrections: link, unlink, note, undo,
// redo, with the keyboard as well as the mouse, and what follows from them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, browser, DIST } from './harness.mjs';

let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

async function open() {
  const page = await chrome.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para');
  return { page, errors };
}

/// The count in "Only in the left text (N)".
const leftOnly = async (page) =>
  Number((await page.locator('.divergences h3', { hasText: 'Only in the left text' }).innerText()).match(/\((\d+)\)/)[1]);

test('a link the reader makes changes the one-sided list and the coverage; undo and redo', async () => {
  const { page, errors } = await open();
  // The seed pair is two events: nothing is linked, every paragraph is one-sided.
  const before = await leftOnly(page);
  const coverage = async () => (await page.locator('.overview').innerText()).match(/Latvian · \d+ paragraphs · (\d+)% has a counterpart/)[1];
  assert.equal(await coverage(), '0');
  assert.ok(before >= 7, `left one-sided paragraphs: ${before}`);
  const link = page.locator('.corrections button', { hasText: /^Link/ });
  assert.ok(await link.isDisabled(), 'nothing to link before two paragraphs are selected');
  await page.click('#l-p0');
  await page.click('#r-p1');
  assert.equal(await link.innerText(), 'Link left ¶1 with right ¶2');
  await link.click();
  await page.waitForSelector('.score.mine');
  assert.equal(await leftOnly(page), before - 1);
  assert.equal(await page.locator('.row.linked').count(), 1);
  assert.match(await page.locator('.correction-count').innerText(), /1 correction by you/);
  assert.ok(Number(await coverage()) > 0, 'the left text is now partly covered');
  // Undo with the button, redo with the keyboard.
  await page.click('.corrections button:text-is("Undo")');
  await page.waitForFunction(() => !document.querySelector('.score.mine'));
  assert.equal(await leftOnly(page), before);
  await page.locator('#l-p0').focus();
  await page.keyboard.press('Control+y');
  await page.waitForSelector('.score.mine');
  assert.equal(await leftOnly(page), before - 1);
  // Remove the reader's link again by selecting one of its paragraphs.
  await page.click('#r-p1');
  await page.click('.corrections button:text-matches("^Remove the link")');
  await page.waitForFunction(() => !document.querySelector('.score.mine'));
  assert.equal(await leftOnly(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('every correction control is reached and used with the keyboard, and notes are exported', async () => {
  const { page, errors } = await open();
  // Select a paragraph on each side with the keyboard.
  await page.locator('#l-p2').focus();
  await page.keyboard.press('Enter');
  await page.locator('#r-p0').focus();
  await page.keyboard.press('Enter');
  const link = page.locator('.corrections button', { hasText: /^Link/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.score.mine');
  // A note on the selected paragraph, typed and saved with Enter.
  await page.locator('#l-p2').focus();
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Note on left ¶3');
  await field.focus();
  await page.keyboard.type('Compare with the police statement');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#l-p2 .note');
  assert.match(await page.locator('#l-p2 .note').innerText(), /Your note: Compare with the police statement/);
  // Every control has a visible label.
  for (const b of await page.locator('.corrections button').all()) {
    assert.ok((await b.innerText()).trim().length > 0);
  }
  // Exports carry the corrections.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(report.corrections.links_added, [{ left: [2], right: [0] }]);
  assert.equal(report.corrections.notes[0].text, 'Compare with the police statement');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  assert.match(text, /^link,.*,linked_by,notes\r\n/);
  assert.match(text, /,reader,Compare with the police statement\r\n$/);
  assert.deepEqual(errors, []);
  await page.close();
});
