import type { KioskDatabase, StoredPlace } from './db';
import { placeFromBuiltIn, type BuiltInInventory, type Commune, type Place } from './place';

/** The places and communes the finder searches, and where they came from. */
export interface PlacesData {
  places: Place[];
  communes: Commune[];
  /** database: the kiosk's IndexedDB inventory; builtin: the shipped file, because storage failed. */
  from: 'database' | 'builtin';
}

let builtIn: Promise<BuiltInInventory> | undefined;
let database: Promise<KioskDatabase> | undefined;

/** The shipped inventory, fetched once from the precache (never another origin). */
export function loadBuiltInInventory(): Promise<BuiltInInventory> {
  builtIn ??= fetch('/data/inventory.json').then((r) => {
    if (!r.ok) throw new Error(`inventory: HTTP ${r.status}`);
    return r.json() as Promise<BuiltInInventory>;
  });
  builtIn.catch(() => (builtIn = undefined));
  return builtIn;
}

/** The kiosk's database, opened (and seeded with the built-in inventory) once. Dexie loads here, lazily. */
export function openKioskDatabase(): Promise<KioskDatabase> {
  database ??= (async () => {
    const [{ openOrRebuild }, inv] = await Promise.all([import('../data/rebuild'), loadBuiltInInventory()]);
    // An unreadable database is rebuilt from the built-in list, keeping staff edits it can read.
    const { db } = await openOrRebuild(inv);
    // Deleted or upgraded elsewhere (staff reset, another tab): let go, and open afresh next time.
    db.on('versionchange', () => {
      db.close();
      database = undefined;
    });
    return db;
  })();
  database.catch(() => (database = undefined));
  return database;
}

/**
 * After the open database closed or vanished under a running page (deleted, evicted, closed by
 * the browser): opens it afresh — rebuilt from the built-in list when it came back empty — and
 * puts back the places staff could still read that are theirs (typed, edited or imported), so
 * nothing they saw is lost. The finder and later staff screens get this database too.
 */
export function reopenKioskDatabase(keep: readonly StoredPlace[] = []): Promise<KioskDatabase> {
  database = undefined;
  const reopened = openKioskDatabase().then(async (db) => {
    const theirs = keep.filter((p) => p.editedByStaff || p.origin !== 'builtin');
    if (theirs.length > 0) {
      const present = new Set((await db.places.bulkGet(theirs.map((p) => p.id))).map((p) => p?.id));
      await db.places.bulkPut(theirs.filter((p) => !present.has(p.id)));
    }
    return db;
  });
  return reopened;
}

/** Storage that does not answer within this time is treated as broken: a person never waits on it. */
const STORAGE_TIMEOUT_MS = 3000;

/** A promise that fails when `promise` has not settled within `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`storage did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}

/**
 * The places to search: the database's inventory (staff edits and imports included), or —
 * when IndexedDB is unavailable or broken — the built-in file, so the public kiosk always works.
 */
export async function loadPlaces(): Promise<PlacesData> {
  const inv = await loadBuiltInInventory();
  try {
    const db = await withTimeout(openKioskDatabase(), STORAGE_TIMEOUT_MS);
    const { allPlaces } = await import('../data/inventory-store');
    return { places: await withTimeout(allPlaces(db), STORAGE_TIMEOUT_MS), communes: inv.communes, from: 'database' };
  } catch (error) {
    database = undefined;
    console.warn('Kiosque e-Santé: inventory database unavailable, using the built-in list', error);
    return {
      places: [...inv.places.map((p) => placeFromBuiltIn(p, true)), ...inv.directoryOnly.map((p) => placeFromBuiltIn(p, false))],
      communes: inv.communes,
      from: 'builtin',
    };
  }
}
