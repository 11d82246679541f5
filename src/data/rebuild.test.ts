import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { KioskDatabase } from './db';
import inventory from '../../public/data/inventory.json';
import type { BuiltInInventory } from './place';
import { openOrRebuild } from './rebuild';
import { builtInPlaces, canUndo, replaceInventory, UncheckedStoreError } from './inventory-store';

const inv = inventory as BuiltInInventory;

describe('a database the kiosk cannot read', () => {
  it('is rebuilt from the built-in list, keeping the places staff edited', async () => {
    const name = 'kiosk-rebuild-test';
    const old = new Dexie(name);
    old.version(1).stores({ places: 'id, commune, category, *services, *languages', previousPlaces: 'id', meta: 'key' });
    await old.open();
    await old.table('places').bulkAdd([
      { id: 'mine', name: 'Edited by staff', services: ['health-info'], editedByStaff: true },
      { id: 'junk', name: 'Not edited', services: [], editedByStaff: false },
    ]);
    old.close();
    // The browser reports the stored database as unreadable when the kiosk opens it.
    vi.spyOn(KioskDatabase.prototype, 'open').mockRejectedValueOnce(Object.assign(new Error('Internal error opening backing store'), { name: 'UnknownError' }));

    const { db, rebuilt } = await openOrRebuild(inv, name);
    expect(rebuilt).toBe(true);
    const places = await db.places.toArray();
    expect(places.find((p) => p.id === 'mine')?.name).toBe('Edited by staff');
    expect(places.find((p) => p.id === 'junk')).toBeUndefined();
    expect(places.length).toBe(inv.places.length + inv.directoryOnly.length + 1);
    db.close();
    await Dexie.delete(name);
  });

  it('a readable database opens as it is', async () => {
    const { db, rebuilt } = await openOrRebuild(inv, 'kiosk-rebuild-ok');
    expect(rebuilt).toBe(false);
    expect(await db.places.count()).toBe(inv.places.length + inv.directoryOnly.length);
    db.close();
    await Dexie.delete('kiosk-rebuild-ok');
  });
});

describe('a store that lost the built-in list without a staff import choosing so', () => {
  const total = inv.places.length + inv.directoryOnly.length;
  const staffPlace = { ...builtInPlaces(inv)[0]!, id: 'staff-own', name: 'Typed by staff', origin: 'staff' as const, editedByStaff: true };

  it('gets the built-in rows back at the next open, staff edits kept', async () => {
    const name = 'kiosk-lost-rows';
    const first = await openOrRebuild(inv, name);
    // The rows vanish (cleared, or the database recreated empty under a running page); a staff place survives.
    await first.db.places.clear();
    await first.db.places.put(staffPlace);
    first.db.close();
    const { db } = await openOrRebuild(inv, name);
    expect(await db.places.count()).toBe(total + 1);
    expect((await db.places.get('staff-own'))?.name).toBe('Typed by staff');
    db.close();
    await Dexie.delete(name);
  });

  it('an import that landed in an empty, never-seeded store is no such choice: repaired too, and it promises no way back', async () => {
    const name = 'kiosk-import-into-empty';
    // The database deleted and recreated empty under the page (Dexie reopens it), then an import written into it.
    const empty = new KioskDatabase(name);
    await empty.open();
    const two = builtInPlaces(inv).slice(0, 2).map((p) => ({ ...p, id: `imported-${p.id}`, origin: 'import' as const }));
    await expect(replaceInventory(empty, two, 'good.csv')).rejects.toThrow(UncheckedStoreError);
    expect(await empty.places.count()).toBe(0);
    // What today's code left behind in such a store: the import, and "null" as the list before it.
    await empty.places.bulkAdd(two);
    await empty.meta.bulkPut([
      { key: 'inventorySource', value: { kind: 'import', label: 'good.csv', at: '2026-12-01T10:00:00.000Z' } },
      { key: 'previousSource', value: null },
    ]);
    expect(await canUndo(empty)).toBe(false);
    empty.close();
    const { db } = await openOrRebuild(inv, name);
    expect(await db.places.count()).toBe(total + 2);
    db.close();
    await Dexie.delete(name);
  });

  it('an import staff chose over the built-in list stays as it is', async () => {
    const name = 'kiosk-import-chosen';
    const first = await openOrRebuild(inv, name);
    const two = builtInPlaces(inv).slice(0, 2).map((p) => ({ ...p, id: `imported-${p.id}`, origin: 'import' as const }));
    expect(await replaceInventory(first.db, two, 'good.csv')).toEqual({ undoable: true });
    first.db.close();
    const { db } = await openOrRebuild(inv, name);
    expect(await db.places.count()).toBe(2);
    expect(await canUndo(db)).toBe(true);
    db.close();
    await Dexie.delete(name);
  });
});

describe('opening a seeded database (every page load that counts or looks for help)', () => {
  it('reads only the keys: no place is copied out of storage when nothing changed', async () => {
    const name = 'kiosk-open-light';
    const first = await openOrRebuild(inv, name);
    first.db.close();
    // Dexie's Table prototype (shared by every database's tables), found from a table.
    let tableProto = Object.getPrototypeOf(first.db.places) as object;
    while (!Object.prototype.hasOwnProperty.call(tableProto, 'toArray')) tableProto = Object.getPrototypeOf(tableProto) as object;
    const toArray = vi.spyOn(tableProto as { toArray: () => Promise<unknown[]> }, 'toArray');
    const again = await openOrRebuild(inv, name);
    expect(toArray).not.toHaveBeenCalled();
    expect(await again.db.places.count()).toBe(inv.places.length + inv.directoryOnly.length);
    toArray.mockRestore();
    again.db.close();
    await Dexie.delete(name);
  });
});
