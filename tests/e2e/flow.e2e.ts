import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tapOnClock } from './flow-walk';
import {
  axeViolations,
  gone,
  languages,
  launchKiosk,
  openKiosk,
  recordRequests,
  shown,
  text,
  titlesOf,
  type Kiosk,
  type RequestLog,
  placesListed,
  startSession,
} from './kiosk';

/** The topic walked here; its texts are the i18next namespace of the same name. */
const TOPIC = 'shared-record';

let kiosk: Kiosk;
let page: Page;
let requests: RequestLog;

beforeAll(async () => {
  kiosk = await launchKiosk({ serviceWorkers: 'block' });
  page = kiosk.page;
  requests = recordRequests(kiosk.context);
  // Taps go through Playwright's clock (time still flows): the double-tap guard's half second
  // between two taps passes on the clock, not in real time (flow-walk.ts).
  await page.clock.install();
});

/** A tap, then the double-tap guard's time passes on the clock. */
const tap = tapOnClock;

afterAll(async () => {
  // Whatever the screens did, nothing left the kiosk's own origin.
  expect(requests?.foreign() ?? [], 'requests to another origin than the kiosk').toEqual([]);
  requests?.stop();
  await kiosk?.close();
});

const h1 = () => page.getByRole('heading', { level: 1 });
const button = (name: string) => page.getByRole('button', { name, exact: true });

/** The text of the page's main heading, once it is something other than `previous`. */
async function headingAfter(previous: string | undefined): Promise<string> {
  await shown(h1());
  await expect.poll(() => h1().innerText(), { timeout: 10_000 }).not.toBe(previous);
  return (await h1().innerText()).trim();
}

/**
 * Leaves the welcome screen in `lang` (by touching the screen in French, else by the language's
 * own button), with `topic` on to its first step; the page then speaks that language.
 */
async function start(lang: string, topic?: string): Promise<void> {
  await startSession(page, lang, { topic, tapIt: tap });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** One screen of a topic, as a person saw it. */
interface StepSeen {
  heading: string;
  /** Everything readable in the main area. */
  main: string;
}

/**
 * From the first step of a topic, taps Next until there is none, calling `onStep` on each
 * screen before moving on. Returns every step seen, the last one included.
 */
async function walkTopic(lang: string, onStep?: (step: StepSeen, index: number) => Promise<void>): Promise<StepSeen[]> {
  const seen: StepSeen[] = [];
  let previous: string | undefined;
  for (let i = 0; i < 40; i++) {
    const heading = await headingAfter(previous);
    const step = { heading, main: await page.locator('main').innerText() };
    seen.push(step);
    await onStep?.(step, i);
    const next = button(text(lang, 'step.next'));
    if ((await next.count()) === 0) return seen;
    await tap(next);
    previous = heading;
  }
  throw new Error(`The topic did not end after 40 steps (headings: ${seen.map((s) => s.heading).join(' → ')})`);
}

describe('the shared-record topic, by taps alone', () => {
  for (const { code: lang, name } of languages) {
    test(`${name}: welcome → home → every step → people who help → home`, async () => {
      // The home screen shows the topics as tiles: the topic's own leads to its first step.
      await start(lang, TOPIC);

      const steps = await walkTopic(lang);
      const headings = steps.map((s) => s.heading);
      const known = titlesOf(lang, TOPIC);
      expect(steps.length, 'a topic has several steps').toBeGreaterThanOrEqual(3);
      for (const heading of headings) expect(known, `heading "${heading}" is one of the topic's titles in ${lang}`).toContain(heading);
      expect(new Set(headings).size, `no step shown twice: ${headings.join(' → ')}`).toBe(headings.length);

      // Each step says where the person is: "Step 3 of 7".
      steps.forEach((step, i) => {
        const progress = text(lang, 'step.progress')
          .replace('{{current}}', String(i + 1))
          .replace('{{total}}', String(steps.length));
        expect(step.main, `step ${i + 1} shows "${progress}"`).toContain(progress);
      });

      // The last step: real people who can help, as place cards.
      expect(headings.at(-1)).toBe(text(lang, `${TOPIC}:help.title`));
      await placesListed(page, { tapIt: tap, onClock: true });
      expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(3);

      await tap(button(text(lang, 'step.finish')));
      await shown(page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }));
      await gone(page.getByRole('article').first());
      expect(kiosk.errors).toEqual([]);
      expect(requests.foreign(), 'requests to another origin than the kiosk').toEqual([]);
    });
  }

  test('each language button on the welcome screen starts the kiosk in that language', async () => {
    for (const { code } of languages) {
      await openKiosk(page);
      await tap(button(languages.find((l) => l.code === code)!.name));
      await shown(page.getByRole('heading', { level: 1, name: text(code, 'home.title') }));
      await shown(page.getByRole('button', { name: text(code, `${TOPIC}:tile`), exact: true }));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
    }
  });

  test('Back: from step 2 to step 1, from step 1 to home', async () => {
    await start('fr');
    const home = text('fr', 'home.title');
    const back = button(text('fr', 'controls.back'));
    expect(await back.getAttribute('aria-disabled'), 'Back is marked unavailable at home').toBe('true');

    await tap(button(text('fr', `${TOPIC}:tile`)));
    const first = await headingAfter(home);
    await tap(button(text('fr', 'step.next')));
    const second = await headingAfter(first);
    expect(second).not.toBe(first);

    await tap(back);
    expect(await headingAfter(second)).toBe(first);
    await tap(back);
    await shown(page.getByRole('heading', { level: 1, name: home }));
    expect(kiosk.errors).toEqual([]);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('welcome, home, every step, the language screen and the help screen have no violations', async () => {
    const violations: string[] = [];
    const check = async (screen: string) => violations.push(...(await axeViolations(page, screen)));

    await openKiosk(page);
    await check('welcome');

    await tap(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));
    await check('home');

    await tap(button(text('fr', `${TOPIC}:tile`)));
    const steps = await walkTopic('fr', async (step, i) => {
      // The last step lists places once the inventory is read: check it with them.
      if (step.heading === text('fr', `${TOPIC}:help.title`)) await placesListed(page, { tapIt: tap, onClock: true });
      await check(`step ${i + 1} "${step.heading}"`);
    });
    expect(steps.length).toBeGreaterThanOrEqual(3);

    await tap(button(text('fr', 'step.finish')));
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));

    await tap(button(text('fr', 'controls.language')));
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'language.title') }));
    await check('language');

    await tap(button(text('fr', 'controls.help')));
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'help.title') }));
    await shown(page.getByRole('article').first());
    await check('help');

    if (violations.length > 0) console.error(`axe-core violations:\n${violations.join('\n')}`);
    expect(violations, `axe-core violations:\n${violations.join('\n')}`).toEqual([]);
  });
});
