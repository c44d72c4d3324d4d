// Shared set-up for the end-to-end tests: a static server for dist/ on
// 127.0.0.1 (the page must work from any static host) and Debian's Chromium
// driven by playwright-core with the flags this machine needs.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

/// Serves `dir` at `/`, or several folders at several paths: `{ '/tools/diptych/': DIST, ... }`.
/// `headers` are added to every answer (e.g. CORS for a second origin).
export function serve(dir, headers = {}) {
  const mounts = typeof dir === 'string' ? { '/': dir } : dir;
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const at = Object.keys(mounts).filter((m) => url.startsWith(m)).sort((a, b) => b.length - a.length)[0];
    if (!at) { res.writeHead(404); res.end(); return; }
    const base = mounts[at];
    let p = path.join(base, url.slice(at.length));
    if (!p.startsWith(base)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(p) && fs.statSync(p).isDirectory()) p = path.join(p, 'index.html');
    if (!fs.existsSync(p)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(p)] || 'application/octet-stream', ...headers });
    fs.createReadStream(p).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = path.join(ROOT, 'dist');

/// A DataTransfer in the page holding `files` ([{ name, bytes, type? }]).
export async function dataTransfer(page, files) {
  return page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type || '' }));
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.type, b64: Buffer.from(f.bytes).toString('base64') })));
}

/// Drops files on an element with a real DataTransfer drop event.
export async function dropFiles(page, selector, files) {
  const handle = await dataTransfer(page, files);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: handle });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: handle });
}

/// The viewer at `url` (downloads allowed, page errors recorded), once its
/// comparison is drawn.
export async function openViewer(chrome, url) {
  const page = await chrome.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.rows .para');
  return { page, errors };
}
