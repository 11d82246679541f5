import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { makeXlsx, xlsxParts, zipParts } from './make-xlsx.fixture';
import type { Message } from './messages';
import {
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_TEXT_LENGTH,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  canApply,
  parseImportFile,
  type ImportPreview,
} from './parse-import';

const encode = (s: string) => new TextEncoder().encode(s);
const parseText = (text: string, name = 'inventaire.csv') => parseImportFile({ name, bytes: encode(text) });

/** The preview of a readable file (fails the test otherwise). */
function readable(preview: ImportPreview): Extract<ImportPreview, { ok: true }> {
  if (!preview.ok) throw new Error(`unexpected ${JSON.stringify(preview.error)}`);
  return preview;
}
const codes = (messages: readonly Message[]) => messages.map((m) => m.code);

/** One row "name,category,<column>" → its report and place. */
async function oneColumn(column: string, value: string) {
  const quoted = `"${value.replace(/"/gu, '""')}"`;
  const p = readable(await parseText(`name,category,${column}\r\nMaison,health,${quoted}\r\n`));
  return { row: p.rows[0]!, place: p.places[0], preview: p };
}

const PROJECT_HEADER =
  'id,name,category,audience,services,languages,street_address,postal_code,commune,phone,email,website,opening_hours,description_fr,source_urls,confidence,eligibility,access,hours_source,latitude,longitude,notes,sources_read_on,accessibility,description_nl,description_en,checked_on,checked_how,public';

describe('formats', () => {
  it('reads a project CSV with every column into exactly the place it describes', async () => {
    const row =
      '"mm-nord","Maison médicale du Nord","health","people of the neighbourhood","health-info;social-worker","fr;nl;ar","Rue Gallait 112","1030","Schaerbeek","02 242 51 81","info@mmnord.be","https://www.mmnord.be","Mo-Fr 09:00-17:00","Soins de santé de première ligne.","https://www.mmnord.be/contact;https://example.org/a","medium","members","walk-in;appointment","https://www.mmnord.be/horaires","50.8631","4.3781","Registered patients only on Fridays.","2026-12-04","Entrée de plain-pied","Eerstelijnszorg.","Primary care.","2025-02-03","phone","yes"';
    const p = readable(await parseText(`${PROJECT_HEADER}\r\n${row}\r\n`));
    expect(p.format).toBe('csv');
    expect(p.layout).toBe('project');
    expect(p.rows).toEqual([{ row: 2, id: 'mm-nord', name: 'Maison médicale du Nord', errors: [], warnings: [] }]);
    expect(p.warnings).toEqual([]);
    expect(p.places).toEqual([
      {
        id: 'mm-nord',
        name: 'Maison médicale du Nord',
        category: 'health',
        audience: 'people of the neighbourhood',
        services: ['health-info', 'social-worker'],
        languages: ['fr', 'nl', 'ar'],
        streetAddress: 'Rue Gallait 112',
        postalCode: '1030',
        commune: 'Schaerbeek',
        lat: 50.8631,
        lon: 4.3781,
        phone: '02 242 51 81',
        email: 'info@mmnord.be',
        website: 'https://www.mmnord.be',
        openingHours: 'Mo-Fr 09:00-17:00',
        accessibility: 'Entrée de plain-pied',
        description: { fr: 'Soins de santé de première ligne.', nl: 'Eerstelijnszorg.', en: 'Primary care.' },
        sources: ['https://www.mmnord.be/contact', 'https://example.org/a'],
        eligibility: 'members',
        access: ['walk-in', 'appointment'],
        hoursSource: 'https://www.mmnord.be/horaires',
        notes: 'Registered patients only on Fridays.',
        sourcesReadOn: '2026-12-04',
        checkedOn: '2025-02-03',
        checkedHow: 'phone',
        confidence: 'medium',
        publicListing: true,
        origin: 'import',
        editedByStaff: false,
      },
    ]);
    expect(canApply(p)).toBe(true);
  });

  it('reads ";" separated CSV with a BOM, as Excel saves it', async () => {
    const p = readable(await parseText('\uFEFFname;category;commune\r\n"Café; social";social;Ixelles\r\n'));
    expect(p.places.map((x) => [x.name, x.commune])).toEqual([['Café; social', 'Ixelles']]);
  });

  it('reads a Windows-1252 CSV (Excel on a French Windows) with a warning', async () => {
    // "nom;catégorie / Santé Plus;santé" in Windows-1252: é is the single byte 0xE9.
    const latin = Uint8Array.from('nom;cat\xe9gorie\r\nSant\xe9 Plus;sant\xe9\r\n', (c) => c.charCodeAt(0));
    const p = readable(await parseImportFile({ name: 'luss.csv', bytes: latin }));
    expect(codes(p.warnings)).toContain('encodingGuessed');
    expect(p.places.map((x) => [x.name, x.category])).toEqual([['Santé Plus', 'health']]);
  });

  it('reads JSON as an array of places or as { places: [...] }', async () => {
    const place = { name: 'EPN', category: 'digital', services: ['computer-access'], description: { fr: 'Ordinateurs' }, lat: 50.85, lon: 4.35 };
    for (const text of [JSON.stringify([place]), JSON.stringify({ places: [place] })]) {
      const p = readable(await parseText(text, 'inventaire.json'));
      expect(p.format).toBe('json');
      expect(p.places[0]).toMatchObject({ id: 'epn', name: 'EPN', services: ['computer-access'], description: { fr: 'Ordinateurs' }, lat: 50.85, lon: 4.35 });
    }
  });

  it('recognises JSON by its content when the name has no known extension', async () => {
    const p = readable(await parseText('[{"name":"A","category":"social"}]', 'export'));
    expect(p.format).toBe('json');
  });

  it('reads the first sheet of an XLSX, numbers as written and date cells as dates', async () => {
    const bytes = makeXlsx([
      ['name', 'category', 'postal_code', 'phone', 'last_verified', 'latitude', 'longitude'],
      ['Maison', 'health', 1030, '02 242 51 81', new Date(Date.UTC(2024, 2, 5)), 50.8631, 4.3781],
    ]);
    const p = readable(await parseImportFile({ name: 'inventaire.xlsx', bytes }));
    expect(p.format).toBe('xlsx');
    expect(p.places[0]).toMatchObject({ postalCode: '1030', phone: '02 242 51 81', checkedOn: '2024-03-05', lat: 50.8631, lon: 4.3781 });
  });

  it('finds the header under a title row, and numbers rows as the spreadsheet does', async () => {
    const p = readable(await parseImportFile({ name: 'x.xlsx', bytes: makeXlsx([['Inventaire 2019'], [], ['Nom', 'Catégorie'], ['A', 'social'], [], ['B', 'santé']]) }));
    expect(p.rows.map((r) => [r.row, r.name])).toEqual([
      [4, 'A'],
      [6, 'B'],
    ]);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'x.csv', 'fileEmpty'],
    ['an old .xls file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.xls', 'xlsNotSupported'],
    ['a .xlsx that is not a zip', encode('name,category'), 'x.xlsx', 'xlsxUnreadable'],
    ['a zip that is not a workbook', zipParts({ 'a.txt': strToU8('hello'), 'b.xml': strToU8('<a/>') }), 'x.xlsx', 'xlsxUnreadable'],
    ['a corrupt zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx', 'xlsxUnreadable'],
    ['broken JSON', encode('{"places": ['), 'x.json', 'jsonInvalid'],
    ['JSON that is not a list', encode('{"name": "A"}'), 'x.json', 'jsonNotPlaces'],
    ['an empty JSON list', encode('[]'), 'x.json', 'noRows'],
    ['a CSV with no name column', encode('a,b,c\r\n1,2,3\r\n'), 'x.csv', 'noNameColumn'],
    ['a CSV with only a header', encode('name,category\r\n\r\n'), 'x.csv', 'noRows'],
    ['a binary file', Uint8Array.from([0, 1, 2, 255, 0, 3]), 'x.csv', 'notText'],
  ])('refuses %s with a message, never an exception', async (_label, bytes, name, code) => {
    const preview = await parseImportFile({ name, bytes });
    // Vitest types its asymmetric matchers as `any`; held as `unknown`, the matcher is only handed on.
    const errorWithCode: unknown = expect.objectContaining({ code });
    expect(preview).toEqual({ ok: false, error: errorWithCode });
  });
});

describe('the LUSS inventory layout', () => {
  const header = 'Catégorie;Nom;Adresse postale;Adresse mail générale;Adresse mail personnalisée;Site internet;Présentation';

  it('maps the French columns and categories to the inventory schema', async () => {
    const rows = [
      'Santé;Maison médicale du Nord;Rue Gallait 112, 1030 Schaerbeek;info@mmnord.be;jean.dupont@mmnord.be;https://www.mmnord.be;Soins de première ligne.',
      'Social;CPAS;Rue de la Loi 2 1000 Bruxelles;;;;',
      'Fracture numérique;EPN Wolubilis;B-1200 Woluwe-Saint-Lambert;;;www.wolubilis.be;',
      'Association de quartier solidaire;Bras dessus Bras dessous;;;;;',
    ];
    const p = readable(await parseText(`${header}\r\n${rows.join('\r\n')}\r\n`, 'luss.csv'));
    expect(p.layout).toBe('luss');
    expect(p.places.map((x) => x.category)).toEqual(['health', 'social', 'digital', 'neighbourhood']);
    expect(p.places[0]).toMatchObject({
      id: 'maison-medicale-du-nord',
      name: 'Maison médicale du Nord',
      streetAddress: 'Rue Gallait 112',
      postalCode: '1030',
      commune: 'Schaerbeek',
      email: 'info@mmnord.be',
      website: 'https://www.mmnord.be',
      description: { fr: 'Soins de première ligne.' },
    });
    expect(p.places[1]).toMatchObject({ streetAddress: 'Rue de la Loi 2', postalCode: '1000', commune: 'Bruxelles' });
    expect(p.places[2]).toMatchObject({ streetAddress: '', postalCode: '1200', commune: 'Woluwe-Saint-Lambert', website: 'https://www.wolubilis.be' });
    expect(codes(p.rows[2]!.warnings)).toEqual(['websiteSchemeAdded']);
    expect(canApply(p)).toBe(true);
  });

  it('never imports the personal e-mail address, and says it was left out', async () => {
    const p = readable(await parseText(`${header}\r\nSanté;Maison;;info@m.be;jean.dupont@m.be;;\r\n`, 'luss.csv'));
    expect(JSON.stringify(p)).not.toContain('jean.dupont');
    expect(p.warnings).toContainEqual({ code: 'personalEmailColumnIgnored', params: { column: 'Adresse mail personnalisée' } });
    expect(codes(p.rows[0]!.warnings)).toEqual(['personalEmailLeftOut']);
    expect(p.places[0]!.email).toBe('info@m.be');
  });

  it('accepts "organisation" for the name and matches headers whatever the case or accents', async () => {
    const p = readable(await parseText('CATEGORIE,ORGANISATION,SITE INTERNET,presentation\r\nsante,Cultures&Santé,https://cultures-sante.be,Promotion de la santé\r\n'));
    expect(p.places[0]).toMatchObject({ name: 'Cultures&Santé', category: 'health', website: 'https://cultures-sante.be', description: { fr: 'Promotion de la santé' } });
  });

  it('keeps an address it cannot split in the street field, with a warning', async () => {
    const p = readable(await parseText(`${header}\r\nSocial;Antenne;Place Colignon (derrière la gare);;;;\r\n`));
    expect(p.places[0]).toMatchObject({ streetAddress: 'Place Colignon (derrière la gare)', postalCode: '', commune: '' });
    expect(codes(p.rows[0]!.warnings)).toEqual(['addressNotSplit']);
  });

  it('splits an address outside Brussels but leaves the commune blank, with warnings', async () => {
    const p = readable(await parseText(`${header}\r\nSanté;LUSS;Avenue Sergent Vrithoff 123, 5000 Namur;;;;\r\n`));
    expect(p.places[0]).toMatchObject({ streetAddress: 'Avenue Sergent Vrithoff 123', postalCode: '5000', commune: '' });
    expect(codes(p.rows[0]!.warnings).sort()).toEqual(['communeOutsideBrussels', 'postalCodeOutsideBrussels']);
  });

  it('refuses a category outside the four LUSS ones and the project vocabulary', async () => {
    const p = readable(await parseText(`${header}\r\nCulture;Musée;;;;;\r\n`));
    expect(codes(p.rows[0]!.errors)).toEqual(['categoryUnknown']);
    expect(p.places).toEqual([]);
    expect(canApply(p)).toBe(false);
  });
});

describe('ids', () => {
  it('makes a unique slug from the name when the id is missing, never taking a given id', async () => {
    const p = readable(await parseText('id,name,category\r\n,Café Santé,health\r\n,Café  Santé,health\r\ncafe-sante-2,Autre,health\r\n'));
    expect(p.places.map((x) => x.id)).toEqual(['cafe-sante', 'cafe-sante-3', 'cafe-sante-2']);
  });

  it('refuses a duplicate id, naming the first row', async () => {
    const p = readable(await parseText('id,name,category\r\na,A,health\r\na,B,health\r\n'));
    expect(p.rows[1]!.errors).toEqual([{ code: 'idDuplicate', params: { id: 'a', firstRow: 2 } }]);
    expect(p.places.map((x) => x.name)).toEqual(['A']);
    expect(canApply(p)).toBe(false);
  });

  it('refuses an id that is not a slug', async () => {
    const p = readable(await parseText('id,name,category\r\nMaison Nord,A,health\r\n'));
    expect(codes(p.rows[0]!.errors)).toEqual(['idInvalid']);
  });
});

describe('validation, one rule at a time', () => {
  it.each([
    // column, value, error codes, warning codes
    ['commune', 'schaerbeek', [], []],
    ['commune', 'Schaarbeek', [], []],
    ['commune', 'SINT-JANS-MOLENBEEK', [], []],
    ['commune', 'Namur', ['communeUnknown'], []],
    ['postal_code', '1030', [], []],
    ['postal_code', '5000', [], ['postalCodeOutsideBrussels']],
    ['postal_code', '103', ['postalCodeInvalid'], []],
    ['postal_code', 'B-1030', ['postalCodeInvalid'], []],
    ['email', 'info@example.be', [], []],
    ['email', 'mailto:info@example.be', [], []],
    ['email', 'info at example.be', ['emailInvalid'], []],
    ['email', 'a@b.be; c@d.be', ['emailInvalid'], []],
    ['website', 'https://example.be/x?y=1', [], []],
    ['website', 'http://example.be', [], []],
    ['website', 'www.example.be', [], ['websiteSchemeAdded']],
    ['website', 'javascript:alert(1)', ['urlInvalid'], []],
    ['website', 'ftp://example.be', ['urlInvalid'], []],
    ['website', 'https://user:pw@example.be', ['urlInvalid'], []],
    ['website', 'data:text/html,hi', ['urlInvalid'], []],
    ['source_urls', 'https://a.be;javascript:x', ['urlInvalid'], []],
    ['phone', '02 242 51 81', [], []],
    ['phone', '+32 2 242 51 81', [], []],
    ['phone', '02/242.51.81', [], []],
    ['phone', 'call me', ['phoneInvalid'], []],
    ['phone', '12', ['phoneInvalid'], []],
    ['services', 'eid-pin-help;literacy', [], []],
    ['services', 'eid-pin-help;knitting', [], ['serviceUnknown']],
    ['services', 'help with eID', ['serviceInvalid'], []],
    ['languages', 'fr;NL', [], []],
    ['languages', 'français', ['languageInvalid'], []],
    ['last_verified', '2024-02-29', [], []],
    ['last_verified', '2023-02-29', ['dateInvalid'], []],
    ['last_verified', '03/02/2024', ['dateInvalid'], []],
    ['confidence', 'HIGH', [], []],
    ['confidence', 'sure', ['confidenceUnknown'], []],
    ['public', 'non', [], []],
    ['public', 'maybe', ['publicInvalid'], []],
    ['opening_hours', 'Mo-Fr 09:00-12:00; PH off', [], []],
  ])('%s = "%s"', async (column, value, errors, warnings) => {
    const { row } = await oneColumn(column, value);
    expect(codes(row.errors)).toEqual(errors);
    expect(codes(row.warnings)).toEqual(warnings);
  });

  it('requires a name and a category', async () => {
    const p = readable(await parseText('name,category,commune\r\n,health,Evere\r\nA,,Evere\r\n'));
    expect(p.rows.map((r) => codes(r.errors))).toEqual([['nameMissing'], ['categoryMissing']]);
  });

  it('maps Dutch commune names and variants to the French name', async () => {
    const { place } = await oneColumn('commune', 'elsene');
    expect(place?.commune).toBe('Ixelles');
  });

  it('stores language codes and service tags in lower case, once', async () => {
    expect((await oneColumn('languages', 'FR;nl;fr')).place?.languages).toEqual(['fr', 'nl']);
    expect((await oneColumn('services', 'Literacy; literacy ;;hiv')).place?.services).toEqual(['literacy', 'hiv']);
  });

  it('checks coordinates: both or neither, numbers in range, a warning outside Brussels', async () => {
    const parse = async (lat: string, lon: string) => {
      const p = readable(await parseText(`name,category,latitude,longitude\r\nA,health,${lat},${lon}\r\n`));
      return { errors: codes(p.rows[0]!.errors), warnings: codes(p.rows[0]!.warnings), place: p.places[0] };
    };
    expect(await parse('50.85', '4.35')).toMatchObject({ errors: [], warnings: [], place: { lat: 50.85, lon: 4.35 } });
    expect(await parse('"50,85"', '"4,35"')).toMatchObject({ errors: [], place: { lat: 50.85, lon: 4.35 } });
    expect(await parse('50.46', '4.87')).toMatchObject({ errors: [], warnings: ['coordinatesOutsideBrussels'] });
    expect((await parse('50.85', '')).errors).toEqual(['coordinatesIncomplete']);
    expect((await parse('north', '4.35')).errors).toEqual(['coordinateInvalid']);
    expect((await parse('91', '4.35')).errors).toEqual(['coordinateInvalid']);
    expect((await parse('0x10', '4.35')).errors).toEqual(['coordinateInvalid']);
  });

  it('defaults "public" to yes, except for umbrella organisations', async () => {
    const p = readable(await parseText('name,category\r\nA,health\r\nB,umbrella\r\n'));
    expect(p.places.map((x) => x.publicListing)).toEqual([true, false]);
  });

  it('trims text, removes control and direction-override characters, folds spaces on one-line fields', async () => {
    const p = readable(
      await parseText(`name,category,description_fr\r\n"  Maison\u0007 \u202Enord\u202C\t ",health,"  Ligne 1\r\nLigne\u0001 2\u001B\t! "\r\n`),
    );
    expect(p.places[0]).toMatchObject({ name: 'Maison nord', description: { fr: 'Ligne 1\nLigne 2 !' } });
  });

  it(`cuts text longer than ${MAX_TEXT_LENGTH} characters, with a warning`, async () => {
    const { row, place } = await oneColumn('audience', 'é'.repeat(MAX_TEXT_LENGTH + 1));
    expect(place?.audience).toBe('é'.repeat(MAX_TEXT_LENGTH));
    expect(row.warnings).toEqual([{ code: 'textTruncated', params: { field: 'audience', max: MAX_TEXT_LENGTH } }]);
  });

  it('keeps a formula as plain text, and undoes the export apostrophe', async () => {
    const p = readable(await parseText(`name,category,audience,phone\r\n"=HYPERLINK(""http://x"")",health,"'=1+1","'+32 2 242 51 81"\r\n"'t Hoekske",social,"'@home",\r\n`));
    expect(p.places.map((x) => [x.name, x.audience, x.phone])).toEqual([
      ['=HYPERLINK("http://x")', '=1+1', '+32 2 242 51 81'],
      ["'t Hoekske", '@home', ''],
    ]);
  });

  it('reports unknown and duplicate columns for the whole file', async () => {
    const p = readable(await parseText('name,category,colour,Name\r\nA,health,blue,B\r\n'));
    expect(codes(p.warnings)).toEqual(['columnDuplicate', 'columnsIgnored']);
    expect(p.places[0]!.name).toBe('A');
  });

  it('reports a quote left open and extra cells', async () => {
    const p = readable(await parseText('name,category\r\nA,health,extra\r\nB,"health\r\n'));
    expect(codes(p.rows[0]!.warnings)).toEqual(['csvFieldCount']);
    expect(codes(p.rows[1]!.errors)).toContain('csvQuotes');
    expect(canApply(p)).toBe(false);
  });

  it('refuses a JSON value that is not text where text is expected', async () => {
    const p = readable(await parseText(JSON.stringify([{ name: { first: 'A' }, category: 'health' }, 42]), 'x.json'));
    expect(p.rows.map((r) => codes(r.errors))).toEqual([['fieldNotText', 'nameMissing'], ['rowNotPlace']]);
  });
});

describe('prototype pollution', () => {
  it('ignores __proto__, constructor and prototype keys and changes no prototype', async () => {
    const text =
      '[{"name":"A","category":"health","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"x","description":{"fr":"ok","__proto__":{"polluted":"yes"}}}]';
    const p = readable(await parseText(text, 'x.json'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(p.places[0])).toBe(Object.prototype);
    expect(Object.getPrototypeOf(p.places[0]!.description)).toBe(Object.prototype);
    expect(Object.keys(p.places[0]!.description)).toEqual(['fr']);
    expect(JSON.stringify(p.places)).not.toContain('polluted');
  });

  it('ignores such column names in a CSV', async () => {
    const p = readable(await parseText('name,category,__proto__,constructor\r\nA,health,x,y\r\n'));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(p.warnings).toEqual([{ code: 'columnsIgnored', params: { columns: '__proto__, constructor' } }]);
  });
});

describe('limits', () => {
  it(`refuses a file over ${MAX_FILE_BYTES / 1024 / 1024} MB before reading it`, async () => {
    const preview = await parseImportFile({ name: 'big.csv', bytes: new Uint8Array(MAX_FILE_BYTES + 1) });
    expect(preview).toEqual({ ok: false, error: { code: 'fileTooLarge', params: { maxMb: 5 } } });
  });

  it(`accepts ${MAX_ROWS} rows and refuses one more`, async () => {
    const rows = (n: number) => `name,category\r\n${Array.from({ length: n }, (_, i) => `P${i},social`).join('\r\n')}\r\n`;
    expect(readable(await parseText(rows(MAX_ROWS))).places).toHaveLength(MAX_ROWS);
    expect(await parseText(rows(MAX_ROWS + 1))).toEqual({ ok: false, error: { code: 'tooManyRows', params: { max: MAX_ROWS } } });
    const json = JSON.stringify(Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({ name: `P${i}`, category: 'social' })));
    expect(await parseText(json, 'x.json')).toEqual({ ok: false, error: { code: 'tooManyRows', params: { max: MAX_ROWS } } });
  });

  it('does not count blank lines as rows', async () => {
    const p = readable(await parseText(`name,category\r\n${'\r\n'.repeat(MAX_ROWS * 2)}A,social\r\n`));
    expect(p.places).toHaveLength(1);
  });

  it('refuses an XLSX whose parts unpack to more than the limit (zip bomb)', async () => {
    const bytes = zipBomb();
    expect(bytes.length).toBeLessThan(MAX_FILE_BYTES);
    expect(await parseImportFile({ name: 'bomb.xlsx', bytes })).toEqual({ ok: false, error: { code: 'xlsxTooLarge', params: { maxMb: 50 } } });
  });

  it('measures the real unpacked size, even when the zip declares a small one', async () => {
    const bytes = zipBomb().slice();
    lieAboutSizes(bytes);
    expect(await parseImportFile({ name: 'bomb.xlsx', bytes })).toEqual({ ok: false, error: { code: 'xlsxTooLarge', params: { maxMb: 50 } } });
  });

  it(`refuses an XLSX that lists more than ${MAX_XLSX_ENTRIES} entries`, async () => {
    const parts = xlsxParts([['name', 'category']]);
    for (let i = 0; i < MAX_XLSX_ENTRIES; i++) parts[`xl/extra/${i}.xml`] = strToU8('<a/>');
    const preview = await parseImportFile({ name: 'many.xlsx', bytes: zipParts(parts) });
    expect(preview).toEqual({ ok: false, error: { code: 'xlsxTooManyEntries', params: { max: MAX_XLSX_ENTRIES } } });
  });
});

let bomb: Uint8Array | undefined;
/** A small workbook with one more XML part of 50 MB + 1 byte of spaces (about 50 kB zipped); built once. */
function zipBomb(): Uint8Array {
  if (!bomb) {
    const parts = xlsxParts([['name', 'category']]);
    parts['xl/worksheets/sheet2.xml'] = new Uint8Array(MAX_XLSX_UNCOMPRESSED_BYTES + 1).fill(0x20);
    bomb = zipParts(parts);
  }
  return bomb;
}

/** Rewrites every declared uncompressed size in a zip (local headers and central directory) to 1 byte. */
function lieAboutSizes(zip: Uint8Array): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 46 <= zip.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, 1, true);
    if (sig === 0x02014b50) view.setUint32(at + 24, 1, true);
  }
}
