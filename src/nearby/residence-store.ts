import { useEffect, useState } from 'preact/hooks';
import type { Residence } from '../help/finder-answer';

/**
 * Where the person said they live, for this session only. It lives in memory, is wiped by the
 * one privacy reset (src/app/app.tsx lists it among the session stores), and is never counted
 * (no usage event carries it) nor written to any storage.
 */
export interface ResidenceStore {
  get(): Residence | undefined;
  /** A plain function (no `this`): components are handed it on its own. */
  set: (residence: Residence | undefined) => void;
  subscribe(listener: (residence: Residence | undefined) => void): () => void;
  /** Forgets the answer (Stop, inactivity). */
  reset(): void;
}

export function createResidenceStore(): ResidenceStore {
  let value: Residence | undefined;
  const listeners = new Set<(residence: Residence | undefined) => void>();
  const set = (residence: Residence | undefined) => {
    value = residence;
    for (const listener of listeners) listener(value);
  };
  return {
    get: () => value,
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset: () => set(undefined),
  };
}

/** The kiosk's one residence answer. */
export const residenceStore = createResidenceStore();

/** The residence answer and a way to change it; the component follows the store (reset included). */
export function useResidence(store: ResidenceStore = residenceStore): [Residence | undefined, (residence: Residence | undefined) => void] {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return [value, store.set];
}
