import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import type { BuiltInInventory } from './place';
import type { StoredPlace } from './db';
import { exportColumns, exportCsv, exportFileName, exportJson, JSON_FORMAT, SHARED_COLUMNS } from './export';
import { validPlaces } from './import/arbitraries.fixture';
import { parseImportFile, type ImportPreview } from './import/parse-import';
import { builtInPlaces } from './inventory-store';

const encode = (s: string) => new TextEncoder().encode(s);
const asImported = (places: readonly StoredPlace[]) => places.map((p) => ({ ...p, origin: 'import', editedByStaff: false }));

function placesOf(preview: ImportPreview): StoredPlace[] {
  if (!preview.ok) throw new Error(`unreadable: ${JSON.stringify(preview.error)}`);
  const withErrors = preview.rows.filter((r) => r.errors.length > 0);
  if (withErrors.length > 0) throw new Error(`errors: ${JSON.stringify(withErrors)}`);
  return preview.places;
}

const builtIn = builtInPlaces(inventory as BuiltInInventory);

describe('exportCsv', () => {
  it("writes the shared columns first, then the second edition's and the kiosk's, every field quoted, CRLF", () => {
    const csv = exportCsv(builtIn.slice(0, 2));
    const [header] = csv.split('\r\n');
    expect(header).toBe(
      [
        ...SHARED_COLUMNS,
        'eligibility',
        'access',
        'hours_source',
        'latitude',
        'longitude',
        'notes',
        'sources_read_on',
        'accessibility',
        'description_nl',
        'description_en',
        'checked_on',
        'checked_how',
        'public',
      ].map((c) => `"${c}"`).join(','),
    );
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('adds a column for every other description language', () => {
    const place = { ...builtIn[0]!, description: { fr: 'a', de: 'b', ar: 'c' } };
    expect(exportColumns([place]).filter((c) => c.startsWith('description_'))).toEqual(['description_fr', 'description_nl', 'description_en', 'description_ar', 'description_de']);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const place = { ...builtIn[0]!, name: '=HYPERLINK("http://evil")', phone: '+32 2 000 00 00', audience: "'=x" };
    const [, row] = Papa.parse<string[]>(exportCsv([place]), { newline: '\r\n' }).data;
    expect(row).toContain('\'=HYPERLINK("http://evil")');
    expect(row).toContain("'+32 2 000 00 00");
    expect(row).toContain("''=x");
  });

  it('names files by date', () => {
    expect(exportFileName('csv', new Date('2025-03-14T10:00:00Z'))).toBe('inventaire-2025-03-14.csv');
  });
});

describe('exportJson', () => {
  it('writes the Place fields only, with a format marker', () => {
    const parsed = JSON.parse(exportJson(builtIn.slice(0, 1), new Date('2025-03-14T10:00:00Z'))) as { format: string; exportedAt: string; places: object[] };
    expect(parsed.format).toBe(JSON_FORMAT);
    expect(parsed.exportedAt).toBe('2025-03-14T10:00:00.000Z');
    expect(Object.keys(parsed.places[0]!)).not.toContain('origin');
  });
});

describe('export → import round trip', () => {
  it('gives back the built-in inventory exactly (as imported places), in CSV and JSON', async () => {
    expect(placesOf(await parseImportFile({ name: 'a.csv', bytes: encode(`\uFEFF${exportCsv(builtIn)}`) }))).toEqual(asImported(builtIn));
    expect(placesOf(await parseImportFile({ name: 'a.json', bytes: encode(exportJson(builtIn)) }))).toEqual(asImported(builtIn));
  });

  it('CSV: any valid places come back identical (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(validPlaces, async (places) => {
        const bytes = encode(`\uFEFF${exportCsv(places)}`);
        expect(placesOf(await parseImportFile({ name: 'inventaire.csv', bytes }))).toEqual(places);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON: any valid places come back identical (property-based)', async () => {
    await fc.assert(
      fc.asyncProperty(validPlaces, async (places) => {
        expect(placesOf(await parseImportFile({ name: 'inventaire.json', bytes: encode(exportJson(places)) }))).toEqual(places);
      }),
      { numRuns: 300 },
    );
  });
});
