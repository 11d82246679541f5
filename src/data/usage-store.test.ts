import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskDatabase, type UsageRow } from './db';
import {
  HOUR_PATTERN,
  METRIC_PATTERN,
  addCounts,
  family,
  hourOf,
  isUsageRow,
  periodStart,
  pruneUsage,
  readUsage,
  retentionStart,
  sessionSeries,
  totalsByMetric,
  usageCsv,
  usageFileName,
} from './usage-store';

let n = 0;
let db: KioskDatabase;
beforeEach(() => {
  db = new KioskDatabase(`usage-store-test-${++n}`);
});
afterEach(() => db.close());

describe('hours and the metric grammar', () => {
  it('hour buckets are the local hour, never finer', () => {
    expect(hourOf(new Date(2026, 10, 29, 20, 59, 59, 999))).toBe('2026-11-29T20');
    expect(hourOf(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01T00');
    expect('2026-11-29T20').toMatch(HOUR_PATTERN);
    for (const bad of ['2026-11-29T20:15', '2026-11-29', '2026-13-01T00', '2026-11-29T24', '2026-11-29T20Z']) expect(bad).not.toMatch(HOUR_PATTERN);
  });

  it('accepts the metric names and nothing else', () => {
    for (const ok of ['session', 'session-end:idle', 'language:ar', 'topic-finish:eid-pin', 'topic-abandon:consent:compare2', 'teach-back-retry:consent:checkNever', 'finder-filter:open-now', 'finder-open', 'slip-printed', 'error']) {
      expect(ok).toMatch(METRIC_PATTERN);
    }
    for (const bad of ['session:jean', 'language:Français', 'topic-start:consent:what', 'topic-abandon:consent', 'search:diabète', '=1+1', 'finder-filter:Rue Haute 12', 'error ', '']) {
      expect(bad).not.toMatch(METRIC_PATTERN);
    }
  });

  it('isUsageRow wants exactly { hour, metric, count } with a positive whole count', () => {
    expect(isUsageRow({ hour: '2026-11-29T20', metric: 'session', count: 1 })).toBe(true);
    expect(isUsageRow({ hour: '2026-11-29T20', metric: 'session', count: 0 })).toBe(false);
    expect(isUsageRow({ hour: '2026-11-29T20', metric: 'session', count: 1.5 })).toBe(false);
    expect(isUsageRow({ hour: '2026-11-29T20', metric: 'session', count: 1, note: 'x' })).toBe(false);
    expect(isUsageRow({ hour: '2026-11-29T20:10', metric: 'session', count: 1 })).toBe(false);
  });
});

describe('storage', () => {
  it('addCounts sums per hour and metric and drops rows outside the grammar', async () => {
    await addCounts(db, [
      { hour: '2026-11-29T20', metric: 'session', count: 1 },
      { hour: '2026-11-29T20', metric: 'session', count: 2 },
      { hour: '2026-11-29T20', metric: 'search:jean', count: 1 },
      { hour: '2026-11-29T20:05', metric: 'session', count: 1 },
      { hour: '2026-11-29T21', metric: 'error', count: 1 },
    ]);
    await addCounts(db, [{ hour: '2026-11-29T20', metric: 'session', count: 1 }]);
    expect(await readUsage(db)).toEqual([
      { hour: '2026-11-29T20', metric: 'session', count: 4 },
      { hour: '2026-11-29T21', metric: 'error', count: 1 },
    ]);
    expect(await readUsage(db, '2026-11-29T21')).toEqual([{ hour: '2026-11-29T21', metric: 'error', count: 1 }]);
  });

  it('retention: rows older than 13 months are deleted', async () => {
    const now = new Date(2026, 10, 29, 20, 30);
    expect(retentionStart(now)).toBe('2025-10-29T20');
    await addCounts(db, [
      { hour: '2025-10-29T19', metric: 'session', count: 1 },
      { hour: '2025-10-29T20', metric: 'session', count: 1 },
      { hour: '2026-11-29T20', metric: 'session', count: 1 },
    ]);
    expect(await pruneUsage(db, now)).toBe(1);
    expect((await readUsage(db)).map((r) => r.hour)).toEqual(['2025-10-29T20', '2026-11-29T20']);
  });
});

describe('summaries for the counts screen', () => {
  const now = new Date(2026, 10, 29, 20, 30);
  const rows: UsageRow[] = [
    { hour: '2026-11-23T09', metric: 'session', count: 2 },
    { hour: '2026-11-29T10', metric: 'session', count: 3 },
    { hour: '2026-11-29T11', metric: 'session', count: 1 },
    { hour: '2026-11-29T11', metric: 'language:nl', count: 1 },
    { hour: '2026-11-29T12', metric: 'language:ar', count: 2 },
    { hour: '2026-11-29T12', metric: 'language:nl', count: 2 },
    { hour: '2026-06-02T12', metric: 'session', count: 7 },
  ];

  it('periods start at midnight 6 or 29 days ago, or on the first day of the month 12 months ago', () => {
    expect(periodStart('7d', now)).toBe('2026-11-23T00');
    expect(periodStart('30d', now)).toBe('2026-10-31T00');
    expect(periodStart('13m', now)).toBe('2025-11-01T00');
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

  it('totals per metric and per family, most counted first', () => {
    const totals = totalsByMetric(rows);
    expect(totals.get('session')).toBe(13);
    expect(family(totals, 'language')).toEqual([
      { key: 'nl', count: 3 },
      { key: 'ar', count: 2 },
    ]);
  });
});

describe('CSV export', () => {
  it('is metric, hour, count; oldest first; quoted; CRLF', () => {
    const csv = usageCsv([
      { hour: '2026-11-29T21', metric: 'session', count: 1 },
      { hour: '2026-11-29T20', metric: 'topic-abandon:consent:compare', count: 2 },
      { hour: '2026-11-29T20', metric: 'language:ar', count: 3 },
    ]);
    expect(csv).toBe(
      '"metric","hour","count"\r\n' +
        '"language:ar","2026-11-29T20","3"\r\n' +
        '"topic-abandon:consent:compare","2026-11-29T20","2"\r\n' +
        '"session","2026-11-29T21","1"\r\n',
    );
  });

  it('is formula-safe: nothing outside the grammar ever reaches a cell', () => {
    const csv = usageCsv([
      { hour: '2026-11-29T20', metric: '=HYPERLINK("http://x","y")', count: 1 },
      { hour: '=1+1', metric: 'session', count: 1 },
      { hour: '2026-11-29T20', metric: 'error', count: 1 },
    ] as UsageRow[]);
    expect(csv).toBe('"metric","hour","count"\r\n"error","2026-11-29T20","1"\r\n');
    for (const cell of csv.split(/[,\r\n]+/u).filter(Boolean)) expect(cell.replace(/^"/u, '')).not.toMatch(/^[=+\-@\t\r]/u);
  });

  it('names the file by the local date', () => {
    expect(usageFileName(new Date(2026, 10, 29, 23, 59))).toBe('comptages-2026-11-29.csv');
  });
});
