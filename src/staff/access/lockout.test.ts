import { describe, expect, it } from 'vitest';
import { afterFailure, checkTry, delayAfter, MAX_FAILURES, NO_FAILURES, triesLeft, type LockoutState } from './lockout';

const T0 = Date.UTC(2025, 0, 31, 9, 0, 0);

/** `n` wrong codes, each as soon as allowed; returns the state and the time of the last one. */
function failTimes(n: number): { state: LockoutState; now: number } {
  let state = NO_FAILURES;
  let now = T0;
  for (let i = 0; i < n; i++) {
    const check = checkTry(state, now);
    if (check.kind === 'wait') now += check.ms;
    state = afterFailure(state, now);
  }
  return { state, now };
}

describe('wrong staff codes', () => {
  it('slow down more and more: 0, 0, 5 s, 15 s, 1 min, 5 min, 15 min, 30 min, 1 h, then locked', () => {
    expect(Array.from({ length: 10 }, (_, i) => delayAfter(i + 1))).toEqual([
      0,
      0,
      5,
      15,
      60,
      300,
      900,
      1800,
      3600,
      Number.POSITIVE_INFINITY,
    ]);
    for (let n = 2; n < MAX_FAILURES; n++) expect(delayAfter(n)).toBeGreaterThanOrEqual(delayAfter(n - 1));
  });

  it('the first two wrong codes cost nothing; the third makes the next try wait 5 s', () => {
    const first = failTimes(2);
    const { now } = first;
    let { state } = first;
    expect(checkTry(state, now)).toEqual({ kind: 'allowed' });
    state = afterFailure(state, now);
    expect(checkTry(state, now)).toEqual({ kind: 'wait', ms: 5000 });
    expect(checkTry(state, now + 4999)).toEqual({ kind: 'wait', ms: 1 });
    expect(checkTry(state, now + 5000)).toEqual({ kind: 'allowed' });
  });

  it('after the fifth, the wait is a minute, on an injected clock', () => {
    const { state, now } = failTimes(5);
    expect(state.failures).toBe(5);
    expect(checkTry(state, now)).toEqual({ kind: 'wait', ms: 60_000 });
    expect(checkTry(state, now + 59_000)).toEqual({ kind: 'wait', ms: 1000 });
    expect(checkTry(state, now + 60_000).kind).toBe('allowed');
  });

  it(`locks after ${MAX_FAILURES} in a row, for good: no time unlocks it`, () => {
    const { state, now } = failTimes(MAX_FAILURES);
    expect(triesLeft(state)).toBe(0);
    expect(checkTry(state, now)).toEqual({ kind: 'locked' });
    expect(checkTry(state, now + 365 * 24 * 3600 * 1000)).toEqual({ kind: 'locked' });
    const before = failTimes(MAX_FAILURES - 1);
    expect(triesLeft(before.state)).toBe(1);
    expect(checkTry(before.state, before.now).kind).toBe('wait');
  });

  it('a device clock set back does not stretch the wait beyond the step’s delay', () => {
    const { state, now } = failTimes(4); // 15 s
    expect(checkTry(state, now - 3600 * 1000)).toEqual({ kind: 'wait', ms: 15_000 });
  });
});
