// Translation in the page: its own worker and wasm, the models from the
// app's models/ folder (here the synthetic models `cargo xtask test` makes:
// real formats, random weights, so the translations are gibberish), checked
// against their index and kept in Cache Storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, openViewer, dropFiles, DIST, ROOT } from './harness.mjs';

const MODELS = process.env.DIPTYCH_TEST_MODELS || path.join(ROOT, 'target/test-models');
let chrome;
before(async () => { chrome = await browser(); });
after(async () => { await chrome?.close(); });

/// The viewer with `models` (a folder, or null for none) served as models/.
async function viewer(models, query = '') {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-no-models-'));
  const srv = await serve({ '/': DIST, '/models/': models || empty });
  const { page, errors } = await openViewer(chrome, srv.url + query);
  return { srv, page, errors };
}

const LEFT_BAR = '.row.head .cell:first-child .translate-bar';

/// The single file, copied to a folder of its own and opened from disk.
async function singleFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-file-'));
  const file = path.join(dir, 'diptych.html');
  fs.copyFileSync(path.join(DIST, 'diptych.html'), file);
  return openViewer(chrome, `file://${file}`);
}

/// Asks a side for English where no models are installed; the model-file
/// picker that the notice offers.
async function pickerAfterAsking(page, bar = LEFT_BAR) {
  await page.click(`${bar} button.translate >> text=Translate into English`);
  const pick = page.locator(`${bar} label.pick input[type=file]`);
  await pick.waitFor({ state: 'attached', timeout: 30000 });
  return pick;
}

/// Asks a side for English where no models are installed, then takes the
/// fallback button labelled `label`, and waits for its result's label.
async function fallback(page, bar, label) {
  await page.click(`${bar} button.translate >> text=Translate into English`);
  const button = page.locator(`${bar} button`, { hasText: label });
  await button.waitFor({ timeout: 30000 });
  await button.click();
  await page.waitForSelector(`${bar} .mt-label`, { timeout: 30000 });
}

test('a side is translated in place, each sentence keeping its original, and switched back', async () => {
  assert.ok(fs.existsSync(path.join(MODELS, 'index.json')), `synthetic models in ${MODELS}`);
  const { srv, page, errors } = await viewer(MODELS);
  const original = await page.locator('#l-p1 > p').innerText();
  const rightBefore = await page.locator('[id^="r-p"] > p').allInnerTexts();
  const seen = [], others = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/models/')) seen.push(url.pathname);
    else if (!url.protocol.startsWith('blob')) others.push(url.pathname);
  });
  await page.click(`${LEFT_BAR} button.translate >> text=Translate into English`);
  await page.waitForSelector(`${LEFT_BAR} .mt-label`, { timeout: 60000 });
  assert.match(await page.locator(LEFT_BAR).innerText(), /Machine translation into English/);
  const paragraphs = await page.locator('[id^="l-p"]').count();
  assert.equal(await page.locator('[id^="l-p"] p.mt[lang="en"]').count(), paragraphs, 'every left paragraph translated');
  assert.ok(await page.locator('#l-p1 .tag.mt-tag').count() === 1, 'labelled as machine translation');
  // Each sentence carries its original, the original's own text, shown on hover.
  const originals = await page.locator('#l-p1 .mt-s > .mt-orig').evaluateAll((os) => os.map((o) => o.textContent.replace(/^Original: /, '')));
  assert.ok(originals.length >= 2);
  for (const t of originals) assert.ok(t && original.includes(t), `"${t}" is a sentence of the original`);
  assert.match(await page.locator('#l-p1 .mt-s').first().getAttribute('aria-label'), /\(original: /);
  const sentence = page.locator('#l-p1 .mt-s').first();
  assert.equal(await sentence.locator('.mt-orig').isVisible(), false);
  // Hovering a translated word shows the original with the word it came from
  // lit: exactly the words its links name (byte ranges in the paragraph). The
  // synthetic model's links are arbitrary, and a word's may point outside its
  // sentence, where nothing of this original can light: some word must light one.
  const words = sentence.locator('.mt-w:not([data-o=""])');
  let litAny = 0;
  for (let k = 0; k < Math.min(await words.count(), 12); k++) {
    const word = words.nth(k);
    await word.hover();
    assert.equal(await sentence.locator('.mt-orig').isVisible(), true);
    const lit = await sentence.locator('.mt-orig .lit').evaluateAll((ls) => ls.map((l) => Number(l.dataset.at)));
    const ranges = (await word.getAttribute('data-o')).split(' ').map((r) => r.split('-').map(Number));
    for (const at of lit) assert.ok(ranges.some(([a, b]) => a <= at && at < b), `${at} in ${JSON.stringify(ranges)}`);
    litAny += lit.length;
  }
  assert.ok(litAny >= 1, 'a source word is lit');
  // Words that come from a name keep its colour and light with it.
  const named = page.locator('[id^="l-p"] p.mt mark.ent[data-entity]');
  assert.ok(await named.count() >= 1, 'names marked in the translation');
  const entity = await named.first().getAttribute('data-entity');
  await named.first().hover();
  await page.waitForFunction((e) => document.querySelectorAll(`mark.ent.lit[data-entity="${e}"]`).length >= 1, entity);
  // The other side is untouched.
  assert.deepEqual(await page.locator('[id^="r-p"] > p').allInnerTexts(), rightBefore);
  // One click back to the original, and again to the translation.
  await page.click(`${LEFT_BAR} button.mt-toggle`);
  assert.equal(await page.locator('#l-p1 > p').innerText(), original);
  assert.equal(await page.locator('[id^="l-p"] p.mt').count(), 0);
  await page.click(`${LEFT_BAR} button.mt-toggle`);
  assert.equal(await page.locator('[id^="l-p"] p.mt').count(), paragraphs);
  assert.ok(seen.some((p) => p.endsWith('.bin')), 'the model was fetched from models/');
  // Translating fetched model files and the translator's own files, nothing else.
  assert.deepEqual(others.filter((u) => !/diptych-translator(_bg\.wasm|\.js)$/.test(u)), [], 'no other request');
  // The next visit takes the models from this browser's cache: only the index is fetched.
  seen.length = 0;
  await page.reload();
  await page.waitForSelector('.rows .para');
  await page.click(`${LEFT_BAR} button.translate >> text=Translate into English`);
  await page.waitForSelector(`${LEFT_BAR} .mt-label`, { timeout: 60000 });
  assert.deepEqual(seen, ['/models/index.json']);
  assert.deepEqual(errors, []);
  await page.close(); srv.server.close();
});

test('Russian into Latvian goes through English', async () => {
  const { srv, page } = await viewer(MODELS);
  await page.click('.row.head .cell:last-child .translate-bar button.translate >> text=Translate into Latvian');
  await page.waitForSelector('.row.head .cell:last-child .translate-bar .mt-label', { timeout: 60000 });
  assert.ok(await page.locator('[id^="r-p"] p.mt[lang="lv"]').count() >= 1);
  await page.close(); srv.server.close();
});

test('without models the page says they are not installed, and keeps working', async () => {
  const { srv, page, errors } = await viewer(null);
  await page.click(`${LEFT_BAR} button.translate >> text=Translate into English`);
  const alert = page.locator(`${LEFT_BAR} [role="alert"]`);
  await alert.waitFor({ timeout: 30000 });
  assert.match(await alert.innerText(), /not installed here/);
  assert.equal(await page.locator('[id^="l-p"] p.mt').count(), 0);
  assert.ok(await page.locator('.rows .para').count() > 0, 'the comparison is still there');
  assert.deepEqual(errors, []);
  await page.close(); srv.server.close();
});

/// The lv-en model files as the file picker takes them.
const picked = (dir = path.join(MODELS, 'lv-en')) => fs.readdirSync(dir).map((name) => path.join(dir, name));

test('without models, the model files can be loaded from disk (picked or dropped), and are kept for the next visit', async () => {
  const { srv, page, errors } = await viewer(null);
  await page.evaluate(() => caches.delete('diptych-translation-models'));
  const pick = await pickerAfterAsking(page);
  assert.match(await page.locator(`${LEFT_BAR} label.pick`).innerText(), /Load translation models from files/);
  // Files that are no model: a reason, and the picker stays.
  const stray = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-stray-')), 'notes.bin');
  fs.writeFileSync(stray, 'not a model');
  await pick.setInputFiles([stray]);
  await page.waitForFunction((bar) => /no whole translation model/.test(document.querySelector(bar)?.textContent || ''), LEFT_BAR, { timeout: 30000 });
  // Dropped on the bar, the files do what picked ones do.
  await dropFiles(page, `${LEFT_BAR} .models-drop`, picked().map((f) => ({ name: path.basename(f), bytes: fs.readFileSync(f) })));
  await page.waitForSelector(`${LEFT_BAR} .mt-label`, { timeout: 60000 });
  const paragraphs = await page.locator('[id^="l-p"]').count();
  assert.equal(await page.locator('[id^="l-p"] p.mt[lang="en"]').count(), paragraphs, 'every left paragraph translated');
  // The next visit finds them in this browser: nothing to pick, nothing fetched.
  const fetched = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/models/') && !r.url().endsWith('index.json')) fetched.push(r.url()); });
  await page.reload();
  await page.waitForSelector('.rows .para');
  await page.click(`${LEFT_BAR} button.translate >> text=Translate into English`);
  await page.waitForSelector(`${LEFT_BAR} .mt-label`, { timeout: 60000 });
  assert.ok(await page.locator('[id^="l-p"] p.mt[lang="en"]').count() > 0);
  assert.deepEqual(fetched, []);
  assert.deepEqual(errors, []);
  await page.evaluate(() => caches.delete('diptych-translation-models'));
  await page.close(); srv.server.close();
});

test('model files picked with an index.json must match its hashes', async () => {
  const { srv, page } = await viewer(null);
  await page.evaluate(() => caches.delete('diptych-translation-models'));
  const index = JSON.parse(fs.readFileSync(path.join(MODELS, 'index.json'), 'utf8'));
  index.models = index.models.filter((m) => m.pair === 'lv-en');
  index.models[0].files[0].sha256 = '0'.repeat(64);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-index-'));
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  const pick = await pickerAfterAsking(page);
  await pick.setInputFiles([...picked(), path.join(dir, 'index.json')]);
  await page.waitForFunction((bar) => /damaged or not the one expected/.test(document.querySelector(bar)?.textContent || ''), LEFT_BAR, { timeout: 30000 });
  assert.equal(await page.locator('[id^="l-p"] p.mt').count(), 0);
  await page.close(); srv.server.close();
});

test('the single file, opened from disk, translates with model files picked from disk', async () => {
  const { page, errors } = await singleFile();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const pick = await pickerAfterAsking(page);
  await pick.setInputFiles(picked());
  await page.waitForSelector(`${LEFT_BAR} .mt-label`, { timeout: 60000 });
  assert.ok(await page.locator('[id^="l-p"] p.mt[lang="en"]').count() > 0, 'translated');
  // Nothing left the page but the look for models/ beside the file.
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && !u.includes('/models/')), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the single file, opened from disk, glosses words from the word lists it carries', async () => {
  const { page, errors } = await singleFile();
  await fallback(page, LEFT_BAR, 'Show word glosses instead');
  const text = await page.locator('#l-p0 p.mt').innerText();
  assert.ok(text.includes('Kazahstānā [Kazakhstan]'), text);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a damaged model file is refused with a reason', async () => {
  const damaged = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-damaged-models-'));
  fs.cpSync(MODELS, damaged, { recursive: true });
  const index = JSON.parse(fs.readFileSync(path.join(damaged, 'index.json'), 'utf8'));
  const model = index.models.find((m) => m.pair === 'lv-en').files.find((f) => f.role === 'model');
  const file = path.join(damaged, model.path);
  const bytes = fs.readFileSync(file);
  bytes[bytes.length >> 1] ^= 1;
  fs.writeFileSync(file, bytes);
  const { srv, page } = await viewer(damaged);
  // A fresh browser context has an empty cache: the damaged file is fetched.
  await page.evaluate(() => caches.delete('diptych-translation-models'));
  await page.click(`${LEFT_BAR} button.translate >> text=Translate into English`);
  const alert = page.locator(`${LEFT_BAR} [role="alert"]`);
  await alert.waitFor({ timeout: 30000 });
  assert.match(await alert.innerText(), /damaged or not the one expected/);
  await page.close(); srv.server.close();
});

test('the translation engine is a wasm of its own, at most 150 KB gzipped, not loaded with the page', async () => {
  const wasm = fs.readFileSync(path.join(DIST, 'diptych-translator_bg.wasm'));
  const gz = zlib.gzipSync(wasm, { level: 9 }).length;
  assert.ok(gz <= 150 * 1024, `translator wasm ${gz} bytes gzipped`);
  const { srv, page } = await viewer(MODELS);
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(!loaded.some((u) => u.includes('diptych-translator')), 'not fetched until a reader asks');
  await page.close(); srv.server.close();
});

test('translate=en translates both texts as soon as they are compared, in an embed too', async () => {
  const { srv, page, errors } = await viewer(MODELS, '?embed=1&translate=en');
  for (const cell of ['first-child', 'last-child']) {
    await page.waitForSelector(`.row.head .cell:${cell} .translate-bar .mt-label`, { timeout: 60000 });
  }
  assert.ok(await page.locator('[id^="l-p"] p.mt[lang="en"]').count() >= 1);
  assert.ok(await page.locator('[id^="r-p"] p.mt[lang="en"]').count() >= 1);
  assert.deepEqual(errors, []);
  await page.close(); srv.server.close();
});

test("without models, Russian can go to the browser's own translator, on the reader's click", async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-no-models-'));
  const srv = await serve({ '/': DIST, '/models/': empty });
  const page = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
  // A stand-in for Chrome's Translator API (the real one needs a download
  // this machine cannot make): it answers ru → en only.
  await page.addInitScript(() => {
    window.Translator = {
      availability: async (o) => (o.sourceLanguage === 'ru' && o.targetLanguage === 'en' ? 'available' : 'unavailable'),
      create: async () => ({ translate: async (t) => `[EN] ${t}` }),
    };
  });
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para');
  const right = '.row.head .cell:last-child .translate-bar';
  await fallback(page, right, "Use this browser's built-in translator");
  assert.match(await page.locator(right).innerText(), /by this browser's built-in translator/);
  const first = await page.locator('[id^="r-p"] p.mt').first().innerText();
  assert.ok(first.startsWith('[EN] '), first);
  // Latvian: the browser's translator has none, so it is not offered.
  const left = '.row.head .cell:first-child .translate-bar';
  await page.click(`${left} button.translate >> text=Translate into English`);
  await page.locator(`${left} [role="alert"]`).waitFor({ timeout: 30000 });
  assert.equal(await page.locator(`${left} button`, { hasText: "built-in translator" }).count(), 0);
  await page.close(); srv.server.close();
});

test('without models, the words can be glossed from Diptych\'s own word lists, labelled as glosses', async () => {
  const { srv, page, errors } = await viewer(null);
  const left = '.row.head .cell:first-child .translate-bar';
  await fallback(page, left, 'Show word glosses instead');
  assert.match(await page.locator(left).innerText(), /Word glosses in English .* not a translation/);
  // The original words stay, each known one followed by its gloss: "Kazahstānā [Kazakhstan]".
  const text = await page.locator('#l-p0 p.mt').innerText();
  assert.match(text, /\[[^\]]+\]/, text);
  assert.ok(text.includes('trešdienas'), 'the original words stay');
  // Places come from CLDR's names, in any case (the locative here).
  assert.ok(text.includes('Kazahstānā [Kazakhstan]'), text);
  assert.deepEqual(errors, []);
  await page.close(); srv.server.close();
});
