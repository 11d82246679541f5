// @vitest-environment node
//
// Checks public/data/inventory.json (built by scripts/build-inventory.mjs) against the
// project's CSV files it comes from (data/, see data/PROVENANCE.md), parsed again here,
// independently of the build script. Nothing here reads ../shared: a clone without it passes.
// Regenerate the JSON with: node scripts/build-inventory.mjs
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import OpeningHours from 'opening_hours';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuiltInInventory, BuiltInPlace } from '../src/data/place';
import { openStateAt, parseOpeningHours } from '../src/help/opening-hours';

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
const DATA_DIR = resolve(ROOT, 'data');
const PLACES_FILE = 'places-brussels.csv';
const COMMUNES_FILE = 'communes-brussels.csv';
const INVENTORY = resolve(ROOT, 'public/data/inventory.json');

const inventoryBytes = readFileSync(INVENTORY);
const inventory = JSON.parse(inventoryBytes.toString('utf8')) as BuiltInInventory & { generatedFrom: string[] };

function readCsv(file: string): { fields: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(resolve(DATA_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const result = Papa.parse(text, { header: true, skipEmptyLines: 'greedy' });
  expect(result.errors, `${file} parses cleanly`).toEqual([]);
  return { fields: result.meta.fields ?? [], rows: result.data };
}

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
const cell = (row: Record<string, string>, col: string): string => (row[col] ?? '').trim();
const coordinate = (row: Record<string, string>, col: string): number | null => (cell(row, col) === '' ? null : Number(cell(row, col)));

// CSV column -> how to read the same value from a built-in place.
const PLACE_FIELDS: [string, (p: BuiltInPlace) => string | string[] | number | null][] = [
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
  ['eligibility', (p) => p.eligibility],
  ['access', (p) => p.access],
  ['hours_source', (p) => p.hoursSource],
  ['latitude', (p) => p.lat],
  ['longitude', (p) => p.lon],
  ['notes', (p) => p.notes],
  ['sources_read_on', (p) => p.sourcesReadOn],
];
const LIST_COLUMNS = new Set(['services', 'languages', 'source_urls', 'access']);
const COORDINATE_COLUMNS = new Set(['latitude', 'longitude']);
const expectedValue = (row: Record<string, string>, col: string): string | string[] | number | null =>
  LIST_COLUMNS.has(col) ? list(row[col]) : COORDINATE_COLUMNS.has(col) ? coordinate(row, col) : cell(row, col);

const places = readCsv(PLACES_FILE);
const communes = readCsv(COMMUNES_FILE);
const placeRows = places.rows;
const communeRows = communes.rows;

/** A phone service anyone may call (DocStop): shown to the public although it is an "umbrella" row. */
const phoneForAnyone = (row: Record<string, string>): boolean =>
  list(row.access).includes('phone') && cell(row, 'eligibility') === 'anyone';
const isPublic = (row: Record<string, string>): boolean => cell(row, 'category') !== 'umbrella' || phoneForAnyone(row);

const placesById = new Map(inventory.places.map((p) => [p.id, p]));
const directoryById = new Map(inventory.directoryOnly.map((p) => [p.id, p]));

describe('data/places-brussels.csv (the second edition, as delivered)', () => {
  it('has the documented columns, in order (data/README-places.md)', () => {
    expect(places.fields).toEqual([
      'id',
      'name',
      'category',
      'audience',
      'services',
      'languages',
      'street_address',
      'postal_code',
      'commune',
      'phone',
      'email',
      'website',
      'opening_hours',
      'description_fr',
      'source_urls',
      'confidence',
      'eligibility',
      'access',
      'hours_source',
      'latitude',
      'longitude',
      'coordinates_source',
      'notes',
      'sources_read_on',
    ]);
  });

  it('holds what its README counts: 111 rows, 13 umbrella, 50 streets, 40 phones, 17 hours, 51 eligibility, 24 access, 0 coordinates', () => {
    const count = (col: string): number => placeRows.filter((r) => cell(r, col) !== '').length;
    expect(placeRows).toHaveLength(111);
    expect(placeRows.filter((r) => cell(r, 'category') === 'umbrella')).toHaveLength(13);
    expect([count('street_address'), count('phone'), count('opening_hours'), count('eligibility'), count('access')]).toEqual([
      50, 40, 17, 51, 24,
    ]);
    expect([count('latitude'), count('longitude'), count('coordinates_source')]).toEqual([0, 0, 0]);
  });

  it('gives sources_read_on as a date (the day sources were read, not a check) or blank', () => {
    for (const r of placeRows) expect(cell(r, 'sources_read_on'), cell(r, 'id')).toMatch(/^(\d{4}-\d{2}-\d{2})?$/u);
  });
});

describe('public/data/inventory.json', () => {
  it('has a content-hash version of the project’s CSV files and names them', () => {
    // Recomputed here as the build documents it: sha256 over (file name, NUL, bytes, NUL)…
    const hash = createHash('sha256');
    for (const file of [PLACES_FILE, COMMUNES_FILE]) {
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(resolve(DATA_DIR, file)))
        .update('\0');
    }
    // …so a CSV edited without rebuilding the JSON fails here.
    expect(inventory.version).toBe(`builtin-${hash.digest('hex').slice(0, 12)}`);
    expect(inventory.generatedFrom).toEqual([PLACES_FILE, COMMUNES_FILE]);
  });

  it('has unique ids across places and directoryOnly', () => {
    const ids = [...inventory.places, ...inventory.directoryOnly].map((p) => p.id);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds exactly the CSV rows, in CSV order: public ones (not umbrella, or a phone service for anyone) in places, the rest in directoryOnly', () => {
    expect(inventory.places.map((p) => p.id)).toEqual(placeRows.filter(isPublic).map((r) => cell(r, 'id')));
    expect(inventory.directoryOnly.map((p) => p.id)).toEqual(placeRows.filter((r) => !isPublic(r)).map((r) => cell(r, 'id')));
    expect(inventory.directoryOnly.every((p) => p.category === 'umbrella')).toBe(true);
    // The only umbrella rows the public sees are phone services anyone may call.
    expect(inventory.places.filter((p) => p.category === 'umbrella').map((p) => p.id)).toEqual(['docstop']);
  });

  it('lists DocStop for the public, with its corrected free number 00800 2123 2123', () => {
    const docstop = placesById.get('docstop');
    expect(docstop, 'docstop in places').toBeDefined();
    expect(directoryById.has('docstop')).toBe(false);
    expect(docstop?.phone).toBe('00800 2123 2123');
    expect(docstop?.access).toEqual(['phone']);
    expect(docstop?.eligibility).toBe('anyone');
    expect(docstop?.services).toContain('eid-pin-help');
  });

  it.each(placeRows.map((r) => [cell(r, 'id'), r] as const))(
    '%s: every field matches the CSV (blank stays blank, no coordinates → null)',
    (id, row) => {
      const place = (isPublic(row) ? placesById : directoryById).get(id);
      expect(place, `${id} present in ${isPublic(row) ? 'places' : 'directoryOnly'}`).toBeDefined();
      if (!place) return;
      expect(place.origin).toBe('places-brussels');
      for (const [col, read] of PLACE_FIELDS) {
        expect(read(place), `${id}.${col}`).toEqual(expectedValue(row, col));
        // Redundant with toEqual, kept explicit: nothing invented where the CSV is blank.
        if (cell(row, col) === '') {
          const value = read(place);
          if (COORDINATE_COLUMNS.has(col)) expect(value, `${id}.${col} blank`).toBeNull();
          else expect(value, `${id}.${col} blank`).toHaveLength(0);
        }
      }
    },
  );

  it('has no place fields beyond the documented ones, in the documented order', () => {
    const keys = [
      'id',
      'name',
      'category',
      'audience',
      'services',
      'languages',
      'streetAddress',
      'postalCode',
      'commune',
      'phone',
      'email',
      'website',
      'openingHours',
      'description',
      'sources',
      'confidence',
      'origin',
      'eligibility',
      'access',
      'hoursSource',
      'notes',
      'sourcesReadOn',
      'lat',
      'lon',
    ];
    for (const p of [...inventory.places, ...inventory.directoryOnly]) {
      expect(Object.keys(p), p.id).toEqual(keys);
      expect(Object.keys(p.description), p.id).toEqual(['fr']);
    }
  });

  it('has the 19 communes of the CSV, with numeric coordinates', () => {
    expect(communes.fields).toEqual([
      'id',
      'nis_code',
      'name_fr',
      'name_nl',
      'postal_codes',
      'latitude',
      'longitude',
      'point_type',
      'source',
    ]);
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

describe('opening hours in the built-in list', () => {
  const withHours = [...inventory.places, ...inventory.directoryOnly].filter((p) => p.openingHours !== '');
  const reference = (hours: string): OpeningHours =>
    new OpeningHours(hours, { lat: 50.85, lon: 4.35, address: { country_code: 'be', state: 'Brussels-Capital' } });

  it('are all valid for the reference opening_hours library (country be), as the README says', () => {
    expect(withHours).toHaveLength(17);
    for (const p of withHours) expect(() => reference(p.openingHours), `${p.id}: ${p.openingHours}`).not.toThrow();
  });

  it('all parse with the kiosk’s own reader (a subset of OSM); any that does not is named here', () => {
    // Our reader shows what it cannot read as "hours unknown". Today every value is read;
    // a value it cannot read must be added to this list on purpose, not slip by.
    const KNOWN_UNREADABLE: string[] = [];
    const unreadable = withHours.filter((p) => parseOpeningHours(p.openingHours) === null).map((p) => `${p.id}: ${p.openingHours}`);
    expect(unreadable).toEqual(KNOWN_UNREADABLE);
  });

  it('say open or closed as the reference library does, every half hour of a week with a public holiday', () => {
    // Mon 21 Dec 2026 → Sun 3 Jan 2027, Brussels time: Christmas (Fri) and New Year's Day (Fri).
    const start = new Date(2026, 11, 21, 0, 0);
    for (const p of withHours) {
      if (parseOpeningHours(p.openingHours) === null) continue;
      const ref = reference(p.openingHours);
      for (let t = 0; t < 14 * 48; t++) {
        const at = new Date(start.getTime() + t * 30 * 60_000);
        expect(openStateAt(p.openingHours, at), `${p.id} "${p.openingHours}" at ${at.toString()}`).toBe(
          ref.getState(at) ? 'open' : 'closed',
        );
      }
    }
  });
});

describe('scripts/build-inventory.mjs', () => {
  // The build writes into the folder it sits in: run copies of the script and the CSVs in a
  // scratch folder, so the test never rewrites the project's public/data/inventory.json.
  const scratch = mkdtempSync(join(tmpdir(), 'inventory-build-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('makes the committed inventory.json again, byte for byte, every time (deterministic)', () => {
    mkdirSync(join(scratch, 'scripts'));
    mkdirSync(join(scratch, 'data'));
    copyFileSync(resolve(ROOT, 'scripts/build-inventory.mjs'), join(scratch, 'scripts/build-inventory.mjs'));
    for (const file of [PLACES_FILE, COMMUNES_FILE]) copyFileSync(resolve(DATA_DIR, file), join(scratch, 'data', file));
    symlinkSync(resolve(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const build = (): Buffer => {
      execFileSync(process.execPath, [join(scratch, 'scripts/build-inventory.mjs')], { stdio: 'pipe' });
      return readFileSync(join(scratch, 'public/data/inventory.json'));
    };
    const first = build();
    const second = build();
    expect(second.equals(first), 'two builds give the same bytes').toBe(true);
    expect(first.equals(inventoryBytes), 'public/data/inventory.json is current: run node scripts/build-inventory.mjs').toBe(true);
  });
});
