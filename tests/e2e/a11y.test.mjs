// Accessibility: axe-core (npm) finds no serious or critical violation on the
// full page, the iframe embed, and the correction controls in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, browser, DIST, ROOT } from './harness.mjs';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

/// axe's serious and critical violations on the page as it is now, as readable lines.
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0].target.join(' ')})`);
}

async function open(query = '', viewport = { width: 1280, height: 900 }) {
  // The page's CSP admits no injected script: axe is added with it bypassed.
  const context = await chrome.newContext({ bypassCSP: true, viewport });
  const page = await context.newPage();
  await page.goto(`${srv.url}${query}`);
  await page.waitForSelector('.rows .para');
  return { page, context };
}

test('the full page has no serious or critical accessibility violation', async () => {
  const { page, context } = await open();
  const found = await violations(page);
  console.log(`# axe, full page: ${found.length} serious or critical`);
  assert.deepEqual(found, []);
  await context.close();
});

test('the correction controls in use have no serious or critical violation', async () => {
  const { page, context } = await open();
  await page.click('#l-p0');
  await page.click('#r-p1');
  await page.click('.corrections button:text-matches("^Link")');
  await page.waitForSelector('.score.mine');
  await page.click('#l-p0');
  await page.getByLabel('Note on left ¶1').fill('A note');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#l-p0 .note');
  const found = await violations(page);
  console.log(`# axe, corrections in use: ${found.length} serious or critical`);
  assert.deepEqual(found, []);
  await context.close();
});

test('the recent comparisons, open with one kept, have no serious or critical violation', async () => {
  const { page, context } = await open();
  for (const [side, text] of [['left', 'Rīgā notika protesti, policija aizturēja 12 cilvēkus.'], ['right', 'В Риге прошли протесты, полиция задержала 12 человек.']]) {
    await page.locator(`.side-input.${side}`).getByRole('button', { name: 'Paste text' }).click();
    await page.locator(`.side-input.${side} textarea`).fill(text);
    await page.locator(`.side-input.${side}`).getByRole('button', { name: 'Compare' }).click();
  }
  await page.waitForFunction(() => /\(1\)/.test(document.querySelector('.recents summary')?.textContent || ''));
  await page.click('.recents summary');
  await page.waitForSelector('.recents .recent-open');
  const found = await violations(page);
  console.log(`# axe, recent comparisons open: ${found.length} serious or critical`);
  assert.deepEqual(found, []);
  await context.close();
});

test('the iframe embed, the dark theme and the phone layout have no serious or critical violation', async () => {
  for (const [query, viewport] of [['?embed=1', { width: 700, height: 600 }], ['?theme=dark', { width: 1280, height: 900 }], ['', { width: 390, height: 844 }]]) {
    const { page, context } = await open(query, viewport);
    const found = await violations(page);
    console.log(`# axe, ${query || 'phone'}: ${found.length} serious or critical`);
    assert.deepEqual(found, [], query || 'phone');
    await context.close();
  }
});

test('the comparison describes itself to screen readers', async () => {
  const { page, context } = await open();
  const id = await page.locator('main').getAttribute('aria-describedby');
  assert.equal(id, 'diptych-summary');
  const summary = await page.locator(`#${id}`).textContent();
  // The answer, then its reasons, without saying the answer twice.
  assert.match(summary, /^Same event\? No\. [A-Z]/);
  assert.doesNotMatch(summary, /Different events/);
  assert.match(summary, /\d+% of the left text \(Latvian\) has a counterpart in the right one, and \d+% of the right text \(Russian\)/);
  assert.match(summary, /Both name \d+ people, places or organisations; \d+ are named only on the left and \d+ only on the right\. No figures disagree\./);
  // Its accessible description is that summary.
  const description = await page.evaluate(() => {
    const main = document.querySelector('main');
    return document.getElementById(main.getAttribute('aria-describedby'))?.textContent;
  });
  assert.equal(description, summary);
  await context.close();
});
