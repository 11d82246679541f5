/**
 * The first screen as a phone would see it (issue 15 §6), measured against a production build:
 * - Lighthouse 12, mobile preset (simulated slow 4G, CPU 4× slower), on the welcome screen
 *   (a navigation) and on a topic step (a timespan: touch the welcome screen, open the first
 *   topic, wait for its first step);
 * - long tasks (> 50 ms) in the first 5 s after loading, nobody touching, with the CPU slowed 4×
 *   (DevTools `Emulation.setCPUThrottlingRate`), on a first visit (empty storage: the built-in
 *   inventory is seeded) and on a repeat visit (service worker and database in place);
 * - the first screen's JavaScript, gzip -9 (what index.html loads, as `npm run size` counts it).
 * Each measure runs `runs` times in a fresh browser; figures are medians.
 *
 * The build is served by `vite preview` with every text file gzip-compressed once, in memory,
 * before the first request: vite preview's own compression compresses each response on the fly
 * (chunked, at level 6, on a CPU shared with the browser being measured), which a real kiosk
 * host does not do and which puts the server's load into the page's timings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { startFlow } from 'lighthouse';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium-flags.mjs';

const CHROMIUM = process.env['CHROME_PATH'] ?? CHROMIUM_PATH;
const ARGS = ['--headless', ...CHROMIUM_ARGS];

/** What one build measures to (medians of `runs`). */
export interface FirstScreenFigures {
  runs: number;
  welcome: {
    performance: number[];
    accessibility: number[];
    bestPractices: number[];
    seo: number[];
    tbt: number[];
    tti: number[];
    fcp: number[];
    lcp: number[];
    si: number[];
    cls: number[];
  };
  topic: { performance: number[]; tbt: number[]; inp: number[]; cls: number[] };
  /** Long tasks in the first 5 s, CPU 4×: their durations, per run. */
  longTasks: { first: number[][]; repeat: number[][] };
  firstScreenJsGzip: number;
}

const TEXT = /\.(?:js|mjs|css|html|json|svg|webmanifest|txt|map)$/u;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/** vite preview of `dist`, with text files served pre-compressed (see the file's comment). */
export async function serveBuild(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dist);
  const gzipped = new Map<string, Buffer>();
  const precompressed = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const pathname = posix.normalize(decodeURIComponent((req.url ?? '/').split(/[?#]/u)[0] ?? '/'));
    // The kiosk is one page: any path that is not a file is index.html (as vite preview does).
    let file = join(root, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(root)) return next();
    if (!existsSync(file) && !extname(pathname)) file = join(root, 'index.html');
    if (!TEXT.test(file) || !existsSync(file) || !/\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) return next();
    let body = gzipped.get(file);
    if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    res.writeHead(200, {
      'Content-Type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
      'Content-Encoding': 'gzip',
      'Content-Length': String(body.length),
      Vary: 'Accept-Encoding',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    plugins: [{ name: 'bench-precompressed', configurePreviewServer: (s) => void s.middlewares.use(precompressed) }],
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/u, '') ?? '';
  if (!url) throw new Error('vite preview gave no URL');
  // Every text file compressed now, not during a measured load.
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(root)) if (TEXT.test(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
  return { url, close: () => server.close() };
}

/** First-screen JS, gzip -9 (the module script and modulepreloads of index.html, each compressed alone). */
export function firstScreenJsGzip(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/gu)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  return srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src.replace(/^\//u, ''))), { level: 9 }).length, 0);
}

async function launch(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, defaultViewport: null });
}

const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);

/** Lighthouse (mobile preset) on the welcome screen: one navigation in a fresh browser. */
async function welcomeRun(url: string, figures: FirstScreenFigures['welcome']): Promise<void> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const result = await lighthouse(url, { output: 'json', logLevel: 'error' }, undefined, page);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse gave no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    figures.performance.push(score(lhr.categories['performance']?.score));
    figures.accessibility.push(score(lhr.categories['accessibility']?.score));
    figures.bestPractices.push(score(lhr.categories['best-practices']?.score));
    figures.seo.push(score(lhr.categories['seo']?.score));
    figures.tbt.push(audit('total-blocking-time'));
    figures.tti.push(audit('interactive'));
    figures.fcp.push(audit('first-contentful-paint'));
    figures.lcp.push(audit('largest-contentful-paint'));
    figures.si.push(audit('speed-index'));
    figures.cls.push(audit('cumulative-layout-shift'));
  } finally {
    await browser.close();
  }
}

/** The button whose text or label contains `name`, once it is on screen. */
async function button(page: Page, name: string) {
  const handle = await page.waitForFunction(
    (label: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => b.innerText.replace(/\s+/gu, ' ').includes(label) || (b.getAttribute('aria-label') ?? '').includes(label),
      ),
    { timeout: 30_000, polling: 100 },
    name,
  );
  return handle as unknown as import('puppeteer-core').ElementHandle<HTMLButtonElement>;
}

/** Clicks the button whose text or label contains `name`. */
async function tap(page: Page, name: string): Promise<void> {
  await (await button(page, name)).click();
}

/**
 * Lighthouse (mobile preset) on a topic step: the welcome screen loaded and left alone for 6 s,
 * then a timespan from the first touch to the first topic's first step (with Lighthouse's own
 * 4× CPU and network throttling, which a timespan applies as it runs).
 */
async function topicRun(
  url: string,
  labels: { touch: string; topic: string; next: string },
  figures: FirstScreenFigures['topic'],
): Promise<void> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { config: { extends: 'lighthouse:default', settings: { onlyCategories: ['performance'] } } });
    await page.goto(url);
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 6000));
    await flow.startTimespan();
    await tap(page, labels.touch);
    await new Promise((r) => setTimeout(r, 700)); // the app ignores a second tap within 500 ms
    await tap(page, labels.topic);
    // The topic's first step is on screen when its Next button is.
    await button(page, labels.next);
    await new Promise((r) => setTimeout(r, 3000));
    await flow.endTimespan();
    const lhr = (await flow.createFlowResult()).steps[0]?.lhr;
    if (!lhr) throw new Error('Lighthouse flow gave no result');
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    figures.performance.push(score(lhr.categories['performance']?.score));
    figures.tbt.push(audit('total-blocking-time'));
    figures.inp.push(audit('interaction-to-next-paint'));
    figures.cls.push(audit('cumulative-layout-shift'));
  } finally {
    await browser.close();
  }
}

/** Long tasks in the first 5 s after navigation, nobody touching, CPU 4×. */
async function longTaskRun(url: string): Promise<{ first: number[]; repeat: number[] }> {
  const browser = await launch();
  try {
    const visit = async (): Promise<number[]> => {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.evaluateOnNewDocument(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url);
      await page.waitForFunction(() => performance.now() > 5000, { polling: 250, timeout: 60_000 });
      const tasks = await page.evaluate(
        () => (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks,
      );
      await page.close();
      return tasks.filter((t) => t.start < 5000 && t.duration > 50).map((t) => Math.round(t.duration));
    };
    const first = await visit();
    // The second visit: the service worker took control and the database exists.
    await new Promise((r) => setTimeout(r, 3000));
    const repeat = await visit();
    return { first, repeat };
  } finally {
    await browser.close();
  }
}

/** Measures a build (`dist`) `runs` times over. */
export async function measureFirstScreen(
  dist: string,
  labels: { touch: string; topic: string; next: string },
  runs = 3,
): Promise<FirstScreenFigures> {
  const figures: FirstScreenFigures = {
    runs,
    welcome: { performance: [], accessibility: [], bestPractices: [], seo: [], tbt: [], tti: [], fcp: [], lcp: [], si: [], cls: [] },
    topic: { performance: [], tbt: [], inp: [], cls: [] },
    longTasks: { first: [], repeat: [] },
    firstScreenJsGzip: firstScreenJsGzip(dist),
  };
  const server = await serveBuild(dist);
  try {
    for (let i = 0; i < runs; i++) {
      await welcomeRun(server.url, figures.welcome);
      await topicRun(server.url, labels, figures.topic);
      const tasks = await longTaskRun(server.url);
      figures.longTasks.first.push(tasks.first);
      figures.longTasks.repeat.push(tasks.repeat);
    }
  } finally {
    await server.close();
  }
  return figures;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Markers around the first-screen section of docs/benchmarks.md (bench/kiosk.bench.ts keeps it when it rewrites the file). */
export const START = '<!-- first-screen:start -->';
export const END = '<!-- first-screen:end -->';

/** docs/benchmarks.md with the first-screen section put in (replacing the previous one, or after the title's paragraph). */
export function withFirstScreenSection(doc: string, section: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start >= 0 && end > start) return doc.slice(0, start) + section + doc.slice(end + END.length);
  const sizes = doc.indexOf('\n## Sizes');
  return sizes >= 0 ? `${doc.slice(0, sizes)}\n${section}\n${doc.slice(sizes)}` : `${doc.trimEnd()}\n\n${section}\n`;
}

/** The first-screen section of a docs/benchmarks.md, or '' when it has none. */
export function firstScreenSection(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  return start >= 0 && end > start ? doc.slice(start, end + END.length) : '';
}
