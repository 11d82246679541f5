import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { KioskDatabase } from './db';
import inventory from '../../public/data/inventory.json';
import type { BuiltInInventory } from './place';
import { openOrRebuild } from './rebuild';

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
