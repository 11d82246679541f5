import { MAX_ITERATIONS, MIN_ITERATIONS, type CodeHash } from './code-hash';
import { MAX_FAILURES, type LockoutState } from './lockout';

/**
 * Where the staff code lives: one localStorage entry with the hash and the count of wrong codes.
 * Removing this one entry (site data cleared, or DevTools) is how a forgotten code is reset; it
 * needs physical or admin access to the device (docs/deploy.md).
 */
export const STAFF_KEY = 'kiosque.staff.v1';

/** The stored staff record. */
export interface StaffRecord extends CodeHash, LockoutState {
  version: 1;
}

/** What the device holds: no code yet, a code, or an entry that cannot be read. */
export type StaffRecordState = { kind: 'none' } | { kind: 'set'; record: StaffRecord } | { kind: 'damaged' };

const isBase64 = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200 && /^[A-Za-z0-9+/]+={0,2}$/u.test(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Checks a parsed entry; undefined when it is not a usable record. */
export function asStaffRecord(value: unknown): StaffRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (r['version'] !== 1 || r['kdf'] !== 'PBKDF2-SHA-256') return undefined;
  // Bounded both ways: a weaker record is refused, and so is one that would hang the check.
  if (!isCount(r['iterations']) || r['iterations'] < MIN_ITERATIONS || r['iterations'] > MAX_ITERATIONS) return undefined;
  if (!isBase64(r['salt']) || !isBase64(r['hash'])) return undefined;
  if (!isCount(r['failures']) || r['failures'] > MAX_FAILURES) return undefined;
  if (typeof r['lockedUntil'] !== 'number' || !(r['lockedUntil'] >= 0)) return undefined;
  return {
    version: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations: r['iterations'],
    salt: r['salt'],
    hash: r['hash'],
    failures: r['failures'],
    lockedUntil: r['lockedUntil'],
  };
}

/**
 * Reads the staff record. A damaged entry is not "no code": it would otherwise open the set-up
 * to whoever comes by; it stays closed until reset (as a locked one does).
 */
export function readStaffRecord(storage: Storage): StaffRecordState {
  let text: string | null;
  try {
    text = storage.getItem(STAFF_KEY);
  } catch {
    return { kind: 'damaged' };
  }
  if (text === null) return { kind: 'none' };
  try {
    const record = asStaffRecord(JSON.parse(text));
    return record ? { kind: 'set', record } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Writes the staff record (throws when storage refuses: the caller says so). */
export function writeStaffRecord(storage: Storage, record: StaffRecord): void {
  storage.setItem(STAFF_KEY, JSON.stringify(record));
}
