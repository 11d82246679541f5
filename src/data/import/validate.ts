import type { Place } from '../place';
import { checkAddress } from './check-address';
import { checkContact } from './check-contact';
import { checkDetails } from './check-details';
import { checkIdentity } from './check-identity';
import { isCleanText } from './clean-text';
import type { Message } from './messages';
import { RecordReader } from './record-reader';
import {
  ACCESS_SET,
  CATEGORY_SET,
  CHECK_METHOD_SET,
  COMMUNE_SET,
  CONFIDENCE_SET,
  DESCRIPTION_LANGUAGE,
  ELIGIBILITY_SET,
  LANGUAGE,
  LIST_SEPARATOR,
  MAX_ID_LENGTH,
  POSTAL_CODE,
  TAG,
  isEmail,
  isIsoDate,
  isPhone,
  isValidId,
  isWebUrl,
} from './shapes';

// Text cleaning (clean-text.ts) and value shapes (shapes.ts), also read from here.
export { MAX_TEXT_LENGTH, cleanText } from './clean-text';
export { isEmail, isPhone, isWebUrl } from './shapes';

/** The place fields a file column (or JSON key) can fill, plus two LUSS-only inputs. */
export type Field =
  | 'id'
  | 'name'
  | 'category'
  | 'audience'
  | 'services'
  | 'languages'
  | 'streetAddress'
  | 'postalCode'
  | 'commune'
  | 'phone'
  | 'email'
  | 'website'
  | 'openingHours'
  | 'accessibility'
  | 'sources'
  | 'checkedOn'
  | 'checkedHow'
  | 'eligibility'
  | 'access'
  | 'hoursSource'
  | 'notes'
  | 'sourcesReadOn'
  | 'confidence'
  | 'publicListing'
  | 'lat'
  | 'lon'
  /** LUSS "adresse postale": "street, 1234 Commune", split into the three address fields. */
  | 'fullAddress'
  /** LUSS "adresse mail personnalisée": a named person's address, never imported. */
  | 'personalEmail';

/** One row of a file as read, before validation: values by field, as the reader found them. */
export interface RawRecord {
  /** Spreadsheet row number (header = 1), or position in a JSON list (from 1). */
  row: number;
  values: Map<Field, unknown>;
  /** Description text by language code. */
  descriptions: Map<string, unknown>;
  /** CSV and XLSX cells: undo the export's formula neutralisation (see formula.ts). */
  spreadsheet: boolean;
  /** Problems the reader itself found (bad quotes, extra cells). */
  errors: Message[];
  warnings: Message[];
}

/** A new empty record. */
export function emptyRecord(row: number, spreadsheet: boolean): RawRecord {
  return { row, values: new Map(), descriptions: new Map(), spreadsheet, errors: [], warnings: [] };
}

/** The result of checking one record: a place (id may still be blank) or nothing, with messages. */
export interface CheckedRecord {
  row: number;
  /** Null when the row has errors. */
  place: Place | null;
  /** The name as read, for the preview table (even when the row has errors). */
  name: string;
  /** The id as read (blank when the file gives none). */
  givenId: string;
  errors: Message[];
  warnings: Message[];
}

/** A URL-friendly id from a name: "Maison médicale du Nord" → "maison-medicale-du-nord". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80)
    .replace(/-+$/u, '');
  return slug || 'place';
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken` (which it then joins). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_ID_LENGTH - String(n).length - 1)}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Checks one record against the inventory rules and builds its place (or reports why not). The
 * fields are read section by section (who, where, how to reach, the rest), in this order, so the
 * messages come in the order of a row's columns as staff know them.
 */
export function checkRecord(record: RawRecord): CheckedRecord {
  if (record.errors.some((e) => e.code === 'rowNotPlace')) {
    return { row: record.row, place: null, name: '', givenId: '', errors: [...record.errors], warnings: [...record.warnings] };
  }
  const r = new RecordReader(record);
  const { givenId, name, category, ...identity } = checkIdentity(r);
  const address = checkAddress(r);
  const { website, ...contact } = checkContact(r);
  const { hoursSource, description, ...details } = checkDetails(r, category, record.descriptions);

  const errors = r.errors;
  const base = { row: record.row, name, givenId, errors, warnings: r.warnings };
  if (errors.length > 0 || !category || website === null || hoursSource === null) return { ...base, place: null };
  const place: Place = {
    id: givenId,
    name,
    category,
    audience: identity.audience,
    services: identity.services,
    languages: identity.languages,
    streetAddress: address.streetAddress,
    postalCode: address.postalCode,
    commune: address.commune,
    lat: address.lat,
    lon: address.lon,
    phone: contact.phone,
    email: contact.email,
    website,
    openingHours: details.openingHours,
    accessibility: details.accessibility,
    description: sortedDescription(description),
    sources: contact.sources,
    eligibility: details.eligibility,
    access: details.access,
    hoursSource,
    notes: details.notes,
    sourcesReadOn: details.sourcesReadOn,
    checkedOn: details.checkedOn,
    checkedHow: details.checkedHow,
    confidence: details.confidence,
    publicListing: details.publicListing,
  };
  return { ...base, place };
}

/** Descriptions in a stable order: fr, nl, en, then the others alphabetically. */
export function sortedDescription(description: Partial<Record<string, string>>): Partial<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const lang of descriptionLanguages([description])) {
    const text = description[lang];
    if (text) out[lang] = text;
  }
  return out;
}

/** Languages of the descriptions of some places: fr, nl, en first, then the others alphabetically. */
export function descriptionLanguages(descriptions: readonly Partial<Record<string, string>>[]): string[] {
  const found = new Set<string>();
  for (const d of descriptions) for (const lang of Object.keys(d)) if (DESCRIPTION_LANGUAGE.test(lang)) found.add(lang);
  const first = ['fr', 'nl', 'en'].filter((l) => found.has(l));
  return [...first, ...[...found].filter((l) => !first.includes(l)).sort()];
}

// ---------------------------------------------------------------------------------------------
// The invariant every imported or staff-made place satisfies

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const unique = (v: readonly string[]) => new Set(v).size === v.length;
const isCoordinate = (v: unknown, limit: number) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit && !Object.is(v, -0);

/**
 * Whether a value is a place the kiosk can store and show: every rule of the import holds (the
 * same checks as checkRecord, stated on the result). The property tests hold every import to it.
 */
export function isValidPlace(value: unknown): value is Place {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const p = value as Record<string, unknown>;
  const oneLine = (v: unknown) => isCleanText(v, false);
  const multiLine = (v: unknown) => isCleanText(v, true);
  if (typeof p.id !== 'string' || !isValidId(p.id)) return false;
  if (!oneLine(p.name) || p.name === '') return false;
  if (typeof p.category !== 'string' || !CATEGORY_SET.has(p.category)) return false;
  if (!multiLine(p.audience)) return false;
  if (!isStringArray(p.services) || !unique(p.services) || !p.services.every((t) => TAG.test(t) && t.length <= 60)) return false;
  if (!isStringArray(p.languages) || !unique(p.languages) || !p.languages.every((l) => LANGUAGE.test(l))) return false;
  if (!oneLine(p.streetAddress)) return false;
  if (typeof p.postalCode !== 'string' || (p.postalCode !== '' && !POSTAL_CODE.test(p.postalCode))) return false;
  if (typeof p.commune !== 'string' || (p.commune !== '' && !COMMUNE_SET.has(p.commune))) return false;
  const noCoordinates = p.lat === null && p.lon === null;
  if (!noCoordinates && !(isCoordinate(p.lat, 90) && isCoordinate(p.lon, 180))) return false;
  if (!oneLine(p.phone) || (p.phone !== '' && !isPhone(p.phone))) return false;
  if (!oneLine(p.email) || (p.email !== '' && !isEmail(p.email))) return false;
  if (!oneLine(p.website) || (p.website !== '' && !isWebUrl(p.website))) return false;
  if (!oneLine(p.openingHours)) return false;
  if (!multiLine(p.accessibility)) return false;
  if (typeof p.description !== 'object' || p.description === null || Array.isArray(p.description)) return false;
  for (const [lang, text] of Object.entries(p.description)) {
    if (!DESCRIPTION_LANGUAGE.test(lang) || !multiLine(text) || text === '') return false;
  }
  if (!isStringArray(p.sources) || !unique(p.sources) || !p.sources.every((s) => oneLine(s) && isWebUrl(s) && !s.includes(LIST_SEPARATOR))) return false;
  if (typeof p.checkedOn !== 'string' || (p.checkedOn !== '' && !isIsoDate(p.checkedOn))) return false;
  if (typeof p.checkedHow !== 'string' || (p.checkedHow !== '' && !CHECK_METHOD_SET.has(p.checkedHow))) return false;
  if (typeof p.sourcesReadOn !== 'string' || (p.sourcesReadOn !== '' && !isIsoDate(p.sourcesReadOn))) return false;
  if (typeof p.eligibility !== 'string' || (p.eligibility !== '' && !ELIGIBILITY_SET.has(p.eligibility))) return false;
  if (!isStringArray(p.access) || !unique(p.access) || !p.access.every((a) => ACCESS_SET.has(a))) return false;
  if (!oneLine(p.hoursSource) || (p.hoursSource !== '' && !isWebUrl(p.hoursSource))) return false;
  if (!multiLine(p.notes)) return false;
  if (typeof p.confidence !== 'string' || (p.confidence !== '' && !CONFIDENCE_SET.has(p.confidence))) return false;
  if (typeof p.publicListing !== 'boolean') return false;
  return true;
}
