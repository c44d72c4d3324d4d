// End-to-end tests of the deployable build (issue 4): dist/ served under a
// sub-path with its Content-Security-Policy, the iframe and script embeds
// of examples/, texts given by address, and the single file from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, dropFiles, DIST, ROOT } from './harness.mjs';

const SEEDS = path.join(ROOT, 'assets/seeds');
let site, other, chrome;
before(async () => {
  // The newsroom's site: Diptych under /tools/diptych/, the example pages, and texts.
  site = await serve({ '/tools/diptych/': DIST, '/examples/': path.join(ROOT, 'examples'), '/texts/': SEEDS });
  // Another origin that lets other sites read its texts (CORS).
  other = await serve({ '/': SEEDS }, { 'access-control-allow-origin': '*' });
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  site?.server.close();
  other?.server.close();
});

/// A page that records errors and Content-Security-Policy violations.
async function open(url, viewport = { width: 1280, height: 900 }) {
  const page = await chrome.newPage({ viewport });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => { if ((m.type() === 'error' && !/Failed to load resource/.test(m.text())) || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, problems };
}

test('dist works under a sub-path with its CSP, the engine worker included, and no violation', async () => {
  const { page, problems } = await open(`${site.url}tools/diptych/`);
  await page.waitForSelector('.rows .para mark.ent');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:\/\/[a-z]/, 'no inline allowance, no remote origin for code');
  // A long text (over the 64 KB compared on the page) goes to the worker: it
  // must start and answer under the policy.
  const long = fs.readFileSync(path.join(SEEDS, 'zhanaozen-2011.ru.txt'), 'utf8').repeat(40);
  await dropFiles(page, '.side-input.right', [{ name: 'long.ru.txt', bytes: Buffer.from(long) }]);
  await page.waitForFunction(() => document.querySelector('.row.head .cell:last-child')?.textContent.includes('long.ru.txt') && !document.querySelector('.more'));
  await page.locator('mark.ent').first().hover();
  await page.waitForSelector('mark.lit');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an iframe embed is compact, links to the full view and is resized to its content', async () => {
  const t0 = Date.now();
  const { page, problems } = await open(`${site.url}examples/iframe.html`);
  const frame = page.frameLocator('iframe[data-diptych-frame]');
  await frame.locator('.rows .para mark.ent').first().waitFor();
  const firstComparison = Date.now() - t0;
  // Compact: no page header, no inputs; the full view opens the same texts.
  assert.equal(await frame.locator('header.top').count(), 0);
  assert.equal(await frame.locator('.inputs').count(), 0);
  const full = await frame.locator('.full-view a').getAttribute('href');
  assert.match(full, /left=.*kazakhstan-2022/);
  assert.doesNotMatch(full, /embed=/);
  // The focus option lit Kazakhstan.
  await frame.locator('mark.lit').first().waitFor();
  // The frame grows to its content's height (give the messages a moment).
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 1000);
  await page.waitForTimeout(300);
  const [frameHeight, contentHeight] = await Promise.all([
    page.evaluate(() => document.querySelector('iframe').clientHeight),
    frame.locator('.page').evaluate((el) => el.scrollHeight),
  ]);
  assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `frame ${frameHeight}px, content ${contentHeight}px`);
  // A message from elsewhere does not resize it.
  await page.evaluate(() => window.postMessage({ 'diptych-height': 50 }, '*'));
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.querySelector('iframe').clientHeight), frameHeight);
  assert.deepEqual(problems, []);
  console.log(`iframe embed: first comparison on screen ${firstComparison} ms after navigation`);
  await page.close();
});

test('two script embeds are independent and styles cross neither way', async () => {
  const { page, problems } = await open(`${site.url}examples/script-embed.html`);
  const first = page.locator('#first');
  const second = page.locator('#second');
  // Playwright's locators pierce open shadow roots.
  await first.locator('.rows .para mark.ent').first().waitFor();
  await second.locator('.rows .para').first().waitFor();
  assert.ok((await first.locator('.row').count()) > 5, 'the first embed shows the seed pair');
  assert.equal(await second.locator('.para').count(), 4, 'the second its own two short texts');
  assert.equal(await second.locator('.overview').count(), 0, 'panels option: no overview');
  assert.ok(await second.locator('.entities').count() === 1);
  // Dark theme in the second only.
  const bg = (loc) => loc.locator('.page').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(await bg(first), await bg(second));
  // The host's heavy-handed CSS does not reach inside…
  const inside = await first.locator('.para p').first().evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontSize, getComputedStyle(el.closest('.row')).display]);
  assert.notEqual(inside[0], 'rgb(200, 0, 0)');
  assert.notEqual(inside[1], '21px');
  assert.notEqual(inside[2], 'none');
  // …and the embeds' CSS does not reach the host.
  const host = await page.locator('#last').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontSize, getComputedStyle(document.body).lineHeight]);
  assert.deepEqual(host.slice(0, 2), ['rgb(200, 0, 0)', '21px']);
  // Hovering in one lights mentions in that one only.
  await first.locator('mark.ent').first().hover();
  await first.locator('mark.lit').first().waitFor();
  assert.equal(await second.locator('mark.lit').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('?left=&right= loads texts from another origin that allows it', async () => {
  const left = `${other.url}kazakhstan-2022.lv.txt`, right = `${other.url}zhanaozen-2011.ru.txt`;
  const { page, problems } = await open(`${site.url}tools/diptych/?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}`);
  await page.waitForSelector('.rows .para mark.ent');
  assert.match(await page.locator('.side-input.left .file-name').innerText(), /kazakhstan-2022\.lv\.txt/);
  assert.match(await page.locator(".verdict").innerText(), /Same event\? (No|Related)/);
  assert.notEqual(await page.locator(".verdict").getAttribute("data-same-event"), "same");
  assert.deepEqual(problems, []);
  await page.close();
});

test('a malformed parameter or an unreachable address shows a clear error inside the embed', async () => {
  for (const [query, expected] of [
    ['embed=1&left=javascript:alert(1)&right=b.txt', /not a web address/],
    ['embed=1&left=/texts/kazakhstan-2022.lv.txt', /Give both texts/],
    ['embed=1&focus=somewhere', /Focus "somewhere" is not understood/],
    // Nothing listens on port 9 of this machine.
    ['embed=1&left=http://127.0.0.1:9/a.txt&right=/texts/zhanaozen-2011.ru.txt', /Could not fetch http:\/\/127\.0\.0\.1:9\/a\.txt/],
    ['embed=1&left=/texts/missing.txt&right=/texts/zhanaozen-2011.ru.txt', /answered 404/],
  ]) {
    const page = await chrome.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}tools/diptych/index.html?${query}`);
    const alert = page.locator('.problems[role=alert]');
    await alert.waitFor();
    assert.match(await alert.innerText(), expected, query);
    assert.deepEqual(errors, [], query);
    await page.close();
  }
});

test('the single file works opened from disk', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-file-'));
  const file = path.join(dir, 'diptych.html');
  fs.copyFileSync(path.join(DIST, 'diptych.html'), file);
  const { page, problems } = await open(`file://${file}`);
  await page.waitForSelector('.rows .para mark.ent');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // A long text (over the 64 KB compared on the page) exercises the engine's
  // worker, started from the inlined module.
  const long = fs.readFileSync(path.join(SEEDS, 'kazakhstan-2022.lv.txt'), 'utf8').repeat(40);
  await dropFiles(page, '.side-input.left', [{ name: 'long.lv.txt', bytes: Buffer.from(long) }]);
  await page.waitForFunction(() => document.querySelector('.row.head .cell')?.textContent.includes('long.lv.txt') && !document.querySelector('.more'));
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('newsroom resize scripts size the iframe: pym.js and AMP embed-size', async () => {
  // Two host pages of our own, as a CMS would write them: pym.js (the npm
  // package) opening the embed, and an amp-iframe-style embed-size listener.
  const hosts = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-hosts-'));
  fs.writeFileSync(path.join(hosts, 'pym.html'), `<!doctype html><meta charset="utf-8"><title>pym host</title>
<div id="diptych"></div>
<script src="/pym/pym.v1.min.js"></script>
<script>new pym.Parent('diptych', '/tools/diptych/index.html?embed=1', {});</script>`);
  fs.writeFileSync(path.join(hosts, 'amp.html'), `<!doctype html><meta charset="utf-8"><title>amp host</title>
<iframe id="f" src="/tools/diptych/index.html?embed=1" style="width:100%;height:150px;border:0"></iframe>
<script>
window.addEventListener('message', (e) => {
  const d = e.data, f = document.getElementById('f');
  if (e.source === f.contentWindow && d && d.sentinel === 'amp' && d.type === 'embed-size') f.style.height = d.height + 'px';
});
</script>`);
  const host = await serve({ '/tools/diptych/': DIST, '/pym/': path.join(ROOT, 'node_modules/pym.js/dist'), '/host/': hosts });
  try {
    for (const page of ['pym', 'amp']) {
      const { page: p, problems } = await open(`${host.url}host/${page}.html`);
      const frame = p.frameLocator('iframe');
      await frame.locator('.rows .para mark.ent').first().waitFor();
      await p.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 1000);
      await p.waitForTimeout(300);
      const [frameHeight, contentHeight] = await Promise.all([
        p.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height),
        frame.locator('.page').evaluate((el) => el.scrollHeight),
      ]);
      assert.ok(Math.abs(frameHeight - contentHeight) <= 2, `${page}: frame ${frameHeight}px, content ${contentHeight}px`);
      assert.deepEqual(problems, [], page);
      await p.close();
    }
  } finally {
    host.server.close();
    fs.rmSync(hosts, { recursive: true, force: true });
  }
});
