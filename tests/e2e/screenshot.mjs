// Regenerates docs/screenshot.png from the release build and prints the
// viewer's figures: wasm size, and time from navigation to the seed
// comparison on screen (median of several cold page loads).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, DIST, ROOT } from './harness.mjs';

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
await chrome.close();
srv.server.close();
const wasm = fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm')).map((f) => fs.readFileSync(path.join(DIST, f)))[0];
console.log(`wasm: ${wasm.length} bytes raw, ${zlib.gzipSync(wasm, { level: 9 }).length} bytes gzipped`);
console.log(`navigation to seed comparison on screen: median ${times[3]} ms (runs: ${times.join(', ')} ms)`);
console.log('wrote docs/screenshot.png and target/screenshot-phone.png');
