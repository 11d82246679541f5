// @vitest-environment node
//
// Checks public/data/inventory.json (built by scripts/build-inventory.mjs) against the
// shared CSV files it comes from, parsed again here, independently of the build script.
// Regenerate the JSON with: node scripts/build-inventory.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// papaparse ships no type declarations; type just the part used here.
interface ParseResult {
  data: Record<string, string>[];
  errors: { message: string; row?: number }[];
  meta: { fields?: string[] };
}
const Papa = createRequire(import.meta.url)('papaparse') as {
  parse: (text: string, config: { header: true; skipEmptyLines: 'greedy' }) => ParseResult;
};

const ROOT = resolve(import.meta.dirname, '..');
const DATA_DIR = resolve(ROOT, '../shared/data');

interface Place {
  id: string;
  name: string;
  category: string;
  audience: string;
  services: string[];
  languages: string[];
  streetAddress: string;
  postalCode: string;
  commune: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  description: { fr: string };
  sources: string[];
  confidence: string;
  origin: 'helpers-brussels' | 'helpers-brussels-extra';
}
interface Commune {
  id: string;
  nis: string;
  nameFr: string;
  nameNl: string;
  postalCodes: string[];
  lat: number;
  lon: number;
  pointType: string;
}
interface BuiltInInventory {
  version: string;
  generatedFrom: string[];
  places: Place[];
  directoryOnly: Place[];
  communes: Commune[];
}

const inventory = JSON.parse(
  readFileSync(resolve(ROOT, 'public/data/inventory.json'), 'utf8'),
) as BuiltInInventory;

function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(resolve(DATA_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const result = Papa.parse(text, { header: true, skipEmptyLines: 'greedy' });
  expect(result.errors, `${file} parses cleanly`).toEqual([]);
  return result.data;
}

const list = (value: string | undefined): string[] =>
  (value ?? '').split(';').map((s) => s.trim()).filter((s) => s !== '');
const cell = (row: Record<string, string>, col: string): string => (row[col] ?? '').trim();

// CSV column -> how to read the same value from a Place.
const PLACE_FIELDS: [string, (p: Place) => string | string[]][] = [
  ['id', (p) => p.id],
  ['name', (p) => p.name],
  ['category', (p) => p.category],
  ['audience', (p) => p.audience],
  ['services', (p) => p.services],
  ['languages', (p) => p.languages],
  ['street_address', (p) => p.streetAddress],
  ['postal_code', (p) => p.postalCode],
  ['commune', (p) => p.commune],
  ['phone', (p) => p.phone],
  ['email', (p) => p.email],
  ['website', (p) => p.website],
  ['opening_hours', (p) => p.openingHours],
  ['description_fr', (p) => p.description.fr],
  ['source_urls', (p) => p.sources],
  ['confidence', (p) => p.confidence],
];
const LIST_COLUMNS = new Set(['services', 'languages', 'source_urls']);

const helperFiles = [
  { file: 'helpers-brussels.csv', origin: 'helpers-brussels' },
  { file: 'helpers-brussels-extra.csv', origin: 'helpers-brussels-extra' },
] as const;
const helperRows = helperFiles.flatMap(({ file, origin }) =>
  readCsv(file).map((row) => ({ file, origin, row })),
);
const communeRows = readCsv('communes-brussels.csv');

const placesById = new Map(inventory.places.map((p) => [p.id, p]));
const directoryById = new Map(inventory.directoryOnly.map((p) => [p.id, p]));

describe('public/data/inventory.json', () => {
  it('has a content-hash version and names its inputs', () => {
    expect(inventory.version).toMatch(/^builtin-[0-9a-f]{12}$/);
    expect(inventory.generatedFrom).toEqual([
      'helpers-brussels.csv',
      'helpers-brussels-extra.csv',
      'communes-brussels.csv',
    ]);
  });

  it('has unique ids across places and directoryOnly', () => {
    const ids = [...inventory.places, ...inventory.directoryOnly].map((p) => p.id);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds exactly the CSV rows: non-umbrella in places, umbrella in directoryOnly', () => {
    const expectPlaces = helperRows.filter(({ row }) => cell(row, 'category') !== 'umbrella');
    const expectDirectory = helperRows.filter(({ row }) => cell(row, 'category') === 'umbrella');
    expect(inventory.places.map((p) => p.id)).toEqual(expectPlaces.map(({ row }) => cell(row, 'id')));
    expect(inventory.directoryOnly.map((p) => p.id)).toEqual(
      expectDirectory.map(({ row }) => cell(row, 'id')),
    );
    expect(inventory.places.some((p) => p.category === 'umbrella')).toBe(false);
    expect(inventory.directoryOnly.every((p) => p.category === 'umbrella')).toBe(true);
  });

  it.each(helperRows.map((r) => [`${r.file} ${cell(r.row, 'id')}`, r] as const))(
    '%s: every field matches the CSV (blank stays blank)',
    (_label, { row, origin }) => {
      const id = cell(row, 'id');
      const umbrella = cell(row, 'category') === 'umbrella';
      const place = (umbrella ? directoryById : placesById).get(id);
      expect(place, `${id} present in ${umbrella ? 'directoryOnly' : 'places'}`).toBeDefined();
      if (!place) return;
      expect(place.origin).toBe(origin);
      for (const [col, read] of PLACE_FIELDS) {
        const expected = LIST_COLUMNS.has(col) ? list(row[col]) : cell(row, col);
        expect(read(place), `${id}.${col}`).toEqual(expected);
        // Redundant with toEqual, kept explicit: nothing invented where the CSV is blank.
        if (cell(row, col) === '') expect(read(place), `${id}.${col} blank`).toHaveLength(0);
      }
    },
  );

  it('has no place fields beyond the documented ones', () => {
    const keys = [
      'id', 'name', 'category', 'audience', 'services', 'languages', 'streetAddress',
      'postalCode', 'commune', 'phone', 'email', 'website', 'openingHours', 'description',
      'sources', 'confidence', 'origin',
    ];
    for (const p of [...inventory.places, ...inventory.directoryOnly]) {
      expect(Object.keys(p), p.id).toEqual(keys);
      expect(Object.keys(p.description), p.id).toEqual(['fr']);
    }
  });

  it('has the 19 communes of the CSV, with numeric coordinates', () => {
    expect(communeRows).toHaveLength(19);
    expect(inventory.communes).toHaveLength(19);
    inventory.communes.forEach((c, i) => {
      const row = communeRows[i]!;
      expect(c, cell(row, 'id')).toEqual({
        id: cell(row, 'id'),
        nis: cell(row, 'nis_code'),
        nameFr: cell(row, 'name_fr'),
        nameNl: cell(row, 'name_nl'),
        postalCodes: list(row.postal_codes),
        lat: Number(cell(row, 'latitude')),
        lon: Number(cell(row, 'longitude')),
        pointType: cell(row, 'point_type'),
      });
      expect(Number.isFinite(c.lat) && Number.isFinite(c.lon), c.id).toBe(true);
    });
  });

  it('uses only the 19 commune names in places', () => {
    const names = new Set(inventory.communes.map((c) => c.nameFr));
    for (const p of [...inventory.places, ...inventory.directoryOnly]) {
      if (p.commune !== '') expect(names.has(p.commune), `${p.id}: ${p.commune}`).toBe(true);
    }
  });
});
