import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingReader, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';
import { App } from '../app/app';
import { defaultSettings } from './settings';
import { emitUsage, setUsageSink, type UsageEvent } from './usage';
import { KioskDatabase } from '../data/db';
import { metricOf, startUsageRecorder, type UsageRecorder } from './usage-recorder';
import { DAY_PATTERN, METRIC_PATTERN, addCounts, isUsageRow, readUsage, usageCsv } from '../data/usage-store';

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

const stored = async () => (await readUsage(db)).map((r) => `${r.day} ${r.metric} ${r.count}`);

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

/** One short session: a language, a topic left on a step, the finder, then the end. */
function session(lang: string, reason: 'stop' | 'idle' = 'stop') {
  emitUsage({ type: 'language', lang });
  emitUsage({ type: 'session-start' });
  emitUsage({ type: 'topic-start', topic: 'consent' });
  emitUsage({ type: 'topic-abandon', topic: 'consent', step: 'compare' });
  emitUsage({ type: 'finder-open' });
  emitUsage({ type: 'session-end', reason });
}

describe('the recorder', () => {
  it('stores the session count at once, by day; holds every detail in memory until 5 sessions have ended', async () => {
    start(new Date(2026, 10, 29, 14, 5));
    session('nl');
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29 session 1']);
    session('ar', 'idle');
    session('en');
    session('fr');
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29 session 4']);
    session('nl');
    await recorder!.flush();
    expect(await stored()).toEqual([
      '2026-11-29 finder-open 5',
      '2026-11-29 language:ar 1',
      '2026-11-29 language:en 1',
      '2026-11-29 language:fr 1',
      '2026-11-29 language:nl 2',
      '2026-11-29 session 5',
      '2026-11-29 session-end:idle 1',
      '2026-11-29 session-end:stop 4',
      '2026-11-29 topic-abandon:consent:compare 5',
      '2026-11-29 topic-start:consent 5',
    ]);
    // The next batch starts empty: one more session adds only its session count.
    session('tr');
    await recorder!.flush();
    expect((await stored()).filter((r) => r.includes('tr') || r.includes('session '))).toEqual(['2026-11-29 session 6']);
  });

  it('a batch is added to the day it is complete on (never by hour)', async () => {
    const { clock } = start(new Date(2026, 10, 29, 23, 50));
    for (const lang of ['nl', 'ar', 'en']) session(lang);
    clock.now = new Date(2026, 10, 30, 0, 10);
    for (const lang of ['fr', 'nl']) session(lang);
    await recorder!.flush();
    const rows = await stored();
    expect(rows).toContain('2026-11-29 session 3');
    expect(rows).toContain('2026-11-30 session 2');
    expect(rows).toContain('2026-11-30 language:nl 2');
    expect(rows.filter((r) => r.startsWith('2026-11-29'))).toEqual(['2026-11-29 session 3']);
  });

  it('adds to the counters already stored', async () => {
    await addCounts(db, [{ day: '2026-11-29', metric: 'session', count: 4 }]);
    start(new Date(2026, 10, 29, 20, 30));
    emitUsage({ type: 'session-start' });
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29 session 5']);
  });

  it('hands over the events emitted before it started (the recorder loads after the first screen)', async () => {
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'language', lang: 'nl' });
    start(new Date(2026, 10, 29, 9, 0));
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29 session 1']);
  });

  it('drops invalid events: nothing is stored for them', async () => {
    start();
    for (const event of [
      { type: 'language', lang: 'Jean Dupont' },
      { type: 'topic-start', topic: 'mon diabète' },
      { type: 'finder-filter', filter: 'Rue Haute 12, 1000 Bruxelles' },
      { type: 'topic-abandon', topic: 'consent', step: 'nope' },
      { type: 'search', query: 'secret' },
    ])
      emitUsage(event as unknown as UsageEvent);
    for (let i = 0; i < 5; i++) emitUsage({ type: 'session-end', reason: 'stop' });
    await recorder!.flush();
    expect(await stored()).toEqual(['2026-11-29 session-end:stop 5']);
  });

  it('batches writes: nothing is written until the delay, then everything at once', async () => {
    recorder = startUsageRecorder(db, { now: () => new Date(2026, 10, 29, 10), flushMs: 150, target: undefined });
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'session-start' });
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.dailyUsage.count()).toBe(0);
    await waitFor(async () => expect(await stored()).toEqual(['2026-11-29 session 2']), { timeout: 2000 });
  });

  it('writes what waits when the page goes (pagehide), but never a batch of fewer than 5 sessions', async () => {
    const target = new EventTarget();
    recorder = startUsageRecorder(db, {
      now: () => new Date(2026, 10, 29, 10),
      flushMs: 60 * 60 * 1000,
      target: target as unknown as Window,
    });
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'slip-printed' });
    target.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await stored()).toEqual(['2026-11-29 session 1']), { timeout: 2000 });
    await recorder.stop();
    recorder = undefined;
    expect(await stored()).toEqual(['2026-11-29 session 1']);
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
      { day: '2025-10-28', metric: 'session', count: 3 }, // 13 months and 1 day before
      { day: '2025-10-29', metric: 'session', count: 2 }, // exactly 13 months before
      { day: '2025-11-01', metric: 'language:fr', count: 1 },
      { day: '2024-01-01', metric: 'error', count: 1 },
    ]);
    start(new Date(2026, 10, 29, 20, 30));
    await recorder!.flush();
    expect(await stored()).toEqual(['2025-10-29 session 2', '2025-11-01 language:fr 1']);
  });

  it('deletes them again every day while it runs', async () => {
    const clock = { now: new Date(2026, 10, 29, 20) };
    recorder = startUsageRecorder(db, { now: () => clock.now, flushMs: 60_000, pruneMs: 100, target: undefined });
    await recorder.flush();
    await addCounts(db, [{ day: '2025-10-30', metric: 'session', count: 1 }]);
    expect(await db.dailyUsage.count()).toBe(1);
    clock.now = new Date(2026, 10, 31, 11); // two days later (1 December): that row is now 13 months and 1 day old
    await waitFor(async () => expect(await db.dailyUsage.count()).toBe(0), { timeout: 2000 });
  });
});

describe('after a real session in the kiosk', () => {
  it('one session then Stop: the database and the CSV hold nothing of its language, topic or step', async () => {
    const i18n = await testI18n('fr');
    serveInventory();
    spacedPresses();
    start(new Date(2026, 10, 29, 14, 12));
    render(<App i18n={i18n} settings={defaultSettings} reader={recordingReader()} applyUpdate={vi.fn()} />);
    const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
    tap('Nederlands');
    await screen.findByRole('heading', { level: 1, name: 'Wat wilt u begrijpen?' });
    tap(/Toestemming/);
    tap('Verder');
    tap('Verder');
    tap('Stop');
    tap('Ja, alles wissen');
    await recorder!.flush();
    const rows = await db.dailyUsage.toArray();
    expect(rows.every(isUsageRow)).toBe(true);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['count', 'day', 'metric']);
      expect(row.day).toMatch(DAY_PATTERN);
      expect(row.metric).toMatch(METRIC_PATTERN);
    }
    // Only the plain count: no language, no topic, no step, no way it ended, no hour.
    expect(await stored()).toEqual(['2026-11-29 session 1']);
    const csv = usageCsv(await readUsage(db));
    expect(csv).toBe('"metric","day","count"\r\n"session","2026-11-29","1"\r\n"details","2026-11-29","fewer than 5"\r\n');
    for (const trace of ['nl', 'consent', 'stop', 'T14']) expect(JSON.stringify(rows) + csv).not.toContain(trace);
  });
});

describe('startKioskUsageRecorder (what src/main.tsx calls)', () => {
  it('counts into the kiosk’s own database once it is open', async () => {
    serveInventory();
    const { startKioskUsageRecorder } = await import('./usage-recorder');
    const { openKioskDatabase } = await import('../data/places-source');
    const started = await startKioskUsageRecorder();
    expect(started).toBeDefined();
    emitUsage({ type: 'session-start' });
    emitUsage({ type: 'error' }); // a detail: held (fewer than 5 sessions), lost at stop
    await started!.stop();
    const kioskDb = await openKioskDatabase();
    expect((await readUsage(kioskDb)).map((r) => r.metric)).toEqual(['session']);
    await kioskDb.dailyUsage.clear();
  });

  it('lets the kiosk go on without counting when storage fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('nope', { status: 500 }))),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.resetModules();
    const { startKioskUsageRecorder } = await import('./usage-recorder');
    // Nothing is opened at start (counts wait in memory): the failure shows at the first write,
    // as a warning in the console, never as an error on the public screens.
    const started = await startKioskUsageRecorder();
    emitUsage({ type: 'session-start' });
    await expect(started!.stop()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    vi.unstubAllGlobals();
  });
});
