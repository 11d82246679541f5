import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRICKY_TEXT } from './arbitraries.fixture';
import { makeXlsx, type FixtureCell } from './make-xlsx.fixture';
import { MESSAGE_CODES, type Message } from './messages';
import { parseImportFile, type ImportPreview } from './parse-import';
import { isValidPlace } from './validate';

const KNOWN = new Set<string>(MESSAGE_CODES);
const knownMessage = (m: Message) => KNOWN.has(m.code);
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const KEYS_BEFORE = prototypeKeys();

/** What must hold for any file: a typed answer, valid places, unique ids, no pollution. */
function expectSound(preview: ImportPreview): void {
  if (!preview.ok) {
    expect(knownMessage(preview.error)).toBe(true);
  } else {
    for (const place of preview.places) {
      expect(isValidPlace(place), JSON.stringify(place)).toBe(true);
      expect(place.origin).toBe('import');
      expect(place.editedByStaff).toBe(false);
    }
    expect(new Set(preview.places.map((p) => p.id)).size).toBe(preview.places.length);
    for (const row of preview.rows) expect([...row.errors, ...row.warnings].every(knownMessage)).toBe(true);
    expect(preview.warnings.every(knownMessage)).toBe(true);
    // A row either became a place or has an error, never both, never neither.
    const placed = preview.rows.filter((r) => r.errors.length === 0).length;
    expect(placed).toBe(preview.places.length);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(KEYS_BEFORE);
}

const fileName = fc.constantFrom('x.csv', 'x.json', 'x.xlsx', 'x.xls', 'x.txt', 'x', 'X.CSV');
const encode = (s: string) => new TextEncoder().encode(s);

const COLUMN_NAMES = [
  'id', 'name', 'category', 'services', 'languages', 'commune', 'postal_code', 'latitude', 'longitude', 'email', 'website',
  'phone', 'source_urls', 'last_verified', 'public', 'confidence', 'description_fr', 'description_xx', 'Nom', 'Catégorie',
  'Adresse postale', 'Adresse mail personnalisée', 'Site internet', 'Présentation', '__proto__', 'constructor', 'prototype', '',
];
const CELL_VALUES = [
  ...TRICKY_TEXT, 'health', 'santé', 'umbrella', 'Schaarbeek', 'Ixelles', '1030', '5000', '50.85', '4.35', '50,85', '91',
  'info@x.be', 'https://x.be', 'www.x.be', 'javascript:alert(1)', 'fr;nl', 'eid-pin-help;x y', '2024-02-30', '2024-02-28',
  'yes', 'maybe', 'Rue Haute 1, 1000 Bruxelles', 'a', 'a', 'b',
];
const cell = fc.oneof(fc.constantFrom(...CELL_VALUES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));

/** A JSON text with arbitrary keys (including __proto__) written literally, as an attacker would. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    fc.constantFrom(...CELL_VALUES).map((v) => JSON.stringify(v)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...COLUMN_NAMES, 'description', 'places'), fc.string({ maxLength: 6 })), tie('value')), { maxLength: 6 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** A list of objects that look like places (name, category) plus arbitrary, hostile keys. */
const placeLikeJson: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...CELL_VALUES),
      fc.constantFrom('health', 'santé', 'social', 'umbrella', 'culture'),
      fc.array(fc.tuple(fc.constantFrom(...COLUMN_NAMES, 'description', '__proto__', 'constructor', 'prototype'), jsonText), { maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((items) => `[${items.map(([name, category, extra]) => `{"name":${JSON.stringify(name)},"category":${JSON.stringify(category)}${extra.map(([k, v]) => `,${JSON.stringify(k)}:${v}`).join('')}}`).join(',')}]`);

describe('parseImportFile on any input (property-based)', () => {
  it('random bytes: resolves to a typed answer, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fileName, async (bytes, name) => {
        expectSound(await parseImportFile({ name, bytes }));
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes behind a zip signature: the XLSX path refuses cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        expectSound(await parseImportFile({ name: 'x.xlsx', bytes }));
      }),
      { numRuns: 200 },
    );
  });

  it('random CSV-like text: only valid places come out', async () => {
    const categoryCell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('health', 'santé', 'Social', 'umbrella') }, { weight: 1, arbitrary: cell });
    const table = fc.tuple(
      fc.constantFrom(['name', 'category'], ['Nom', 'Catégorie'], ['category', 'organisation'], []),
      fc.array(fc.oneof(fc.constantFrom(...COLUMN_NAMES), fc.string({ maxLength: 8 })), { maxLength: 6 }),
      fc.array(fc.tuple(cell, categoryCell, fc.array(cell, { maxLength: 7 })), { maxLength: 8 }),
      fc.constantFrom(',', ';'),
      fc.constantFrom('\r\n', '\n', '\r'),
      fc.boolean(),
    );
    let withPlaces = 0;
    await fc.assert(
      fc.asyncProperty(table, fileName, async ([base, extra, rows, sep, eol, quoteAll], name) => {
        const q = (v: string) => (quoteAll || /[",;\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);
        const lines = [[...base, ...extra], ...rows.map(([a, b, more]) => (base[0] === 'category' ? [b, a, ...more] : [a, b, ...more]))];
        const preview = await parseImportFile({ name, bytes: encode(lines.map((r) => r.map(q).join(sep)).join(eol)) });
        expectSound(preview);
        if (preview.ok && preview.places.length > 0) withPlaces++;
      }),
      { numRuns: 300 },
    );
    // The property is not empty: many of the generated files do give places.
    expect(withPlaces).toBeGreaterThan(50);
  });

  it('random unquoted, half-quoted text: still a typed answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        expectSound(await parseImportFile({ name: 'x.csv', bytes: encode(`name,category\n${text}`) }));
      }),
      { numRuns: 200 },
    );
  });

  it('random JSON values, with __proto__, constructor and prototype keys: no pollution', async () => {
    let withPlaces = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonText, placeLikeJson), fc.boolean(), async (text, wrap) => {
        const body = wrap ? `{"places":${text}}` : text;
        const preview = await parseImportFile({ name: 'x.json', bytes: encode(body) });
        expectSound(preview);
        if (preview.ok && preview.places.length > 0) withPlaces++;
      }),
      { numRuns: 400 },
    );
    expect(withPlaces).toBeGreaterThan(40);
  });

  it('random spreadsheets: only valid places come out', async () => {
    const xlsxCell: fc.Arbitrary<FixtureCell> = fc.oneof(
      cell,
      fc.constant(null),
      fc.integer({ min: -2000, max: 99999 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...COLUMN_NAMES), { minLength: 1, maxLength: 7 }),
        fc.array(fc.array(xlsxCell, { maxLength: 8 }), { maxLength: 6 }),
        async (header, rows) => {
          expectSound(await parseImportFile({ name: 'x.xlsx', bytes: makeXlsx([header, ...rows]) }));
        },
      ),
      { numRuns: 60 },
    );
  });
});
