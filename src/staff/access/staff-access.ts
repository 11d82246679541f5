import { hashCode, verifyCode, type CodeHash } from './code-hash';
import { afterFailure, checkTry, NO_FAILURES, triesLeft, type TryCheck } from './lockout';
import { isSetupToken } from './setup-token';
import { readStaffRecord, writeStaffRecord } from './staff-record';

/** What checking a code needs; tests pass their own storage, clock and (fast) hash. */
export interface AccessDeps {
  storage: Storage;
  /** Epoch milliseconds. */
  now: () => number;
  verify?: (code: string, stored: CodeHash) => Promise<boolean>;
  hash?: (code: string) => Promise<CodeHash>;
  /** Whether a set-up token is this kiosk's (default: the token this build was made with). */
  checkSetupToken?: (token: string) => Promise<boolean>;
}

/** Where staff access stands before a code is typed. */
export type AccessState = { kind: 'none' } | { kind: 'damaged' } | { kind: 'ready'; check: TryCheck; failures: number; triesLeft: number };

/** Reads where staff access stands now. */
export function accessState(deps: AccessDeps): AccessState {
  const state = readStaffRecord(deps.storage);
  if (state.kind !== 'set') return state;
  return { kind: 'ready', check: checkTry(state.record, deps.now()), failures: state.record.failures, triesLeft: triesLeft(state.record) };
}

/** What a code typed at the pad gave. */
export type AttemptResult =
  | { kind: 'ok' }
  | { kind: 'wrong'; failures: number; triesLeft: number; next: TryCheck }
  | { kind: 'wait'; ms: number }
  | { kind: 'locked' }
  | { kind: 'none' }
  | { kind: 'damaged' }
  /** Storage refused to record the try: nothing is checked without the count. */
  | { kind: 'storageError' };

/**
 * Checks a staff code. The try is counted as wrong *before* the hash is computed, then cleared
 * when the code is right: closing or reloading the page during the check cannot skip the count.
 */
export async function tryCode(code: string, deps: AccessDeps): Promise<AttemptResult> {
  const state = readStaffRecord(deps.storage);
  if (state.kind !== 'set') return state;
  const { record } = state;
  const check = checkTry(record, deps.now());
  if (check.kind !== 'allowed') return check;
  const failed = { ...record, ...afterFailure(record, deps.now()) };
  try {
    writeStaffRecord(deps.storage, failed);
  } catch {
    return { kind: 'storageError' };
  }
  const right = await (deps.verify ?? verifyCode)(code, record);
  if (right) {
    try {
      writeStaffRecord(deps.storage, { ...record, ...NO_FAILURES });
    } catch {
      /* The code was right; the count stays one higher, which only means a shorter way to the lock. */
    }
    return { kind: 'ok' };
  }
  return { kind: 'wrong', failures: failed.failures, triesLeft: triesLeft(failed), next: checkTry(failed, deps.now()) };
}

/** Whether the set-up token typed is this kiosk's: without it, no staff code can be chosen. */
export function checkSetupToken(token: string, deps: AccessDeps): Promise<boolean> {
  return (deps.checkSetupToken ?? isSetupToken)(token);
}

/**
 * Stores the first staff code. Refused when a code (or a damaged entry) is already there: a code
 * is only ever replaced after a reset on the device.
 */
export async function setUpCode(code: string, deps: AccessDeps): Promise<'ok' | 'exists' | 'storageError'> {
  if (readStaffRecord(deps.storage).kind !== 'none') return 'exists';
  const hashed = await (deps.hash ?? ((c: string) => hashCode(c)))(code);
  if (readStaffRecord(deps.storage).kind !== 'none') return 'exists';
  try {
    writeStaffRecord(deps.storage, { version: 1, ...hashed, ...NO_FAILURES });
    return 'ok';
  } catch {
    return 'storageError';
  }
}
