// The embed's static stand-in: before the viewer runs, and when it never
// does, the frame names what is compared and links to the full view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, DIST } from './harness.mjs';

let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

test('an embed whose viewer never runs shows its sources and a link to the full view', async () => {
  const page = await chrome.newPage({ viewport: { width: 600, height: 400 } });
  // The wasm never arrives (a blocked download, an old browser).
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${srv.url}?embed=1&left=a%2Flv.txt&right=%3Cb%3Eru.txt`);
  const text = await page.locator('#diptych-fallback').innerText();
  assert.match(text, /two news reports compared side by side/);
  assert.match(text, /Comparing a\/lv\.txt with <b>ru\.txt…/, 'the sources, as text (no markup)');
  assert.equal(await page.locator('#diptych-fallback b').count(), 0);
  const href = await page.locator('#diptych-fallback-link').getAttribute('href');
  assert.equal(href, '/?left=a%2Flv.txt&right=%3Cb%3Eru.txt', 'the full view is the same page without embed');
  assert.ok(await page.locator('#diptych-fallback-link').isVisible());
  await page.close();
});

test('the stand-in gives way to the viewer once it runs', async () => {
  const page = await chrome.newPage();
  await page.goto(`${srv.url}?embed=1`);
  await page.waitForSelector('.rows .para');
  assert.equal(await page.locator('#diptych-fallback').count(), 0);
  await page.close();
});
