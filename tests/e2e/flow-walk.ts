/**
 * Walking the topics as a person does, by taps, along paths generated from the flow machines
 * (xstate/graph): shared by the walk of every topic (topics.e2e.ts) and the fit test (fit.e2e.ts).
 * Taps go through Playwright's fake clock, so the 500 ms double-tap guard costs no real time.
 */
import type { Page } from 'playwright-core';
import { getNextSnapshot } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { FlowConfig } from '../../flows/types';
import { createFlowMachine, currentStep } from '../../src/runtime/flow-machine';
import { languages, baseUrl, text } from './kiosk';

/** A tap, then the double-tap guard's time passes on the fake clock. */
export async function press(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true }).first();
  await target.waitFor({ state: 'visible' });
  await target.tap();
  await page.clock.runFor(600);
}

/** Starts a fresh session in `lang` on the home screen. */
export async function startIn(page: Page, lang: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  const name = languages.find((l) => l.code === lang)!.name;
  await press(page, name);
  await page.getByRole('heading', { level: 1, name: text(lang, 'home.title') }).waitFor();
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

/** From home: the topic's tile, then the taps of a path; checks the heading of the step reached. */
export async function follow(page: Page, flow: FlowConfig, path: Path, lang: string): Promise<string> {
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
