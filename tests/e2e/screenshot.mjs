// Regenerates docs/screenshot.png from the release build and prints the
// viewer's figures: wasm size, and time from navigation to the seed
// comparison on screen (median of several cold page loads).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, dropFiles, DIST, ROOT } from './harness.mjs';

const srv = await serve(DIST);
const chrome = await browser();
const times = [];
for (let i = 0; i < 7; i++) {
  const context = await chrome.newContext();
  const page = await context.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para mark.ent');
  times.push(Date.now() - t0);
  await context.close();
}
times.sort((a, b) => a - b);
const page = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(srv.url);
await page.waitForSelector('.rows .para mark.ent');
await page.locator('[id^="l-p"] mark', { hasText: 'Kazahstānā' }).first().hover();
await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
const phone = await chrome.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(srv.url);
await phone.waitForSelector('.rows .para');
await phone.screenshot({ path: path.join(ROOT, 'target/screenshot-phone.png') });
// The long benchmark pair dropped into the page: time to the new comparison
// on screen, and the page's responsiveness meanwhile (the longest gap between
// animation frames while the worker computes).
const cases = path.join(ROOT, 'target/bench-cases/seed7/long-comparable');
if (fs.existsSync(cases)) {
  const long = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
  await long.goto(srv.url);
  await long.waitForSelector('.rows .para mark.ent');
  await long.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await dropFiles(long, '.page', [
    { name: 'long-left.txt', bytes: fs.readFileSync(path.join(cases, 'left.txt')) },
    { name: 'long-right.txt', bytes: fs.readFileSync(path.join(cases, 'right.txt')) },
  ]);
  await long.waitForFunction(() => document.querySelectorAll('.row').length > 300 && !document.querySelector('.progress'), null, { timeout: 60000 });
  const took = Date.now() - t0;
  const worst = await long.evaluate(() => { window.__stop = true; return Math.max(...window.__gaps.slice(1)); });
  console.log(`long-comparable pair dropped in: compared and rendered in ${took} ms; longest frame gap meanwhile ${Math.round(worst)} ms`);
}
await chrome.close();
srv.server.close();
let raw = 0, gz = 0;
for (const f of fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm'))) {
  const bytes = fs.readFileSync(path.join(DIST, f));
  const g = zlib.gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length; gz += g;
  console.log(`wasm ${f}: ${bytes.length} bytes raw, ${g} bytes gzipped`);
}
console.log(`wasm total: ${raw} bytes raw, ${gz} bytes gzipped`);
console.log(`navigation to seed comparison on screen: median ${times[3]} ms (runs: ${times.join(', ')} ms)`);
console.log('wrote docs/screenshot.png and target/screenshot-phone.png');
