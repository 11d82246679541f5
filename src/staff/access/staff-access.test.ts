import { describe, expect, it } from 'vitest';
import { MAX_FAILURES } from './lockout';
import { MemoryStorage } from './memory-storage.fixture';
import { accessState, setUpCode, tryCode, type AccessDeps } from './staff-access';
import { readStaffRecord, STAFF_KEY } from './staff-record';

const CODE = '482915';

/**
 * A device: its storage and clock. Hashing is replaced by a plain comparison (PBKDF2 itself is
 * checked in code-hash.test.ts, and one test here goes through it for real).
 */
function device(storage = new MemoryStorage()) {
  let now = Date.UTC(2025, 0, 31, 9, 0, 0);
  const deps: AccessDeps = {
    storage,
    now: () => now,
    hash: () => Promise.resolve({ kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'c3RhbmQtaW4=' }),
    verify: (code) => Promise.resolve(code === CODE),
  };
  return { deps, storage, advance: (ms: number) => (now += ms) };
}

async function setUp(d = device()) {
  expect(await setUpCode(CODE, d.deps)).toBe('ok');
  return d;
}

describe('staff access', () => {
  it('starts with no code; the set-up stores one; a second set-up is refused', async () => {
    const d = device();
    expect(accessState(d.deps)).toEqual({ kind: 'none' });
    expect(await setUpCode(CODE, { storage: d.storage, now: d.deps.now })).toBe('ok');
    const stored = d.storage.getItem(STAFF_KEY)!;
    expect(stored).not.toContain(CODE);
    expect(JSON.parse(stored)).toMatchObject({ version: 1, kdf: 'PBKDF2-SHA-256', iterations: 600_000, failures: 0, lockedUntil: 0 });
    expect(await setUpCode('999111', d.deps)).toBe('exists');
    expect(await tryCode(CODE, d.deps)).toEqual({ kind: 'ok' });
  });

  it('opens with the right code (real PBKDF2) and clears the count of wrong ones', async () => {
    const d = device();
    const real: AccessDeps = { storage: d.storage, now: d.deps.now };
    expect(await setUpCode(CODE, real)).toBe('ok');
    expect((await tryCode('111222', real)).kind).toBe('wrong');
    expect(await tryCode(CODE, real)).toEqual({ kind: 'ok' });
    const state = readStaffRecord(d.storage);
    expect(state.kind === 'set' && state.record.failures).toBe(0);
  });

  it('slows wrong codes down, and the wait survives a reload (a new page on the same storage)', async () => {
    const d = await setUp();
    expect(await tryCode('111111', d.deps)).toMatchObject({ kind: 'wrong', failures: 1, triesLeft: 9, next: { kind: 'allowed' } });
    expect(await tryCode('111112', d.deps)).toMatchObject({ kind: 'wrong', failures: 2, next: { kind: 'allowed' } });
    expect(await tryCode('111113', d.deps)).toMatchObject({ kind: 'wrong', failures: 3, next: { kind: 'wait', ms: 5000 } });
    // Even the right code is not checked during the wait.
    expect(await tryCode(CODE, d.deps)).toEqual({ kind: 'wait', ms: 5000 });

    const reloaded: AccessDeps = { ...d.deps };
    d.advance(2000);
    expect(accessState(reloaded)).toMatchObject({ kind: 'ready', check: { kind: 'wait', ms: 3000 }, failures: 3 });
    d.advance(3000);
    expect(accessState(reloaded)).toMatchObject({ kind: 'ready', check: { kind: 'allowed' } });
    expect(await tryCode('111114', reloaded)).toMatchObject({ kind: 'wrong', failures: 4, next: { kind: 'wait', ms: 15_000 } });
  });

  it(`locks after ${MAX_FAILURES} wrong codes in a row, until the record is removed on the device`, async () => {
    const d = await setUp();
    for (let i = 1; i <= MAX_FAILURES; i++) {
      const check = accessState(d.deps);
      if (check.kind === 'ready' && check.check.kind === 'wait') d.advance(check.check.ms);
      expect((await tryCode(`90000${i}`.slice(-6), d.deps)).kind).toBe('wrong');
    }
    expect(accessState(d.deps)).toMatchObject({ kind: 'ready', check: { kind: 'locked' }, triesLeft: 0 });
    d.advance(400 * 24 * 3600 * 1000);
    expect(await tryCode(CODE, d.deps)).toEqual({ kind: 'locked' });
    // The documented reset: remove the one entry; then a new set-up.
    d.storage.removeItem(STAFF_KEY);
    expect(accessState(d.deps)).toEqual({ kind: 'none' });
  });

  it('counts a try before checking it: a page closed during the hash cannot skip the count', async () => {
    const d = await setUp();
    const never = new Promise<boolean>(() => undefined);
    void tryCode('111111', { ...d.deps, verify: () => never });
    await Promise.resolve();
    const state = readStaffRecord(d.storage);
    expect(state.kind === 'set' && state.record.failures).toBe(1);
  });

  it('checks nothing when storage refuses to record the try', async () => {
    const d = await setUp();
    d.storage.failWrites = true;
    let checked = false;
    expect(await tryCode(CODE, { ...d.deps, verify: () => Promise.resolve((checked = true)) })).toEqual({ kind: 'storageError' });
    expect(checked).toBe(false);
  });

  it('keeps a damaged record closed (it does not reopen the set-up to whoever comes by)', async () => {
    const record = { version: 1, kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAAA', hash: 'AAAA', failures: 0, lockedUntil: 0 };
    const damaged = [
      '{',
      '{}',
      'null',
      { ...record, iterations: 1000 },
      { ...record, iterations: 1e12 },
      { ...record, hash: '' },
      { ...record, failures: -1 },
      { ...record, version: 2 },
    ];
    for (const bad of damaged.map((d) => (typeof d === 'string' ? d : JSON.stringify(d)))) {
      const d = device();
      d.storage.setItem(STAFF_KEY, bad);
      expect(accessState(d.deps)).toEqual({ kind: 'damaged' });
      expect(await tryCode(CODE, d.deps)).toEqual({ kind: 'damaged' });
      expect(await setUpCode(CODE, d.deps)).toBe('exists');
    }
  });
});
