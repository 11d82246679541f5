/**
 * Every screen fits the kiosk it stands on (a kiosk is not a web page: its users do not scroll).
 * Each step of every topic (reached along paths generated from the flow machines), the welcome,
 * home, language, help and step-list screens, at 800×1280, 1920×1080 and 1080×1920, at the
 * default and the largest text size:
 * - the way on (Next, the answers of a question, OK on the keypad) is fully in sight, above the
 *   control bar, without scrolling;
 * - at the default text size on 800×1280 and 1920×1080, everything a person needs (every option,
 *   tile, language, key, both sides of a comparison) is in sight too.
 * Screens that fail are named. In French, and in Arabic (right to left, other word lengths).
 * Also: tabbing through a topic's steps and the finder never puts the focus out of sight.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { flows } from '../../flows/registry';
import { press, tapOnClock, walkEveryStep } from './flow-walk';
import { focusInSight, KIOSK_SIZES, measureFit, type FitReport } from './fit';
import { launchKiosk, openKiosk, text, placesListed, startSession, shownAfter } from './kiosk';

const TEXT_SIZES = [
  { name: 'default text', value: '1' },
  { name: 'largest text', value: '3' },
] as const;

/** One frame of real time and a little fake time: the layout, the scroll cue and timers catch up. */
async function tick(page: Page): Promise<void> {
  await page.clock.runFor(50);
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Measures once the screen has stopped changing after a resize (the scroll cue comes and goes). */
async function settledFit(page: Page): Promise<FitReport> {
  await tick(page);
  let fit = await measureFit(page);
  for (let i = 0; i < 6; i++) {
    await tick(page);
    const again = await measureFit(page);
    if (JSON.stringify(again) === JSON.stringify(fit)) return again;
    fit = again;
  }
  return fit;
}

/** Screens that scroll, per size and text size, for the report. */
type Tally = Map<string, { screens: number; scrolling: number; names: string[] }>;

/** FIT_SCREENS=<regular expression>: check only the screens whose name matches (while working on them). */
const only = new RegExp(process.env['FIT_SCREENS'] ?? '.');

/** Measures the screen on display at every size and text size; returns what a person would miss. */
async function checkScreen(page: Page, screen: string, tally: Tally): Promise<string[]> {
  const problems: string[] = [];
  if (!only.test(screen)) return problems;
  for (const size of KIOSK_SIZES) {
    // The walk goes on at the first size, so the page is at it already: no resize (and no relayout) for nothing.
    const at = page.viewportSize();
    if (at?.width !== size.width || at.height !== size.height) await page.setViewportSize({ width: size.width, height: size.height });
    for (const textSize of TEXT_SIZES) {
      await page.evaluate((value) => {
        document.documentElement.dataset.textSize = value;
      }, textSize.value);
      const fit = await settledFit(page);
      const where = `${screen} at ${size.name}, ${textSize.name}`;
      const before = problems.length;
      if (fit.primaryHidden.length > 0) problems.push(`${where}: the way on is not in sight: ${fit.primaryHidden.join(' | ')}`);
      if (textSize.value === '1' && size.name !== '1080×1920' && fit.neededHidden.length > 0) {
        problems.push(`${where}: below the fold: ${fit.neededHidden.join(' | ')}`);
      }
      // FIT_SHOTS=<folder>: a screenshot of each screen that fails, to look at what a person sees.
      const shots = process.env['FIT_SHOTS'];
      if (shots && problems.length > before) await page.screenshot({ path: `${shots}/${where.replace(/[^\p{L}\p{N}]+/gu, '-')}.png` });
      const key = `${size.name}, ${textSize.name}`;
      const count = tally.get(key) ?? { screens: 0, scrolling: 0, names: [] };
      tally.set(key, {
        screens: count.screens + 1,
        scrolling: count.scrolling + (fit.scrolls ? 1 : 0),
        names: fit.scrolls ? [...count.names, screen] : count.names,
      });
    }
  }
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = '1';
  });
  await page.setViewportSize({ width: KIOSK_SIZES[0].width, height: KIOSK_SIZES[0].height });
  return problems;
}

/**
 * KIOSK_FIT_LANGS=fr,ar: the languages walked (French by default: the walk of every screen at
 * six sizes takes about 3 minutes a language on 2 cores; Arabic passes too, run it after a layout
 * change).
 */
const fitLangs = (process.env['KIOSK_FIT_LANGS'] ?? 'fr').split(',');

describe.concurrent('every screen fits the kiosk it stands on', () => {
  test.each(fitLangs)(
    '%s: the way on is always in sight; nothing needed is below the fold',
    async (lang) => {
      const kiosk = await launchKiosk({
        viewport: { width: KIOSK_SIZES[0].width, height: KIOSK_SIZES[0].height },
        serviceWorkers: 'block',
      });
      const { page } = kiosk;
      await page.clock.install();
      const problems: string[] = [];
      const tally: Tally = new Map();
      try {
        await openKiosk(page);
        problems.push(...(await checkScreen(page, 'welcome', tally)));
        await startSession(page, lang, { open: false, tapIt: tapOnClock });
        problems.push(...(await checkScreen(page, 'home', tally)));
        await press(page, text(lang, 'controls.language'));
        problems.push(...(await checkScreen(page, 'language', tally)));
        await press(page, text(lang, 'controls.help'));
        await shownAfter(page.getByRole('article').first(), { onClock: true });
        problems.push(...(await checkScreen(page, 'help nearby', tally)));
        for (const flow of flows.filter((f) => only.test(f.id))) {
          await press(page, text(lang, 'controls.home'));
          await press(page, text(lang, flow.tile.label));
          await press(page, text(lang, 'contents.open'));
          problems.push(...(await checkScreen(page, `${flow.id}: all the steps`, tally)));
          await walkEveryStep(page, flow, lang, async (step, path) => {
            if (flow.states[step]!.meta.screen === 'help') await placesListed(page, { tapIt: tapOnClock, onClock: true });
            problems.push(...(await checkScreen(page, `${flow.id}/${step}${path.state.context.retry ? ' (notice)' : ''}`, tally)));
          });
        }
        // The figures for the record: how many screens scroll at each size (none should need to
        // at the default text size; larger text may, with a visible cue).
        console.log(
          `${lang}: screens whose content scrolls\n${[...tally]
            .map(([k, v]) => `  ${k}: ${v.scrolling} of ${v.screens}${k.endsWith('default text') ? ` (${v.names.join(', ')})` : ''}`)
            .join('\n')}`,
        );
        expect(problems, problems.join('\n')).toEqual([]);
        expect(kiosk.errors, 'errors in the page').toEqual([]);
      } finally {
        await kiosk.close();
      }
    },
    900_000,
  );
});

describe('focus is never hidden (WCAG 2.2, 2.4.11)', () => {
  test.each([KIOSK_SIZES[0], KIOSK_SIZES[1]])(
    '$name: tabbing through every step of the consent topic and the finder',
    async (size) => {
      const kiosk = await launchKiosk({ viewport: { width: size.width, height: size.height }, serviceWorkers: 'block' });
      const { page } = kiosk;
      await page.clock.install();
      const hidden: string[] = [];
      let stops = 0;
      /** Tabs once round the screen; notes every focus stop that is not fully in sight. */
      const tabRound = async (screen: string) => {
        const seen = new Set<string>();
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          await page.clock.runFor(20);
          const focus = await focusInSight(page);
          if (!focus) continue;
          if (seen.has(focus.what)) break;
          seen.add(focus.what);
          stops++;
          if (!focus.inSight) hidden.push(`${screen}: ${focus.what}`);
        }
      };
      try {
        await startSession(page, 'fr', { tapIt: tapOnClock });
        const consent = flows.find((f) => f.id === 'consent')!;
        await walkEveryStep(page, consent, 'fr', async (step) => {
          if (consent.states[step]!.meta.screen === 'help') await placesListed(page, { tapIt: tapOnClock, onClock: true });
          await tabRound(`consent/${step}`);
        });
        await press(page, text('fr', 'controls.help'));
        await shownAfter(page.getByRole('article').first(), { onClock: true });
        await tabRound('help nearby');
        console.log(`${size.name}: ${stops} focus stops, ${hidden.length} not fully in sight`);
        expect(stops, 'focus stops visited').toBeGreaterThan(100);
        expect(hidden, hidden.join('\n')).toEqual([]);
      } finally {
        await kiosk.close();
      }
    },
    600_000,
  );
});
