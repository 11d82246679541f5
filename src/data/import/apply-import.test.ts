import { blankPlace } from '../place.fixture';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import inventory from '../../../public/data/inventory.json';
import type { BuiltInInventory } from '../place';
import { KioskDatabase, type StoredPlace } from '../db';
import { allPlaces, inventorySource, replaceInventory, saveStaffPlace, seedBuiltIn, undoLastImport } from '../inventory-store';
import { applyImport } from './apply-import';
import { parseImportFile, type ImportPreview } from './parse-import';

const encode = (s: string) => new TextEncoder().encode(s);
const parseText = (text: string, name = 'inventaire.csv') => parseImportFile({ name, bytes: encode(text) });
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

let db: KioskDatabase;
let n = 0;

/** Everything the database holds, as one string: "byte-identical" means this is unchanged. */
async function snapshot(): Promise<string> {
  const places = (await db.places.toArray()).sort(byId);
  const previous = (await db.previousPlaces.toArray()).sort(byId);
  const meta = (await db.meta.toArray()).sort((a, b) => a.key.localeCompare(b.key));
  return JSON.stringify({ places, previous, meta });
}

const GOOD = 'id,name,category,commune\r\nepn-a,EPN A,digital,Schaerbeek\r\ncpas-b,CPAS B,social,Elsene\r\n';
const BROKEN = 'id,name,category,commune\r\nepn-a,EPN A,digital,Schaerbeek\r\ncpas-b,,social,Nowhere\r\n';

beforeEach(async () => {
  db = new KioskDatabase(`apply-import-test-${++n}`);
  await seedBuiltIn(db, inventory as BuiltInInventory, new Date('2025-01-01T00:00:00Z'));
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('applying an import to the inventory', () => {
  it('a file with errors changes nothing', async () => {
    const before = await snapshot();
    const preview = await parseText(BROKEN);
    expect(preview.ok && preview.places.length).toBe(1); // one good row is not enough: the file has an error
    expect(await applyImport(db, preview, 'broken.csv')).toEqual({ ok: false, error: { code: 'applyNotAllowed' } });
    expect(await snapshot()).toBe(before);
  });

  it('an unreadable file changes nothing', async () => {
    const before = await snapshot();
    const preview = await parseImportFile({ name: 'x.xlsx', bytes: encode('not a zip') });
    expect(await applyImport(db, preview, 'x.xlsx')).toEqual({ ok: false, error: { code: 'applyNotAllowed' } });
    expect(await snapshot()).toBe(before);
  });

  it('a good file replaces the whole inventory, and undo restores the previous one exactly', async () => {
    const before = await snapshot();
    const builtIn = (await allPlaces(db)).sort(byId);
    const preview = await parseText(GOOD);
    const at = new Date('2025-02-01T10:00:00Z');
    expect(await applyImport(db, preview, 'good.csv', at)).toEqual({ ok: true, count: 2, undoable: true });

    const now = (await allPlaces(db)).sort(byId);
    expect(now.map((p) => [p.id, p.commune, p.origin])).toEqual([
      ['cpas-b', 'Ixelles', 'import'],
      ['epn-a', 'Schaerbeek', 'import'],
    ]);
    expect(await inventorySource(db)).toEqual({ kind: 'import', label: 'good.csv', at: at.toISOString() });
    expect((await db.previousPlaces.toArray()).sort(byId)).toEqual(builtIn);

    await undoLastImport(db);
    expect((await allPlaces(db)).sort(byId)).toEqual(builtIn);
    const after = JSON.parse(await snapshot()) as { places: unknown; previous: unknown[]; meta: unknown };
    const original = JSON.parse(before) as typeof after;
    expect(after.places).toEqual(original.places);
    expect(after.previous).toEqual([]);
    expect(after.meta).toEqual(original.meta);
  });

  it('staff edits made before an import come back with undo', async () => {
    const [first] = await allPlaces(db);
    await saveStaffPlace(db, { ...first!, name: 'Renamed by staff' }, first);
    const before = await snapshot();
    await applyImport(db, await parseText(GOOD), 'good.csv');
    await undoLastImport(db);
    expect(await snapshot()).toBe(before);
    expect((await db.places.get(first!.id))?.name).toBe('Renamed by staff');
  });

  it('a failure in the middle of the transaction leaves the old inventory whole', async () => {
    // First a successful import, so that there is also an undo step that must survive.
    await applyImport(db, await parseText(GOOD), 'good.csv');
    const before = await snapshot();
    const place = (id: string, name: string): StoredPlace => ({ ...blankPlace({ id, name }), origin: 'import', editedByStaff: false });
    // Two places with the same primary key: bulkAdd fails after the old rows were cleared.
    const clash = [place('x', 'One'), place('y', 'Two'), place('x', 'Three')];
    await expect(replaceInventory(db, clash, 'clash.csv')).rejects.toThrow();
    expect(await snapshot()).toBe(before);

    // The same through applyImport: a message, not an exception, and nothing changed.
    const forged: ImportPreview = { ok: true, format: 'csv', layout: 'project', places: clash, rows: [{ row: 2, errors: [], warnings: [] }], warnings: [] };
    expect(await applyImport(db, forged, 'clash.csv')).toEqual({ ok: false, error: { code: 'applyFailed' } });
    expect(await snapshot()).toBe(before);

    // Undo still goes back to the built-in inventory.
    await undoLastImport(db);
    expect((await inventorySource(db))?.kind).toBe('builtin');
  });
});
