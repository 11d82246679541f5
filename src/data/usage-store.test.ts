import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskDatabase, hourlyToDaily, type UsageRow } from './db';
import {
  DAY_PATTERN,
  METRIC_PATTERN,
  addCounts,
  dayOf,
  detailGroups,
  family,
  isUsageRow,
  periodStart,
  pruneUsage,
  readUsage,
  retentionStart,
  sessionSeries,
  shownTotals,
  usageCsv,
  usageFileName,
} from './usage-store';

let n = 0;
let db: KioskDatabase;
beforeEach(() => {
  db = new KioskDatabase(`usage-store-test-${++n}`);
});
afterEach(() => db.close());

describe('days and the metric grammar', () => {
  it('day buckets are the local date, never finer', () => {
    expect(dayOf(new Date(2026, 10, 29, 23, 59, 59, 999))).toBe('2026-11-29');
    expect(dayOf(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
    expect('2026-11-29').toMatch(DAY_PATTERN);
    for (const bad of ['2026-11-29T20', '2026-11-29T20:15', '2026-13-01', '2026-11-32', '2026-11']) expect(bad).not.toMatch(DAY_PATTERN);
  });

  it('accepts the metric names and nothing else', () => {
    for (const ok of ['session', 'session-end:idle', 'language:ar', 'topic-finish:eid-pin', 'topic-abandon:consent:compare2', 'teach-back-retry:consent:checkNever', 'finder-filter:open-now', 'finder-open', 'slip-printed', 'error']) {
      expect(ok).toMatch(METRIC_PATTERN);
    }
    for (const bad of ['session:jean', 'language:Français', 'topic-start:consent:what', 'topic-abandon:consent', 'search:diabète', '=1+1', 'finder-filter:Rue Haute 12', 'error ', '']) {
      expect(bad).not.toMatch(METRIC_PATTERN);
    }
  });

  it('isUsageRow wants exactly { day, metric, count } with a positive whole count', () => {
    expect(isUsageRow({ day: '2026-11-29', metric: 'session', count: 1 })).toBe(true);
    expect(isUsageRow({ day: '2026-11-29', metric: 'session', count: 0 })).toBe(false);
    expect(isUsageRow({ day: '2026-11-29', metric: 'session', count: 1.5 })).toBe(false);
    expect(isUsageRow({ day: '2026-11-29', metric: 'session', count: 1, note: 'x' })).toBe(false);
    expect(isUsageRow({ day: '2026-11-29T20', metric: 'session', count: 1 })).toBe(false);
    expect(isUsageRow({ hour: '2026-11-29T20', metric: 'session', count: 1 })).toBe(false);
  });
});

describe('storage', () => {
  it('addCounts sums per day and metric and drops rows outside the grammar', async () => {
    await addCounts(db, [
      { day: '2026-11-29', metric: 'session', count: 1 },
      { day: '2026-11-29', metric: 'session', count: 2 },
      { day: '2026-11-29', metric: 'search:jean', count: 1 },
      { day: '2026-11-29T20', metric: 'session', count: 1 },
      { day: '2026-11-30', metric: 'error', count: 1 },
    ]);
    await addCounts(db, [{ day: '2026-11-29', metric: 'session', count: 1 }]);
    expect(await readUsage(db)).toEqual([
      { day: '2026-11-29', metric: 'session', count: 4 },
      { day: '2026-11-30', metric: 'error', count: 1 },
    ]);
    expect(await readUsage(db, '2026-11-30')).toEqual([{ day: '2026-11-30', metric: 'error', count: 1 }]);
  });

  it('retention: rows older than 13 months are deleted', async () => {
    const now = new Date(2026, 10, 29, 20, 30);
    expect(retentionStart(now)).toBe('2025-10-29');
    await addCounts(db, [
      { day: '2025-10-28', metric: 'session', count: 1 },
      { day: '2025-10-29', metric: 'session', count: 1 },
      { day: '2026-11-29', metric: 'session', count: 1 },
    ]);
    expect(await pruneUsage(db, now)).toBe(1);
    expect((await readUsage(db)).map((r) => r.day)).toEqual(['2025-10-29', '2026-11-29']);
  });
});

describe('the hourly counters of version 2 are migrated to days', () => {
  it('sums sessions per day; keeps a day’s details only when it held at least 5 sessions; the hourly table is gone', async () => {
    const name = `usage-migration-test-${++n}`;
    const old = new Dexie(name);
    // Versions 1 and 2 exactly as they shipped.
    old.version(1).stores({ places: 'id, commune, category, *services, *languages', previousPlaces: 'id', meta: 'key' });
    old.version(2).stores({ usage: '[hour+metric], hour' });
    await old.open();
    await old.table('usage').bulkAdd([
      // A quiet day: one Dutch-speaking person who stopped at the risks of consent.
      { hour: '2026-11-28T14', metric: 'session', count: 1 },
      { hour: '2026-11-28T14', metric: 'language:nl', count: 1 },
      { hour: '2026-11-28T14', metric: 'topic-abandon:consent:compare2', count: 1 },
      // A busy day: 6 sessions over two hours.
      { hour: '2026-11-29T09', metric: 'session', count: 2 },
      { hour: '2026-11-29T15', metric: 'session', count: 4 },
      { hour: '2026-11-29T09', metric: 'language:ar', count: 1 },
      { hour: '2026-11-29T15', metric: 'language:ar', count: 2 },
    ]);
    old.close();

    const migrated = new KioskDatabase(name);
    await migrated.open();
    expect(migrated.tables.map((t) => t.name)).not.toContain('usage');
    expect(await readUsage(migrated)).toEqual([
      { day: '2026-11-28', metric: 'session', count: 1 },
      { day: '2026-11-29', metric: 'language:ar', count: 3 },
      { day: '2026-11-29', metric: 'session', count: 6 },
    ]);
    migrated.close();
    await Dexie.delete(name);
    expect(hourlyToDaily([{ hour: '2026-11-28T14', metric: 'error', count: 1 }])).toEqual([]);
  });
});

describe('summaries for the counts screen', () => {
  const now = new Date(2026, 10, 29, 20, 30);
  const rows: UsageRow[] = [
    { day: '2026-11-23', metric: 'session', count: 2 },
    { day: '2026-11-29', metric: 'session', count: 4 },
    { day: '2026-11-29', metric: 'language:nl', count: 3 },
    { day: '2026-11-29', metric: 'language:ar', count: 2 },
    { day: '2026-06-02', metric: 'session', count: 7 },
  ];

  it('periods start at midnight 6 or 29 days ago, or on the first day of the month 12 months ago', () => {
    expect(periodStart('7d', now)).toBe('2026-11-23');
    expect(periodStart('30d', now)).toBe('2026-10-31');
    expect(periodStart('13m', now)).toBe('2025-11-01');
  });

  it('sessions per day (7 and 30 days) or per month (13 months), with the empty days', () => {
    const week = sessionSeries(rows, '7d', now);
    expect(week.map((d) => d.key)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.map((d) => d.count)).toEqual([2, 0, 0, 0, 0, 0, 4]);
    expect(sessionSeries(rows, '30d', now)).toHaveLength(30);
    const year = sessionSeries(rows, '13m', now);
    expect(year).toHaveLength(13);
    expect(year[0]).toEqual({ key: '2025-11', count: 0 });
    expect(year.find((m) => m.key === '2026-06')).toEqual({ key: '2026-06', count: 7 });
    expect(year.at(-1)).toEqual({ key: '2026-11', count: 6 });
  });

  it('totals per family, most counted first, once the period holds 5 sessions', () => {
    const { totals, detailShown } = shownTotals(rows);
    expect(detailShown).toBe(true);
    expect(totals.get('session')).toBe(13);
    expect(family(totals, 'language')).toEqual([
      { key: 'nl', count: 3 },
      { key: 'ar', count: 2 },
    ]);
  });
});

describe('the k rule: details only for periods of at least 5 sessions', () => {
  it('a day of fewer than 5 sessions shows its session count, never its details', () => {
    const one: UsageRow[] = [
      { day: '2026-11-29', metric: 'session', count: 1 },
      // Even if a detail were stored (it is not: the recorder holds it), it is not shown.
      { day: '2026-11-29', metric: 'language:nl', count: 1 },
    ];
    const { totals, detailShown, held } = shownTotals(one);
    expect(detailShown).toBe(false);
    expect(held).toBe(true);
    expect([...totals]).toEqual([['session', 1]]);
  });

  it('quiet days are merged with the following days until the group holds 5 sessions', () => {
    const { groups, held } = detailGroups([
      { day: '2026-11-27', metric: 'session', count: 2 },
      { day: '2026-11-28', metric: 'session', count: 3 },
      { day: '2026-11-28', metric: 'language:nl', count: 5 },
      { day: '2026-11-29', metric: 'session', count: 6 },
      { day: '2026-11-29', metric: 'language:ar', count: 6 },
      { day: '2026-11-30', metric: 'session', count: 1 },
    ]);
    expect(groups.map((g) => [g.from, g.to, g.sessions, [...g.totals]])).toEqual([
      ['2026-11-27', '2026-11-28', 5, [['language:nl', 5]]],
      ['2026-11-29', '2026-11-29', 6, [['language:ar', 6]]],
    ]);
    expect(held).toEqual({ from: '2026-11-30', to: '2026-11-30', sessions: 1 });
  });
});

describe('CSV export', () => {
  it('is metric, day, count; each day’s sessions; details of at least 5 sessions; the rest "fewer than 5"; quoted; CRLF', () => {
    const csv = usageCsv([
      { day: '2026-11-29', metric: 'topic-abandon:consent:compare', count: 2 },
      { day: '2026-11-29', metric: 'session', count: 5 },
      { day: '2026-11-29', metric: 'language:ar', count: 3 },
      { day: '2026-11-30', metric: 'session', count: 1 },
    ]);
    expect(csv).toBe(
      '"metric","day","count"\r\n' +
        '"session","2026-11-29","5"\r\n' +
        '"language:ar","2026-11-29","3"\r\n' +
        '"topic-abandon:consent:compare","2026-11-29","2"\r\n' +
        '"session","2026-11-30","1"\r\n' +
        '"details","2026-11-30","fewer than 5"\r\n',
    );
  });

  it('merged days are written as an interval', () => {
    const csv = usageCsv([
      { day: '2026-11-28', metric: 'session', count: 2 },
      { day: '2026-11-29', metric: 'session', count: 3 },
      { day: '2026-11-29', metric: 'language:nl', count: 5 },
    ]);
    expect(csv.split('\r\n')).toContain('"language:nl","2026-11-28/2026-11-29","5"');
  });

  it('is formula-safe: nothing outside the grammar ever reaches a cell', () => {
    const csv = usageCsv([
      { day: '2026-11-29', metric: '=HYPERLINK("http://x","y")', count: 1 },
      { day: '=1+1', metric: 'session', count: 1 },
      { day: '2026-11-29', metric: 'session', count: 5 },
      { day: '2026-11-29', metric: 'error', count: 1 },
    ] as UsageRow[]);
    expect(csv).toBe('"metric","day","count"\r\n"session","2026-11-29","5"\r\n"error","2026-11-29","1"\r\n');
    for (const cell of csv.split(/[,\r\n]+/u).filter(Boolean)) expect(cell.replace(/^"/u, '')).not.toMatch(/^[=+\-@\t\r]/u);
  });

  it('names the file by the local date', () => {
    expect(usageFileName(new Date(2026, 10, 29, 23, 59))).toBe('comptages-2026-11-29.csv');
  });
});
