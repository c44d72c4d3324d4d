// HTML pages and Word documents: the page's engine leaves their readers out
// of its first download, and the importer worker (its own wasm, fetched only
// then) reads them — served, and inline in the single file opened from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, browser, dropFiles, openViewer, DIST } from './harness.mjs';

let srv, chrome;
before(async () => { srv = await serve(DIST); chrome = await browser(); });
after(async () => { await chrome?.close(); srv?.server.close(); });

const PAGE = `<!doctype html><html><head><title>Delfi</title>
<meta property="article:published_time" content="2023-06-12T09:00:00+03:00">
<script>var tracker = "Reklāma skripts";</script></head>
<body><nav><a href="/">Sākums</a> <a href="/zinas">Ziņas</a></nav>
<article><h1>Rīgā aizturēti protestētāji</h1>
<p>Policija svētdien Rīgā aizturēja 12 cilvēkus pie Saeimas.</p>
<p>Protestā piedalījās ap 300 cilvēku &mdash; ziņo Valsts policija.</p></article>
<footer>© Delfi</footer></body></html>`;

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>В Риге задержаны протестующие</w:t></w:r></w:p>
<w:p><w:r><w:t>Полиция в воскресенье задержала в Риге 12 человек у Сейма.</w:t></w:r></w:p>
<w:p><w:r><w:t>В акции участвовали около 300 человек, сообщила Госполиция.</w:t></w:r></w:p>
</w:body></w:document>`;

/// A ZIP archive of `files` ({name: text}), deflated: a minimal .docx.
function zip(files) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => { let c = ~0; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return ~c >>> 0; };
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text), data = zlib.deflateRawSync(raw), n = Buffer.from(name);
    const head = Buffer.alloc(30); head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(raw), 14); head.writeUInt32LE(data.length, 18); head.writeUInt32LE(raw.length, 22); head.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(raw.length, 24); central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(head, n, data); centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals), end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const DOCX = zip({ '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', 'word/document.xml': DOCUMENT });

/// The two files dropped at once; resolves once both are compared.
async function dropBoth(page) {
  await dropFiles(page, '.page', [
    { name: 'delfi.html', type: 'text/html', bytes: Buffer.from(PAGE) },
    { name: 'rus.docx', bytes: DOCX },
  ]);
  await page.waitForSelector('text=Policija svētdien Rīgā aizturēja');
  await page.waitForSelector('text=Полиция в воскресенье задержала');
}

test('an HTML page and a Word document are read by the importer, fetched only when needed', async () => {
  const { page, errors } = await openViewer(chrome, srv.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // A plain text file does not need it.
  await dropFiles(page, '.side-input.left', [{ name: 'plain.lv.txt', bytes: Buffer.from('Rīgā notika protesti, policija aizturēja 12 cilvēkus.') }]);
  await page.waitForSelector('text=Rīgā notika protesti, policija');
  assert.equal(requests.filter((u) => u.includes('importer')).length, 0, 'plain text fetched the importer');
  await dropBoth(page);
  assert.ok(requests.some((u) => u.endsWith('diptych-importer_bg.wasm')), 'the importer was not fetched');
  const text = await page.locator('.rows').innerText();
  // The article only: no navigation, script or footer; entities decoded.
  for (const chrome of ['Sākums', 'Reklāma', '© Delfi']) assert.ok(!text.includes(chrome), `page chrome kept: ${chrome}`);
  assert.match(text, /ap 300 cilvēku — ziņo/);
  assert.ok(await page.locator('.row.linked').count() >= 2, 'the two reports were not linked');
  assert.ok(await page.locator('button.entity', { hasText: 'Riga' }).count() >= 1);
  // A correction compares again without reading the files again.
  const before = requests.filter((u) => u.includes('importer')).length;
  await page.keyboard.press('Control+z');
  await dropFiles(page, '.side-input.right', [{ name: 'rus.docx', bytes: DOCX }]);
  await page.waitForSelector('text=Полиция в воскресенье задержала');
  assert.equal(requests.filter((u) => u.includes('importer')).length, before, 'the same file was read again');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a damaged Word document and a workbook are refused with a message in their pane', async () => {
  const { page } = await openViewer(chrome, srv.url);
  const err = (side) => page.locator(`.side-input.${side} .error`);
  await dropFiles(page, '.side-input.left', [{ name: 'budget.xlsx', bytes: zip({ 'xl/workbook.xml': '<workbook/>' }) }]);
  await err('left').waitFor();
  assert.match(await err('left').innerText(), /Excel workbook/);
  const { page: other } = await openViewer(chrome, srv.url);
  const broken = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]);
  await dropFiles(other, '.side-input.right', [{ name: 'broken.docx', bytes: broken }]);
  await other.locator('.side-input.right .error').waitFor();
  assert.match(await other.locator('.side-input.right .error').innerText(), /could not be read/);
  assert.equal(await other.locator('.side-input.left .error').count(), 0);
  await other.close();
  await page.close();
});

test('the single file opened from disk reads HTML and Word files with its inline importer', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diptych-import-'));
  const file = path.join(dir, 'diptych.html');
  fs.copyFileSync(path.join(DIST, 'diptych.html'), file);
  const { page, errors } = await openViewer(chrome, `file://${file}`);
  await dropBoth(page);
  assert.ok(await page.locator('.row.linked').count() >= 2);
  assert.deepEqual(errors, []);
  await page.close();
});
