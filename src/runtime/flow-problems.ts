import {
  keypadEvents,
  type AnyContent,
  type FlowConfig,
  type FlowStateConfig,
  type FlowTransition,
  type IllustrationId,
  type ScreenKind,
  type StepMeta,
} from '../../flows/types';

// A definition is checked at run time too (it may not come from a typed flow file): these name
// every ScreenKind and IllustrationId exactly once, or tsc fails, as do the screens' own records
// (src/screens/registry.ts, src/screens/explain-screen.tsx).
const knownScreens = { explain: true, choice: true, compare: true, check: true, recap: true, help: true, keypad: true } satisfies Record<
  ScreenKind,
  true
>;
const knownIllustrations = { 'card-reader': true } satisfies Record<IllustrationId, true>;

/** What a flow definition needs from the outside world to be checked. */
export interface FlowCheckContext {
  /** Does this text key exist (in the reference language)? */
  hasText: (key: string) => boolean;
  /** Does this pictogram exist? */
  hasPictogram: (id: string) => boolean;
}

/** One transition of a flow, flattened: from a state, on an event, to a target state. */
export interface FlowEdge {
  from: string;
  event: string;
  to: string;
}

/** Every target a transition (or a list of guarded ones) can go to. */
function targetsOf(t: FlowTransition | FlowTransition[] | undefined): string[] {
  if (t === undefined) return [];
  const list = Array.isArray(t) ? t : [t];
  return list.flatMap((one) => (typeof one === 'string' ? [one] : one.target ? [one.target] : []));
}

/** All edges of a flow, in definition order. */
export function edgesOf(flow: FlowConfig<AnyContent>): FlowEdge[] {
  return Object.entries(flow.states).flatMap(([from, state]) =>
    Object.entries(state.on ?? {}).flatMap(([event, t]) => targetsOf(t).map((to) => ({ from, event, to }))),
  );
}

/**
 * Edges that define where Back goes: all forward moves except a teach-back's detours
 * (a `check` answer other than the expected one sends the person back to re-read a step;
 * that step's Back still goes to its usual predecessor).
 */
function backDefiningEdges(flow: FlowConfig<AnyContent>): FlowEdge[] {
  return edgesOf(flow).filter((e) => {
    const meta = flow.states[e.from]?.meta;
    if (meta?.screen !== 'check' || !meta.check) return true;
    return e.event === `PICK.${meta.check.expected}`;
  });
}

/** The state Back returns to from each state (absent for the first step: Back leaves the topic). */
export function backTargets(flow: FlowConfig<AnyContent>): Record<string, string> {
  const result: Record<string, string> = {};
  const edges = backDefiningEdges(flow);
  for (const [name, state] of Object.entries(flow.states)) {
    if (state.meta.back) {
      result[name] = state.meta.back;
      continue;
    }
    const preds = [...new Set(edges.filter((e) => e.to === name && e.from !== name).map((e) => e.from))];
    if (preds.length === 1 && name !== flow.initial) result[name] = preds[0]!;
  }
  return result;
}

/** Text keys a step shows. */
export function textKeysOf(meta: StepMeta<AnyContent>): string[] {
  return [
    meta.title,
    ...(meta.lead ? [meta.lead] : []),
    ...(meta.nextLabel ? [meta.nextLabel] : []),
    ...(meta.body ?? []),
    ...(meta.options ?? []).map((o) => o.label),
    ...(meta.items ?? []).map((i) => i.text),
    ...(meta.columns ? [meta.columns.left.title, ...meta.columns.left.items, meta.columns.right.title, ...meta.columns.right.items] : []),
    ...(meta.check ? [meta.check.retry] : []),
    ...(meta.emptyText ? [meta.emptyText] : []),
    ...(meta.keypad ? Object.values(meta.keypad.texts) : []),
  ];
}

/** Pictograms a step shows. */
export function pictogramsOf(meta: StepMeta<AnyContent>): string[] {
  return [meta.pictogram, ...(meta.options ?? []).map((o) => o.pictogram), ...(meta.items ?? []).map((i) => i.pictogram)];
}

/** States reachable from the initial one. */
function reachable(flow: FlowConfig<AnyContent>): Set<string> {
  const edges = edgesOf(flow);
  const seen = new Set<string>([flow.initial]);
  const queue = [flow.initial];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const e of edges) {
      if (e.from === at && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

/** Problems of one step, in plain words naming the flow and the step. */
function stepProblems(flow: FlowConfig<AnyContent>, name: string, state: FlowStateConfig<AnyContent>, ctx: FlowCheckContext): string[] {
  const where = `flow "${flow.id}", step "${name}"`;
  const problems: string[] = [];
  const { meta } = state;
  if (!Object.hasOwn(knownScreens, meta.screen)) {
    problems.push(`${where}: unknown screen kind "${String(meta.screen)}" (known: ${Object.keys(knownScreens).join(', ')})`);
  }
  for (const key of textKeysOf(meta)) {
    if (!ctx.hasText(key)) problems.push(`${where}: missing text key "${key}"`);
  }
  for (const id of pictogramsOf(meta)) {
    if (!ctx.hasPictogram(id)) problems.push(`${where}: unknown pictogram "${id}"`);
  }
  const targets = Object.values(state.on ?? {}).flatMap((t) => targetsOf(t));
  for (const target of targets) {
    if (!(target in flow.states)) problems.push(`${where}: goes to unknown step "${target}"`);
  }
  if (meta.nextLabel && !state.on?.NEXT) problems.push(`${where}: has a Next label but no NEXT transition`);
  if (state.type === 'final') {
    if (meta.screen !== 'help') problems.push(`${where}: a topic must end on the help screen, not "${meta.screen}"`);
    if (targets.length > 0) problems.push(`${where}: the last step cannot go further`);
  } else if (targets.length === 0) {
    problems.push(`${where}: dead end (no way forward and not the final help step)`);
  }
  if (meta.screen === 'choice' || meta.screen === 'check') {
    if (!meta.options || meta.options.length < 2) problems.push(`${where}: a ${meta.screen} step needs at least two options`);
    for (const option of meta.options ?? []) {
      if (!state.on?.[`PICK.${option.id}`]) problems.push(`${where}: option "${option.id}" leads nowhere (add on["PICK.${option.id}"])`);
    }
  }
  if (meta.screen === 'check') {
    if (!meta.check) problems.push(`${where}: a check step needs "check" (expected answer and retry text)`);
    else if (!meta.options?.some((o) => o.id === meta.check!.expected)) {
      problems.push(`${where}: expected answer "${meta.check.expected}" is not one of the options`);
    }
  }
  if (meta.screen === 'compare' && !meta.columns) problems.push(`${where}: a compare step needs two columns`);
  if (meta.screen === 'recap' && !meta.showMarks && (!meta.items || meta.items.length === 0))
    problems.push(`${where}: a recap step needs items`);
  if (meta.showMarks && !meta.emptyText) problems.push(`${where}: a recap of marks needs emptyText for when nothing was marked`);
  if (meta.multi && !state.on?.NEXT) problems.push(`${where}: a multi-choice step needs NEXT (the way on after marking)`);
  if (meta.back !== undefined && !(meta.back in flow.states)) problems.push(`${where}: back goes to unknown step "${meta.back}"`);
  // The choice screen is the one that draws a lead; elsewhere it would silently not show.
  if (meta.lead !== undefined && meta.screen !== 'check' && meta.screen !== 'choice') {
    problems.push(`${where}: only a check or choice step shows a lead line`);
  }
  if (meta.illustration !== undefined) {
    if (meta.screen !== 'explain') problems.push(`${where}: only an explain step shows an illustration`);
    if (!Object.hasOwn(knownIllustrations, meta.illustration)) {
      problems.push(`${where}: unknown illustration "${String(meta.illustration)}" (known: ${Object.keys(knownIllustrations).join(', ')})`);
    }
  }
  if (meta.keypad && meta.screen !== 'keypad') problems.push(`${where}: "keypad" belongs to a keypad step`);
  if (meta.screen === 'keypad') problems.push(...keypadProblems(where, state));
  return problems;
}

/** Problems of a keypad step: its practice code, its tries and its three events. */
function keypadProblems(where: string, state: FlowStateConfig<AnyContent>): string[] {
  const { keypad } = state.meta;
  if (!keypad) return [`${where}: a keypad step needs "keypad" (practice code, tries, texts)`];
  const problems: string[] = [];
  if (!/^\d{4,8}$/.test(keypad.practiceCode)) problems.push(`${where}: the practice code must be 4 to 8 digits`);
  if (!Number.isInteger(keypad.tries) || keypad.tries < 1) problems.push(`${where}: tries must be a whole number, at least 1`);
  const on = state.on ?? {};
  for (const event of [keypadEvents.ok, keypadEvents.blocked]) {
    if (targetsOf(on[event]).length === 0) problems.push(`${where}: a keypad step needs on["${event}"] with a step to go to`);
  }
  const wrong = on[keypadEvents.wrong];
  if (wrong === undefined || targetsOf(wrong).length > 0) {
    problems.push(`${where}: a keypad step needs on["${keypadEvents.wrong}"]: { actions: [] } (a wrong code stays on the step)`);
  }
  const known: string[] = Object.values(keypadEvents);
  for (const event of Object.keys(on)) {
    if (!known.includes(event)) problems.push(`${where}: a keypad step only sends ${known.join(', ')}; "${event}" has no button`);
  }
  return problems;
}

/** Every problem of a flow definition, in plain words; empty when the flow is sound. */
export function flowProblems(flow: FlowConfig<AnyContent>, ctx: FlowCheckContext): string[] {
  const problems: string[] = [];
  if (!(flow.initial in flow.states)) problems.push(`flow "${flow.id}": initial step "${flow.initial}" does not exist`);
  if (!ctx.hasText(flow.tile.label)) problems.push(`flow "${flow.id}": missing text key "${flow.tile.label}" (tile)`);
  if (!ctx.hasPictogram(flow.tile.pictogram)) problems.push(`flow "${flow.id}": unknown pictogram "${flow.tile.pictogram}" (tile)`);
  if (flow.exercise && !ctx.hasText(flow.exercise.banner))
    problems.push(`flow "${flow.id}": missing text key "${flow.exercise.banner}" (exercise banner)`);
  for (const [name, state] of Object.entries(flow.states)) problems.push(...stepProblems(flow, name, state, ctx));
  if (problems.length > 0) return problems;

  const seen = reachable(flow);
  for (const name of Object.keys(flow.states)) {
    if (!seen.has(name)) problems.push(`flow "${flow.id}", step "${name}": unreachable from "${flow.initial}"`);
  }
  if (!Object.values(flow.states).some((s) => s.type === 'final')) {
    problems.push(`flow "${flow.id}": no final help step`);
  }
  const backs = backTargets(flow);
  const edges = backDefiningEdges(flow);
  for (const name of Object.keys(flow.states)) {
    if (name === flow.initial || backs[name]) continue;
    const preds = [...new Set(edges.filter((e) => e.to === name).map((e) => e.from))];
    problems.push(`flow "${flow.id}", step "${name}": reached from ${preds.join(' and ')}; say where Back returns with meta.back`);
  }
  return problems;
}

/** Thrown when a flow definition cannot run; its message lists every problem. */
export class FlowDefinitionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid flow definition:\n- ${problems.join('\n- ')}`);
    this.name = 'FlowDefinitionError';
  }
}
