/**
 * The practice topic in Chromium, by taps, against the production build: the whole rehearsal
 * in French, Dutch and English (the right code says plainly that it worked); the wrong-code and
 * blocked-code branches; axe-core (WCAG 2.2 AA tags) on every step; and what the practice keypad
 * leaves behind — nothing of what was typed, in the page, its storage, IndexedDB names or Cache
 * Storage, neither after the step nor after Stop.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import practice from '../../flows/practice.flow';
import type { FlowConfig } from '../../flows/types';
import { tapOnClock } from './flow-walk';
import {
  axeViolations,
  gone,
  launchKiosk,
  openKiosk,
  recordRequests,
  shown,
  stopAndWipe,
  text,
  type Kiosk,
  type RequestLog,
  placesListed,
  startSession,
} from './kiosk';

const flow = practice as FlowConfig;
const pad = flow.states.typeCode!.meta.keypad!;
const TOPIC = flow.id;

let kiosk: Kiosk;
let page: Page;
let requests: RequestLog;

beforeAll(async () => {
  kiosk = await launchKiosk();
  page = kiosk.page;
  requests = recordRequests(kiosk.context);
  // Taps go through Playwright's clock (time still flows): the double-tap guard's half second
  // between two taps passes on the clock, not in real time (flow-walk.ts).
  await page.clock.install();
});

afterAll(async () => {
  expect(requests?.foreign() ?? [], 'requests to another origin than the kiosk').toEqual([]);
  requests?.stop();
  await kiosk?.close();
});

const h1 = () => page.getByRole('heading', { level: 1 });
const button = (name: string) => page.getByRole('button', { name, exact: true });
const title = (lang: string, step: string) => text(lang, flow.states[step]!.meta.title);

/** Waits until the step's heading is on screen. */
async function onStep(lang: string, step: string): Promise<void> {
  await shown(page.getByRole('heading', { level: 1, name: title(lang, step), exact: true }));
}

/**
 * Runs `action`, once more if a navigation cut it: a reset applies a waiting app update by
 * reloading the page (src/shell/service-worker.ts), e.g. when dist/ was rebuilt during the run.
 */
async function despiteReload<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!/ERR_ABORTED|context was destroyed|navigation/i.test(String(error))) throw error;
    await page.waitForLoadState();
    return action();
  }
}

/** A tap, then the double-tap guard's time passes on the clock. */
const tap = tapOnClock;

/** Leaves the welcome screen in `lang` and opens the practice topic from home. */
async function startPractice(lang: string): Promise<void> {
  await despiteReload(() => openKiosk(page));
  await startSession(page, lang, { topic: TOPIC, open: false, tapIt: tap });
}

const next = (lang: string) => tap(button(text(lang, 'step.next')));
const digitKey = (lang: string, d: string) => button(text(lang, pad.texts.digit).replace('{{digit}}', d));
async function typeDigits(lang: string, digits: string): Promise<void> {
  for (const d of digits) await tap(digitKey(lang, d));
}
const ok = (lang: string) => tap(button(text(lang, pad.texts.ok)));

/** Every step of the topic shows the exercise banner, with the id-card pictogram. */
async function expectBanner(lang: string): Promise<void> {
  const banner = page.getByRole('note').filter({ hasText: text(lang, `${TOPIC}:banner`) });
  await shown(banner);
  expect(await banner.locator('[data-pictogram="id-card"]').count()).toBe(1);
}

/**
 * The points of a recap read as a list, not as buttons that do nothing: no box around a point
 * (no frame on all four sides, no rounded corners, no card background), nothing to press.
 */
async function expectPlainList(): Promise<void> {
  const items = page.locator('ul.recap').getByRole('listitem');
  await shown(items.first());
  const looks = await items.evaluateAll((els) =>
    els.map((el) => {
      const s = getComputedStyle(el);
      const sides = [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].filter((w) => parseFloat(w) > 0).length;
      return {
        text: (el as HTMLElement).innerText,
        sides,
        radius: parseFloat(s.borderTopLeftRadius),
        background: s.backgroundColor,
        buttons: el.querySelectorAll('button, [role="button"], a').length,
      };
    }),
  );
  expect(looks.length).toBeGreaterThan(0);
  for (const look of looks) {
    expect(look.sides, `"${look.text}" is framed like a button`).toBeLessThanOrEqual(1);
    expect({ radius: look.radius, background: look.background, buttons: look.buttons }, `"${look.text}" looks like a button`).toEqual({
      radius: 0,
      background: 'rgba(0, 0, 0, 0)',
      buttons: 0,
    });
  }
}

/**
 * Everything a typed code could be left in: the page (markup and visible text), the address,
 * local and session storage (keys and values), IndexedDB database names, Cache Storage names
 * and the URLs cached. Workbox's precache revision hashes (`__WB_REVISION__=<hex>`) are fixed at
 * build time, before anybody typed, and are left out: hexadecimal runs would match by chance.
 */
async function traces(): Promise<string> {
  return despiteReload(() =>
    page.evaluate(async () => {
      const parts: string[] = [document.documentElement.outerHTML, document.body.innerText, location.href, JSON.stringify(history.state)];
      for (const storage of [localStorage, sessionStorage]) {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i)!;
          parts.push(key, storage.getItem(key) ?? '');
        }
      }
      parts.push(...(await indexedDB.databases()).map((db) => db.name ?? ''));
      for (const name of await caches.keys()) {
        parts.push(name);
        const cache = await caches.open(name);
        parts.push(...(await cache.keys()).map((request) => request.url.replace(/__WB_REVISION__=[0-9a-f]+/g, '')));
      }
      return parts.join('\n');
    }),
  );
}

/** A code in the forms it could take in text. */
const forms = (code: string) => [code, [...code].join(' '), [...code].join(','), [...code].join('-'), [...code].join('•')];

async function expectNoTrace(codes: string[], where: string): Promise<void> {
  const all = await traces();
  for (const code of codes) for (const form of forms(code)) expect(all.includes(form), `"${form}" left behind ${where}`).toBe(false);
}

/** The steps of the rehearsal when the practice code is typed right, in order. */
const mainPath = [
  'insertCard',
  'nothingHappens',
  'typeCode',
  'codeRight',
  'twoWays',
  'record',
  'access',
  'consent',
  'exclude',
  'trusted',
  'help',
];

describe('practice: log in with the eID card, then a tour of a made-up record, by taps', () => {
  for (const lang of ['fr', 'nl', 'en']) {
    test(`${lang}: every step, the practice code 1 2 3 4, the help step, home — axe on every step`, async () => {
      const violations: string[] = [];
      await startPractice(lang);
      for (const step of mainPath) {
        await onStep(lang, step);
        await expectBanner(lang);
        if (step === 'insertCard') await shown(page.locator('svg[data-illustration="card-reader"]'));
        if (step === 'help') await placesListed(page, { tapIt: tap, onClock: true });
        if (step === 'codeRight') {
          // The right code is said plainly to have worked, with the open-lock pictogram.
          await shown(page.getByText(text(lang, 'practice:codeRight.body'), { exact: true }));
          await shown(page.locator('.step__header [data-pictogram="unlock"]'));
        }
        if (step === 'record') await expectPlainList();
        violations.push(...(await axeViolations(page, `${lang} ${TOPIC}/${step}`)));
        if (step === 'typeCode') {
          const warning = text(lang, pad.texts.warning).replace('{{code}}', [...pad.practiceCode].join(' '));
          await shown(page.getByRole('note').filter({ hasText: warning }));
          await typeDigits(lang, pad.practiceCode);
          await ok(lang);
        } else if (step === 'help') {
          await tap(button(text(lang, 'step.finish')));
        } else {
          await next(lang);
        }
      }
      await shown(page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }));
      expect(violations, `axe-core violations:\n${violations.join('\n')}`).toEqual([]);
      expect(kiosk.errors).toEqual([]);
      // Eleven steps, each checked with axe: more than the default minute on a busy machine.
    }, 180_000);
  }

  test('the keypad: phone layout, keys of at least 64 px, each digit named', async () => {
    await startPractice('fr');
    await next('fr');
    await onStep('fr', 'nothingHappens');
    await next('fr');
    await onStep('fr', 'typeCode');
    const keypad = page.getByRole('group', { name: title('fr', 'typeCode') });
    const keys = keypad.getByRole('button');
    const digit = (d: string) => text('fr', pad.texts.digit).replace('{{digit}}', d);
    const names = await keys.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? (el as HTMLElement).innerText.trim()));
    expect(names).toEqual([...'123456789'].map(digit).concat([text('fr', pad.texts.erase), digit('0'), text('fr', pad.texts.ok)]));
    for (const box of await keys.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThanOrEqual(64);
      expect(box.height).toBeGreaterThanOrEqual(64);
    }
  });

  test('wrong codes: the tries left, then the blocked card explained, then the rehearsal goes on; nothing typed is kept', async () => {
    const lang = 'fr';
    const wrong = ['9876', '5550', '2468'];
    const violations: string[] = [];
    await startPractice(lang);
    await next(lang);
    await onStep(lang, 'nothingHappens');
    await next(lang);
    await onStep(lang, 'typeCode');
    // The check means something only if these codes are nowhere yet.
    await expectNoTrace(wrong, 'before typing (choose other codes)');

    const alert = page.getByRole('alert');
    const dots = page.locator('.keypad__dot--filled');
    await typeDigits(lang, wrong[0]!);
    await expect.poll(() => dots.count()).toBe(4);
    await expectNoTrace(wrong, 'while the code is typed');
    await ok(lang);
    await shown(alert.filter({ hasText: text(lang, pad.texts.wrong).replace('{{count}}', '2') }));
    expect(await dots.count()).toBe(0);
    violations.push(...(await axeViolations(page, 'keypad after a wrong code')));

    await typeDigits(lang, wrong[1]!);
    await ok(lang);
    await shown(alert.filter({ hasText: text(lang, pad.texts.wrong).replace('{{count}}', '1') }));
    await expectNoTrace(wrong, 'after two wrong codes');

    await typeDigits(lang, wrong[2]!);
    await ok(lang);
    await onStep(lang, 'blocked');
    await expectBanner(lang);
    violations.push(...(await axeViolations(page, 'blocked')));
    await expectNoTrace(wrong, 'after the keypad step');

    await next(lang);
    await onStep(lang, 'twoWays');
    // Back from there returns to the keypad, empty.
    await tap(button(text(lang, 'controls.back')));
    await onStep(lang, 'typeCode');
    expect(await dots.count()).toBe(0);
    expect(await alert.innerText()).toBe('');

    await stopAndWipe(page, lang);
    await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await gone(h1().filter({ hasText: title(lang, 'typeCode') }));
    await expectNoTrace(wrong, 'after Stop');
    expect(violations, `axe-core violations:\n${violations.join('\n')}`).toEqual([]);
    expect(kiosk.errors).toEqual([]);
  });

  test('digits typed and never sent are gone after Stop', async () => {
    const lang = 'en';
    const typed = '7031';
    await startPractice(lang);
    await next(lang);
    await onStep(lang, 'nothingHappens');
    await next(lang);
    await onStep(lang, 'typeCode');
    await expectNoTrace([typed], 'before typing (choose another code)');
    await typeDigits(lang, typed.slice(0, 3));
    await expect.poll(() => page.locator('.keypad__dot--filled').count()).toBe(3);
    await shown(page.getByRole('status').filter({ hasText: text(lang, pad.texts.typed).replace('{{count}}', '3') }));
    await expectNoTrace([typed.slice(0, 3)], 'while typing');
    await stopAndWipe(page, lang);
    await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await expectNoTrace([typed.slice(0, 3), typed], 'after Stop');
    expect(kiosk.errors).toEqual([]);
  });

  test('the card-reader drawing is still under reduced motion (card in, light on) and moves otherwise', async () => {
    await startPractice('fr');
    const card = page.locator('.card-reader__card');
    const light = page.locator('.card-reader__light');
    // launchKiosk emulates prefers-reduced-motion: reduce.
    expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    expect(await card.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    expect(await light.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(26, 127, 69)');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('card-reader-insert');
    await page.emulateMedia({ reducedMotion: 'reduce' });
  });
});
