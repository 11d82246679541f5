import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingReader, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';
import { App } from '../app/app';
import { defaultSettings } from './settings';
import { emitUsage, setUsageSink, type UsageEvent } from './usage';
import { KioskDatabase } from '../data/db';
import { metricOf, startUsageRecorder, type UsageRecorder } from './usage-recorder';
import { HOUR_PATTERN, METRIC_PATTERN, addCounts, isUsageRow, readUsage } from '../data/usage-store';

let n = 0;
let db: KioskDatabase;
let recorder: UsageRecorder | undefined;

beforeEach(() => {
  db = new KioskDatabase(`usage-recorder-test-${++n}`);
});

afterEach(async () => {
  await recorder?.stop();
  recorder = undefined;
  setUsageSink(undefined);
  db.close();
});

/** A recorder on a fixed clock that only writes when asked (or at session end). */
function start(at = new Date(2026, 10, 29, 20, 17, 42)): { clock: { now: Date } } {
  const clock = { now: at };
  recorder = startUsageRecorder(db, { now: () => clock.now, flushMs: 60 * 60 * 1000, target: undefined });
  return { clock };
}

const stored = async () => (await readUsage(db)).map((r) => `${r.hour} ${r.metric} ${r.count}`);

describe('metricOf: every field checked against its allow-list', () => {
  it.each<[UsageEvent, string]>([
    [{ type: 'session-start' }, 'session'],
    [{ type: 'session-end', reason: 'stop' }, 'session-end:stop'],
    [{ type: 'session-end', reason: 'idle' }, 'session-end:idle'],
    [{ type: 'language', lang: 'ar' }, 'language:ar'],
    [{ type: 'topic-start', topic: 'consent' }, 'topic-start:consent'],
    [{ type: 'topic-finish', topic: 'consent' }, 'topic-finish:consent'],
    [{ type: 'topic-abandon', topic: 'consent', step: 'compare' }, 'topic-abandon:consent:compare'],
    [{ type: 'teach-back-retry', topic: 'consent', step: 'checkNever' }, 'teach-back-retry:consent:checkNever'],
    [{ type: 'finder-open' }, 'finder-open'],
    [{ type: 'finder-filter', filter: 'eid' }, 'finder-filter:eid'],
    [{ type: 'finder-filter', filter: 'open-now' }, 'finder-filter:open-now'],
    [{ type: 'slip-printed' }, 'slip-printed'],
    [{ type: 'error' }, 'error'],
  ])('%j → %s', (event, metric) => {
    expect(metricOf(event)).toBe(metric);
    expect(metric).toMatch(METRIC_PATTERN);
  });

  it.each<[string, unknown]>([
    ['an unknown type', { type: 'search', query: 'diabète' }],
    ['no type', { topic: 'consent' }],
    ['not an object', 'session-start'],
    ['null', null],
    ['a session end without a known reason', { type: 'session-end', reason: 'crash' }],
    ['a language the kiosk does not have', { type: 'language', lang: 'xx' }],
    ['a language as free text', { type: 'language', lang: 'Jean Dupont' }],
    ['an unknown topic', { type: 'topic-start', topic: 'my-diagnosis' }],
    ['a topic that is not a string', { type: 'topic-finish', topic: 42 }],
    ['a step that is not in the topic', { type: 'topic-abandon', topic: 'consent', step: 'keypad' }],
    ['a step of another topic', { type: 'teach-back-retry', topic: 'consent', step: 'practiceKeypad' }],
    ['a step name as free text', { type: 'topic-abandon', topic: 'consent', step: 'what 1234' }],
    ['an abandon without a step', { type: 'topic-abandon', topic: 'consent' }],
    ['a teach-back retry with an empty step', { type: 'teach-back-retry', topic: 'consent', step: '' }],
    ['an unknown filter', { type: 'finder-filter', filter: 'Rue Haute 12' }],
    ['a prototype key as a step', { type: 'topic-abandon', topic: 'consent', step: 'constructor' }],
  ])('drops %s', (_, event) => {
    expect(metricOf(event)).toBeUndefined();
  });

  it('reads only the allowed fields: anything else on an event is ignored, never stored', () => {
    expect(metricOf({ type: 'language', lang: 'fr', name: 'Jean Dupont', nrn: '85.07.30-033.61' })).toBe('language:fr');
    expect(metricOf({ type: 'finder-open', at: '2026-11-29T20:17:42.123Z' })).toBe('finder-open');
  });
});

describe('the recorder', () => {
  it('turns events into hourly counters, summed per hour and metric', async () => {
    const { clock } = start(new Date(2026, 10, 29, 20, 5));
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'language', lang: 'ar' });
    emitUsage({ type: 'topic-start', topic: 'consent' });
    emitUsage({ type: 'teach-back-retry', topic: 'consent', step: 'checkNever' });
    emitUsage({ type: 'topic-abandon', topic: 'consent', step: 'compare' });
    emitUsage({ type: 'session-end', reason: 'stop' });
    clock.now = new Date(2026, 10, 29, 20, 59, 59);
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'topic-start', topic: 'consent' });
    clock.now = new Date(2026, 10, 29, 21, 0, 1);
    emitUsage({ type: 'topic-finish', topic: 'consent' });
    emitUsage({ type: 'session-end', reason: 'idle' });
    await recorder!.flush();
    expect(await stored()).toEqual([
      '2026-11-29T20 language:ar 1',
      '2026-11-29T20 session 2',
      '2026-11-29T20 session-end:stop 1',
      '2026-11-29T20 teach-back-retry:consent:checkNever 1',
      '2026-11-29T20 topic-abandon:consent:compare 1',
      '2026-11-29T20 topic-start:consent 2',
      '2026-11-29T21 session-end:idle 1',
      '2026-11-29T21 topic-finish:consent 1',
    ]);
  });

  it('adds to the counters already stored', async () => {
    await addCounts(db, [{ hour: '2026-11-29T20', metric: 'session', count: 4 }]);
    start(new Date(2026, 10, 29, 20, 30));
    emitUsage({ type: 'session-start' });
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29T20 session 5']);
  });

  it('hands over the events emitted before it started (the recorder loads after the first screen)', async () => {
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'language', lang: 'nl' });
    start(new Date(2026, 10, 29, 9, 0));
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29T09 language:nl 1', '2026-11-29T09 session 1']);
  });

  it('drops invalid events: nothing is stored for them', async () => {
    start();
    for (const event of [
      { type: 'language', lang: 'Jean Dupont' },
      { type: 'topic-start', topic: 'mon diabète' },
      { type: 'finder-filter', filter: 'Rue Haute 12, 1000 Bruxelles' },
      { type: 'topic-abandon', topic: 'consent', step: 'nope' },
      { type: 'search', query: 'secret' },
    ]) emitUsage(event as unknown as UsageEvent);
    await recorder!.flush();
    expect(await db.usage.count()).toBe(0);
  });

  it('batches writes: nothing is written until the delay, then everything at once', async () => {
    recorder = startUsageRecorder(db, { now: () => new Date(2026, 10, 29, 10), flushMs: 150, target: undefined });
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'finder-open' });
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.usage.count()).toBe(0);
    await waitFor(async () => expect(await stored()).toEqual(['2026-11-29T10 finder-open 1', '2026-11-29T10 session 1']), { timeout: 2000 });
  });

  it('writes at once at the end of a session', async () => {
    start(new Date(2026, 10, 29, 10));
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'session-end', reason: 'idle' });
    await waitFor(async () => expect(await stored()).toEqual(['2026-11-29T10 session 1', '2026-11-29T10 session-end:idle 1']), { timeout: 2000 });
  });

  it('writes what waits when the page goes (pagehide)', async () => {
    const target = new EventTarget();
    recorder = startUsageRecorder(db, { now: () => new Date(2026, 10, 29, 10), flushMs: 60 * 60 * 1000, target: target as unknown as Window });
    emitUsage({ type: 'slip-printed' });
    target.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await stored()).toEqual(['2026-11-29T10 slip-printed 1']), { timeout: 2000 });
  });

  it('a storage error never reaches the public screens', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start();
    db.close();
    emitUsage({ type: 'session-start' });
    await expect(recorder!.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('retention: 13 months', () => {
  it('deletes counters older than 13 months when it starts, and keeps the rest', async () => {
    await addCounts(db, [
      { hour: '2025-10-29T19', metric: 'session', count: 3 }, // 13 months and 1 hour before
      { hour: '2025-10-29T20', metric: 'session', count: 2 }, // exactly 13 months before
      { hour: '2025-11-01T08', metric: 'language:fr', count: 1 },
      { hour: '2024-01-01T00', metric: 'error', count: 1 },
    ]);
    start(new Date(2026, 10, 29, 20, 30));
    await recorder!.flush();
    expect(await stored()).toEqual(['2025-10-29T20 session 2', '2025-11-01T08 language:fr 1']);
  });

  it('deletes them again every day while it runs', async () => {
    const clock = { now: new Date(2026, 10, 29, 20) };
    recorder = startUsageRecorder(db, { now: () => clock.now, flushMs: 60_000, pruneMs: 100, target: undefined });
    await recorder.flush();
    await addCounts(db, [{ hour: '2025-10-30T10', metric: 'session', count: 1 }]);
    expect(await db.usage.count()).toBe(1);
    clock.now = new Date(2026, 10, 30, 11); // a day later: that row is now 13 months and 1 hour old
    await waitFor(async () => expect(await db.usage.count()).toBe(0), { timeout: 2000 });
  });
});

describe('after a real session in the kiosk', () => {
  it('the database holds only counters of the grammar: no text, no identifier, no order of screens', async () => {
    const i18n = await testI18n('fr');
    serveInventory();
    spacedPresses();
    start(new Date(2026, 10, 29, 14, 12));
    render(<App i18n={i18n} settings={defaultSettings} reader={recordingReader()} applyUpdate={vi.fn()} />);
    const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
    tap('English');
    await screen.findByRole('heading', { level: 1, name: 'What would you like to understand?' });
    tap(/Consent/);
    tap('Next');
    tap('Next');
    tap('Home');
    tap(/Consent/);
    tap('Stop');
    tap('Yes, erase everything');
    await recorder!.flush();
    const rows = await db.usage.toArray();
    expect(rows.every(isUsageRow)).toBe(true);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['count', 'hour', 'metric']);
      expect(row.hour).toMatch(HOUR_PATTERN);
      expect(row.metric).toMatch(METRIC_PATTERN);
    }
    expect(await stored()).toEqual([
      '2026-11-29T14 language:en 1',
      '2026-11-29T14 session 1',
      '2026-11-29T14 session-end:stop 1',
      '2026-11-29T14 topic-abandon:consent:compare 1',
      '2026-11-29T14 topic-abandon:consent:what 1',
      '2026-11-29T14 topic-start:consent 2',
    ]);
  });
});

describe('startKioskUsageRecorder (what src/main.tsx calls)', () => {
  it('counts into the kiosk’s own database once it is open', async () => {
    serveInventory();
    const { startKioskUsageRecorder } = await import('./usage-recorder');
    const { openKioskDatabase } = await import('../data/places-source');
    const started = await startKioskUsageRecorder();
    expect(started).toBeDefined();
    emitUsage({ type: 'error' });
    await started!.stop();
    const kioskDb = await openKioskDatabase();
    expect((await readUsage(kioskDb)).map((r) => r.metric)).toEqual(['error']);
    await kioskDb.usage.clear();
  });

  it('lets the kiosk go on without counting when storage fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 500 })));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.resetModules();
    const { startKioskUsageRecorder } = await import('./usage-recorder');
    expect(await startKioskUsageRecorder()).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    vi.unstubAllGlobals();
  });
});
