import { useEffect, useState } from 'preact/hooks';

/** Anything with XState's actor reading surface. */
interface Subscribable<T> {
  getSnapshot(): T;
  subscribe(observer: (snapshot: T) => void): { unsubscribe(): void };
}

/** The current snapshot of an actor; re-renders on each change (XState v5 has no Preact binding). */
export function useSnapshot<T>(actor: Subscribable<T>): T {
  const [snapshot, setSnapshot] = useState(() => actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const sub = actor.subscribe((next) => setSnapshot(next));
    return () => sub.unsubscribe();
  }, [actor]);
  return snapshot;
}
