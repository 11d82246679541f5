import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { axeViolations, gone, launchKiosk, openKiosk, shown, stopAndWipe, storeRows, tap, text, type Kiosk } from './kiosk';

const TOPIC = 'shared-record';

// A browser of its own for each test: Playwright's fake clock (test b) belongs to the whole
// browser context, and must not leak into another test.
let kiosk: Kiosk | undefined;
let page: Page;

beforeEach(async () => {
  kiosk = await launchKiosk({ serviceWorkers: 'block' });
  page = kiosk.page;
});

afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const button = (name: string) => page.getByRole('button', { name, exact: true });
const h1 = () => page.getByRole('heading', { level: 1 });
const welcomeButton = () => page.getByRole('button', { name: text('fr', 'welcome.touch') });

/** Taps Next `times` times from the current step; returns the heading then on screen. */
async function next(lang: string, times: number): Promise<string> {
  for (let i = 0; i < times; i++) {
    const before = await h1().innerText();
    await tap(button(text(lang, 'step.next')));
    await expect.poll(() => h1().innerText()).not.toBe(before);
  }
  return (await h1().innerText()).trim();
}

/** Leaves a stray value in the session's storage and address, as a bug or a curious person might. */
async function leaveStrayTraces(): Promise<void> {
  await page.evaluate(() => {
    sessionStorage.setItem('stray', 'left by the previous person');
    history.replaceState(history.state, '', '/?topic=stray#step');
  });
}

/** What a person arriving after a reset finds: the French welcome screen and nothing of the previous session. */
async function expectNoTrace(previous: { heading: string; historyLength: number }): Promise<void> {
  await shown(welcomeButton());
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 5_000 }).toBe('fr');
  await expect.poll(() => page.evaluate(() => document.body.innerText), { timeout: 5_000 }).not.toContain(previous.heading);
  const state = await page.evaluate(() => ({
    historyLength: history.length,
    pathname: location.pathname,
    search: location.search,
    hash: location.hash,
    sessionStorage: sessionStorage.length,
  }));
  expect(state).toEqual({ historyLength: previous.historyLength, pathname: '/', search: '', hash: '', sessionStorage: 0 });
  // The next person starts at home, not where the previous one left.
  await tap(welcomeButton());
  await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(previous.heading);
}

/**
 * A French session from the welcome screen into the topic, `steps` Next taps deep; returns the
 * heading on screen and the history length before, for the no-trace check.
 */
async function intoTopic(steps: number): Promise<{ heading: string; historyLength: number }> {
  await openKiosk(page);
  const historyLength = await page.evaluate(() => history.length);
  await tap(welcomeButton());
  await tap(button(text('fr', `${TOPIC}:tile`)));
  await shown(h1());
  return { heading: await next('fr', steps), historyLength };
}

/** "Stop and erase everything?" in a language. */
const stopQuestion = (lang: string) => page.getByRole('alertdialog', { name: text(lang, 'stopConfirm.title') });

/** The number of seconds a dialog's countdown shows. */
async function countdownOf(dialog: Locator): Promise<number> {
  const shownText = await dialog.innerText();
  const match = shownText.match(/\d+/);
  if (!match) throw new Error(`No countdown in the dialog: ${JSON.stringify(shownText)}`);
  return Number(match[0]);
}

describe('the privacy reset', () => {
  test('Stop on step 3 (after switching to English): No keeps step 3; then Yes brings back the French welcome screen, with no trace', async () => {
    await openKiosk(page);
    const historyLength = await page.evaluate(() => history.length);

    await tap(button('English'));
    await shown(page.getByRole('heading', { level: 1, name: text('en', 'home.title') }));
    await tap(button(text('en', `${TOPIC}:tile`)));
    await shown(h1());
    const heading = await next('en', 2);
    // "Step 3 of …"
    const [stepThree] = text('en', 'step.progress').replace('{{current}}', '3').split('{{total}}');
    expect(await page.locator('main').innerText()).toContain(stepThree);
    await leaveStrayTraces();

    // A slip on Stop: the question, the safe answer focused, and No returns to the same step.
    await tap(button(text('en', 'controls.stop')));
    await shown(stopQuestion('en'));
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(text('en', 'stopConfirm.no'));
    const violations = await axeViolations(page, 'Stop question');
    expect(violations, `axe-core violations:\n${violations.join('\n')}`).toEqual([]);
    await tap(button(text('en', 'stopConfirm.no')));
    await gone(stopQuestion('en'));
    expect((await h1().innerText()).trim()).toBe(heading);
    expect(await page.locator('main').innerText()).toContain(stepThree);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // Meant: Stop, then Yes.
    await stopAndWipe(page, 'en');
    await expectNoTrace({ heading, historyLength });
    expect(kiosk!.errors).toEqual([]);
  });

  test('90 s without a touch asks "Êtes-vous toujours là ?"; "Je continue" keeps the screen; 30 s more without an answer resets', async () => {
    await page.clock.install();
    const { heading, historyLength } = await intoTopic(1);

    const dialog = page.getByRole('alertdialog', { name: text('fr', 'idle.title') });
    /** The number of seconds the warning shows. */
    const countdown = async (): Promise<number> => {
      const shownText = await dialog.innerText();
      const match = shownText.match(/\d+/);
      if (!match) throw new Error(`No countdown in the warning: ${JSON.stringify(shownText)}`);
      return Number(match[0]);
    };

    // Not before 90 s…
    await page.clock.fastForward('01:25');
    expect(await dialog.count(), 'no warning before 90 s').toBe(0);
    // …but at 90 s.
    await page.clock.fastForward('00:06');
    await shown(dialog);
    // One reading of the dialog for both checks: on a busy machine a second may pass between two.
    const first = await dialog.innerText();
    const start = Number(first.match(/\d+/)?.[0]);
    expect(start).toBeGreaterThanOrEqual(29);
    expect(start).toBeLessThanOrEqual(30);
    expect(first).toContain(text('fr', 'idle.body_other').replace('{{count}}', String(start)));

    // The countdown runs down, second by second.
    await page.clock.runFor(5_000);
    await expect.poll(countdown).toBeLessThanOrEqual(start - 5);
    const later = await countdown();
    expect(later).toBeGreaterThanOrEqual(start - 6);

    // "Je continue": the warning goes, the same step stays.
    await tap(page.getByRole('button', { name: text('fr', 'idle.continue') }));
    await gone(dialog);
    expect((await h1().innerText()).trim()).toBe(heading);

    // Nobody answers the next warning.
    await leaveStrayTraces();
    await page.clock.fastForward('01:31');
    await shown(dialog);
    await page.clock.runFor(25_000);
    expect(await dialog.isVisible(), 'the warning still waits before its 30 s are over').toBe(true);
    expect((await h1().innerText()).trim()).toBe(heading);
    await page.clock.runFor(6_000);
    await gone(dialog);
    await expectNoTrace({ heading, historyLength });
    expect(kiosk!.errors).toEqual([]);
  });

  test('Stop tapped twice erases at once', async () => {
    const { heading, historyLength } = await intoTopic(2);
    await tap(button(text('fr', 'controls.stop')));
    await shown(stopQuestion('fr'));
    await tap(button(text('fr', 'controls.stop')));
    await expectNoTrace({ heading, historyLength });
    expect(kiosk!.errors).toEqual([]);
  });

  test('Stop, then nobody answers: the question counts down 10 s, then erases everything by itself (counted as Stop)', async () => {
    await page.clock.install();
    const { heading, historyLength } = await intoTopic(2);
    await leaveStrayTraces();

    // Stop after 85 s on the step: the question's own countdown, and no "are you still there?"
    // cutting in when the 90 s of inactivity would have run out.
    await page.clock.fastForward('01:25');
    await tap(button(text('fr', 'controls.stop')));
    const question = await shown(stopQuestion('fr'));
    const first = await question.innerText();
    const start = Number(first.match(/\d+/)?.[0]);
    expect(start).toBeGreaterThanOrEqual(9);
    expect(start).toBeLessThanOrEqual(10);
    expect(first).toContain(text('fr', 'stopConfirm.body_other').replace('{{count}}', String(start)));
    await page.clock.runFor(7_000);
    await expect.poll(() => countdownOf(question)).toBeLessThanOrEqual(start - 7);
    expect(await question.isVisible(), 'the question still waits before its 10 s are over').toBe(true);
    expect(await page.getByRole('alertdialog', { name: text('fr', 'idle.title') }).count()).toBe(0);
    await page.clock.runFor(4_000);
    await gone(question);
    await expectNoTrace({ heading, historyLength });
    // Counted: the session, at once; how it ended is a detail, held in memory until 5 sessions
    // have ended (issue 16; that this ending is Stop is checked in src/shell/kiosk.machine.test.ts).
    await expect
      .poll(async () => (await storeRows<{ metric: string }>(page, 'dailyUsage')).map((r) => r.metric), { timeout: 10_000 })
      .toContain('session');
    expect((await storeRows<{ metric: string }>(page, 'dailyUsage')).map((r) => r.metric)).toEqual(['session']);
    expect(kiosk!.errors).toEqual([]);
  });
});
