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
 * One anonymous usage counter (N15): how many times `metric` happened during `hour`.
 * Nothing else is stored: no text typed, no identifier, no time finer than the hour, no order
 * of events. The metric grammar and the hour format are in src/data/usage-store.ts.
 */
export interface UsageRow {
  /** Local hour of the kiosk, ISO form without zone: "2026-11-29T20". */
  hour: string;
  /** e.g. "session", "language:ar", "topic-abandon:consent:compare". */
  metric: string;
  count: number;
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
  /** Anonymous usage counters, one row per hour and metric (version 2). */
  usage!: Table<UsageRow, [string, string]>;

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
  }
}
