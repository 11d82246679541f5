import Dexie, { type EntityTable } from 'dexie';
import type { Place } from '../help/place';

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

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      places: 'id, commune, category, *services, *languages',
      previousPlaces: 'id',
      meta: 'key',
    });
  }
}
