/**
 * A new version deployed on the server is downloaded in the background and applied only at
 * the next reset, never in front of a person: v1 is served, a person starts a topic, v2 is
 * "deployed" (the served folder is swapped for another build), the service worker finds it,
 * the person finishes the topic on v1 with no reload, and Stop brings the kiosk back in v2.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchKiosk, shown, stopAndWipe, tap, text, type Kiosk } from './kiosk';

const root = fileURLToPath(new URL('../../', import.meta.url));
const V1 = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const V2 = `${V1}-e2e.2`;
const TOPIC = 'shared-record';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
};

/** A static server for whichever folder is "deployed" now (as a host would serve dist/). */
function staticServer(folder: () => string): Server {
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
    let file = join(folder(), path);
    if (!file.startsWith(folder())) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // The app's routes (/, /staff) get the app shell; a missing file is a 404.
      if (extname(path) !== '') {
        res.writeHead(404).end();
        return;
      }
      file = join(folder(), 'index.html');
    }
    // What docs/deploy.md asks of a host: index.html and sw.js always revalidated.
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
}

/**
 * Playwright attaches its debugger to every service worker, and Chromium keeps a worker with
 * DevTools attached running: the old worker then sometimes never reports itself idle, and the new
 * one waits for Chromium's lame-duck timer (5 minutes). A kiosk has no debugger attached: there
 * the old worker stops as soon as the activation asks it to. This stops it the same way. It
 * cannot by itself bring v2: while the page is controlled, only the app's SKIP_WAITING (sent by
 * the reset) lets the waiting worker take over.
 */
async function stopOldWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const versions = new Map<string, { status: string; runningStatus: string }>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: { versionId: string; status: string; runningStatus: string }[] }) => {
    for (const v of event.versions) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...versions.values()].some((v) => v.status === 'activated'), { timeout: 5_000 }).toBe(true);
  for (const [versionId, v] of versions) {
    if (v.status === 'activated' && v.runningStatus !== 'stopped')
      await cdp.send('ServiceWorker.stopWorker', { versionId }).catch(() => undefined);
  }
  await cdp.detach().catch(() => undefined);
}

let work: string;
let deployed: string;
let server: Server;
let origin: string;
let kiosk: Kiosk;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kiosk-update-'));
  // v1: the build under test, as it is.
  cpSync(join(root, process.env['KIOSK_DIST'] ?? 'dist'), join(work, 'v1'), { recursive: true });
  // v2: the same sources built again with another version (shown on <html data-version>).
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { build } from 'vite';
       await build({ root: ${JSON.stringify(root)}, logLevel: 'error', define: { __APP_VERSION__: ${JSON.stringify(JSON.stringify(V2))} },
                     build: { outDir: ${JSON.stringify(join(work, 'v2'))}, emptyOutDir: true } });`,
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
  );
  expect(readFileSync(join(work, 'v2', 'sw.js'), 'utf8')).not.toBe(readFileSync(join(work, 'v1', 'sw.js'), 'utf8'));

  deployed = join(work, 'v1');
  server = staticServer(() => deployed);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  kiosk = await launchKiosk();
  page = kiosk.page;
}, 180_000);

afterAll(async () => {
  await kiosk?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

const button = (name: string) => page.getByRole('button', { name, exact: true });
const h1 = () => page.getByRole('heading', { level: 1 });
const welcome = () => page.getByRole('button', { name: text('fr', 'welcome.touch') });
const version = () => page.evaluate(() => document.documentElement.dataset['version']).catch(() => undefined);

test('a new version waits while a person finishes their topic, and comes at Stop', { timeout: 120_000 }, async () => {
  let loads = 0;
  page.on('load', () => loads++);

  // v1, installed: the service worker controls the page.
  await page.goto(`${origin}/`);
  await shown(welcome());
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
  expect(await version()).toBe(V1);
  const loadsBefore = loads;
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  // A person starts a topic.
  await tap(welcome());
  await tap(button(text('fr', `${TOPIC}:tile`)));
  await shown(h1());
  await tap(button(text('fr', 'step.next')));

  // v2 is deployed; the service worker finds it and installs it in the background.
  deployed = join(work, 'v2');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state), {
      timeout: 60_000,
      interval: 250,
    })
    .toBe('installed');

  // The person finishes the topic on v1: no reload, nothing changed under their finger.
  const last = page.getByRole('heading', { level: 1, name: text('fr', `${TOPIC}:help.title`) });
  for (let i = 0; i < 40 && !(await last.isVisible()); i++) await tap(button(text('fr', 'step.next')));
  await shown(last);
  await shown(page.getByRole('article').first());
  await tap(button(text('fr', 'step.finish')));
  await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));
  expect(await version()).toBe(V1);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(loads).toBe(loadsBefore);

  // Stop: the reset applies the waiting version; the kiosk comes back in v2.
  await stopAndWipe(page, 'fr');
  const soon = await expect
    .poll(version, { timeout: 5_000, interval: 250 })
    .toBe(V2)
    .then(
      () => true,
      () => false,
    );
  if (!soon) await stopOldWorker(page);
  const swState = () =>
    page
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return JSON.stringify({
          waiting: r?.waiting?.state,
          active: r?.active?.state,
          controller: navigator.serviceWorker.controller?.state,
          html: document.documentElement.dataset['version'],
        });
      })
      .catch((e: unknown) => String(e));
  await expect
    .poll(version, { timeout: 30_000, interval: 250, message: 'v2 after Stop' })
    .toBe(V2)
    .catch(async (error: unknown) => {
      throw new Error(`${String(error)}\nservice worker: ${await swState()}\nerrors: ${kiosk.errors.join(' | ')}`);
    });
  await shown(welcome());
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  expect(kiosk.errors).toEqual([]);
});

test('a failed update leaves v1 running, before and after a reset', { timeout: 120_000 }, async () => {
  // v3: v2 with a new file its service worker must precache missing on the server (a file that
  // v1 does not have, so it cannot come from v1's cache): its install fails.
  const v3 = join(work, 'v3');
  cpSync(join(work, 'v2'), v3, { recursive: true });
  const v1Assets = new Set(readdirSync(join(work, 'v1', 'assets')));
  const onlyNew = readdirSync(join(v3, 'assets')).find((f) => f.endsWith('.js') && !v1Assets.has(f));
  expect(onlyNew, 'v2 has a script v1 does not').toBeDefined();
  rmSync(join(v3, 'assets', onlyNew!));

  deployed = join(work, 'v1');
  const other = await launchKiosk();
  try {
    const p = other.page;
    await p.goto(`${origin}/`);
    await p.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
    expect(await p.evaluate(() => document.documentElement.dataset['version'])).toBe(V1);

    deployed = v3;
    await p.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update().catch(() => undefined);
    });
    // The new worker tries, fails and is thrown away: nothing waits.
    await expect
      .poll(
        () =>
          p.evaluate(async () => {
            const r = await navigator.serviceWorker.getRegistration();
            return r?.installing == null && r?.waiting == null;
          }),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);

    const pbutton = (name: string) => p.getByRole('button', { name, exact: true });
    await p.getByRole('button', { name: text('fr', 'welcome.touch') }).tap();
    await p.waitForTimeout(600);
    await pbutton(text('fr', `${TOPIC}:tile`)).tap();
    await p.waitForTimeout(600);
    await stopAndWipe(p, 'fr');
    await p.getByRole('button', { name: text('fr', 'welcome.touch') }).waitFor();
    await p.waitForTimeout(1500);
    // Still v1, still working, offline copy intact.
    expect(await p.evaluate(() => document.documentElement.dataset['version'])).toBe(V1);
    await p.getByRole('button', { name: text('fr', 'welcome.touch') }).tap();
    await p.waitForTimeout(600);
    await p.getByRole('heading', { level: 1, name: text('fr', 'home.title') }).waitFor();
  } finally {
    await other.close();
  }
});
