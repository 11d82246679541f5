/**
 * Helpers for the end-to-end tests: Debian's Chromium driven by playwright-core, taps spaced
 * like a person's, the locale texts, a request recorder and an axe-core check.
 */
import axeCore from 'axe-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_CHROMIUM_PATH } from '../../scripts/chromium-flags.mjs';
import { flows } from '../../flows/registry';
import { DEFAULT_SETUP_TOKEN } from '../../src/staff/access/setup-token';

/** Base URL of the preview server started by global-setup.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** A browser with one persistent profile (service workers survive reloads) and its first page. */
export interface Kiosk {
  context: BrowserContext;
  page: Page;
  /** Errors thrown in the page (uncaught) and console errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** How a test's kiosk is launched. */
export interface KioskOptions {
  viewport?: { width: number; height: number };
  /**
   * 'block' for tests that check no part of the service worker (offline use, updates, its
   * requests): a fresh kiosk's worker otherwise precaches about 20 MB (the offline voice is
   * 18.5 MB) while the test runs, which costs a loaded CI machine seconds per launch. Without it
   * the app runs as it does online (src/shell/service-worker.ts lets registration fail quietly).
   */
  serviceWorkers?: 'allow' | 'block';
  /**
   * Prints to PDF: the full Chromium, as on a real kiosk. The other tests run in its headless
   * shell (less CPU), whose PDFs differ: pdftotext reads its text with gaps inside words.
   */
  prints?: boolean;
}

/** Launches Chromium with a fresh user-data dir, as a touch screen in landscape. */
export async function launchKiosk(options: KioskOptions = {}): Promise<Kiosk> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.prints ? CHROMIUM_PATH : E2E_CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: options.viewport ?? { width: 1280, height: 1024 },
    hasTouch: true,
    locale: 'fr-BE',
    serviceWorkers: options.serviceWorkers ?? 'allow',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    p.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The app ignores a press within 500 ms of the previous one (double-tap guard in
 * src/ui/big-button.tsx), so taps made here are at least this far apart, like a person's.
 */
export const TAP_GAP_MS = 550;
const lastTap = new WeakMap<Page, number>();

/** Taps a control like a finger would, never sooner than TAP_GAP_MS after the previous tap. */
export async function tap(locator: Locator): Promise<void> {
  const page = locator.page();
  await locator.waitFor({ state: 'visible' });
  const wait = (lastTap.get(page) ?? Number.NEGATIVE_INFINITY) + TAP_GAP_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  await locator.tap();
  lastTap.set(page, Date.now());
}

/** Waits until the locator is on screen; the failure names what was expected. */
export async function shown(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}

/** Waits until the locator is gone from the screen. */
export async function gone(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.waitFor({ state: 'hidden', timeout });
}

/**
 * Stop, then "Yes, erase everything" on the question Stop asks: the deliberate end of a session.
 * Resolves once the question is answered (the welcome screen follows). Taps are spaced like a
 * person's; under Playwright's clock, time must flow (install() without pauseAt).
 */
export async function stopAndWipe(page: Page, lang = 'fr'): Promise<void> {
  await tap(page.getByRole('button', { name: text(lang, 'controls.stop'), exact: true }));
  const question = page.getByRole('alertdialog', { name: text(lang, 'stopConfirm.title') });
  await shown(question);
  await tap(question.getByRole('button', { name: text(lang, 'stopConfirm.yes'), exact: true }));
}

/**
 * Waits until `target` is on screen. On a page that runs on Playwright's fake clock
 * (`onClock`), time must pass for the app to go on: Preact runs effects after a frame
 * (requestAnimationFrame, a setTimeout), both faked — a screen whose code arrived after the last
 * tap's time had passed (a lazy chunk on a loaded machine) would otherwise wait for ever. So the
 * wait moves the fake clock on by small steps as it looks, as time passes for a person.
 */
export async function shownAfter(target: Locator, { onClock = false, timeout = 10_000 } = {}): Promise<void> {
  if (!onClock) return target.waitFor({ state: 'visible', timeout });
  const end = Date.now() + timeout;
  while (!(await target.isVisible())) {
    if (Date.now() > end) throw new Error(`not on screen after ${timeout} ms: ${target.toString()}`);
    await target.page().clock.runFor(50);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** How `placesListed` taps and waits. */
export interface ListedOptions {
  /** Taps a button the way the calling test does (real spacing by default, or a tap then fake time). */
  tapIt?: (target: Locator) => Promise<void>;
  /** The answer to "Where do you live?" (the default kiosk's commune, Bruxelles). */
  commune?: string;
  /** The page runs on Playwright's fake clock: waits move it on (see shownAfter). */
  onClock?: boolean;
}

/**
 * Waits for the help finder's place cards. For a need only the person's own commune serves (eID,
 * social help), the finder first asks "Where do you live?": answered here with `commune`.
 */
export async function placesListed(page: Page, { tapIt = tap, commune = 'Bruxelles', onClock = false }: ListedOptions = {}): Promise<void> {
  const card = page.getByRole('article').first();
  const question = page.locator('section.residence');
  await shownAfter(card.or(question).first(), { onClock });
  if (await question.isVisible()) await tapIt(question.getByRole('button', { name: new RegExp(`^${commune}\\b`) }).first());
  await shownAfter(card, { onClock });
}

/** Opens the kiosk on its start page and waits for the welcome screen. */
export async function openKiosk(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await shown(page.getByRole('button', { name: text('fr', 'common:welcome.touch') }));
}

/** How `startSession` taps, and whether it opens a topic. */
export interface SessionStart {
  /** The topic whose first step to open from home (its flow id, e.g. 'shared-record'). */
  topic?: string | undefined;
  /** Open the welcome screen first (false: it is already on screen, e.g. after a reset). */
  open?: boolean;
  /** Taps a button the way the calling test does (real spacing by default; a tap then fake time in the walks). */
  tapIt?: (target: Locator) => Promise<void>;
}

/**
 * The start of a person's session, as most tests need it: the welcome screen, the language chosen
 * there (French by touching the screen, any other language by its own button), the home screen in
 * that language, and with `topic`, that topic's first step. Resolves once the screen reached is on
 * display: the home heading, or the topic's first heading (from the locale file, in `lang`).
 */
export async function startSession(page: Page, lang = 'fr', { topic, open = true, tapIt = tap }: SessionStart = {}): Promise<void> {
  if (open) await openKiosk(page);
  const choice =
    lang === 'fr'
      ? page.getByRole('button', { name: text('fr', 'welcome.touch') })
      : page.getByRole('button', { name: languages.find((l) => l.code === lang)!.name, exact: true });
  await tapIt(choice.first());
  await shown(page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }));
  if (topic === undefined) return;
  const flow = flows.find((f) => f.id === topic);
  if (!flow) throw new Error(`No topic "${topic}" in flows/registry.ts`);
  await tapIt(page.getByRole('button', { name: text(lang, flow.tile.label), exact: true }).first());
  await shown(page.getByRole('heading', { level: 1, name: text(lang, flow.states[flow.initial]!.meta.title), exact: true }));
}

// --- Texts ------------------------------------------------------------------------------------

type Tree = { [key: string]: string | Tree };
const localeRoot = new URL('../../locales/', import.meta.url);
const locales = new Map<string, Record<string, Tree>>();

/** The languages the kiosk ships (locales/languages.json), in picker order. */
export const languages: { code: string; name: string }[] = (
  JSON.parse(readFileSync(new URL('languages.json', localeRoot), 'utf8')) as { languages: { code: string; name: string }[] }
).languages;

/** All namespaces of one language, read from locales/<lang>/*.json. */
export function locale(lang: string): Record<string, Tree> {
  let namespaces = locales.get(lang);
  if (!namespaces) {
    namespaces = {};
    const dir = new URL(`${lang}/`, localeRoot);
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.json')) namespaces[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Tree;
    }
    locales.set(lang, namespaces);
  }
  return namespaces;
}

/** The text of `namespace:path.to.key` in a language, exactly as the locale file has it. */
export function text(lang: string, key: string): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  let node: string | Tree | undefined = locale(lang)[ns];
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No text "${key}" in locales/${lang}/`);
  return node;
}

/** Every `*.title` text of a namespace (e.g. the step headings of a topic). */
export function titlesOf(lang: string, ns: string): string[] {
  const tree = locale(lang)[ns] ?? {};
  return Object.values(tree).flatMap((node) => (typeof node === 'object' && typeof node['title'] === 'string' ? [node['title']] : []));
}

// --- Requests ---------------------------------------------------------------------------------

/** Every request URL a context made (its pages and its service worker), in order. */
export interface RequestLog {
  urls: string[];
  /** Requests made by the service worker itself (fetches to the network, e.g. precaching). */
  fromServiceWorker: string[];
  /** URLs whose origin is not `origin` (data: URLs are not requests to anybody). */
  foreign(origin?: string): string[];
  stop(): void;
}

/** Starts recording every request of the context, including the service worker's own. */
export function recordRequests(context: BrowserContext): RequestLog {
  const urls: string[] = [];
  const fromServiceWorker: string[] = [];
  const onRequest = (request: Request) => {
    urls.push(request.url());
    if (request.serviceWorker()) fromServiceWorker.push(request.url());
  };
  context.on('request', onRequest);
  return {
    urls,
    fromServiceWorker,
    foreign(origin = new URL(baseUrl()).origin) {
      return urls.filter((url) => {
        if (url.startsWith('data:')) return false;
        try {
          return new URL(url).origin !== origin;
        } catch {
          return true;
        }
      });
    },
    stop() {
      context.off('request', onRequest);
    },
  };
}

// --- Accessibility ----------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What the page sends back of one axe violation (plain data: it crosses from the page). */
type Violation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string | undefined }[];
};

/**
 * Puts axe-core into every frame of the page that lacks it. Once a page: the app is one page, so
 * axe stays until a reload (then it is put in again). @axe-core/playwright injected its 550 kB
 * source on every check and opened a new page to finish each run, which made axe most of the
 * time of a walk through every step.
 */
async function ensureAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => 'axe' in window);
    if (!present) await frame.evaluate(axeCore.source);
  }
}

/** Runs axe-core on the page; returns a readable list of violations (empty when none). */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  await ensureAxe(page);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const { axe } = window as unknown as { axe: typeof axeCore };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
      .join('\n');
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `  [${screen}] ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  });
}

/** The set-up token of the build under test (the build's KIOSK_SETUP_TOKEN, docs/deploy.md). */
export const SETUP_TOKEN = process.env['KIOSK_SETUP_TOKEN']?.trim() || DEFAULT_SETUP_TOKEN;

/**
 * On a fresh kiosk's set-up: types the set-up token and waits for the new-code field, which only
 * comes with the right token.
 */
export async function enterSetupToken(page: Page, lang = 'fr'): Promise<void> {
  const token = page.getByLabel(text(lang, 'staff:setup.token'), { exact: true });
  await token.fill(SETUP_TOKEN);
  await token.press('Enter');
  await page.getByLabel(text(lang, 'staff:setup.newCode'), { exact: true }).waitFor({ timeout: 15_000 });
}

/**
 * Opens staff mode at /staff: on a fresh kiosk, types the set-up token, sets up `code` and keeps
 * the settings as they are; on a kiosk that has one, types it. Resolves once the typing or
 * set-up is sent.
 */
export async function openStaff(page: Page, code: string): Promise<void> {
  await page.goto(`${baseUrl()}/staff`);
  const token = page.getByLabel(text('fr', 'staff:setup.token'), { exact: true });
  const first = page.getByLabel(text('fr', 'staff:setup.newCode'), { exact: true });
  const typeCode = page.getByLabel(text('fr', 'staff:access.code'), { exact: true });
  await token.or(typeCode).first().waitFor({ timeout: 15_000 });
  if ((await token.count()) > 0) {
    await enterSetupToken(page);
    await first.fill(code);
    await page.getByRole('button', { name: text('fr', 'staff:setup.next'), exact: true }).click();
    await page.getByLabel(text('fr', 'staff:setup.again'), { exact: true }).fill(code);
    await page.getByRole('button', { name: text('fr', 'staff:setup.next'), exact: true }).click();
    await acceptSetupDefaults(page);
  } else {
    await typeCode.fill(code);
    await typeCode.press('Enter');
  }
}

/**
 * The first set-up's questions (src/staff/setup/) answered with what is already chosen: "Next"
 * on each, then "Done" on the summary. Returns the number of taps.
 */
export async function acceptSetupDefaults(page: Page, lang = 'fr'): Promise<number> {
  const next = page.getByRole('button', { name: text(lang, 'staff:wizard.next'), exact: true });
  const done = page.getByRole('button', { name: text(lang, 'staff:wizard.done'), exact: true });
  let taps = 0;
  await next.or(done).first().waitFor({ timeout: 20_000 });
  while ((await done.count()) === 0 && taps < 10) {
    await tap(next);
    taps += 1;
    await page.waitForTimeout(100);
  }
  await tap(done);
  return taps + 1;
}

/**
 * Opens one part of staff mode from the staff menu (going back to the menu first when a part is
 * on screen), and waits until its tile is gone.
 */
export async function openStaffPart(page: Page, part: string, lang = 'fr'): Promise<void> {
  const nav = page.getByRole('navigation', { name: text(lang, 'staff:menu.label') });
  const back = page.getByRole('button', { name: text(lang, 'staff:menu.back'), exact: true });
  await nav.or(back).first().waitFor({ timeout: 20_000 });
  if ((await nav.count()) === 0) await back.click();
  await nav.getByRole('button', { name: text(lang, `staff:menu.${part}`), exact: true }).click();
  await nav.waitFor({ state: 'detached' });
}

/** Every value of one store of the kiosk's IndexedDB database (none when it does not exist), read with the plain API. */
export function storeRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve) => {
        const open = indexedDB.open('kiosque-esante');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return (db.close(), resolve([]));
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => (db.close(), resolve(req.result as T[]));
          req.onerror = () => (db.close(), resolve([]));
        };
      }),
    store,
  );
}
