import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { KioskDatabase } from './db';

describe('the database schema', () => {
  it('a database from version 1 upgrades to the current version, keeping every place', async () => {
    const name = 'kiosk-upgrade-test';
    const old = new Dexie(name);
    // Version 1 exactly as it shipped.
    old.version(1).stores({ places: 'id, commune, category, *services, *languages', previousPlaces: 'id', meta: 'key' });
    await old.open();
    await old.table('places').bulkAdd([
      { id: 'a', name: 'Place A', commune: 'Ixelles', category: 'social', services: ['admin-help'], languages: ['fr'], editedByStaff: true, origin: 'staff' },
      { id: 'b', name: 'Place B', commune: 'Forest', category: 'health', services: ['health-info'], languages: ['nl'], editedByStaff: false, origin: 'builtin' },
    ]);
    await old.table('meta').put({ key: 'builtinVersion', value: 'builtin-old' });
    old.close();

    const db = new KioskDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect((await db.places.toArray()).map((p) => p.name).sort()).toEqual(['Place A', 'Place B']);
    expect((await db.places.get('a'))?.editedByStaff).toBe(true);
    expect(await db.meta.get('builtinVersion')).toEqual({ key: 'builtinVersion', value: 'builtin-old' });
    // The daily counters (version 3) are there; the hourly ones of version 2 are gone (version 4).
    expect(db.tables.map((t) => t.name)).toContain('dailyUsage');
    expect(db.tables.map((t) => t.name)).not.toContain('usage');
    db.close();
    await Dexie.delete(name);
  });
});
