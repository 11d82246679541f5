import { placeFromBuiltIn, type BuiltInInventory, type Place } from './place';
import type { KioskDatabase, StoredPlace } from './db';

/** Where the inventory in the database came from. */
export interface InventorySource {
  /** builtin, or import (a staff file replaced the whole list). */
  kind: 'builtin' | 'import';
  /** Built-in version, or the imported file's name. */
  label: string;
  /** ISO timestamp of when it was loaded. */
  at: string;
}

const SOURCE = 'inventorySource';
const BUILTIN_VERSION = 'builtinVersion';
const PREVIOUS_SOURCE = 'previousSource';

/** The built-in rows as stored places. */
export function builtInPlaces(inv: BuiltInInventory): StoredPlace[] {
  return [
    ...inv.places.map((p) => ({ ...placeFromBuiltIn(p, true), origin: 'builtin' as const, editedByStaff: false })),
    ...inv.directoryOnly.map((p) => ({ ...placeFromBuiltIn(p, false), origin: 'builtin' as const, editedByStaff: false })),
  ];
}

/**
 * Loads the built-in inventory on first run, and a newer built-in version when one ships:
 * places the staff edited by hand and places they added are kept as they are; built-in places
 * no longer shipped are removed. When staff replaced the whole inventory by an import, the
 * import stays and the newer built-in version is only recorded.
 *
 * It also repairs, at every open, a store that lost built-in rows without a staff import having
 * chosen so (rows cleared or the database recreated empty under a running page): the missing
 * built-in rows are put back, staff edits kept. "A staff import chose so" is recorded by the
 * source meta: kind `import`, with the list it replaced kept aside (`previousSource` not null).
 * An import written into an empty, never-seeded store (previousSource null) replaced nothing,
 * so it is not such a choice. Nothing is written when nothing is missing (a full disk must not
 * turn every open into a failure).
 */
export async function seedBuiltIn(db: KioskDatabase, inv: BuiltInInventory, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.places, db.meta, async () => {
    const seen = (await db.meta.get(BUILTIN_VERSION))?.value;
    const source = (await db.meta.get(SOURCE))?.value as InventorySource | undefined;
    const previousSource = await db.meta.get(PREVIOUS_SOURCE);
    const importChosen = source?.kind === 'import' && !(previousSource !== undefined && previousSource.value === null);
    if (importChosen) {
      if (seen !== inv.version) await db.meta.put({ key: BUILTIN_VERSION, value: inv.version });
      return;
    }
    // The usual open (same version, nothing missing) reads only the keys: no place is copied out
    // of storage or built, so opening the database stays light.
    const currentIds = new Set(await db.places.toCollection().primaryKeys());
    const shippedIds = new Set([...inv.places, ...inv.directoryOnly].map((p) => p.id));
    if (seen === inv.version && source !== undefined && [...shippedIds].every((id) => currentIds.has(id))) return;
    const shipped = builtInPlaces(inv);
    const current = await db.places.toArray();
    const keep = new Set(current.filter((p) => p.editedByStaff || p.origin !== 'builtin').map((p) => p.id));
    await db.places.bulkDelete(current.filter((p) => p.origin === 'builtin' && !p.editedByStaff && !shippedIds.has(p.id)).map((p) => p.id));
    await db.places.bulkPut(shipped.filter((p) => !keep.has(p.id)));
    // An import into an empty store had nothing to go back to: that bogus "previous" goes too.
    if (previousSource !== undefined && previousSource.value === null) await db.meta.delete(PREVIOUS_SOURCE);
    await db.meta.put({ key: SOURCE, value: { kind: 'builtin', label: inv.version, at: now.toISOString() } satisfies InventorySource });
    await db.meta.put({ key: BUILTIN_VERSION, value: inv.version });
  });
}

/** An import or undo refused because the store was not seeded: it vanished or was recreated empty. */
export class UncheckedStoreError extends Error {
  constructor() {
    super('the inventory store was not seeded: it vanished or was recreated empty');
    this.name = 'UncheckedStoreError';
  }
}

/** Inside a transaction: refuses to go on unless this store was seeded (the built-in version recorded). */
async function assertSeeded(db: KioskDatabase): Promise<void> {
  if ((await db.meta.get(BUILTIN_VERSION)) === undefined) throw new UncheckedStoreError();
}

/** Whether the database answers and holds a seeded inventory: what a write must check first. */
export async function inventoryAnswers(db: KioskDatabase): Promise<boolean> {
  if (!db.isOpen()) return false;
  try {
    return (await db.meta.get(BUILTIN_VERSION)) !== undefined;
  } catch {
    return false;
  }
}

/** Every stored place. */
export function allPlaces(db: KioskDatabase): Promise<StoredPlace[]> {
  return db.places.toArray();
}

/** Where the current inventory came from (undefined before the first seed). */
export async function inventorySource(db: KioskDatabase): Promise<InventorySource | undefined> {
  return (await db.meta.get(SOURCE))?.value as InventorySource | undefined;
}

/**
 * Replaces the whole inventory in one transaction, keeping the previous one for a one-step
 * undo. Either all of it is written, or nothing changes. Refused (UncheckedStoreError) when the
 * store, checked in the same transaction, was never seeded: an import never lands in a database
 * that vanished and came back empty. Says whether there is a list to go back to.
 */
export async function replaceInventory(db: KioskDatabase, places: readonly StoredPlace[], label: string, now: Date = new Date()): Promise<{ undoable: boolean }> {
  return db.transaction('rw', db.places, db.previousPlaces, db.meta, async () => {
    await assertSeeded(db);
    const current = await db.places.toArray();
    const previousSource = await db.meta.get(SOURCE);
    await db.previousPlaces.clear();
    await db.previousPlaces.bulkAdd(current);
    await db.meta.put({ key: 'previousSource', value: previousSource?.value ?? null });
    await db.places.clear();
    await db.places.bulkAdd([...places]);
    await db.meta.put({ key: SOURCE, value: { kind: 'import', label, at: now.toISOString() } satisfies InventorySource });
    return { undoable: current.length > 0 };
  });
}

/**
 * Writes a merged inventory (see import/merge-import.ts) in one transaction, keeping the previous
 * one for the same one-step undo as a replace. The merged list is computed inside the
 * transaction from the places stored at that moment, so nothing typed meanwhile is lost. The
 * source of the list stays what it was (a merge adds to it, it does not replace it).
 */
export async function mergeInventory<T>(db: KioskDatabase, merge: (current: StoredPlace[]) => { places: StoredPlace[] } & T): Promise<T> {
  return db.transaction('rw', db.places, db.previousPlaces, db.meta, async () => {
    await assertSeeded(db);
    const current = await db.places.toArray();
    const source = await db.meta.get(SOURCE);
    const result = merge(current);
    await db.previousPlaces.clear();
    await db.previousPlaces.bulkAdd(current);
    await db.meta.put({ key: 'previousSource', value: source?.value ?? null });
    await db.places.clear();
    await db.places.bulkAdd(result.places);
    return result;
  });
}

/** Whether an import can be undone: only when a previous list exists to go back to. */
export async function canUndo(db: KioskDatabase): Promise<boolean> {
  return (await db.previousPlaces.count()) > 0;
}

/** Puts back the inventory as it was before the last import (one step). */
export async function undoLastImport(db: KioskDatabase): Promise<void> {
  await db.transaction('rw', db.places, db.previousPlaces, db.meta, async () => {
    const previous = await db.previousPlaces.toArray();
    const previousSource = (await db.meta.get('previousSource'))?.value;
    // No list to go back to: going back would empty the inventory.
    if (previous.length === 0) return;
    await db.places.clear();
    await db.places.bulkAdd(previous);
    await db.previousPlaces.clear();
    await db.meta.delete('previousSource');
    if (previousSource) await db.meta.put({ key: SOURCE, value: previousSource });
  });
}

/** Saves one place typed or changed by staff; a newer built-in version will not overwrite it. */
export async function saveStaffPlace(db: KioskDatabase, place: Place, existing?: StoredPlace): Promise<void> {
  await db.places.put({ ...place, origin: existing?.origin ?? 'staff', editedByStaff: true });
}
