// Finishes Trunk's build in dist/ for deployment (run by `cargo xtask dist`):
//
// - index.html gets a strict Content-Security-Policy: scripts only from the
//   page's own origin plus Trunk's one inline loader (by its hash), wasm
//   compilation allowed, the engine's worker from a blob: URL, no remote
//   origins for code or styles;
// - diptych-embed.js: the loader for script embeds (mounts the viewer into
//   every <div data-diptych> of the host page);
// - embed-resize.js: the host page's side of iframe embeds (sizes each
//   Diptych iframe to the height it reports);
// - the app's script (wasm-bindgen's glue) minified with terser, its
//   integrity hash updated;
// - with --single-file, diptych.html: the whole app in one file (wasm, JS
//   and CSS inlined, the engine's lexicon, the demo pair, the translator and the importer too) that works opened straight from disk.
//
// Usage: node tools/dist.mjs DIST [--single-file]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

const dist = path.resolve(process.argv[2] || 'dist');
const singleFile = process.argv.includes('--single-file');
const here = path.dirname(new URL(import.meta.url).pathname);
const indexPath = path.join(dist, 'index.html');
let index = fs.readFileSync(indexPath, 'utf8');

const files = fs.readdirSync(dist);
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what} in ${dist}, found ${found.length}: ${found.join(', ')}`);
  return found[0];
};
const js = one(/^diptych-[0-9a-f]+\.js$/, 'app script');
const wasm = one(/^diptych-[0-9a-f]+_bg\.wasm$/, 'wasm module');
const css = one(/^main-[0-9a-f]+\.css$/, 'stylesheet');
// Trunk copies wasm-bindgen's snippets/ folder even when it is left over from
// an earlier build; the app imports none, so none is deployed.
const snippets = path.join(dist, 'snippets');
if (fs.existsSync(snippets) && !fs.readFileSync(path.join(dist, js), 'utf8').includes('snippets/')) {
  fs.rmSync(snippets, { recursive: true });
  index = index.replace(/<link[^>]*snippets\/[^>]*>/g, '');
}

// The app's script, wasm-bindgen's glue, minified (Trunk leaves it as written):
// every byte of the first load counts against its 510 KB budget. Its
// Subresource Integrity hash in index.html follows the new content.
{
  const file = path.join(dist, js);
  const { code } = await minify(fs.readFileSync(file, 'utf8'), { module: true, ecma: 2020 });
  fs.writeFileSync(file, code);
  const sri = `sha384-${crypto.createHash('sha384').update(code, 'utf8').digest('base64')}`;
  const tag = new RegExp(`<link[^>]*\\./${js.replace(/[.]/g, '\\.')}[^>]*>`, 'g');
  let found = 0;
  index = index.replace(tag, (link) => {
    found += 1;
    return link.replace(/integrity="?sha384-[^"\s>]+"?/, `integrity="${sri}"`);
  });
  if (!found) throw new Error(`could not find the link to ${js} in index.html`);
}

// The Content-Security-Policy, with the hash of every inline script Trunk wrote.
const inline = [...index.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Texts given by address (?left=&right=) are fetched from wherever they are.
  "connect-src 'self' http: https:",
  "worker-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// (Trunk minifies index.html in release builds: attributes may go unquoted.)
index = index.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>\s*/i, '');
index = index.replace(/(<meta charset="?utf-8"?\s*\/?>)/i, `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!index.includes('Content-Security-Policy')) throw new Error('could not place the CSP in index.html');
fs.writeFileSync(indexPath, index);

// The script-embed loader: finds its own files next to itself, wherever dist/ is served.
fs.writeFileSync(path.join(dist, 'diptych-embed.js'), `// Diptych script embed: <div data-diptych ...></div> + <script type="module" src=".../diptych-embed.js"></script>.
// Mounts the viewer into every such element, each in its own shadow root. See docs/embed.md.
const here = new URL('.', import.meta.url);
window.diptychAssets = {
  embed: '1',
  script: new URL('${js}', here).href,
  style: new URL('${css}', here).href,
  page: new URL('index.html', here).href,
  lexiconUrl: new URL('lexicon-keys.tsv', here).href,
  seedsUrl: here.href,
};
const { default: init } = await import(window.diptychAssets.script);
await init({ module_or_path: new URL('${wasm}', here) });
`);
fs.copyFileSync(path.join(here, '../embed/embed-resize.js'), path.join(dist, 'embed-resize.js'));

if (singleFile) {
  // Everything in one page: no file is fetched, so it works from file://.
  // The app's module is imported from a blob: URL, which the engine's worker
  // imports as well (window.diptychAssets.script).
  const glue = fs.readFileSync(path.join(dist, js), 'utf8');
  const bytes = fs.readFileSync(path.join(dist, wasm)).toString('base64');
  const style = fs.readFileSync(path.join(dist, css), 'utf8');
  const head = index
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/<link[^>]*\brel="?stylesheet"?[^>]*>/, () => `<style>\n${style}\n</style>`)
    .replace(/<script type="?module"?>[\s\S]*?<\/script>/, '')
    .replace(/<link[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, '');
  // The app's worker wasms (`src/bin/`) go in too, as `name: {source,
  // wasm64, ...extra}`: the translator, so that the file opened from disk can
  // translate with model files the reader picks (with the word lists its
  // glosses come from), and the importer, which reads HTML and Word files.
  const script = (text) => JSON.stringify(text).replace(/<\//g, "<\\/");
  const inlineWorker = (name, extra = '') => {
    const js = path.join(dist, `diptych-${name}.js`);
    const wasm = path.join(dist, `diptych-${name}_bg.wasm`);
    if (!fs.existsSync(js) || !fs.existsSync(wasm)) return '';
    return `${name}: {
  source: ${script(fs.readFileSync(js, 'utf8'))},
  wasm64: "${fs.readFileSync(wasm).toString('base64')}",${extra}
}`;
  };
  const lists = Object.fromEntries(files.filter((f) => f.endsWith('.tsv') && f !== 'lexicon-keys.tsv').map((f) => [f, fs.readFileSync(path.join(dist, f), 'utf8')]));
  const translator = inlineWorker('translator', `\n  lists: ${script(lists)},`);
  const importer = inlineWorker('importer');
  // The demo pair (dist/'s only .txt files, copied by index.html), which the
  // page otherwise fetches from beside itself.
  const seeds = JSON.stringify(Object.fromEntries(files.filter((f) => f.endsWith('.txt'))
    .map((f) => [f, fs.readFileSync(path.join(dist, f), 'utf8')]))).replace(/<\//g, "<\\/");
  const loader = `<script type="module">
const glue = ${JSON.stringify(glue).replace(/<\//g, "<\\/")};
const wasm = Uint8Array.from(atob("${bytes}"), (c) => c.charCodeAt(0));
const script = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
window.diptychAssets = { script, source: glue, lexicon: ${JSON.stringify(fs.readFileSync(path.join(dist, 'lexicon-keys.tsv'), 'utf8')).replace(/<\//g, "<\\/")}, seeds: ${seeds}, ${[translator, importer].filter(Boolean).join(", ")} };
const { default: init } = await import(script);
await init({ module_or_path: wasm });
</script>`;
  const single = head.replace('</body>', () => `${loader}\n</body>`);
  fs.writeFileSync(path.join(dist, 'diptych.html'), single);
}

const size = (f) => fs.statSync(path.join(dist, f)).size;
const all = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const site = all(dist).filter((f) => !f.endsWith('diptych.html'));
const total = site.reduce((n, f) => n + fs.statSync(f).size, 0);
console.log(`dist: ${total} bytes in ${site.length} files (index.html with CSP, diptych-embed.js, embed-resize.js)`);
if (singleFile) console.log(`dist/diptych.html: ${size('diptych.html')} bytes, a single file`);
