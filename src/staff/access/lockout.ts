/**
 * Wrong staff codes slow down, then lock. Pure functions over a small state kept with the code's
 * hash (so it survives a reload, and clearing the record is the one way to unlock).
 */

/** Wait after the n-th wrong code in a row (index n − 1), in seconds. */
export const DELAYS_S: readonly number[] = [0, 0, 5, 15, 60, 300, 900, 1800, 3600];
/** After this many wrong codes in a row, staff access stays locked until the code is reset. */
export const MAX_FAILURES = 10;

/** Wrong codes so far and until when the next try must wait. */
export interface LockoutState {
  /** Wrong codes in a row since the last right one. */
  failures: number;
  /** Epoch milliseconds before which no code is checked (0 = none). */
  lockedUntil: number;
}

/** No wrong code yet. */
export const NO_FAILURES: LockoutState = { failures: 0, lockedUntil: 0 };

/** Seconds to wait after `failures` wrong codes in a row (Infinity once locked). */
export function delayAfter(failures: number): number {
  if (failures <= 0) return 0;
  if (failures >= MAX_FAILURES) return Number.POSITIVE_INFINITY;
  return DELAYS_S[Math.min(failures, DELAYS_S.length) - 1] ?? 0;
}

/** The state after one more wrong code at `now`. */
export function afterFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const delay = delayAfter(failures);
  return { failures, lockedUntil: Number.isFinite(delay) ? now + delay * 1000 : Number.MAX_SAFE_INTEGER };
}

/** What a try at `now` meets: allowed, a wait (ms left), or the lock. */
export type TryCheck = { kind: 'allowed' } | { kind: 'wait'; ms: number } | { kind: 'locked' };

/**
 * Whether a code may be tried at `now`. The wait left is never longer than the delay of the
 * current step, so a device clock set back does not stretch it.
 */
export function checkTry(state: LockoutState, now: number): TryCheck {
  if (state.failures >= MAX_FAILURES) return { kind: 'locked' };
  const ms = Math.min(state.lockedUntil - now, delayAfter(state.failures) * 1000);
  return ms > 0 ? { kind: 'wait', ms } : { kind: 'allowed' };
}

/** Wrong codes still allowed before the lock. */
export function triesLeft(state: LockoutState): number {
  return Math.max(0, MAX_FAILURES - state.failures);
}
