// End-to-end tests of the reader's corrections: link, unlink, note, undo,
// redo, with the keyboard as well as the mouse, and what follows from them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, openViewer, dropFiles, DIST } from './harness.mjs';

let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

const open = () => openViewer(chrome, srv.url);

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
  // A note on the link itself, shown beside both of its paragraphs.
  const onLink = page.getByLabel('on its link');
  await onLink.focus();
  await page.keyboard.press('Space');
  const linkField = page.getByLabel('Note on its link');
  assert.equal(await linkField.inputValue(), '', 'the link has no note yet');
  await linkField.focus();
  await page.keyboard.type('Same quote, different speaker');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#r-p0 .note');
  assert.match(await page.locator('#r-p0 .note').innerText(), /Your note on its link: Same quote, different speaker/);
  assert.deepEqual(await page.locator('#l-p2 .note').allInnerTexts(),
    ['Your note: Compare with the police statement', 'Your note on its link: Same quote, different speaker']);
  // Every control has a visible label.
  for (const b of await page.locator('.corrections button').all()) {
    assert.ok((await b.innerText()).trim().length > 0);
  }
  // Exports carry the corrections.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(report.corrections.links_added, [{ left: [2], right: [0] }]);
  assert.equal(report.corrections.notes[0].text, 'Compare with the police statement');
  assert.deepEqual(report.corrections.notes[1], { on: { link: { left: [2], right: [0] } }, text: 'Same quote, different speaker' });
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  assert.match(text, /^link,.*,linked_by,notes\r\n/);
  assert.match(text, /,reader,"Compare with the police statement; Same quote, different speaker"\r\n$/);
  // The link's note goes with the link, and comes back with it on undo.
  await page.click('#l-p2');
  await page.click('.corrections button:text-matches("^Remove the link")');
  await page.waitForFunction(() => !document.querySelector('.score.mine'));
  assert.equal(await page.locator('#r-p0 .note').count(), 0);
  assert.deepEqual(await page.locator('#l-p2 .note').allInnerTexts(), ['Your note: Compare with the police statement']);
  assert.equal(await page.getByLabel('on its link').isChecked(), false, 'no link, no box ticked');
  await page.click('.corrections button:text-is("Undo")');
  await page.waitForSelector('#r-p0 .note');
  assert.deepEqual(errors, []);
  await page.close();
});

/// The seed pair with two corrections: ¶1 left linked to ¶2 right, and a
/// note on ¶2 right.
async function corrected(note) {
  const { page, errors } = await open();
  await page.click('#l-p0');
  await page.click('#r-p1');
  await page.click('.corrections button:text-matches("^Link")');
  await page.waitForSelector('.score.mine');
  await page.click('#r-p1');
  await page.getByLabel('Note on right ¶2').fill(note);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#r-p1 .note');
  return { page, errors };
}

test('a JSON export dropped back on the page reopens the comparison with its corrections', async () => {
  const { page, errors } = await corrected('Not this event');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const bytes = fs.readFileSync(await json.path());
  assert.ok(JSON.parse(bytes).saved_corrections, 'the export carries the corrections in Diptych\'s own form');
  await page.close();

  // A fresh page with other texts: the export dropped on it brings back both texts and the corrections.
  const { page: again, errors: errs } = await open();
  await dropFiles(again, '.page', [{ name: 'plain.lv.txt', bytes: Buffer.from('Rīgā šodien lija.\n\nVakarā bija vējš.') }]);
  await again.waitForFunction(() => /plain\.lv\.txt/.test(document.querySelector('.row.head .cell')?.textContent || ''));
  await dropFiles(again, '.page', [{ name: 'diptych-report.json', bytes }]);
  await again.waitForSelector('.score.mine', { timeout: 30000 });
  assert.equal(await again.locator('.row.linked').count(), 1);
  assert.match(await again.locator('#r-p1 .note').innerText(), /Not this event/);
  assert.match(await again.locator('.correction-count').innerText(), /2 corrections by you/);
  // A JSON file that is no export says so, and the page keeps working.
  await dropFiles(again, '.page', [{ name: 'other.json', bytes: Buffer.from('{"a": 1}') }]);
  await again.waitForFunction(() => /not a comparison Diptych exported/.test(document.body.textContent));
  assert.deepEqual(errors, []);
  assert.deepEqual(errs, []);
  await again.close();
});

test('a saved comparison reopens from file:// with its corrections, offline, and saves again', async () => {
  const { page, errors } = await corrected('Zhanaozen, 2011: not this event');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('text=Save comparison')]);
  assert.match(saved.suggestedFilename(), /^diptych-kazakhstan-2022-lv-vs-zhanaozen-2011-ru\.html$/);
  await page.waitForSelector('.export .notice');
  assert.match(await page.locator('.export .notice').innerText(), /^Saved as /);
  const file = path.join(os.tmpdir(), `diptych-saved-${process.pid}.html`);
  fs.copyFileSync(await saved.path(), file);
  const bytes = fs.statSync(file).size;
  await page.close();

  // Opened from disk with the network cut: the comparison is there, corrected.
  const context = await chrome.newContext({ acceptDownloads: true });
  await context.setOffline(true);
  const requests = [];
  context.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
  const again = await context.newPage();
  const errs = [];
  again.on('pageerror', (e) => errs.push(e.message));
  await again.goto(`file://${file}`);
  await again.waitForSelector('.score.mine', { timeout: 30000 });
  assert.equal(await again.locator('.row.linked').count(), 1);
  assert.match(await again.locator('#r-p1 .note').innerText(), /Zhanaozen, 2011: not this event/);
  assert.match(await again.locator('.correction-count').innerText(), /2 corrections by you/);
  // Corrected further and saved again, from the saved file itself.
  // (The undo history is the session's: the saved corrections are where it starts.)
  assert.ok(await again.locator('.corrections button:text-is("Undo")').isDisabled());
  await again.click('#l-p0');
  await again.click('.corrections button:text-matches("^Remove the link")');
  await again.waitForFunction(() => /1 correction by you/.test(document.querySelector('.correction-count')?.textContent || ''));
  const [second] = await Promise.all([again.waitForEvent('download'), again.click('text=Save comparison')]);
  const html = fs.readFileSync(await second.path(), 'utf8');
  assert.equal((html.match(/id="diptych-config"/g) || []).length, 1, 'one set of saved settings');
  assert.ok(!html.includes('class="page'), 'the saved file holds the viewer, not a drawing of it');
  // The second save holds the corrections as corrected again: the note, no link.
  const file2 = path.join(os.tmpdir(), `diptych-saved-2-${process.pid}.html`);
  fs.writeFileSync(file2, html);
  const third = await context.newPage();
  third.on('pageerror', (e) => errs.push(e.message));
  await third.goto(`file://${file2}`);
  await third.waitForSelector('#r-p1 .note', { timeout: 30000 });
  assert.equal(await third.locator('.score.mine').count(), 0);
  assert.match(await third.locator('.correction-count').innerText(), /1 correction by you/);
  fs.rmSync(file2);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(errs, []);
  console.log(`# saved comparison of the seed pair: ${bytes} bytes`);
  await context.close();
  fs.rmSync(file);
});

test('the reader joins two names and splits a form off one; the lists follow, and undo restores', async () => {
  const { page, errors } = await open();
  const inBoth = async () => Number((await page.locator('.entity-group h3', { hasText: 'In both' }).innerText()).match(/\((\d+)\)/)[1]);
  const before = await inBoth();
  await page.selectOption('#join-a', { label: 'Almaty (left)' });
  await page.selectOption('#join-b', { label: 'Жанаозен (right)' });
  await page.click('text=Join names');
  await page.waitForFunction((n) => /In both \((\d+)\)/.exec(document.querySelector('.entity-group h3')?.textContent || '')?.[1] == n + 1, before);
  assert.equal(await inBoth(), before + 1);
  // Split one written form off Kazakhstan: it becomes a name of its own.
  const form = await page.locator('#split-form option', { hasText: /from Kazakhstan$/ }).first().innerText();
  await page.selectOption('#split-form', { label: form });
  await page.click('text=Split name');
  const split = form.match(/“(.+)”/)[1];
  await page.waitForSelector(`.entity-group button.entity:has-text("${split}")`);
  assert.match(await page.locator('.correction-count').innerText(), /2 corrections by you/);
  await page.click('.corrections button:text-is("Undo")');
  await page.click('.corrections button:text-is("Undo")');
  await page.waitForFunction(() => /^Select a paragraph/.test(document.querySelector('.correction-count')?.textContent || ''));
  assert.equal(await inBoth(), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the reader adds a figure disagreement the engine missed, and takes it back', async () => {
  const { page, errors } = await open();
  // The seed's Latvian text has no figures: the control says so by being off.
  assert.ok(await page.locator('button', { hasText: 'Add disagreement' }).isDisabled());
  // Two short reports written for this test, with figures on both sides.
  await dropFiles(page, '.page', [
    { name: 'storm.lv.txt', bytes: Buffer.from('Vētrā Latvijā cieta 12 cilvēki.\n\nBez elektrības palika 3000 mājsaimniecību.') },
    { name: 'storm.ru.txt', bytes: Buffer.from('Во время шторма в Латвии пострадали 14 человек.\n\nБез электричества остались 2500 домохозяйств.') },
  ]);
  await page.waitForFunction(() => /storm\.ru\.txt/.test(document.body.textContent) && document.querySelectorAll('#figure-l option').length > 0);
  const conflicts = page.locator('.divergences li', { hasText: 'right says' });
  const before = await conflicts.count();
  const left = page.getByLabel('Left figure');
  const right = page.getByLabel('disagrees with right figure');
  assert.ok(await left.locator('option').count() >= 1, 'the left text has figures to choose');
  assert.ok(await right.locator('option').count() >= 1, 'the right text has figures to choose');
  // The first figure on the left against the last on the right (not the
  // same item, so not one the engine could have paired), chosen and added
  // with the keyboard.
  const [l, r] = [await left.locator('option').first().innerText(), await right.locator('option').last().innerText()];
  await left.focus();
  await page.keyboard.press('Home');
  await right.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const mine = page.locator('.divergences li', { hasText: 'yours' });
  await mine.waitFor();
  assert.equal(await conflicts.count(), before + 1);
  const text = await mine.innerText();
  assert.ok(text.includes(l) && text.includes(r), `${text} names ${l} and ${r}`);
  assert.match(await page.locator('.correction-count').innerText(), /1 correction by you/);
  // The JSON export carries it as the reader's.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(report.corrections.figures_added.length, 1);
  assert.equal(report.corrections.figures_added[0][0].side, 'left');
  assert.equal(report.corrections.figures_added[0][1].side, 'right');
  // "Mark as wrong" on the reader's own takes it back: nothing is left to undo it from.
  await mine.locator('button', { hasText: 'Mark as wrong' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('.divergences li')].some((li) => /yours/.test(li.textContent)));
  assert.equal(await conflicts.count(), before);
  assert.match(await page.locator('.correction-count').innerText(), /^Select a paragraph/);
  // A pair the engine already reports (12 ≠ 14 injured) is not added again as the reader's.
  await left.selectOption({ label: '12' });
  await right.selectOption({ label: '14' });
  await page.click('button:text-is("Add disagreement")');
  await page.waitForSelector('text=The engine already reports these two figures as disagreeing.');
  assert.equal(await conflicts.count(), before);
  assert.match(await page.locator('.correction-count').innerText(), /^Select a paragraph/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('recent comparisons are kept in this browser: they survive a reload, reopen, and deleting empties the list', async () => {
  const { page, errors } = await open();
  const summary = page.locator('.recents summary');
  assert.match(await summary.innerText(), /Recent comparisons \(0\), kept only in this browser/, 'the demo pair is not kept');
  const pair = async (tag, lv, ru) => {
    await dropFiles(page, '.page', [
      { name: `${tag}.lv.txt`, bytes: Buffer.from(lv) },
      { name: `${tag}.ru.txt`, bytes: Buffer.from(ru) },
    ]);
    await page.waitForSelector(`text=${lv.slice(0, 20)}`);
  };
  await pair('riga', 'Rīgā notika protesti. Policija aizturēja 12 cilvēkus.\n\nValdība sanāca uz ārkārtas sēdi.',
    'В Риге прошли протесты. Полиция задержала 12 человек.\n\nПравительство собралось на экстренное заседание.');
  // A correction is kept with it.
  await page.click('#l-p1');
  await page.click('#r-p0');
  await page.locator('.corrections button', { hasText: /^Link/ }).click();
  await page.waitForSelector('.score.mine');
  await page.waitForFunction(() => /\(1\)/.test(document.querySelector('.recents summary').textContent));
  await page.reload();
  await page.waitForSelector('.rows .para');
  await page.waitForFunction(() => /\(1\)/.test(document.querySelector('.recents summary')?.textContent || ''));
  await summary.click();
  const open1 = page.locator('.recents .recent-open');
  assert.equal(await open1.innerText(), 'Rīgā notika protesti. Policija aizturēja 12 cilvēkus.');
  assert.match(await page.locator('.recents li').innerText(), /riga\.lv\.txt ↔ riga\.ru\.txt · .*20\d\d/);
  assert.match(await page.locator('.recents').innerText(), /in this browser, on this device, and nowhere else/);
  // Reopened with the keyboard: the texts and the reader's link come back.
  await open1.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Valdība sanāca');
  await page.waitForSelector('.score.mine');
  assert.equal(await page.locator('.side-input.left .file-name').innerText(), 'riga.lv.txt');
  await pair('fire', 'Ugunsgrēkā Valmierā gāja bojā divi cilvēki.', 'При пожаре в Валмиере погибли два человека.');
  await page.waitForFunction(() => document.querySelectorAll('.recents li').length === 2);
  assert.match(await page.locator('.recents li').first().innerText(), /Ugunsgrēkā Valmierā/, 'newest first');
  await page.locator('.recents li').first().getByRole('button', { name: /^Delete “Ugunsgrēkā/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('.recents li').length === 1);
  await page.click('.recents .recent-clear');
  await page.waitForSelector('.recents >> text=None kept yet.');
  await page.reload();
  await page.waitForSelector('.rows .para');
  await page.waitForFunction(() => /\(0\)/.test(document.querySelector('.recents summary')?.textContent || ''));
  assert.deepEqual(errors, []);
  await page.close();
});
