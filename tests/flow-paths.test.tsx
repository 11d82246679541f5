import { render, screen, within } from '@testing-library/preact';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { i18n as I18n } from 'i18next';
import { flows } from '../flows/registry';
import { FlowView } from '../src/app/flow-view';
import { createFlowMachine, currentStep } from '../src/runtime/flow-machine';
import { pictogramIds } from '../src/ui/pictogram';
import { languageFolders } from './locale-files';
import { Providers, serveInventory, spacedPresses, testI18n } from './render-kit';

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n();
});
beforeEach(() => {
  serveInventory();
  spacedPresses();
});

/**
 * Paths are told apart by step, by whether anything is marked and by whether a teach-back notice
 * shows — not by the exact list of marks, whose orderings would make the graph explode.
 */
const pathOptions = {
  serializeState: (s: { value: unknown; context: { marks: string[]; retry?: string } }) =>
    JSON.stringify([s.value, s.context.marks.length > 0, Boolean(s.context.retry)]),
} as never;

const machineOf = (flow: (typeof flows)[number]) =>
  createFlowMachine(flow, { hasText: (key) => i18n.exists(key, { lng: 'fr' }), hasPictogram: (id) => pictogramIds.has(id) });

describe.each(flows.map((f) => [f.id, f] as const))('flow "%s"', (_id, flow) => {
  it('every step is reachable, and every path ends on the help step', () => {
    const machine = machineOf(flow);
    const paths = getSimplePaths(machine, pathOptions);
    const reached = new Set(paths.map((p) => currentStep(p.state)));
    expect([...reached].sort()).toEqual(Object.keys(flow.states).sort());
    // From every step, the help step can still be reached (no trap).
    for (const step of Object.keys(flow.states)) {
      const fromHere = getShortestPaths(machine, {
        ...(pathOptions as object),
        fromState: machine.resolveState({ value: step, context: { marks: [] } }),
        toState: (s: { status: string }) => s.status === 'done',
      });
      expect(fromHere.length, `no way from "${step}" to the help step`).toBeGreaterThan(0);
    }
  });

  it('reports how many taps from home each step is (any answer within 3 taps of home counts the tile)', () => {
    const depths = Object.fromEntries(getShortestPaths(machineOf(flow), pathOptions).map((p) => [currentStep(p.state), p.steps.length]));
    // One tap on the tile reaches the first step; each step adds one.
    console.info(`flow ${flow.id}: taps from home`, Object.fromEntries(Object.entries(depths).map(([k, v]) => [k, v + 1])));
    expect(Object.keys(depths).length).toBe(Object.keys(flow.states).length);
  });

  it.each(languageFolders())('every path renders each step with a title and a way forward and back (%s)', async (lang) => {
    await i18n.changeLanguage(lang);
    const machine = machineOf(flow);
    const seen = new Set<string>();
    for (const path of getSimplePaths(machine, pathOptions)) {
      const actor = createActor(machine).start();
      for (const step of path.steps) actor.send(step.event);
      const name = currentStep(actor.getSnapshot());
      expect(name).toBe(currentStep(path.state));
      const variant = `${name}|${Boolean(actor.getSnapshot().context.retry)}`;
      if (seen.has(variant)) continue;
      seen.add(variant);
      const { unmount } = render(
        <Providers i18n={i18n}>
          <FlowView flowId={flow.id} actor={actor} finish={() => undefined} />
        </Providers>,
      );
      const heading = screen.getByRole('heading', { level: 1 });
      expect(heading.textContent?.trim(), `${name}: empty title`).not.toBe('');
      const meta = flow.states[name]!.meta;
      const section = screen.getByRole('region', { name: heading.textContent });
      const buttons = within(section).getAllByRole('button');
      expect(buttons.length, `${name}: no way forward`).toBeGreaterThan(0);
      if (meta.screen === 'help') expect(within(section).getByRole('button', { name: i18n.t('step.finish') })).toBeTruthy();
      // Back: every step but the first has its own; the first one's Back leaves the topic.
      if (name !== flow.initial) expect(actor.getSnapshot().can({ type: 'BACK' }), `${name}: no Back`).toBe(true);
      unmount();
    }
    expect([...new Set([...seen].map((v) => v.split('|')[0]))].sort()).toEqual(Object.keys(flow.states).sort());
    await i18n.changeLanguage('fr');
  });
});
