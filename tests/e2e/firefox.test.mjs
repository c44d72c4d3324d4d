// Firefox: the single file opened straight from disk (issue 4: "works from
// file:// in Chromium and Firefox"), and the script embeds. Debian's Firefox
// ESR, driven by puppeteer-core over WebDriver BiDi (Playwright needs its own
// patched Firefox).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve, DIST, ROOT } from './harness.mjs';

const launch = () => puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true, args: ['--no-remote'] });

test('the single file works from file:// in Firefox, the engine worker included', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-ff-'));
  const file = path.join(dir, 'diptych.html');
  fs.copyFileSync(path.join(DIST, 'diptych.html'), file);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${file}`);
    await page.waitForSelector('.rows .para mark.ent', { timeout: 30000 });
    // The seed pair: two events, told side by side with the verdict.
    assert.equal(await page.$eval('.verdict', (v) => v.dataset.sameEvent), 'different');
    // A long text (over the 64 KB compared on the page) goes to the worker.
    const long = fs.readFileSync(path.join(ROOT, 'assets/seeds/kazakhstan-2022.lv.txt'), 'utf8').repeat(40);
    await page.evaluate((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'long.lv.txt'));
      document.querySelector('.side-input.left').dispatchEvent(new DragEvent('drop', { dataTransfer: d, bubbles: true, cancelable: true }));
    }, long);
    await page.waitForFunction(() => document.querySelector('.row.head .cell')?.textContent.includes('long.lv.txt') && !document.querySelector('.more'), { timeout: 30000 });
    assert.ok((await page.$$('.row')).length > 100);
    assert.equal(await page.$('.engine-error'), null);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('script embeds work in Firefox, isolated from the host page', async () => {
  const site = await serve({ '/tools/diptych/': DIST, '/examples/': path.join(ROOT, 'examples'), '/texts/': path.join(ROOT, 'assets/seeds') });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}examples/script-embed.html`);
    const inside = (id, selector) => page.evaluate((id, selector) => document.getElementById(id).shadowRoot?.querySelectorAll(selector).length ?? 0, id, selector);
    await page.waitForFunction(() => ['first', 'second'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.rows .para')), { timeout: 30000 });
    assert.ok((await inside('first', '.row')) > 5);
    assert.equal(await inside('second', '.para'), 4);
    const colour = await page.evaluate(() => getComputedStyle(document.getElementById('first').shadowRoot.querySelector('.para p')).color);
    assert.notEqual(colour, 'rgb(200, 0, 0)', 'host CSS does not reach inside');
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('last')).color), 'rgb(200, 0, 0)', 'nor ours outside');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    site.server.close();
  }
});
