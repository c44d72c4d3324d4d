// Regenerates docs/screenshot.png from the release build and prints the
// viewer's figures: wasm size, and time from navigation to the seed
// comparison on screen (median of several cold page loads).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, dataTransfer, DIST, ROOT } from './harness.mjs';

const srv = await serve(DIST);
const chrome = await browser();
// Two clocks: the page's own (from navigation start, by the Navigation
// Timing origin, to the first frame painted with the comparison in it), and
// the test's wall clock around page.goto (which adds the browser's and the
// driver's own overhead).
/// Records in every frame of `page` when the first frame with the comparison
/// in it is painted, as an absolute time (window.__painted).
const notePaint = (page) => page.addInitScript(() => {
  new MutationObserver((_, seen) => {
    if (document.querySelector('.rows .para mark.ent')) {
      seen.disconnect();
      requestAnimationFrame(() => { window.__painted = performance.timeOrigin + performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
});
const times = [], walls = [];
for (let i = 0; i < 7; i++) {
  const context = await chrome.newContext();
  const page = await context.newPage({ viewport: { width: 1280, height: 900 } });
  await notePaint(page);
  const t0 = Date.now();
  await page.goto(srv.url);
  await page.waitForFunction(() => window.__painted);
  walls.push(Date.now() - t0);
  times.push(Math.round(await page.evaluate(() => window.__painted - performance.timeOrigin)));
  await context.close();
}
times.sort((a, b) => a - b);
walls.sort((a, b) => a - b);
const page = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(srv.url);
await page.waitForSelector('.rows .para mark.ent');
await page.locator('[id^="l-p"] mark', { hasText: 'Kazahstānā' }).first().hover();
await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
const phone = await chrome.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(srv.url);
await phone.waitForSelector('.rows .para');
await phone.screenshot({ path: path.join(ROOT, 'target/screenshot-phone.png') });
// A pair dropped into the page: time until every row is drawn, the longest
// gap between animation frames meanwhile (the page's responsiveness), and
// how long a hover takes to light an entity once everything is on screen.
// The files are put into a DataTransfer before timing starts.
async function dropped(label, left, right) {
  const page = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para mark.ent');
  const dt = await dataTransfer(page, [{ name: 'left.txt', bytes: left }, { name: 'right.txt', bytes: right }]);
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.dispatchEvent('.page', 'drop', { dataTransfer: dt });
  await page.waitForFunction(() => document.querySelector('.rows [aria-label]') && document.querySelector('.row.head .cell')?.textContent.includes('left.txt') && !document.querySelector('.more') && !document.querySelector('.progress'), null, { timeout: 120000, polling: 50 });
  const took = Date.now() - t0;
  const worst = await page.evaluate(() => { window.__stop = true; return Math.max(...window.__gaps.slice(1)); });
  const rows = await page.locator('.row:not(.head)').count();
  const hover = await page.evaluate(() => new Promise((done) => {
    const m = document.querySelectorAll('mark.ent')[3];
    const t = performance.now();
    m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const wait = () => (document.querySelector('mark.lit')?.dataset.entity === m.dataset.entity ? requestAnimationFrame(() => done(performance.now() - t)) : setTimeout(wait, 0));
    wait();
  }));
  const mb = ((left.length + right.length) / 1e6).toFixed(1);
  console.log(`${label} (${mb} MB, ${rows} rows) dropped in: compared and drawn in ${took} ms; longest frame gap meanwhile ${Math.round(worst)} ms; a hover lit its entity in ${Math.round(hover)} ms`);
  await page.close();
}
const cases = path.join(ROOT, 'target/bench-cases');
const long = (seed, side) => fs.readFileSync(path.join(cases, `seed${seed}/long-comparable/${side}.txt`));
const seeds = [7, 8, 9, 10];
if (seeds.every((s) => fs.existsSync(path.join(cases, `seed${s}/long-comparable`)))) {
  await dropped('long-comparable pair', long(7, 'left'), long(7, 'right'));
  // Over 5 MB: the long cases of four random pairings, joined, five times over.
  const join = (side) => Buffer.concat([0, 1, 2, 3, 4].flatMap(() => seeds.map((s) => Buffer.concat([long(s, side), Buffer.from('\n\n')]))));
  await dropped('a 5 MB pair', join('left'), join('right'));
} else {
  console.log('(no long cases: ../shared/bench is needed beside the repository to make them)');
}
// The iframe embed (examples/iframe.html, texts fetched by address): from
// the host page's navigation to the comparison painted inside the frame.
const site = await serve({ '/tools/diptych/': DIST, '/examples/': path.join(ROOT, 'examples'), '/texts/': path.join(ROOT, 'assets/seeds') });
const embedTimes = [];
for (let i = 0; i < 5; i++) {
  const context = await chrome.newContext();
  const page = await context.newPage({ viewport: { width: 1280, height: 900 } });
  await notePaint(page);
  await page.goto(`${site.url}examples/iframe.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame()) || (await (await page.waitForSelector('iframe')).contentFrame());
  await frame.waitForFunction(() => window.__painted);
  const painted = await frame.evaluate(() => window.__painted);
  embedTimes.push(Math.round(painted - (await page.evaluate(() => performance.timeOrigin))));
  await context.close();
}
embedTimes.sort((a, b) => a - b);
site.server.close();
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
for (const f of fs.readdirSync(DIST).filter((f) => /\.(js|css)$/.test(f))) {
  const bytes = fs.readFileSync(path.join(DIST, f));
  console.log(`${f}: ${bytes.length} bytes raw, ${zlib.gzipSync(bytes, { level: 9 }).length} bytes gzipped`);
}
console.log(`navigation to seed comparison on screen: median ${times[3]} ms (runs: ${times.join(', ')} ms; wall clock around page.goto: median ${walls[3]} ms)`);
console.log(`iframe embed (examples/iframe.html, texts fetched by address): first comparison on screen, median ${embedTimes[2]} ms after the host page's navigation (runs: ${embedTimes.join(', ')} ms)`);
// What a deployment copies: dist/ without the single file, and the single file.
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sizes = (files) => files.reduce(([r, g], f) => { const b = fs.readFileSync(f); return [r + b.length, g + zlib.gzipSync(b, { level: 9 }).length]; }, [0, 0]);
const site_files = walk(DIST).filter((f) => !f.endsWith('diptych.html'));
const [dr, dg] = sizes(site_files);
console.log(`dist/ (${site_files.length} files): ${dr} bytes raw, ${dg} bytes gzipped`);
if (fs.existsSync(path.join(DIST, 'diptych.html'))) {
  const [sr, sg] = sizes([path.join(DIST, 'diptych.html')]);
  console.log(`dist/diptych.html (single file): ${sr} bytes raw, ${sg} bytes gzipped`);
}
console.log('wrote docs/screenshot.png and target/screenshot-phone.png');
