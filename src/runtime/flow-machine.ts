import { assign, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { AnyContent, FlowConfig, FlowStateConfig, FlowTransition } from '../../flows/types';
import { backTargets, flowProblems, FlowDefinitionError, type FlowCheckContext } from './flow-problems';

/** What a running topic remembers: the options marked (e.g. questions to ask) and a kind notice. */
export interface FlowContext {
  marks: string[];
  /** Text key of the notice shown after a teach-back answer led back to re-read a step. */
  retry?: string | undefined;
  /** The teach-back step to come back to after re-reading (Next returns there directly). */
  returnTo?: string | undefined;
}

/** Events a topic answers; `PICK.<id>` carries its option in the type so paths can be generated. */
export type FlowEvent = { type: 'NEXT' } | { type: 'BACK' } | { type: `PICK.${string}` };

/** The option id of a `PICK.<id>` event, or undefined for other events. */
function pickedOption(event: FlowEvent): string | undefined {
  return event.type.startsWith('PICK.') ? event.type.slice('PICK.'.length) : undefined;
}

// Named implementations, once for every flow (flows/types.ts lists the names a flow may use).
const flowSetup = setup({
  // XState types a machine from this cast (its documented way); without it the context is unknown.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  types: {} as { context: FlowContext; events: FlowEvent },
  actions: {
    toggleMark: assign({
      marks: ({ context, event }) => {
        const id = pickedOption(event);
        if (!id) return context.marks;
        return context.marks.includes(id) ? context.marks.filter((m) => m !== id) : [...context.marks, id];
      },
    }),
    clearMarks: assign({ marks: () => [] }),
    // Runtime-only: added by createFlowMachine around teach-back detours, never written in flows.
    showRetry: assign({
      retry: (_, params: { text: string; returnTo: string }) => params.text,
      returnTo: (_, params: { text: string; returnTo: string }) => params.returnTo,
    }),
    clearRetry: assign({ retry: () => undefined, returnTo: () => undefined }),
  },
  guards: {
    hasMarks: ({ context }) => context.marks.length > 0,
    // Runtime-only: true while a person re-reads a step a teach-back question sent them to.
    isReturningTo: ({ context }, params: { step: string }) => context.returnTo === params.step,
  },
});

/** A flow transition in XState's config form, with the runtime's own actions added. */
function toXState(t: FlowTransition, extra: unknown[]): unknown {
  if (typeof t === 'string') return { target: t, actions: extra };
  return { ...t, actions: [...(t.actions ?? []), ...extra] };
}

/** Runtime actions for a transition: a teach-back detour shows its kind notice; moving on clears it. */
function runtimeActions(name: string, state: FlowStateConfig<AnyContent>, event: string, t: FlowTransition): unknown[] {
  const check = state.meta.screen === 'check' ? state.meta.check : undefined;
  if (check && event !== `PICK.${check.expected}`) return [{ type: 'showRetry', params: { text: check.retry, returnTo: name } }];
  // A toggle that stays on its step keeps the notice as it is.
  if (typeof t !== 'string' && !t.target) return [];
  return ['clearRetry'];
}

/** For each step a teach-back question can send a person to: the guarded ways back to that question. */
function detourReturns(flow: FlowConfig<AnyContent>): Record<string, unknown[]> {
  const returns: Record<string, unknown[]> = {};
  for (const [name, state] of Object.entries(flow.states)) {
    const check = state.meta.screen === 'check' ? state.meta.check : undefined;
    if (!check) continue;
    for (const [event, t] of Object.entries(state.on ?? {})) {
      if (event === `PICK.${check.expected}`) continue;
      for (const one of (Array.isArray(t) ? t : [t]) as FlowTransition[]) {
        const target = typeof one === 'string' ? one : one.target;
        if (!target || target === name) continue;
        (returns[target] ??= []).push({ target: name, guard: { type: 'isReturningTo', params: { step: name } }, actions: ['clearRetry'] });
      }
    }
  }
  return returns;
}

/**
 * Turns a flow definition into an XState machine. Each step keeps its `meta`; every step but
 * the first gets a `BACK` transition to the step Back returns to. Throws a FlowDefinitionError
 * listing every problem when the definition cannot run.
 */
export function createFlowMachine(flow: FlowConfig<AnyContent>, ctx: FlowCheckContext) {
  const problems = flowProblems(flow, ctx);
  if (problems.length > 0) throw new FlowDefinitionError(problems);
  const backs = backTargets(flow);
  const returns = detourReturns(flow);
  const states = Object.fromEntries(
    Object.entries(flow.states).map(([name, state]) => {
      const on: Record<string, unknown> = {};
      for (const [event, t] of Object.entries(state.on ?? {})) {
        const list = (Array.isArray(t) ? t : [t]) as FlowTransition[];
        const compiled = list.map((one) => toXState(one, runtimeActions(name, state, event, one)));
        // After a teach-back detour, Next on the re-read step goes straight back to the question.
        if (event === 'NEXT') compiled.unshift(...(returns[name] ?? []));
        on[event] = compiled.length === 1 ? compiled[0] : compiled;
      }
      if (backs[name]) on.BACK = { target: backs[name], actions: ['clearRetry'] };
      return [name, { meta: state.meta, on, ...(state.type ? { type: state.type } : {}) }];
    }),
  );
  // The config is assembled from checked data; XState's literal-typed config cannot see that.
  return flowSetup.createMachine({
    id: flow.id,
    context: { marks: [] },
    initial: flow.initial,
    states: states as never,
  });
}

/** The machine type every flow compiles to. */
export type FlowMachine = ReturnType<typeof createFlowMachine>;

/** A snapshot of a running flow. */
export type FlowSnapshot = SnapshotFrom<FlowMachine>;

/** A running flow: its snapshots are FlowSnapshots and it takes FlowEvents (and BACK). */
export type FlowActor = ActorRefFrom<FlowMachine>;

/** The name of the step a flow snapshot is on (flows are flat: one level of states). */
export function currentStep(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}

/** Whether Back has a step to return to inside the flow (false on the first step). */
export function canGoBack(snapshot: FlowSnapshot): boolean {
  return snapshot.can({ type: 'BACK' });
}
