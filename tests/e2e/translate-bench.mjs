// The translation benchmark (`cargo xtask bench` runs it): synthetic models
// of the real size and architecture of Firefox Translations' "tiny" models
// (tools/make_test_model.py --arch tiny: random weights, so the output is
// gibberish that runs to the length limit — the per-token time is what
// counts), translated in the page's worker in headless Chromium. Prints the
// models' load time (downloaded, then from the cache), milliseconds per
// output token and per paragraph, the engine's memory, and the page's
// longest frame gap while it translates. Figures, not assertions.
import { serve, browser, openViewer, DIST } from './harness.mjs';

const models = process.env.DIPTYCH_BENCH_MODELS;
if (!models) throw new Error('DIPTYCH_BENCH_MODELS: a folder of synthetic tiny models');
const srv = await serve({ '/': DIST, '/models/': models });
const chrome = await browser();

async function run(label) {
  const page = await chrome.newPage({ viewport: { width: 1280, height: 900 } });
  // Every message the translation worker sends, with its arrival time.
  await page.addInitScript(() => {
    window.__tr = [];
    const Native = window.Worker;
    window.Worker = function (...args) {
      const w = new Native(...args);
      w.addEventListener('message', (e) => { if (typeof e.data === 'string') window.__tr.push([performance.now(), e.data]); });
      return w;
    };
    window.Worker.prototype = Native.prototype;
  });
  await page.goto(srv.url);
  await page.waitForSelector('.rows .para');
  return page;
}

async function measure(page) {
  await page.evaluate(() => {
    window.__gap = 0; let last = performance.now();
    const tick = (t) => { window.__gap = Math.max(window.__gap, t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    window.__t0 = performance.now();
  });
  await page.click('.row.head .cell:first-child .translate-bar button.translate');
  await page.waitForSelector('.row.head .cell:first-child .translate-bar .mt-label, .row.head .cell:first-child .translate-bar .error', { timeout: 600000 });
  return page.evaluate(() => {
    window.__stop = true;
    const msgs = window.__tr.filter(([, d]) => d.startsWith('{')).map(([t, d]) => [t, JSON.parse(d)]).filter(([, m]) => m.side === 'l');
    const ready = msgs.find(([, m]) => m.translating !== undefined);
    const paragraphs = msgs.filter(([, m]) => m.paragraph !== undefined).map(([, m]) => m);
    return {
      load: ready ? ready[0] - window.__t0 : null,
      memory: ready ? ready[1].memory : null,
      kernel: ready ? ready[1].kernel : null,
      tokens: paragraphs.reduce((s, m) => s + m.tokens, 0),
      ms: paragraphs.reduce((s, m) => s + m.ms, 0),
      paragraphs: paragraphs.length,
      gap: window.__gap,
      error: msgs.find(([, m]) => m.error)?.[1].error,
    };
  });
}

const mb = (b) => (b / 1e6).toFixed(1);
const first = await run();
const a = await measure(first);
if (a.error) throw new Error(a.error);
console.log(`translation (synthetic tiny models, lv→en, the seed's ${a.paragraphs} Latvian paragraphs, Chromium worker):`);
console.log(`  models loaded (downloaded from this machine, checked, cached): ${a.load.toFixed(0)} ms; engine memory ${mb(a.memory)} MB; kernel ${a.kernel}`);
console.log(`  ${(a.ms / a.tokens).toFixed(2)} ms per output token (${a.tokens} tokens in ${a.ms.toFixed(0)} ms), ${(a.ms / a.paragraphs).toFixed(0)} ms per paragraph`);
console.log(`  longest frame gap on the page while translating: ${a.gap.toFixed(0)} ms`);
await first.close();
const second = await run();
const b = await measure(second);
console.log(`  second visit: models from the cache in ${b.load.toFixed(0)} ms`);
await chrome.close(); srv.server.close();
