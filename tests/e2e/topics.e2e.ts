/**
 * Every topic, walked by taps in Chromium against the production build. The screens to visit
 * and the taps to reach them come from the flow machines (xstate/graph), so a new topic or step
 * is checked without new test code:
 * - each topic completed to its help step by taps in each language of KIOSK_E2E_LANGS
 *   (default: every language the kiosk ships);
 * - every step of every topic reached and checked with axe-core (WCAG 2.2 AA tags) in those
 *   languages, right-to-left included;
 * - a teach-back detour shows its kind notice and leads back.
 * Taps go through Playwright's fake clock, so the 500 ms double-tap guard costs no real time.
 */
import { describe, expect, test } from 'vitest';
import { flows } from '../../flows/registry';
import { follow, pathsOf, press, startIn } from './flow-walk';
import { axeViolations, languages, launchKiosk, recordRequests, text, placesListed } from './kiosk';

const langs = (process.env['KIOSK_E2E_LANGS'] ?? languages.map((l) => l.code).join(',')).split(',');

// One browser per language, languages walked concurrently: the walk is CPU-bound (axe), and a
// kiosk machine has two cores.
describe.concurrent('every topic, every step, every language', () => {
  test.each(langs)(
    '%s: each topic completed by taps to the help step; axe on every step',
    async (lang) => {
      const kiosk = await launchKiosk({ viewport: { width: 1280, height: 1024 } });
      const { page } = kiosk;
      const requests = recordRequests(kiosk.context);
      await page.clock.install();
      const violations: string[] = [];
      let helpChecked = false;
      try {
        await startIn(page, lang);
        for (const flow of flows) {
          for (const path of pathsOf(flow)) {
            // Home (the control bar) starts the topic afresh without reloading the page.
            await press(page, text(lang, 'controls.home'));
            const step = await follow(page, flow, path, lang);
            if (path.state.context.retry) {
              // The teach-back detour: the kind notice is on screen.
              await page
                .getByRole('status')
                .filter({ hasText: text(lang, path.state.context.retry) })
                .first()
                .waitFor();
            }
            const isHelp = flow.states[step]!.meta.screen === 'help';
            if (isHelp) await placesListed(page, (target) => target.tap().then(() => page.clock.runFor(600)));
            // The help screen is the same screen at the end of every topic (other places listed):
            // checked once a language.
            if (!isHelp || !helpChecked) {
              violations.push(...(await axeViolations(page, `${lang} ${flow.id}/${step}${path.state.context.retry ? ' (notice)' : ''}`)));
            }
            if (isHelp) {
              helpChecked = true;
              // The topic is completed: real places are listed, and Finish returns home.
              await press(page, text(lang, 'step.finish'));
              await page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }).waitFor();
            }
          }
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
