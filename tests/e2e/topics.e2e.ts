/**
 * Every topic, walked by taps in Chromium against the production build. The screens to visit
 * and the taps to reach them come from the flow machines (xstate/graph), so a new topic or step
 * is checked without new test code:
 * - each topic completed to its help step by taps in each language of KIOSK_E2E_LANGS
 *   (default: every language the kiosk ships);
 * - every step of every topic reached, with its heading in that language, in every language;
 * - axe-core (WCAG 2.2 AA tags) on every step in French and in Arabic (right to left), and in each
 *   other language on one step of each screen kind per topic (see AXE_EVERY_STEP);
 * - a teach-back detour shows its kind notice and leads back.
 * Taps go through Playwright's fake clock, so the 500 ms double-tap guard costs no real time.
 */
import { describe, expect, test } from 'vitest';
import { flows } from '../../flows/registry';
import { press, tapOnClock, walkEveryStep } from './flow-walk';
import { axeViolations, languages, launchKiosk, recordRequests, text, placesListed, startSession } from './kiosk';

const langs = (process.env['KIOSK_E2E_LANGS'] ?? languages.map((l) => l.code).join(',')).split(',');

/**
 * Where axe runs on every step. axe's rules judge structure, names, roles and colours, which a
 * screen kind (explain, compare, check, keypad…) gives the same in every language; only the words
 * change, and they are checked on every step in every language by the step's heading (and by the
 * locale tests for every key). So the other languages run axe once per screen kind per topic (a
 * notice counts as its own kind): a fault a language brings to a kind of screen is still seen,
 * at a ninth of the cost. French is the source language; Arabic is the right-to-left one.
 */
const AXE_EVERY_STEP = new Set(['fr', 'ar']);

// One browser per language, languages walked concurrently: the walk is CPU-bound (axe), and a
// kiosk machine has two cores.
describe.concurrent('every topic, every step, every language', () => {
  test.each(langs)(
    '%s: each topic completed by taps to the help step; every step reached; axe',
    async (lang) => {
      const kiosk = await launchKiosk({ viewport: { width: 1280, height: 1024 }, serviceWorkers: 'block' });
      const { page } = kiosk;
      const requests = recordRequests(kiosk.context);
      await page.clock.install();
      const violations: string[] = [];
      let helpChecked = false;
      try {
        await startSession(page, lang, { tapIt: tapOnClock });
        for (const flow of flows) {
          const kindsChecked = new Set<string>();
          await walkEveryStep(page, flow, lang, async (step, path) => {
            const { retry } = path.state.context;
            if (retry) {
              // The teach-back detour: the kind notice is on screen.
              await page
                .getByRole('status')
                .filter({ hasText: text(lang, retry) })
                .first()
                .waitFor();
            }
            const kind = `${flow.states[step]!.meta.screen}${retry ? ' (notice)' : ''}`;
            const isHelp = kind === 'help';
            if (isHelp) await placesListed(page, { tapIt: tapOnClock, onClock: true });
            // The help screen is the same screen at the end of every topic (other places listed):
            // checked once a language.
            const axeHere = isHelp ? !helpChecked : AXE_EVERY_STEP.has(lang) || !kindsChecked.has(kind);
            if (axeHere) {
              kindsChecked.add(kind);
              violations.push(...(await axeViolations(page, `${lang} ${flow.id}/${step}${retry ? ' (notice)' : ''}`)));
            }
            if (isHelp) {
              helpChecked = true;
              // The topic is completed: real places are listed, and Finish returns home.
              await press(page, text(lang, 'step.finish'));
              await page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }).waitFor();
            }
          });
        }
        expect(violations, violations.join('\n')).toEqual([]);
        expect(requests.foreign(), 'requests to another origin').toEqual([]);
        expect(kiosk.errors, 'errors in the page').toEqual([]);
      } finally {
        requests.stop();
        await kiosk.close();
      }
    },
    1_200_000,
  );
});
