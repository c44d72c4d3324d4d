// End-to-end tests of the viewer against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve, browser, dropFiles, openViewer, DIST, ROOT } from './harness.mjs';

let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

/// How many mentions (matching `selector`) are drawn lit.
const litMentions = (page, selector = 'mark.ent') =>
  page.$$eval(selector, (ms) => ms.filter((m) => getComputedStyle(m).outlineStyle === 'solid').length);

const open = () => openViewer(chrome, srv.url);

test('the seed pair renders with links and shared entities lit on both sides', async () => {
  const { page, errors } = await open();
  // The seed pair is two events (2022 and 2011): no paragraph is the other's counterpart.
  assert.equal(await page.locator('.row.linked').count(), 0, 'two events, no linked rows');
  assert.ok(await page.locator('.para.unique').count() >= 1, 'one-sided paragraphs are marked');
  const kz = await page.locator('button.entity', { hasText: 'Kazakhstan' }).first().locator('.ent').getAttribute('class');
  const id = kz.match(/c(\d)/)[1];
  assert.ok(await page.locator(`[id^="l-p"] mark.c${id}`).count() >= 1, 'Kazakhstan marked on the left');
  assert.ok(await page.locator(`[id^="r-p"] mark.c${id}`).count() >= 1, 'Kazakhstan marked on the right');
  assert.match(await page.locator(".verdict").innerText(), /Same event\? (No|Related)/);
  assert.notEqual(await page.locator(".verdict").getAttribute("data-same-event"), "same");
  assert.deepEqual(errors, []);
  await page.close();
});

test('hovering an entity lights its mentions on both sides', async () => {
  const { page } = await open();
  const mark = page.locator('[id^="l-p"] mark', { hasText: 'Kazahstānā' }).first();
  const entity = await mark.getAttribute('data-entity');
  assert.equal(await litMentions(page), 0, 'nothing lit before hovering');
  await mark.hover();
  await page.waitForFunction((e) => getComputedStyle(document.querySelector(`mark[data-entity="${e}"]`)).outlineStyle === 'solid', entity);
  assert.ok(await litMentions(page, `[id^="l-p"] mark[data-entity="${entity}"]`) >= 2);
  assert.ok(await litMentions(page, `[id^="r-p"] mark[data-entity="${entity}"]`) >= 2);
  assert.equal(await litMentions(page, `mark[data-entity="${entity}"]`), await page.locator(`mark[data-entity="${entity}"]`).count(), 'every mention');
  assert.equal(await litMentions(page, `mark:not([data-entity="${entity}"])`), 0, 'no other entity');
  await page.close();
});

test('dropping two files replaces both panes and compares again', async () => {
  const { page } = await open();
  const lv = 'Rīgā notika protesti. Policija aizturēja 12 cilvēkus.\n\nValdība sanāca uz ārkārtas sēdi.';
  const ru = 'В Риге прошли протесты. Полиция задержала 12 человек.\n\nПравительство собралось на экстренное заседание.';
  await dropFiles(page, '.page', [
    { name: 'riga.lv.txt', bytes: Buffer.from(lv) },
    { name: 'riga.ru.txt', bytes: Buffer.from(ru) },
  ]);
  await page.waitForFunction(() => document.querySelector('.side-input.left .file-name')?.textContent === 'riga.lv.txt' && document.querySelector('.side-input.right .file-name')?.textContent === 'riga.ru.txt');
  await page.waitForSelector('text=Policija aizturēja');
  assert.equal(await page.locator('.row.linked').count(), 2);
  assert.ok(await page.locator('button.entity', { hasText: 'Riga' }).count() >= 1);
  assert.match(await page.locator('.overview').innerText(), /Latvian · 2 paragraphs ·/);
  // One paragraph is "1 paragraph".
  await dropFiles(page, '.side-input.left', [{ name: 'one.lv.txt', bytes: Buffer.from('Rīgā notika protesti, policija aizturēja 12 cilvēkus.') }]);
  await page.waitForSelector('text=Rīgā notika protesti, policija');
  assert.match(await page.locator('.overview').innerText(), /Latvian · 1 paragraph ·/);
  await page.close();
});

test('a refused file shows its error in its pane and leaves the other pane intact', async () => {
  const { page } = await open();
  await dropFiles(page, '.side-input.right', [{ name: 'scan.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n%binary\n') }]);
  const err = page.locator('.side-input.right .error');
  await err.waitFor();
  assert.match(await err.innerText(), /PDF/);
  assert.equal(await page.locator('.side-input.left .error').count(), 0);
  assert.equal(await page.locator('.side-input.left .file-name').innerText(), 'kazakhstan-2022.lv.txt');
  await dropFiles(page, '.side-input.right', [{ name: 'blob.bin', bytes: Buffer.from([0, 1, 2, 3, 0, 255, 7, 0]) }]);
  await page.waitForFunction(() => /binary/.test(document.querySelector('.side-input.right .error')?.textContent || ''));
  await page.close();
});

test('export produces the engine report as valid JSON, and CSV', async () => {
  const { page } = await open();
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const report = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  assert.equal(report.version, 5);
  assert.equal(report.overview.same_event, 'different');
  assert.ok(report.overview.grid.when.conflicting.length >= 1 && report.entities.length >= 10);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
  const lines = fs.readFileSync(await csv.path(), 'utf8').trim().split('\n');
  assert.match(lines[0], /^link,left_paragraphs,right_paragraphs,score/);
  assert.equal(lines.length, report.links.length + 1);
  const [tmx] = await Promise.all([page.waitForEvent('download'), page.click('text=Download TMX')]);
  assert.equal(tmx.suggestedFilename(), 'diptych-links.tmx');
  const tmxText = fs.readFileSync(await tmx.path(), 'utf8');
  assert.equal((tmxText.match(/segtype="paragraph">/g) || []).length, report.links.length);
  const dtd = new URL('../../crates/diptych-cli/tests/data/tmx14.dtd', import.meta.url).pathname;
  const lint = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, await tmx.path()], { encoding: 'utf8' });
  assert.equal(lint.status, 0, `TMX from the page is not valid TMX 1.4: ${lint.stderr}`);
  await page.close();
});

// Two paragraphs told in the other order, sharing no name or figure: only
// the lexicon's words (valdība/правительство, lietus/дождь) can pair them.
const LEXICON_LV = 'Valdība paziņoja, ka nākamnedēļ pilsētā tiks slēgtas skolas un bērnudārzi.\n\nVakar lija stiprs lietus, un daudzviet applūda ceļi.';
const LEXICON_RU = 'Вчера прошёл сильный дождь, во многих местах затопило дороги.\n\nПравительство заявило, что на следующей неделе в городе закроют школы и детские сады.';

test('the engine\'s lexicon comes from beside the page; without it the reader is told and the texts are still compared', async () => {
  for (const missing of [false, true]) {
    const page = await chrome.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    if (missing) await page.route('**/lexicon-keys.tsv', (r) => r.fulfill({ status: 404, body: '' }));
    await page.goto(srv.url);
    await page.waitForSelector('.rows .para');
    assert.ok(fetched.includes(`${srv.url}lexicon-keys.tsv`), 'fetched from the page\'s own origin');
    await dropFiles(page, '.side-input.left', [{ name: 'l.txt', bytes: Buffer.from(LEXICON_LV) }]);
    await dropFiles(page, '.side-input.right', [{ name: 'r.txt', bytes: Buffer.from(LEXICON_RU) }]);
    await page.waitForSelector('text=Vakar lija');
    await page.waitForSelector('text=Вчера прошёл');
    const alert = page.locator('.engine-error');
    if (missing) {
      assert.match(await alert.innerText(), /word list \(lexicon-keys\.tsv.*could not be loaded: .*404/);
      assert.ok(await page.locator('.row.linked').count() < 2, 'fewer words to pair them by');
    } else {
      assert.equal(await alert.count(), 0);
      await page.waitForFunction(() => document.querySelectorAll('.row.linked').length === 2);
    }
    await page.close();
  }
});

test('no network request is made after the page has loaded', async () => {
  const page = await chrome.newPage();
  const requests = [];
  let loaded = false;
  page.on('request', (r) => { if (loaded) requests.push(r.url()); });
  await page.goto(srv.url);
  // Loaded: the seed comparison is on screen and the engine's worker is up
  // (it imports the app's module while the page loads).
  await page.waitForSelector('.rows .para');
  await page.waitForSelector('.page[data-engine=ready]');
  loaded = true;
  await page.locator('mark.ent').first().hover();
  await dropFiles(page, '.side-input.left', [{ name: 'a.txt', bytes: Buffer.from('Kazahstānā protesti. Almati ielās policija.') }]);
  await page.waitForSelector('text=Almati ielās');
  await page.click('text=Download JSON');
  await page.waitForTimeout(300);
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:')), []);
  await page.close();
});

test('keyboard alone reaches the file controls, the paragraphs and the entity list', async () => {
  const { page } = await open();
  const seen = new Set();
  let litOnFocus = false;
  let mentionLit = false;
  for (let i = 0; i < 600 && !seen.has('entity'); i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (el.matches('input[type=file]')) return 'file';
      if (el.matches('.para')) return 'paragraph';
      if (el.matches('mark.ent')) return 'mention';
      if (el.matches('button.entity')) return 'entity';
      return el.tagName;
    });
    seen.add(where);
    if (where === 'mention' && !mentionLit) mentionLit = (await litMentions(page)) >= 1;
    if (where === 'entity') litOnFocus = (await litMentions(page)) >= 2;
  }
  for (const w of ['file', 'paragraph', 'mention', 'entity']) assert.ok(seen.has(w), `Tab never reached ${w}: ${[...seen]}`);
  assert.ok(mentionLit, 'focusing a mention with the keyboard lights its entity');
  assert.ok(litOnFocus, 'focusing an entity with the keyboard lights its mentions');
  // Enter on a focused paragraph selects it and says why it is linked (a
  // pair of one event: the seed pair's two events have no links).
  await dropFiles(page, '.page', [
    { name: 'riga.lv.txt', bytes: Buffer.from('Rīgā notika protesti. Policija aizturēja 12 cilvēkus.\n\nValdība sanāca uz ārkārtas sēdi.') },
    { name: 'riga.ru.txt', bytes: Buffer.from('В Риге прошли протесты. Полиция задержала 12 человек.\n\nПравительство собралось на экстренное заседание.') },
  ]);
  await page.locator('.row.linked .para').first().waitFor();
  await page.locator('.row.linked .para').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.why').waitFor();
  await page.close();
});

test('on a 390 px phone nothing overflows sideways and the overview cells are named', async () => {
  const page = await chrome.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'the page is as wide as the screen');
  // Every overview cell, "Both" included, lies within the screen.
  const cells = await page.$$eval('.overview td', (tds) => tds.map((td) => {
    const r = td.getBoundingClientRect();
    return { right: r.right, label: td.dataset.label, named: getComputedStyle(td, '::before').content };
  }));
  assert.ok(cells.length >= 12, 'the grid is drawn');
  for (const c of cells) {
    assert.ok(c.right <= 390, `${c.label} cell ends at ${c.right}px`);
    assert.match(c.named, /Only left|Both|Only right/);
  }
  const table = await page.$eval('.overview', (o) => o.scrollWidth - o.clientWidth);
  assert.equal(table, 0, 'the overview needs no sideways scrolling');
  await page.close();
});

test("the page's first load (the wasm, JS and CSS index.html names) is at most 510 KB gzipped", async () => {
  const { gzipSync } = await import('node:zlib');
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  // (Trunk minifies index.html: its attributes may be unquoted.)
  const files = [...html.matchAll(/href="?\.\/([^"\s>]+\.(?:wasm|js|css))"?/g)].map((m) => m[1]);
  assert.deepEqual(files.map((f) => path.extname(f)).sort(), ['.css', '.js', '.wasm'], files.join(', '));
  const gz = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  assert.ok(gz <= 510 * 1024, `first load ${gz} bytes gzipped (${files.join(', ')})`);
});
