import type { KioskDatabase, UsageRow } from './db';
import { neutraliseFormula } from './import/formula';
import { csvRecords } from './csv-records';

/*
 * Anonymous usage counters (N15), as stored in the `usage` table: one row per hour and metric,
 * `{ hour, metric, count }`, nothing else.
 *
 * Hour: the kiosk's local hour, "YYYY-MM-DDTHH" (e.g. "2026-11-29T20"): never finer.
 *
 * Metric grammar (every part comes from an allow-list, see usage-recorder.ts):
 *   session                                  a session started (the welcome screen was left)
 *   session-end:<stop|idle>                  it ended by Stop or by inactivity
 *   language:<code>                          a language was chosen (locales/languages.json)
 *   topic-start:<topic>                      a topic was opened (flows/registry.ts)
 *   topic-finish:<topic>                     a topic reached its last step
 *   topic-abandon:<topic>:<step>             a topic was left unfinished on this step
 *   teach-back-retry:<topic>:<step>          a teach-back question needed a second look
 *   finder-open                              the list of helpers nearby was shown
 *   finder-filter:<filter>                   a finder filter was switched on (src/help/needs.ts, open-now)
 *   slip-printed                             a take-away slip was printed
 *   error                                    the kiosk showed its error screen
 */

/** An hour bucket: "2026-11-29T20". */
export const HOUR_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])$/u;

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const STEP = '[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*';

/** The shape of every metric name (the allow-lists behind each part are in usage-recorder.ts). */
export const METRIC_PATTERN = new RegExp(
  `^(?:session|session-end:(?:stop|idle)|language:[a-z]{2,3}|topic-(?:start|finish):${ID}|(?:topic-abandon|teach-back-retry):${ID}:${STEP}|finder-open|finder-filter:${ID}|slip-printed|error)$`,
  'u',
);

/** Counters are kept this many months, then deleted. */
export const RETENTION_MONTHS = 13;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local hour bucket of a time: "YYYY-MM-DDTHH". */
export function hourOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}`;
}

/** The local day of an hour bucket ("YYYY-MM-DD") or of a date. */
export function dayOf(hourOrDate: string | Date): string {
  return typeof hourOrDate === 'string' ? hourOrDate.slice(0, 10) : hourOf(hourOrDate).slice(0, 10);
}

/** The local month of an hour bucket ("YYYY-MM") or of a date. */
export function monthOf(hourOrDate: string | Date): string {
  return typeof hourOrDate === 'string' ? hourOrDate.slice(0, 7) : hourOf(hourOrDate).slice(0, 7);
}

/** Whether a row has exactly the stored shape: a valid hour, a metric of the grammar, a positive whole count. */
export function isUsageRow(row: unknown): row is UsageRow {
  if (typeof row !== 'object' || row === null) return false;
  const { hour, metric, count } = row as Record<string, unknown>;
  return (
    Object.keys(row).length === 3 &&
    typeof hour === 'string' &&
    HOUR_PATTERN.test(hour) &&
    typeof metric === 'string' &&
    METRIC_PATTERN.test(metric) &&
    typeof count === 'number' &&
    Number.isInteger(count) &&
    count > 0
  );
}

/**
 * Adds counts to the stored counters in one transaction (rows of the same hour and metric are
 * summed). Anything that does not have the stored shape is dropped, whoever passed it.
 */
export async function addCounts(db: KioskDatabase, rows: readonly UsageRow[]): Promise<void> {
  const merged = new Map<string, UsageRow>();
  for (const row of rows) {
    if (!isUsageRow(row)) continue;
    const key = `${row.hour} ${row.metric}`;
    const before = merged.get(key);
    merged.set(key, { hour: row.hour, metric: row.metric, count: (before?.count ?? 0) + row.count });
  }
  if (merged.size === 0) return;
  const batch = [...merged.values()];
  await db.transaction('rw', db.usage, async () => {
    const existing = await db.usage.bulkGet(batch.map((r): [string, string] => [r.hour, r.metric]));
    await db.usage.bulkPut(batch.map((r, i) => ({ hour: r.hour, metric: r.metric, count: r.count + (existing[i]?.count ?? 0) })));
  });
}

/** The oldest hour kept at `now`: the same hour, RETENTION_MONTHS months earlier. */
export function retentionStart(now: Date): string {
  const start = new Date(now.getTime());
  start.setMonth(start.getMonth() - RETENTION_MONTHS);
  return hourOf(start);
}

/** Deletes the counters older than RETENTION_MONTHS months; returns how many rows went. */
export function pruneUsage(db: KioskDatabase, now: Date = new Date()): Promise<number> {
  return db.usage.where('hour').below(retentionStart(now)).delete();
}

/** The periods staff can look at. */
export type UsagePeriod = '7d' | '30d' | '13m';
export const USAGE_PERIODS: readonly UsagePeriod[] = ['7d', '30d', '13m'];

/** The first hour of a period ending now: 7 or 30 days including today, or 13 months including this one. */
export function periodStart(period: UsagePeriod, now: Date = new Date()): string {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (period === '7d') start.setDate(start.getDate() - 6);
  else if (period === '30d') start.setDate(start.getDate() - 29);
  else {
    start.setDate(1);
    start.setMonth(start.getMonth() - (RETENTION_MONTHS - 1));
  }
  return hourOf(start);
}

/** The counters from `fromHour` on, oldest first. */
export async function readUsage(db: KioskDatabase, fromHour?: string): Promise<UsageRow[]> {
  const rows = fromHour ? await db.usage.where('hour').aboveOrEqual(fromHour).toArray() : await db.usage.toArray();
  return rows.filter(isUsageRow).sort((a, b) => a.hour.localeCompare(b.hour) || a.metric.localeCompare(b.metric));
}

/** Totals per metric over some rows. */
export function totalsByMetric(rows: readonly UsageRow[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.metric, (totals.get(row.metric) ?? 0) + row.count);
  return totals;
}

/**
 * The metrics of one family ("language", "topic-abandon"…) with what follows the family name,
 * most counted first (ties: alphabetical).
 */
export function family(totals: ReadonlyMap<string, number>, name: string): { key: string; count: number }[] {
  const prefix = `${name}:`;
  return [...totals]
    .filter(([metric]) => metric.startsWith(prefix))
    .map(([metric, count]) => ({ key: metric.slice(prefix.length), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * Sessions per day of a 7- or 30-day period, or per month of the 13-month one, every day or
 * month present (zero when nothing happened), oldest first. `key` is "YYYY-MM-DD" or "YYYY-MM".
 */
export function sessionSeries(rows: readonly UsageRow[], period: UsagePeriod, now: Date = new Date()): { key: string; count: number }[] {
  const byMonth = period === '13m';
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.metric !== 'session') continue;
    const key = byMonth ? monthOf(row.hour) : dayOf(row.hour);
    counts.set(key, (counts.get(key) ?? 0) + row.count);
  }
  const start = periodStart(period, now);
  const cursor = new Date(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)));
  const last = byMonth ? monthOf(now) : dayOf(now);
  const series: { key: string; count: number }[] = [];
  for (let guard = 0; guard < 400; guard++) {
    const key = byMonth ? monthOf(cursor) : dayOf(cursor);
    series.push({ key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    if (byMonth) cursor.setMonth(cursor.getMonth() + 1);
    else cursor.setDate(cursor.getDate() + 1);
  }
  return series;
}

/** The CSV export's columns. */
export const USAGE_CSV_COLUMNS = ['metric', 'hour', 'count'] as const;

/**
 * The counters as CSV: `metric,hour,count`, oldest hour first, every field quoted, CRLF line
 * ends, no BOM (the download adds one for spreadsheets). A cell a spreadsheet would run as a
 * formula gets a leading apostrophe (none can, by the grammar; this is a second lock).
 */
export function usageCsv(rows: readonly UsageRow[]): string {
  const sorted = [...rows].filter(isUsageRow).sort((a, b) => a.hour.localeCompare(b.hour) || a.metric.localeCompare(b.metric));
  const records = [[...USAGE_CSV_COLUMNS], ...sorted.map((r) => [r.metric, r.hour, String(r.count)])];
  return `${csvRecords(records.map((cells) => cells.map(neutraliseFormula)))}\r\n`;
}

/** The export's file name: "comptages-2026-11-29.csv" (local date). */
export function usageFileName(now: Date = new Date()): string {
  return `comptages-${dayOf(now)}.csv`;
}
