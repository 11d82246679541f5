import Dexie from 'dexie';
import type { BuiltInInventory } from './place';
import { DB_NAME, KioskDatabase, type StoredPlace } from './db';
import { seedBuiltIn } from './inventory-store';

/**
 * Opens the kiosk's database; when it cannot be opened or read (corrupt, or left by a newer
 * version of the app), rebuilds it from the built-in inventory, keeping every place staff
 * edited that can still be read. Missing IndexedDB is not repaired here: the caller falls back
 * to the built-in list.
 */
export async function openOrRebuild(inv: BuiltInInventory, name: string = DB_NAME): Promise<{ db: KioskDatabase; rebuilt: boolean }> {
  const db = new KioskDatabase(name);
  try {
    await db.open();
    await seedBuiltIn(db, inv);
    return { db, rebuilt: false };
  } catch (error) {
    if ((error as { name?: string }).name === 'MissingAPIError') throw error;
    db.close();
    const kept = await readableStaffEdits(name);
    await Dexie.delete(name);
    const fresh = new KioskDatabase(name);
    await seedBuiltIn(fresh, inv);
    if (kept.length > 0) await fresh.places.bulkPut(kept);
    console.warn(`Kiosque e-Santé: the inventory database could not be read (${String(error)}); rebuilt from the built-in list, ${kept.length} staff edits kept`);
    return { db: fresh, rebuilt: true };
  }
}

/** Places staff edited by hand, read with whatever schema the damaged database has; none if unreadable. */
async function readableStaffEdits(name: string): Promise<StoredPlace[]> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    if (!raw.tables.some((t) => t.name === 'places')) return [];
    const rows = (await raw.table('places').toArray()) as unknown[];
    return rows.filter((row): row is StoredPlace => {
      const p = row as Partial<StoredPlace>;
      return p?.editedByStaff === true && typeof p.id === 'string' && typeof p.name === 'string' && Array.isArray(p.services);
    });
  } catch {
    return [];
  } finally {
    raw.close();
  }
}
