// Size report of a build (`npm run build && npm run size`).
// What the first screen loads (the module script, modulepreload links and stylesheets named in
// dist/index.html — not the lazy chunks), each lazy JS chunk, the whole precache (the list
// injected into dist/sw.js) and everything in dist/, as raw, gzip (level 9) and brotli
// (quality 11) sizes in kB (1 kB = 1024 bytes). Exits 1 when the first-screen JS is over budget.
// `--budget` (as `npm test` runs it): only the first screen and the budget check — compressing
// the whole 20 MB dist/ at brotli 11 takes ~40 s on 2 cores, which CI does not need.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * First-screen JS budget, gzip: what the welcome screen loads (30.2 kB since the kiosk itself
 * became its own chunk, src/app/mount-app.tsx), rounded up. Issue 15's goal was ≤ 50 kB.
 */
const BUDGET_JS_GZIP = 31 * 1024; // 31,744 bytes

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// KIOSK_DIST: another build folder (as for the end-to-end tests), e.g. dist-<name>.
const dist = join(root, process.env['KIOSK_DIST'] ?? 'dist');
const budgetOnly = process.argv.includes('--budget');

function fail(message) {
  console.error(`size-report: ${message}`);
  process.exit(1);
}

if (!existsSync(join(dist, 'index.html'))) fail('dist/index.html is missing: run `npm run build` first.');

/** A path under dist/ as written in URLs ("assets/x.js"), from an href like "/assets/x.js". */
function distPath(href) {
  const clean = href.split(/[?#]/)[0];
  if (/^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith('//')) return undefined; // another origin
  return posix.normalize(clean.replace(/^\/+/, ''));
}

/** Every file under dist/, as dist-relative POSIX paths. */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(relative(dist, full).split(sep).join('/'));
  }
  return out.sort();
}

const sizeCache = new Map();
/** Raw, gzip and brotli sizes of one dist file, in bytes. */
function sizesOf(path) {
  if (sizeCache.has(path)) return sizeCache.get(path);
  const full = join(dist, path);
  if (!existsSync(full)) fail(`${path} is referenced but missing from dist/.`);
  const bytes = readFileSync(full);
  const sizes = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
  sizeCache.set(path, sizes);
  return sizes;
}

/** Summed sizes of several files (each compressed on its own, as it is served). */
function sum(paths) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const p of paths) {
    const s = sizesOf(p);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

// --- What index.html loads -------------------------------------------------------------------
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (tag, name) =>
  tag
    .match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
    ?.slice(1)
    .find((v) => v !== undefined);
const firstJs = new Set();
const firstCss = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attr(tag, 'src');
  if (src && /^module$/i.test(attr(tag, 'type') ?? '')) {
    const p = distPath(src);
    if (p) firstJs.add(p);
  }
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
  const href = attr(tag, 'href');
  const p = href && distPath(href);
  if (!p) continue;
  if (rel.includes('modulepreload')) firstJs.add(p);
  if (rel.includes('stylesheet')) firstCss.add(p);
}
if (firstJs.size === 0) fail('found no module script in dist/index.html.');

// --- Everything else --------------------------------------------------------------------------
const allFiles = walk(dist);
const lazyJs = allFiles.filter((p) => p.endsWith('.js') && p.startsWith('assets/') && !firstJs.has(p));

const swPath = join(dist, 'sw.js');
if (!existsSync(swPath)) fail('dist/sw.js is missing: the service worker was not built.');
const sw = readFileSync(swPath, 'utf8');
// Entries look like {"revision":"…","url":"index.html"} or {url:"…",revision:null}, keys in any order.
const precache = new Set();
for (const [object] of sw.matchAll(/\{[^{}]*\}/g)) {
  if (!/["']?revision["']?\s*:/.test(object)) continue;
  const url = object.match(/["']?url["']?\s*:\s*(?:"([^"]+)"|'([^']+)')/);
  const p = url && distPath(url[1] ?? url[2]);
  if (p) precache.add(p);
}
if (precache.size === 0) fail('found no precache entries ({url, revision}) in dist/sw.js.');

// --- Table ------------------------------------------------------------------------------------
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];
const row = (label, paths, indent = '') => {
  const s = sum(paths);
  rows.push([indent + label, kB(s.raw), kB(s.gzip), kB(s.brotli)]);
  return s;
};
const files = (n) => `${n} file${n === 1 ? '' : 's'}`;

const js = row(`First-screen JS (${files(firstJs.size)})`, [...firstJs]);
for (const p of firstJs) row(p, [p], '  ');
row(`First-screen CSS (${files(firstCss.size)})`, [...firstCss]);
for (const p of firstCss) row(p, [p], '  ');
if (!budgetOnly) {
  row(`Lazy JS chunks (${files(lazyJs.length)})`, lazyJs);
  for (const p of lazyJs) row(p, [p], '  ');
  row(`Whole precache (${files(precache.size)})`, [...precache]);
  // The offline voice (eSpeak NG and its data, recorded clips) is counted apart: it is loaded
  // only when a device has no voice of its own, and its budget is separate.
  const isVoice = (p) => /espeak|\.wasm$|\.data$|(^|\/)audio\//i.test(p);
  const voice = [...precache].filter(isVoice);
  row(
    `  precache without the offline voice (${files(precache.size - voice.length)})`,
    [...precache].filter((p) => !isVoice(p)),
  );
  row(`  offline voice (${files(voice.length)})`, voice);
  row(`Total dist/ (${files(allFiles.length)})`, allFiles);
}

const header = ['', 'raw', 'gzip -9', 'brotli -11'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('   '));
for (const r of rows) console.log(line(r));
console.log('');

if (js.gzip > BUDGET_JS_GZIP) {
  console.error(
    `size-report: first-screen JS is ${kB(js.gzip)} gzip (${js.gzip} bytes), over the ${kB(BUDGET_JS_GZIP)} budget (${BUDGET_JS_GZIP} bytes). ` +
      'Move code off the first screen (lazy import) or remove it.',
  );
  process.exit(1);
}
console.log(`First-screen JS: ${kB(js.gzip)} gzip of the ${kB(BUDGET_JS_GZIP)} budget.`);
