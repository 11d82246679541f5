import { flows } from '../../flows/registry';
import type { FlowConfig } from '../../flows/types';
import { currentStep, type FlowActor, type FlowEvent } from '../runtime/flow-machine';
import { edgesOf } from '../runtime/flow-problems';
import { useSnapshot } from '../runtime/use-snapshot';
import { screens } from '../screens/registry';
import { StepFrameContext, type StepFrame } from '../screens/step-frame';

const depths = new WeakMap<FlowConfig, Map<string, number>>();

/**
 * "Step n of N" along the way a person goes: n is how many screens into the topic a step is at
 * the least, N the number of screens on the shortest way to the people who help. A side step
 * (an option's detail, a blocked-code explanation) does not make the count jump.
 */
function progressOf(flow: FlowConfig, step: string): { current: number; total: number } {
  let depth = depths.get(flow);
  if (!depth) {
    depth = new Map([[flow.initial, 0]]);
    const edges = edgesOf(flow);
    const queue = [flow.initial];
    while (queue.length > 0) {
      const at = queue.shift()!;
      for (const e of edges) {
        if (e.from === at && !depth.has(e.to)) {
          depth.set(e.to, depth.get(at)! + 1);
          queue.push(e.to);
        }
      }
    }
    depths.set(flow, depth);
  }
  const final = Object.keys(flow.states).find((name) => flow.states[name]!.type === 'final');
  const total = (final ? depth.get(final)! : depth.size - 1) + 1;
  return { current: Math.min(total, (depth.get(step) ?? 0) + 1), total };
}

/** Renders the current step of a running topic with its generic screen. */
export function FlowView({
  flowId,
  actor,
  finish,
  openContents,
}: {
  flowId: string;
  actor: FlowActor;
  finish: () => void;
  /** Opens the list of the topic's steps (any step two taps from the tile). */
  openContents?: (() => void) | undefined;
}) {
  const snapshot = useSnapshot(actor);
  const flow = flows.find((f) => f.id === flowId);
  if (!flow) throw new Error(`Unknown flow "${flowId}"`);
  const step = currentStep(snapshot);
  const meta = flow.states[step]?.meta;
  if (!meta) throw new Error(`Flow "${flowId}" has no step "${step}"`);
  const Screen = screens[meta.screen];
  const marks = snapshot.context.marks;
  const markedOptions = Object.values(flow.states)
    .flatMap((s) => s.meta.options ?? [])
    .filter((o) => marks.includes(o.id));
  const screen = (
    <Screen
      key={step}
      meta={meta}
      send={(event: FlowEvent) => actor.send(event)}
      marks={marks}
      markedOptions={markedOptions}
      notice={snapshot.context.retry}
      progress={progressOf(flow, step)}
      finish={finish}
    />
  );
  // The topic adds its tools to every step's frame: the list of steps (not on the keypad: a
  // person typing a code must not be sent away) and the exercise banner of a practice topic.
  const frame: StepFrame = {
    openContents: meta.screen === 'keypad' ? undefined : openContents,
    exerciseBanner: flow.exercise?.banner,
  };
  return <StepFrameContext.Provider value={frame}>{screen}</StepFrameContext.Provider>;
}
