import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Place } from './place';

/** A place as stored: the Place plus where it came from. */
export interface StoredPlace extends Place {
  /** builtin (shipped with the app), import (from a staff file) or staff (typed in by hand). */
  origin: 'builtin' | 'import' | 'staff';
  /** Set when staff changed it by hand: a newer built-in inventory never overwrites it. */
  editedByStaff: boolean;
}

/** A key/value row: inventory version and source, timestamps. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * One anonymous usage counter (N15): how many times `metric` happened during `day`.
 * Nothing else is stored: no text typed, no identifier, no time finer than the day, no order
 * of events, nothing per session; details (every metric but `session`) only as sums of at least
 * 5 sessions. The metric grammar and the day format are in src/data/usage-store.ts.
 */
export interface UsageRow {
  /** Local date of the kiosk: "2026-11-29". */
  day: string;
  /** e.g. "session", "language:ar", "topic-abandon:consent:compare". */
  metric: string;
  count: number;
}

/** The hourly counter of versions 2 and 3 (read only to migrate it to days). */
interface HourlyUsageRow {
  hour: string;
  metric: string;
  count: number;
}

/** Sessions a day must hold for its migrated details to be kept (k of issue 16; usage-store.ts MIN_SESSIONS). */
const MIGRATION_MIN_SESSIONS = 5;

/**
 * Hourly counters → daily ones (version 3). Sessions are summed per day. A day's details are
 * kept (summed) only when the day held at least 5 sessions: the details of a quieter day could
 * describe a person, and are dropped rather than kept where the rule forbids them. Staff lose
 * little (quiet days' details) and the counts screen says the same rule in one sentence.
 */
export function hourlyToDaily(rows: readonly HourlyUsageRow[]): UsageRow[] {
  const byDay = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (typeof row.hour !== 'string' || typeof row.metric !== 'string' || !Number.isInteger(row.count) || row.count <= 0) continue;
    const day = row.hour.slice(0, 10);
    const metrics = byDay.get(day) ?? new Map<string, number>();
    metrics.set(row.metric, (metrics.get(row.metric) ?? 0) + row.count);
    byDay.set(day, metrics);
  }
  const out: UsageRow[] = [];
  for (const [day, metrics] of byDay) {
    const enough = (metrics.get('session') ?? 0) >= MIGRATION_MIN_SESSIONS;
    for (const [metric, count] of metrics) if (metric === 'session' || enough) out.push({ day, metric, count });
  }
  return out;
}

/** The kiosk's database name. */
export const DB_NAME = 'kiosque-esante';

/**
 * The one IndexedDB database. Versions are never edited once shipped: a change of schema is a
 * new `this.version(n + 1)` with an upgrade. Only indexed fields are listed.
 */
export class KioskDatabase extends Dexie {
  places!: EntityTable<StoredPlace, 'id'>;
  /** The inventory before the last import, for one-step undo. */
  previousPlaces!: EntityTable<StoredPlace, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Anonymous usage counters, one row per day and metric (version 3; the hourly `usage` table of version 2 is gone in version 4). */
  dailyUsage!: Table<UsageRow, [string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      places: 'id, commune, category, *services, *languages',
      previousPlaces: 'id',
      meta: 'key',
    });
    // Version 2: anonymous usage counters, keyed by [hour+metric]; `hour` indexed for retention.
    this.version(2).stores({
      usage: '[hour+metric], hour',
    });
    // Version 3 (issue 16): counters by day, never by hour; the hourly rows are migrated
    // (hourlyToDaily). Dexie cannot change a primary key, hence a new table and, in version 4,
    // the old one deleted once copied.
    this.version(3)
      .stores({ dailyUsage: '[day+metric], day' })
      .upgrade(async (tx) => {
        const hourly = await tx.table<HourlyUsageRow>('usage').toArray();
        await tx.table<UsageRow>('dailyUsage').bulkPut(hourlyToDaily(hourly));
      });
    this.version(4).stores({ usage: null });
  }
}
