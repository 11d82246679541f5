import type { AnyActorRef } from 'xstate';
import { flows } from '../../flows/registry';
import type { FlowConfig } from '../../flows/types';
import { currentStep, type FlowEvent, type FlowSnapshot } from '../runtime/flow-machine';
import { useSnapshot } from '../runtime/use-snapshot';
import { screens } from '../screens/registry';

/** Step number of each state, in definition order (a content editor's reading order). */
function progressOf(flow: FlowConfig, step: string): { current: number; total: number } {
  const names = Object.keys(flow.states);
  return { current: names.indexOf(step) + 1, total: names.length };
}

/** Renders the current step of a running topic with its generic screen. */
export function FlowView({ flowId, actor, finish }: { flowId: string; actor: AnyActorRef; finish: () => void }) {
  const snapshot = useSnapshot(actor) as FlowSnapshot;
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
  return (
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
}
