import type { KioskDatabase, UsageRow } from './db';
import { neutraliseFormula } from './import/formula';
import { csvRecords } from './csv-records';

/*
 * Anonymous usage counters (N15), as stored in the `dailyUsage` table: one row per day and
 * metric, `{ day, metric, count }`, nothing else.
 *
 * Day: the kiosk's local date, "YYYY-MM-DD" (e.g. "2026-11-29"): never finer (issue 16: an hour
 * in a quiet pharmacy is one person).
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
 *
 * `session` is the plain count: it is stored at once. Every other metric is a *detail* of a
 * session: the recorder writes details only as the sum of at least MIN_SESSIONS finished
 * sessions (usage-recorder.ts), and staff see or export a period's details only when the period
 * holds at least MIN_SESSIONS sessions (detailGroups below), so that no one can be recognised.
 */

/** A day bucket: "2026-11-29". */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;

const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const STEP = '[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*';

/** The shape of every metric name (the allow-lists behind each part are in usage-recorder.ts). */
export const METRIC_PATTERN = new RegExp(
  `^(?:session|session-end:(?:stop|idle)|language:[a-z]{2,3}|topic-(?:start|finish):${ID}|(?:topic-abandon|teach-back-retry):${ID}:${STEP}|finder-open|finder-filter:${ID}|slip-printed|error)$`,
  'u',
);

/** The plain count, stored at once; every other metric is a detail. */
export const SESSION_METRIC = 'session';

/** Details are written, shown and exported only as the sum of at least this many sessions (k). */
export const MIN_SESSIONS = 5;

/** Whether a metric is a detail of a session (everything but the plain session count). */
export const isDetail = (metric: string): boolean => metric !== SESSION_METRIC;

/** Counters are kept this many months, then deleted. */
export const RETENTION_MONTHS = 13;

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of a date: "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local month of a day ("YYYY-MM") or of a date. */
export function monthOf(dayOrDate: string | Date): string {
  return typeof dayOrDate === 'string' ? dayOrDate.slice(0, 7) : dayOf(dayOrDate).slice(0, 7);
}

/** Whether a row has exactly the stored shape: a valid day, a metric of the grammar, a positive whole count. */
export function isUsageRow(row: unknown): row is UsageRow {
  if (typeof row !== 'object' || row === null) return false;
  const { day, metric, count } = row as Record<string, unknown>;
  return (
    Object.keys(row).length === 3 &&
    typeof day === 'string' &&
    DAY_PATTERN.test(day) &&
    typeof metric === 'string' &&
    METRIC_PATTERN.test(metric) &&
    typeof count === 'number' &&
    Number.isInteger(count) &&
    count > 0
  );
}

/**
 * Adds counts to the stored counters in one transaction (rows of the same day and metric are
 * summed). Anything that does not have the stored shape is dropped, whoever passed it.
 */
export async function addCounts(db: KioskDatabase, rows: readonly UsageRow[]): Promise<void> {
  const merged = new Map<string, UsageRow>();
  for (const row of rows) {
    if (!isUsageRow(row)) continue;
    const key = `${row.day} ${row.metric}`;
    const before = merged.get(key);
    merged.set(key, { day: row.day, metric: row.metric, count: (before?.count ?? 0) + row.count });
  }
  if (merged.size === 0) return;
  const batch = [...merged.values()];
  await db.transaction('rw', db.dailyUsage, async () => {
    const existing = await db.dailyUsage.bulkGet(batch.map((r): [string, string] => [r.day, r.metric]));
    await db.dailyUsage.bulkPut(batch.map((r, i) => ({ day: r.day, metric: r.metric, count: r.count + (existing[i]?.count ?? 0) })));
  });
}

/** The oldest day kept at `now`: the same date, RETENTION_MONTHS months earlier. */
export function retentionStart(now: Date): string {
  const start = new Date(now.getTime());
  start.setMonth(start.getMonth() - RETENTION_MONTHS);
  return dayOf(start);
}

/** Deletes the counters older than RETENTION_MONTHS months; returns how many rows went. */
export function pruneUsage(db: KioskDatabase, now: Date = new Date()): Promise<number> {
  return db.dailyUsage.where('day').below(retentionStart(now)).delete();
}

/** The periods staff can look at. */
export type UsagePeriod = '7d' | '30d' | '13m';
export const USAGE_PERIODS: readonly UsagePeriod[] = ['7d', '30d', '13m'];

/** The first day of a period ending now: 7 or 30 days including today, or 13 months including this one. */
export function periodStart(period: UsagePeriod, now: Date = new Date()): string {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (period === '7d') start.setDate(start.getDate() - 6);
  else if (period === '30d') start.setDate(start.getDate() - 29);
  else {
    start.setDate(1);
    start.setMonth(start.getMonth() - (RETENTION_MONTHS - 1));
  }
  return dayOf(start);
}

/** The counters from `fromDay` on, oldest first. */
export async function readUsage(db: KioskDatabase, fromDay?: string): Promise<UsageRow[]> {
  const rows = fromDay ? await db.dailyUsage.where('day').aboveOrEqual(fromDay).toArray() : await db.dailyUsage.toArray();
  return rows.filter(isUsageRow).sort((a, b) => a.day.localeCompare(b.day) || a.metric.localeCompare(b.metric));
}

/** Details of consecutive days that together hold at least MIN_SESSIONS sessions. */
export interface DetailGroup {
  /** First and last day ("YYYY-MM-DD"); the same day when one day had enough sessions. */
  from: string;
  to: string;
  sessions: number;
  /** Detail metric → count. */
  totals: Map<string, number>;
}

/**
 * The k rule for what staff see and export: walking the days oldest first, a day's details are
 * released when the day holds at least MIN_SESSIONS sessions; otherwise they are merged into the
 * following days until the group holds that many. What is left at the end (fewer sessions) is
 * `held`: staff read "fewer than 5", never its details.
 */
export function detailGroups(rows: readonly UsageRow[]): { groups: DetailGroup[]; held: { from: string; to: string; sessions: number } | undefined } {
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const groups: DetailGroup[] = [];
  let open: DetailGroup | undefined;
  for (const day of days) {
    open ??= { from: day, to: day, sessions: 0, totals: new Map() };
    open.to = day;
    for (const row of rows) {
      if (row.day !== day) continue;
      if (isDetail(row.metric)) open.totals.set(row.metric, (open.totals.get(row.metric) ?? 0) + row.count);
      else open.sessions += row.count;
    }
    if (open.sessions >= MIN_SESSIONS) {
      groups.push(open);
      open = undefined;
    }
  }
  return { groups, held: open && { from: open.from, to: open.to, sessions: open.sessions } };
}

/**
 * What staff may read of some rows: every session count, and the details of the released groups
 * only (summed). `held` says some details are not shown (fewer than MIN_SESSIONS sessions).
 */
export function shownTotals(rows: readonly UsageRow[]): { totals: Map<string, number>; detailShown: boolean; held: boolean } {
  const { groups, held } = detailGroups(rows);
  const totals = new Map<string, number>();
  for (const row of rows) if (!isDetail(row.metric)) totals.set(row.metric, (totals.get(row.metric) ?? 0) + row.count);
  for (const group of groups) for (const [metric, n] of group.totals) totals.set(metric, (totals.get(metric) ?? 0) + n);
  return { totals, detailShown: groups.length > 0, held: held !== undefined };
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
    if (row.metric !== SESSION_METRIC) continue;
    const key = byMonth ? monthOf(row.day) : row.day;
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
export const USAGE_CSV_COLUMNS = ['metric', 'day', 'count'] as const;

/** What the CSV says in place of details that fewer than MIN_SESSIONS sessions would describe. */
export const FEWER_THAN_K = `fewer than ${MIN_SESSIONS}`;

/**
 * The counters as CSV: `metric,day,count`, every field quoted, CRLF line ends, no BOM (the
 * download adds one for spreadsheets). Each day's session count, oldest first; after it, the
 * details released on that day by the k rule (detailGroups): `day` is the day, or "from/to" (an
 * ISO 8601 interval) when days were merged to reach MIN_SESSIONS sessions. Details still held
 * are one line `details,<from/to>,fewer than 5`. A cell a spreadsheet would run as a formula gets
 * a leading apostrophe (none can, by the grammar; this is a second lock).
 */
export function usageCsv(rows: readonly UsageRow[]): string {
  const valid = rows.filter(isUsageRow);
  const { groups, held } = detailGroups(valid);
  const span = (from: string, to: string) => (from === to ? from : `${from}/${to}`);
  const sessions = new Map<string, number>();
  for (const row of valid) if (!isDetail(row.metric)) sessions.set(row.day, (sessions.get(row.day) ?? 0) + row.count);
  const records: string[][] = [[...USAGE_CSV_COLUMNS]];
  for (const day of [...new Set(valid.map((r) => r.day))].sort()) {
    const n = sessions.get(day);
    if (n) records.push([SESSION_METRIC, day, String(n)]);
    for (const group of groups.filter((g) => g.to === day)) {
      for (const [metric, count] of [...group.totals].sort(([a], [b]) => a.localeCompare(b))) records.push([metric, span(group.from, group.to), String(count)]);
    }
  }
  if (held) records.push(['details', span(held.from, held.to), FEWER_THAN_K]);
  return `${csvRecords(records.map((cells) => cells.map(neutraliseFormula)))}\r\n`;
}

/** The export's file name: "comptages-2026-11-29.csv" (local date). */
export function usageFileName(now: Date = new Date()): string {
  return `comptages-${dayOf(now)}.csv`;
}
