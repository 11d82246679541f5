import { currentStep, type FlowSnapshot } from '../runtime/flow-machine';
import { emitUsage } from '../shell/usage';
import type { View } from './navigation';

/*
 * Anonymous counts of the topics (src/shell/usage.ts): started, finished, left unfinished at a
 * step, a teach-back question that needed a second look. Never who, never in what order.
 */

type FlowView = Extract<View, { kind: 'flow' }>;

/** A topic's tile was tapped. */
export function countTopicStart(topic: string): void {
  emitUsage({ type: 'topic-start', topic });
}

/** A topic is closed (Home, Back from its first step, Stop, idle): counted where it stopped unless it was finished. */
export function countTopicLeft(left: FlowView): void {
  const snapshot = left.actor.getSnapshot();
  if (snapshot.status !== 'done') emitUsage({ type: 'topic-abandon', topic: left.flowId, step: currentStep(snapshot) });
}

/** Counts a running topic's finish and teach-back second looks, fed each new snapshot of its actor. */
export function topicProgressCounter(topic: string): (snapshot: FlowSnapshot) => void {
  let retrying = false;
  return (snapshot) => {
    if (snapshot.status === 'done') emitUsage({ type: 'topic-finish', topic });
    const retry = Boolean(snapshot.context.retry);
    if (retry && !retrying) emitUsage({ type: 'teach-back-retry', topic, step: snapshot.context.returnTo ?? '' });
    retrying = retry;
  };
}
