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
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { flows } from '../../flows/registry';
import type { FlowConfig } from '../../flows/types';
import { createFlowMachine, currentStep } from '../../src/runtime/flow-machine';
import { axeViolations, languages, launchKiosk, recordRequests, baseUrl, text } from './kiosk';

const langs = (process.env['KIOSK_E2E_LANGS'] ?? languages.map((l) => l.code).join(',')).split(',');

// One browser per language, languages walked concurrently: the walk is CPU-bound (axe), and a
// kiosk machine has two cores.
/** A tap, then the double-tap guard's time passes on the fake clock. */
async function press(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true }).first();
  await target.waitFor({ state: 'visible' });
  await target.tap();
  await page.clock.runFor(600);
}

/** Starts a fresh session in `lang` on the home screen. */
async function startIn(page: Page, lang: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  const name = languages.find((l) => l.code === lang)!.name;
  await press(page, name);
  await page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }).waitFor();
}

type Path = { steps: { event: { type: string } }[]; state: { value: unknown; context: { retry?: string } } };

/** Shortest paths to every step of a flow (teach-back notices count as their own screens). */
function pathsOf(flow: FlowConfig): Path[] {
  const machine = createFlowMachine(flow, { hasText: () => true, hasPictogram: () => true });
  return getShortestPaths(machine, {
    serializeState: (s: { value: unknown; context: { marks: string[]; retry?: string } }) =>
      JSON.stringify([s.value, s.context.marks.length > 0, Boolean(s.context.retry)]),
  } as never) as unknown as Path[];
}

/** The button labels to press, in order, to send an event on a step (a keypad takes a code, then OK). */
function labelsFor(flow: FlowConfig, step: string, event: string, lang: string): string[] {
  const pad = flow.states[step]?.meta.keypad;
  if (!pad) return [labelFor(flow, step, event, lang)];
  const digit = (d: string) => text(lang, pad.texts.digit).replace('{{digit}}', d);
  const code = (c: string) => [...[...c].map(digit), text(lang, pad.texts.ok)];
  // A wrong code: every digit of the practice code plus one.
  const wrong = [...pad.practiceCode].map((d) => String((Number(d) + 1) % 10)).join('');
  if (event === 'PICK.ok') return code(pad.practiceCode);
  if (event === 'PICK.wrong') return code(wrong);
  if (event === 'PICK.blocked') return Array.from({ length: pad.tries }, () => code(wrong)).flat();
  return [labelFor(flow, step, event, lang)];
}

/** The button label that sends an event on a step. */
function labelFor(flow: FlowConfig, step: string, event: string, lang: string): string {
  if (event === 'NEXT') return text(lang, 'step.next');
  if (event === 'BACK') return text(lang, 'controls.back');
  const id = event.slice('PICK.'.length);
  const option = flow.states[step]?.meta.options?.find((o) => o.id === id);
  if (!option) throw new Error(`${flow.id}/${step}: no option for ${event}`);
  return text(lang, option.label);
}

/** From home: the topic's tile, then the taps of a path; checks the heading of the step reached. */
async function follow(page: Page, flow: FlowConfig, path: Path, lang: string): Promise<string> {
  const machine = createFlowMachine(flow, { hasText: () => true, hasPictogram: () => true });
  await press(page, text(lang, flow.tile.label));
  let snapshot = machine.resolveState({ value: flow.initial, context: { marks: [] } });
  for (const { event } of path.steps.filter((s) => !s.event.type.startsWith('xstate.'))) {
    for (const label of labelsFor(flow, currentStep(snapshot), event.type, lang)) await press(page, label);
    // Where this event leads by the definition; the heading checked below proves the app agrees.
    snapshot = getNextSnapshot(machine, snapshot, event as never);
  }
  const step = currentStep(snapshot);
  const expected = text(lang, flow.states[step]!.meta.title);
  await page.getByRole('heading', { level: 1, name: expected, exact: true }).waitFor();
  return step;
}

describe.concurrent('every topic, every step, every language', () => {
  test.each(langs)('%s: each topic completed by taps to the help step; axe on every step', async (lang) => {
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
            await page.getByRole('status').filter({ hasText: text(lang, path.state.context.retry) }).first().waitFor();
          }
          const isHelp = flow.states[step]!.meta.screen === 'help';
          if (isHelp) await page.getByRole('article').first().waitFor();
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
  }, 1_200_000);
});
