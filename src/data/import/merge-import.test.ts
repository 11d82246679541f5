import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import inventory from '../../../public/data/inventory.json';
import { KioskDatabase, type StoredPlace } from '../db';
import { allPlaces, canUndo, inventorySource, mergeInventory, seedBuiltIn, undoLastImport } from '../inventory-store';
import type { BuiltInInventory } from '../place';
import { validPlace } from './arbitraries.fixture';
import { applyMerge, mergePlaces } from './merge-import';
import type { ImportPreview } from './preview';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
let db: KioskDatabase;
let n = 0;

async function snapshot(): Promise<string> {
  const places = (await db.places.toArray()).sort(byId);
  const previous = (await db.previousPlaces.toArray()).sort(byId);
  const meta = (await db.meta.toArray()).sort((a, b) => a.key.localeCompare(b.key));
  return JSON.stringify({ places, previous, meta });
}

const previewOf = (places: StoredPlace[]): ImportPreview => ({
  ok: true,
  format: 'csv',
  layout: 'project',
  places,
  rows: places.map((p, i) => ({ row: i + 2, id: p.id, name: p.name, errors: [], warnings: [] })),
  warnings: [],
});

beforeEach(async () => {
  db = new KioskDatabase(`merge-import-test-${++n}`);
  await seedBuiltIn(db, inventory as BuiltInInventory, new Date('2026-12-01T00:00:00Z'));
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('merging another kiosk’s list, keeping the most recent check', () => {
  it('takes a newer check, keeps an older or equal one, adds new places, keeps ours not in the file', async () => {
    const [a, b, c] = (await allPlaces(db)).sort(byId);
    const ours = [
      { ...a!, checkedOn: '2026-06-01', checkedHow: 'phone' as const },
      { ...b!, checkedOn: '2026-12-10', checkedHow: 'site' as const, name: 'Ours, newer' },
      { ...c!, checkedOn: '2026-09-09', checkedHow: 'phone' as const, name: 'Ours, same day' },
    ];
    await db.places.bulkPut(ours);
    const theirs: StoredPlace[] = [
      { ...a!, checkedOn: '2026-12-12', checkedHow: 'phone', openingHours: 'Mo-Fr 09:00-12:00', origin: 'import' },
      { ...b!, checkedOn: '2026-11-01', checkedHow: 'phone', name: 'Theirs, older', origin: 'import' },
      { ...c!, checkedOn: '2026-09-09', checkedHow: 'site', name: 'Theirs, same day', origin: 'import' },
      { ...a!, id: 'only-in-their-file', name: 'New place', origin: 'import' },
    ];
    const total = (await allPlaces(db)).length;
    const result = await applyMerge(db, previewOf(theirs));
    expect(result).toEqual({ ok: true, updated: 1, added: 1, kept: total - 1 });
    expect((await db.places.get(a!.id))?.openingHours).toBe('Mo-Fr 09:00-12:00');
    expect((await db.places.get(a!.id))?.checkedOn).toBe('2026-12-12');
    expect((await db.places.get(b!.id))?.name).toBe('Ours, newer');
    expect((await db.places.get(c!.id))?.name).toBe('Ours, same day');
    expect((await db.places.get('only-in-their-file'))?.name).toBe('New place');
    expect(await db.places.count()).toBe(total + 1);
  });

  it('is undone in one step, exactly, and the list keeps its source', async () => {
    const before = await snapshot();
    const sourceBefore = await inventorySource(db);
    const [a] = await allPlaces(db);
    expect((await applyMerge(db, previewOf([{ ...a!, checkedOn: '2027-01-02', checkedHow: 'site' }]))).ok).toBe(true);
    expect(await inventorySource(db)).toEqual(sourceBefore);
    expect(await canUndo(db)).toBe(true);
    await undoLastImport(db);
    const after = JSON.parse(await snapshot()) as { places: unknown; previous: unknown[]; meta: unknown };
    const original = JSON.parse(before) as typeof after;
    expect(after.places).toEqual(original.places);
    expect(after.meta).toEqual(original.meta);
  });

  it('changes nothing for a file with errors, or when the database fails half-way', async () => {
    const before = await snapshot();
    const [a] = await allPlaces(db);
    const broken: ImportPreview = { ...previewOf([a!]), rows: [{ row: 2, errors: [{ code: 'nameMissing' }], warnings: [] }] } as ImportPreview;
    expect(await applyMerge(db, broken)).toEqual({ ok: false, error: { code: 'applyNotAllowed' } });
    expect(await snapshot()).toBe(before);
    // A merged list with the same id twice: the write fails after the old rows were cleared.
    const clash = [{ ...a!, id: 'twice' }, { ...a!, id: 'twice', name: 'Again' }];
    await expect(mergeInventory(db, () => ({ places: clash }))).rejects.toThrow();
    expect(await snapshot()).toBe(before);
  });

  it('property: merging is idempotent and never loses a newer check', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const list = fc.uniqueArray(
      fc.tuple(fc.constantFrom(...ids), validPlace).map(([id, p]) => ({ ...p, id })),
      { selector: (p) => p.id, maxLength: ids.length },
    );
    fc.assert(
      fc.property(list, list, (ours, theirs) => {
        const once = mergePlaces(ours, theirs);
        const twice = mergePlaces(once.places, theirs);
        expect(twice.places).toEqual(once.places);
        expect(twice.updated + twice.added).toBe(0);
        const result = new Map(once.places.map((p) => [p.id, p]));
        expect(result.size).toBe(new Set([...ours, ...theirs].map((p) => p.id)).size);
        for (const p of [...ours, ...theirs]) expect(result.get(p.id)!.checkedOn >= p.checkedOn).toBe(true);
        // Ours is kept unless the file's check is strictly newer.
        for (const mine of ours) {
          const other = theirs.find((p) => p.id === mine.id);
          expect(result.get(mine.id)).toBe(other && other.checkedOn > mine.checkedOn ? other : mine);
        }
        expect(once.updated + once.kept).toBe(ours.length);
      }),
      { numRuns: 300, ...(process.env['CI'] ? { seed: 20_261_212 } : {}) },
    );
  }, 30_000);
});
