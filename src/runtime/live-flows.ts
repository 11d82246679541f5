import type { ActorRef, AnyActorRef, EventObject, Snapshot } from 'xstate';

/**
 * The topics' actors that have been started, held weakly: how many are still running is the one
 * thing the session-isolation test asks (window.kioskLiveFlows, a count, never their contents).
 * After a reset it must be 0: a running topic would keep a person's answers in memory.
 */
const started = new Set<WeakRef<ActorRef<Snapshot<unknown>, EventObject>>>();

/** Records a topic's actor as started (and forgets the stopped ones, so the set stays small). */
export function trackFlow<A extends AnyActorRef>(actor: A): A {
  liveFlowCount();
  started.add(new WeakRef(actor));
  return actor;
}

/** How many topics' actors are still running (stopped or collected ones are forgotten). */
export function liveFlowCount(): number {
  let live = 0;
  for (const ref of started) {
    const actor = ref.deref();
    if (actor && actor.getSnapshot().status === 'active') live++;
    else started.delete(ref);
  }
  return live;
}
