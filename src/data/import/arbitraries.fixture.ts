// Test fixture only (imported by *.test.ts, never by the app): fast-check generators.
import fc from 'fast-check';
import type { StoredPlace } from '../db';
import { ACCESS_WAYS, CHECK_METHODS, ELIGIBILITIES } from '../place';
import { cleanText, isEmail, isPhone, isWebUrl } from './validate';
import { CATEGORIES, COMMUNES, CONFIDENCES, SERVICE_TAGS } from './vocabulary';

/** Strings that have broken CSV files, spreadsheets and parsers before. */
export const TRICKY_TEXT = [
  '=1+1',
  '=HYPERLINK("http://evil.example","clic")',
  "'=1+1",
  "''=x",
  '+32 2 242 51 81',
  '-5',
  '@SUM(A1)',
  "'t Hoekske",
  "'",
  '"',
  '""',
  'a,b;c',
  'ligne 1\nligne 2',
  '\t=tab',
  'é à ç ß ø 漢字 عربى 😀',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  '0',
  '1e3',
  '<script>alert(1)</script>',
];

const rawText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
);

/** Clean one-line text (may be blank). */
export const oneLine = rawText.map((s) => cleanText(s, false).text);
/** Clean multi-line text (may be blank). */
export const multiLine = rawText.map((s) => cleanText(s, true).text);
const nonBlank = (a: fc.Arbitrary<string>) => a.filter((s) => s !== '');

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const webUrl = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }).filter((u) => isWebUrl(u) && !u.includes(';'));
const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((n) => (n === 0 ? 0 : n));

/** A place as the import would store it: every field valid, any content the rules allow. */
export const validPlace: fc.Arbitrary<StoredPlace> = fc
  .record({
    id: slug,
    name: nonBlank(oneLine),
    category: fc.constantFrom(...CATEGORIES),
    audience: multiLine,
    services: fc.uniqueArray(fc.oneof(fc.constantFrom(...SERVICE_TAGS), slug), { maxLength: 4 }),
    languages: fc.uniqueArray(fc.stringMatching(/^[a-z]{2}$/), { maxLength: 3 }),
    streetAddress: oneLine,
    postalCode: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{4}$/)),
    commune: fc.constantFrom('', ...COMMUNES.map((c) => c.fr)),
    coordinates: fc.oneof(fc.constant(null), fc.tuple(coordinate(90), coordinate(180))),
    phone: fc.oneof(fc.constant(''), fc.stringMatching(/^\+?\d{2,4}(?: \d{2,4}){1,3}$/).filter(isPhone)),
    email: fc.oneof(fc.constant(''), fc.stringMatching(/^[a-z0-9._+-]{1,10}@[a-z0-9-]{1,10}\.[a-z]{2,4}$/).filter(isEmail)),
    website: fc.oneof(fc.constant(''), webUrl),
    openingHours: oneLine,
    accessibility: multiLine,
    description: fc.array(fc.tuple(fc.stringMatching(/^[a-z]{2,3}$/), nonBlank(multiLine)), { maxLength: 4 }),
    sources: fc.uniqueArray(webUrl, { maxLength: 3 }),
    checkedOn: fc.oneof(
      fc.constant(''),
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    ),
    checkedHow: fc.constantFrom(...CHECK_METHODS),
    sourcesReadOn: fc.oneof(fc.constant(''), fc.constant('2026-12-04')),
    eligibility: fc.constantFrom('', ...ELIGIBILITIES),
    access: fc.uniqueArray(fc.constantFrom(...ACCESS_WAYS), { maxLength: 3 }),
    hoursSource: fc.oneof(fc.constant(''), webUrl),
    notes: multiLine,
    confidence: fc.constantFrom('', ...CONFIDENCES),
    publicListing: fc.boolean(),
  })
  .map((r) => {
    const description: Record<string, string> = {};
    for (const [lang, text] of r.description) description[lang] = text;
    return {
      id: r.id,
      name: r.name,
      category: r.category,
      audience: r.audience,
      services: r.services,
      languages: r.languages,
      streetAddress: r.streetAddress,
      postalCode: r.postalCode,
      commune: r.commune,
      lat: r.coordinates ? r.coordinates[0] : null,
      lon: r.coordinates ? r.coordinates[1] : null,
      phone: r.phone,
      email: r.email,
      website: r.website,
      openingHours: r.openingHours,
      accessibility: r.accessibility,
      description,
      sources: r.sources,
      eligibility: r.eligibility,
      access: r.access,
      hoursSource: r.hoursSource,
      notes: r.notes,
      sourcesReadOn: r.sourcesReadOn,
      checkedOn: r.checkedOn,
      checkedHow: r.checkedOn === '' ? ('' as const) : r.checkedHow,
      confidence: r.confidence,
      publicListing: r.publicListing,
      origin: 'import' as const,
      editedByStaff: false,
    };
  });

/** Several valid places with distinct ids. */
export const validPlaces = fc.uniqueArray(validPlace, { selector: (p) => p.id, minLength: 1, maxLength: 6 });
