#!/usr/bin/env node
// Build public/data/inventory.json — the kiosk's built-in help directory.
//
//   node scripts/build-inventory.mjs
//
// Inputs (in the project: data/, provenance in data/PROVENANCE.md; columns in data/README-places.md):
//   data/places-brussels.csv     the helpers' list, second edition (2026-12-04)
//   data/communes-brussels.csv   the 19 communes and their reference points
//
// Output shape (key order is fixed, output is deterministic: same inputs → same bytes):
//   {
//     version:        "builtin-" + first 12 hex of sha256 over the input files
//                     (file name, NUL, bytes, NUL — in the order above);
//     generatedFrom:  the input file names;
//     places:         the rows shown to the public, CSV order: every row that is not
//                     "umbrella", and the umbrella rows that are phone services for anyone
//                     (DocStop: access "phone", eligibility "anyone");
//     directoryOnly:  the other "umbrella" rows (federations, funders…), same shape;
//     communes:       the 19 communes, CSV order.
//   }
//   Place   { id, name, category, audience, services[], languages[], streetAddress,
//             postalCode, commune, phone, email, website, openingHours,
//             description: { fr }, sources[] (from source_urls), confidence, origin,
//             eligibility, access[], hoursSource, notes, sourcesReadOn, lat, lon }
//   Commune { id, nis (from nis_code), nameFr, nameNl, postalCodes[], lat, lon, pointType }
//             (the communes CSV "source" column is not carried.)
//
// Any column not listed below makes the build fail, so a new column cannot be dropped
// silently — extend this script (and the Place type) when one appears.
//
// Rules: values are trimmed; a blank cell stays "" (or [] for lists, null for coordinates) —
// nothing is invented; ";" lists are split, trimmed, empty items dropped. The build exits 1
// with a message naming the file and row when: a required column is missing or an unknown
// one is present, a row has the wrong number of fields, id/name/category is blank, an id is
// duplicated, category/confidence/eligibility/access is not one of the documented values, a
// commune is not one of the 19 name_fr values (blank is allowed), a latitude/longitude is not
// a number, a date is not YYYY-MM-DD, or the communes file does not hold exactly 19 communes.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA_DIR = resolve(ROOT, 'data');
const OUT = resolve(ROOT, 'public/data/inventory.json');

const HELPER_FILES = [{ file: 'places-brussels.csv', origin: 'places-brussels' }];
const COMMUNES_FILE = 'communes-brussels.csv';

const HELPER_COLUMNS = [
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
];
const COMMUNE_COLUMNS = ['id', 'nis_code', 'name_fr', 'name_nl', 'postal_codes', 'latitude', 'longitude', 'point_type'];
// Columns we know and deliberately do not carry.
const COMMUNE_IGNORED_COLUMNS = ['source'];

const CATEGORIES = new Set(['health', 'social', 'digital', 'neighbourhood', 'umbrella']);
const CONFIDENCES = new Set(['high', 'medium', 'low']);
const ELIGIBILITIES = new Set(['anyone', 'residents', 'members']);
const ACCESS_WAYS = new Set(['walk-in', 'appointment', 'phone']);
const EXPECTED_COMMUNES = 19;

class DataError extends Error {}

function fail(file, where, message) {
  throw new DataError(`${file}${where ? `, ${where}` : ''}: ${message}`);
}

/**
 * Parse one CSV file into trimmed records.
 * Returns { header, rows: [{ where, values: {col: string} }] } where `where` reads
 * "row N (line L)": N = 1-based data row, L = physical line where the row starts.
 */
function readCsv(file, requiredColumns, ignoredColumns = []) {
  const text = readFileSync(resolve(DATA_DIR, file), 'utf8').replace(/^\uFEFF/, '');
  const records = [];
  const errors = [];
  Papa.parse(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step(result) {
      if (result.errors.length) errors.push(...result.errors);
      records.push({ data: result.data, end: result.meta.cursor });
    },
  });
  if (errors.length) {
    const e = errors[0];
    fail(file, e.row != null ? `record ${e.row + 1}` : '', `CSV parse error: ${e.message}`);
  }
  if (records.length === 0) fail(file, '', 'file is empty');

  // Physical start line of each record (fields may in principle span lines).
  const lineAt = (offset) => {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
    return line;
  };
  let prevEnd = 0;
  const located = records.map((r) => {
    let start = prevEnd;
    while (start < text.length && (text[start] === '\r' || text[start] === '\n')) start++;
    prevEnd = r.end;
    return { data: r.data, line: lineAt(start) };
  });

  const header = located[0].data.map((h) => String(h).trim());
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) fail(file, 'header (line 1)', `missing required column(s): ${missing.join(', ')}`);
  const unknown = header.filter((c) => !requiredColumns.includes(c) && !ignoredColumns.includes(c));
  if (unknown.length) {
    fail(file, 'header (line 1)', `unknown column(s) ${unknown.join(', ')} — update scripts/build-inventory.mjs to carry or ignore them`);
  }
  const dup = header.find((c, i) => header.indexOf(c) !== i);
  if (dup) fail(file, 'header (line 1)', `column "${dup}" appears twice`);

  const rows = located.slice(1).map((r, i) => {
    const where = `row ${i + 1} (line ${r.line})`;
    if (r.data.length !== header.length) {
      fail(file, where, `has ${r.data.length} fields, header has ${header.length}`);
    }
    const values = {};
    header.forEach((col, j) => {
      values[col] = String(r.data[j] ?? '').trim();
    });
    return { where, values };
  });
  return { rows };
}

function splitList(value) {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function parseCoordinate(file, where, column, value, limit) {
  if (!/^[+-]?\d+(\.\d+)?$/.test(value)) fail(file, where, `${column} "${value}" is not a number`);
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > limit) fail(file, where, `${column} "${value}" is out of range`);
  return n;
}

function buildCommunes() {
  const { rows } = readCsv(COMMUNES_FILE, COMMUNE_COLUMNS, COMMUNE_IGNORED_COLUMNS);
  const ids = new Set();
  const names = new Set();
  const communes = rows.map(({ where, values: v }) => {
    const at = `${where}${v.id ? `, id "${v.id}"` : ''}`;
    for (const col of ['id', 'nis_code', 'name_fr', 'name_nl']) {
      if (!v[col]) fail(COMMUNES_FILE, at, `${col} is blank`);
    }
    if (ids.has(v.id)) fail(COMMUNES_FILE, at, `duplicate id "${v.id}"`);
    if (names.has(v.name_fr)) fail(COMMUNES_FILE, at, `duplicate name_fr "${v.name_fr}"`);
    ids.add(v.id);
    names.add(v.name_fr);
    return {
      id: v.id,
      nis: v.nis_code,
      nameFr: v.name_fr,
      nameNl: v.name_nl,
      postalCodes: splitList(v.postal_codes),
      lat: parseCoordinate(COMMUNES_FILE, at, 'latitude', v.latitude, 90),
      lon: parseCoordinate(COMMUNES_FILE, at, 'longitude', v.longitude, 180),
      pointType: v.point_type,
    };
  });
  if (communes.length !== EXPECTED_COMMUNES) {
    fail(COMMUNES_FILE, '', `expected ${EXPECTED_COMMUNES} communes, found ${communes.length}`);
  }
  return { communes, communeNames: names };
}

function buildPlaces(communeNames) {
  const seen = new Map(); // id -> "file, row"
  const places = [];
  const directoryOnly = [];
  for (const { file, origin } of HELPER_FILES) {
    const { rows } = readCsv(file, HELPER_COLUMNS);
    for (const { where, values: v } of rows) {
      const at = `${where}${v.id ? `, id "${v.id}"` : ''}`;
      for (const col of ['id', 'name', 'category']) {
        if (!v[col]) fail(file, at, `${col} is blank`);
      }
      if (seen.has(v.id)) fail(file, at, `duplicate id "${v.id}" (first seen in ${seen.get(v.id)})`);
      seen.set(v.id, `${file}, ${where}`);
      if (!CATEGORIES.has(v.category)) {
        fail(file, at, `category "${v.category}" is not one of ${[...CATEGORIES].join(', ')}`);
      }
      if (v.confidence && !CONFIDENCES.has(v.confidence)) {
        fail(file, at, `confidence "${v.confidence}" is not one of ${[...CONFIDENCES].join(', ')}`);
      }
      if (v.commune && !communeNames.has(v.commune)) {
        fail(file, at, `commune "${v.commune}" is not a name_fr of ${COMMUNES_FILE}`);
      }
      if (v.eligibility && !ELIGIBILITIES.has(v.eligibility)) {
        fail(file, at, `eligibility "${v.eligibility}" is not one of ${[...ELIGIBILITIES].join(', ')}`);
      }
      const access = splitList(v.access);
      const strange = access.find((a) => !ACCESS_WAYS.has(a));
      if (strange) fail(file, at, `access "${strange}" is not one of ${[...ACCESS_WAYS].join(', ')}`);
      if (v.sources_read_on && !/^\d{4}-\d{2}-\d{2}$/.test(v.sources_read_on)) {
        fail(file, at, `sources_read_on "${v.sources_read_on}" is not a date YYYY-MM-DD`);
      }
      if (Boolean(v.latitude) !== Boolean(v.longitude)) fail(file, at, 'latitude and longitude go together');
      if (v.latitude && !v.coordinates_source) fail(file, at, 'coordinates without coordinates_source');
      const place = {
        id: v.id,
        name: v.name,
        category: v.category,
        audience: v.audience,
        services: splitList(v.services),
        languages: splitList(v.languages),
        streetAddress: v.street_address,
        postalCode: v.postal_code,
        commune: v.commune,
        phone: v.phone,
        email: v.email,
        website: v.website,
        openingHours: v.opening_hours,
        description: { fr: v.description_fr },
        sources: splitList(v.source_urls),
        confidence: v.confidence,
        origin,
        eligibility: v.eligibility,
        access,
        hoursSource: v.hours_source,
        notes: v.notes,
        sourcesReadOn: v.sources_read_on,
        lat: v.latitude ? parseCoordinate(file, at, 'latitude', v.latitude, 90) : null,
        lon: v.longitude ? parseCoordinate(file, at, 'longitude', v.longitude, 180) : null,
      };
      // A phone service for anyone (DocStop) helps the public even though it is not a local office.
      const phoneForAnyone = access.includes('phone') && v.eligibility === 'anyone';
      (v.category === 'umbrella' && !phoneForAnyone ? directoryOnly : places).push(place);
    }
  }
  return { places, directoryOnly };
}

function contentVersion(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(resolve(DATA_DIR, file)));
    hash.update('\0');
  }
  return `builtin-${hash.digest('hex').slice(0, 12)}`;
}

function main() {
  const inputs = [...HELPER_FILES.map((h) => h.file), COMMUNES_FILE];
  const { communes, communeNames } = buildCommunes();
  const { places, directoryOnly } = buildPlaces(communeNames);
  const inventory = {
    version: contentVersion(inputs),
    generatedFrom: inputs.map((f) => basename(f)),
    places,
    directoryOnly,
    communes,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(inventory, null, 1)}\n`, 'utf8');
  console.log(
    `${relative(ROOT, OUT)}: ${inventory.version} — ${places.length} places, ` +
      `${directoryOnly.length} directoryOnly, ${communes.length} communes`,
  );
}

try {
  main();
} catch (err) {
  if (err instanceof DataError) {
    console.error(`build-inventory: ${err.message}`);
  } else {
    console.error('build-inventory: unexpected error');
    console.error(err);
  }
  process.exit(1);
}
