/**
 * Walking the topics as a person does, by taps, along paths generated from the flow machines
 * (xstate/graph): shared by the walk of every topic (topics.e2e.ts) and the fit test (fit.e2e.ts).
 * Taps go through Playwright's fake clock, so the 500 ms double-tap guard costs no real time.
 */
import type { Locator, Page } from 'playwright-core';
import { getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { FlowConfig } from '../../flows/types';
import { createFlowMachine, currentStep } from '../../src/runtime/flow-machine';
import { text } from './kiosk';

/** A tap, then the double-tap guard's time passes on the fake clock. */
export async function tapOnClock(target: Locator): Promise<void> {
  await target.waitFor({ state: 'visible' });
  await target.tap();
  await target.page().clock.runFor(600);
}

/** Taps the button named `name` (see tapOnClock). */
export async function press(page: Page, name: string): Promise<void> {
  await tapOnClock(page.getByRole('button', { name, exact: true }).first());
}

export type Path = { steps: { event: { type: string } }[]; state: { value: unknown; context: { retry?: string } } };

/** Shortest paths to every step of a flow (teach-back notices count as their own screens). */
export function pathsOf(flow: FlowConfig): Path[] {
  const machine = createFlowMachine(flow, { hasText: () => true, hasPictogram: () => true });
  return getShortestPaths(machine, {
    serializeState: (s: { value: unknown; context: { marks: string[]; retry?: string } }) =>
      JSON.stringify([s.value, s.context.marks.length > 0, Boolean(s.context.retry)]),
  } as never) as unknown as Path[];
}

/** The button labels to press, in order, to send an event on a step (a keypad takes a code, then OK). */
export function labelsFor(flow: FlowConfig, step: string, event: string, lang: string): string[] {
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
export function labelFor(flow: FlowConfig, step: string, event: string, lang: string): string {
  if (event === 'NEXT') return text(lang, flow.states[step]?.meta.nextLabel ?? 'step.next');
  if (event === 'BACK') return text(lang, 'controls.back');
  const id = event.slice('PICK.'.length);
  const option = flow.states[step]?.meta.options?.find((o) => o.id === id);
  if (!option) throw new Error(`${flow.id}/${step}: no option for ${event}`);
  return text(lang, option.label);
}

/** The events of a path a person sends by taps (xstate's own events left out). */
function eventsOf(path: Path): string[] {
  return path.steps.map((s) => s.event.type).filter((type) => !type.startsWith('xstate.'));
}

/** Paths in depth-first order: each one right after the path it extends (a prefix sorts first). */
function depthFirst(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * Reaches every step of a flow by taps (every shortest path's end, teach-back notices included)
 * and calls `visit` on each once its heading is checked. Where a path extends the path just
 * walked (depth-first order), the taps go on from the screen on display, as a person's would; any
 * other path starts afresh: Home, the topic's tile, then its taps. The same events reach the same
 * steps as a walk from Home for each (the app is the machine), with far fewer taps. `visit` may
 * leave the topic (e.g. Finish on the help step): the next path then starts from Home.
 */
export async function walkEveryStep(
  page: Page,
  flow: FlowConfig,
  lang: string,
  visit: (step: string, path: Path) => Promise<void>,
): Promise<void> {
  const machine = createFlowMachine(flow, { hasText: () => true, hasPictogram: () => true });
  const paths = pathsOf(flow)
    .map((path) => ({ path, events: eventsOf(path) }))
    .sort((a, b) => depthFirst(a.events, b.events));
  let at: { events: string[]; snapshot: ReturnType<typeof machine.resolveState> } | undefined;
  for (const { path, events } of paths) {
    const goesOn = at !== undefined && at.events.length < events.length && at.events.every((e, i) => events[i] === e);
    let snapshot = goesOn ? at!.snapshot : machine.resolveState({ value: flow.initial, context: { marks: [] } });
    if (!goesOn) {
      await press(page, text(lang, 'controls.home'));
      await press(page, text(lang, flow.tile.label));
    }
    for (const event of events.slice(goesOn ? at!.events.length : 0)) {
      for (const label of labelsFor(flow, currentStep(snapshot), event, lang)) await press(page, label);
      snapshot = getNextSnapshot(machine, snapshot, { type: event } as never);
    }
    const step = currentStep(snapshot);
    await page.getByRole('heading', { level: 1, name: text(lang, flow.states[step]!.meta.title), exact: true }).waitFor();
    at = { events, snapshot };
    await visit(step, path);
    // A step that leaves the topic (the help step's Finish) ends the walk's way on.
    if (flow.states[step]!.meta.screen === 'help') at = undefined;
  }
}
