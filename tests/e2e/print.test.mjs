// Print (and PDF): what is on paper, in landscape and portrait.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, DIST } from './harness.mjs';

let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

/// The number of pages in a PDF Chromium wrote.
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;

test('printed, the sources and verdict come first, controls are gone, and the texts fit landscape and portrait', async () => {
  const page = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${srv.url}?theme=dark`);
  await page.waitForSelector('.rows .para');
  await page.click('#l-p0');
  await page.click('#r-p1');
  await page.click('.corrections button:text-matches("^Link")');
  await page.waitForSelector('.score.mine');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.export', '.corrections', '.inputs']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  const sources = await page.locator('.print-sources').innerText();
  assert.match(sources, /^Left: kazakhstan-2022\.lv\.txt \(Latvian\)\. Right: zhanaozen-2011\.ru\.txt \(Russian\)\. With 1 correction by the reader/);
  // Printed in black on white, whatever the screen's theme.
  const colours = await page.evaluate(() => { const s = getComputedStyle(document.querySelector('.page')); return [s.color, s.backgroundColor]; });
  assert.equal(colours[0], 'rgb(0, 0, 0)');
  // One-sided paragraphs say so in words.
  assert.ok(await page.locator('.para.unique .tag.only').count() >= 5);
  // The verdict and its grid end the first page.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.overview')).breakAfter), 'page');
  const landscape = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const portrait = await page.pdf({ format: 'Letter', landscape: false, printBackground: true });
  console.log(`# PDF pages of the seed pair: A4 landscape ${pages(landscape)}, Letter portrait ${pages(portrait)}`);
  assert.ok(pages(landscape) >= 2 && pages(portrait) >= 2);
  await page.close();
});

test('on a portrait page the texts stack and each paragraph is named by its side', async () => {
  // A portrait page's printable width is under the narrow-screen breakpoint.
  const page = await chrome.newPage({ viewport: { width: 700, height: 1000 } });
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para');
  await page.emulateMedia({ media: 'print' });
  const label = (sel) => page.evaluate((s) => getComputedStyle(document.querySelector(s), '::before').content, sel);
  assert.equal(await label('#l-p0 .num'), '"Left ¶"');
  assert.equal(await label('#r-p0 .num'), '"Right ¶"');
  await page.close();
});
