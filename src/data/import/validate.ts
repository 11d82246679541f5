import { ACCESS_WAYS, CHECK_METHODS, ELIGIBILITIES, type Access, type CheckMethod, type Eligibility, type Place } from '../place';
import { unneutraliseFormula } from './formula';
import { msg, quote, type Message } from './messages';
import {
  BRUSSELS_BOUNDS,
  CATEGORIES,
  COMMUNES,
  CONFIDENCES,
  SERVICE_TAGS,
  categoryOf,
  communeFr,
  isBrusselsPostalCode,
} from './vocabulary';

/** Longest text kept in one field (in characters); longer text is cut, with a warning. */
export const MAX_TEXT_LENGTH = 2000;

/** Longest id; ids are slugs (lowercase ASCII letters, digits and hyphens). */
export const MAX_ID_LENGTH = 100;

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

// ---------------------------------------------------------------------------------------------
// Text cleaning

// C0 and C1 control characters except tab and line feed, which are handled apart.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
// Bidirectional overrides and isolates (can make a text read differently than it is stored),
// and the byte-order mark / zero-width no-break space.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
// Halves of a surrogate pair without their other half: not text, and not UTF-8 encodable.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Cleans a text: removes control and invisible direction characters and broken characters,
 * trims, and on one-line fields turns every run of spaces and line breaks into one space.
 * Multi-line fields keep their line breaks (as \n). Cuts the text at `max` characters.
 */
export function cleanText(value: string, multiline: boolean, max: number = MAX_TEXT_LENGTH): { text: string; truncated: boolean } {
  let s = value.replace(LONE_SURROGATE, '').replace(/\r\n?|[\u2028\u2029]/gu, '\n');
  if (multiline) s = s.replace(/\t/gu, ' ');
  s = s.replace(CONTROL, '').replace(INVISIBLE, '');
  s = multiline ? s.trim() : s.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(s);
  if (chars.length <= max) return { text: s, truncated: false };
  return { text: chars.slice(0, max).join('').trim(), truncated: true };
}

/** Whether a text is already clean (what cleanText would leave unchanged). */
export function isCleanText(value: unknown, multiline: boolean, max: number = MAX_TEXT_LENGTH): value is string {
  if (typeof value !== 'string') return false;
  const { text, truncated } = cleanText(value, multiline, max);
  return !truncated && text === value;
}

// ---------------------------------------------------------------------------------------------
// Shapes

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const LANGUAGE = /^[a-z]{2}$/u;
const DESCRIPTION_LANGUAGE = /^[a-z]{2,3}$/u;
const POSTAL_CODE = /^\d{4}$/u;
const EMAIL = /^[^\s@"<>(),;:[\]\\]+@[^\s@"<>(),;:[\]\\]+\.[^\s@"<>(),;:[\]\\.]+$/u;
const PHONE = /^\+?[0-9 ./()-]+$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/iu;
const SCHEME = /^[a-z][a-z0-9+.-]*:/iu;
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/iu;

/** Whether an id has the slug shape. */
export function isValidId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ID.test(id);
}

/** Whether a text is an e-mail address shape (one address, no name, no "mailto:"). */
export function isEmail(s: string): boolean {
  return s.length <= 254 && EMAIL.test(s);
}

/** Whether a phone number has only digits, a leading +, spaces and . / ( ) - and 6 to 15 digits. */
export function isPhone(s: string): boolean {
  const digits = s.replace(/\D/gu, '').length;
  return PHONE.test(s) && digits >= 6 && digits <= 15;
}

/** Whether a text is an http(s) address with a host and no user name or password. */
export function isWebUrl(s: string): boolean {
  if (s.length > MAX_TEXT_LENGTH || /\s/u.test(s) || !/^https?:\/\//iu.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900;
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

// ---------------------------------------------------------------------------------------------
// Checking one record

const LIST_SEPARATOR = ';';
const KNOWN_TAGS = new Set(SERVICE_TAGS);
const CATEGORY_SET = new Set<string>(CATEGORIES);
const CONFIDENCE_SET = new Set<string>(CONFIDENCES);
const ELIGIBILITY_SET = new Set<string>(ELIGIBILITIES);
const ACCESS_SET = new Set<string>(ACCESS_WAYS);
const CHECK_METHOD_SET = new Set<string>(CHECK_METHODS);
const COMMUNE_SET = new Set(COMMUNES.map((c) => c.fr));
const TRUE_WORDS = new Set(['yes', 'oui', 'ja', 'true', 'vrai', 'waar', 'y', 'o', 'j', '1']);
const FALSE_WORDS = new Set(['no', 'non', 'nee', 'neen', 'false', 'faux', 'onwaar', 'n', '0']);

// "street, 1234 Commune" (optionally "B-1234", and a country at the end), or "1234 Commune".
// The town must not start with a digit, so "Chaussée de Louvain 1234 1030 Schaerbeek" splits after 1234.
const ADDRESS =
  /^(?:(.+?)(?:\s*[,;]\s*|\s+[-–]\s+|\s+))?(?:B\s*-\s*)?(\d{4})\s+([^,;\d][^,;]*?)(?:\s*[,;]\s*(?:belgique|belgi[eë]|belgium))?$/iu;

/** Collects the messages of one record and reads its values with the right cleaning. */
class RecordReader {
  readonly errors: Message[];
  readonly warnings: Message[];

  constructor(private readonly record: RawRecord) {
    this.errors = [...record.errors];
    this.warnings = [...record.warnings];
  }

  /** The raw value as one string ('' when blank), or null (with an error) when it is not text. */
  private raw(value: unknown, field: string): string | null {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    this.errors.push(msg('fieldNotText', { field }));
    return null;
  }

  /** Trims, removes the formula apostrophe of spreadsheet cells, cleans and caps a text. */
  private clean(raw: string, field: string, multiline: boolean): string {
    const cell = this.record.spreadsheet ? unneutraliseFormula(raw.trim()) : raw;
    const { text, truncated } = cleanText(cell, multiline);
    if (truncated) this.warnings.push(msg('textTruncated', { field, max: MAX_TEXT_LENGTH }));
    return text;
  }

  /** A text field. */
  text(field: Field, multiline = false): string {
    return this.textOf(this.record.values.get(field), field, multiline);
  }

  /** A text from any value. */
  textOf(value: unknown, field: string, multiline = false): string {
    const raw = this.raw(value, field);
    return raw === null ? '' : this.clean(raw, field, multiline);
  }

  /** A list field: a JSON array, or a text with items separated by ";". Blank items dropped, duplicates once. */
  list(field: Field): string[] {
    const value = this.record.values.get(field);
    let items: string[];
    if (Array.isArray(value)) {
      items = [];
      for (const item of value) {
        const raw = this.raw(item, field);
        if (raw === null) return [];
        items.push(this.clean(raw, field, false));
      }
    } else {
      const raw = this.raw(value, field);
      if (raw === null) return [];
      const cell = this.record.spreadsheet ? unneutraliseFormula(raw.trim()) : raw;
      items = cell.split(LIST_SEPARATOR).map((item) => {
        const { text, truncated } = cleanText(item, false);
        if (truncated) this.warnings.push(msg('textTruncated', { field, max: MAX_TEXT_LENGTH }));
        return text;
      });
    }
    return [...new Set(items.filter((item) => item !== ''))];
  }

  /** A coordinate, null when blank; NaN (with an error) when not a number in range. */
  coordinate(field: 'lat' | 'lon'): number | null {
    const value = this.record.values.get(field);
    const limit = field === 'lat' ? 90 : 180;
    let n: number;
    if (typeof value === 'number') n = value;
    else {
      const raw = this.raw(value, field);
      if (raw === null) return Number.NaN;
      let s = this.clean(raw, field, false);
      if (s === '') return null;
      // A decimal comma, as French and Dutch spreadsheets write it.
      if (!s.includes('.') && s.split(',').length === 2) s = s.replace(',', '.');
      n = NUMBER.test(s) ? Number(s) : Number.NaN;
    }
    if (!Number.isFinite(n) || Math.abs(n) > limit) {
      this.errors.push(msg('coordinateInvalid', { field, value: quote(String(value)) }));
      return Number.NaN;
    }
    return n === 0 ? 0 : n; // no -0
  }
}

/** A web address: http(s) only; a bare "www.example.be" gets https:// with a warning. */
function checkUrl(r: RecordReader, value: string, field: string): string | null {
  if (value === '') return '';
  if (isWebUrl(value)) return value;
  if (!SCHEME.test(value) && BARE_DOMAIN.test(value) && isWebUrl(`https://${value}`)) {
    r.warnings.push(msg('websiteSchemeAdded', { field, value: quote(value) }));
    return `https://${value}`;
  }
  r.errors.push(msg('urlInvalid', { field, value: quote(value) }));
  return null;
}

/** Checks one record against the inventory rules and builds its place (or reports why not). */
export function checkRecord(record: RawRecord): CheckedRecord {
  if (record.errors.some((e) => e.code === 'rowNotPlace')) {
    return { row: record.row, place: null, name: '', givenId: '', errors: [...record.errors], warnings: [...record.warnings] };
  }
  const r = new RecordReader(record);
  const err = (m: Message) => r.errors.push(m);
  const warn = (m: Message) => r.warnings.push(m);

  const givenId = r.text('id');
  if (givenId !== '' && !isValidId(givenId)) err(msg('idInvalid', { value: quote(givenId) }));

  const name = r.text('name');
  if (name === '') err(msg('nameMissing'));

  const categoryText = r.text('category');
  const category = categoryOf(categoryText);
  if (categoryText === '') err(msg('categoryMissing'));
  else if (!category) err(msg('categoryUnknown', { value: quote(categoryText) }));

  const audience = r.text('audience', true);

  const services: string[] = [];
  for (const item of r.list('services')) {
    const tag = item.toLowerCase();
    if (!TAG.test(tag) || tag.length > 60) err(msg('serviceInvalid', { value: quote(item) }));
    else {
      if (!KNOWN_TAGS.has(tag)) warn(msg('serviceUnknown', { value: tag }));
      if (!services.includes(tag)) services.push(tag);
    }
  }

  const languages: string[] = [];
  for (const item of r.list('languages')) {
    const code = item.toLowerCase();
    if (!LANGUAGE.test(code)) err(msg('languageInvalid', { value: quote(item) }));
    else if (!languages.includes(code)) languages.push(code);
  }

  let streetAddress = r.text('streetAddress');
  let postalCode = r.text('postalCode');
  let communeText = r.text('commune');

  // LUSS "adresse postale": fills the address fields the file leaves blank.
  const fullAddress = r.text('fullAddress');
  if (fullAddress !== '' && streetAddress === '' && postalCode === '' && communeText === '') {
    // A real address is short; a long text is not searched (keeps the pattern's cost small).
    const m = fullAddress.length <= 300 ? ADDRESS.exec(fullAddress) : null;
    if (m) {
      streetAddress = m[1] ?? '';
      postalCode = m[2] ?? '';
      const town = m[3] ?? '';
      if (communeFr(town)) communeText = town;
      else warn(msg('communeOutsideBrussels', { value: quote(town) }));
    } else {
      streetAddress = fullAddress;
      warn(msg('addressNotSplit', { value: quote(fullAddress) }));
    }
  }

  if (postalCode !== '') {
    if (!POSTAL_CODE.test(postalCode)) err(msg('postalCodeInvalid', { value: quote(postalCode) }));
    else if (!isBrusselsPostalCode(postalCode)) warn(msg('postalCodeOutsideBrussels', { value: postalCode }));
  }

  let commune = '';
  if (communeText !== '') {
    const fr = communeFr(communeText);
    if (fr) commune = fr;
    else err(msg('communeUnknown', { value: quote(communeText) }));
  }

  const lat = r.coordinate('lat');
  const lon = r.coordinate('lon');
  if ((lat === null) !== (lon === null)) err(msg('coordinatesIncomplete'));
  else if (lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon)) {
    const b = BRUSSELS_BOUNDS;
    if (lat < b.south || lat > b.north || lon < b.west || lon > b.east) warn(msg('coordinatesOutsideBrussels', { lat, lon }));
  }

  const phone = r.text('phone');
  if (phone !== '' && !isPhone(phone)) err(msg('phoneInvalid', { value: quote(phone) }));

  const email = r.text('email').replace(/^mailto:\s*/iu, '');
  if (email !== '' && !isEmail(email)) err(msg('emailInvalid', { value: quote(email) }));

  if (r.text('personalEmail') !== '') warn(msg('personalEmailLeftOut')); // the address itself is not repeated

  const website = checkUrl(r, r.text('website'), 'website');

  const sources: string[] = [];
  for (const item of r.list('sources')) {
    // A ";" inside one address would split it in two on the next CSV export.
    if (item.includes(LIST_SEPARATOR)) {
      err(msg('urlInvalid', { field: 'sources', value: quote(item) }));
      continue;
    }
    const url = checkUrl(r, item, 'sources');
    if (url && !sources.includes(url)) sources.push(url);
  }

  const openingHours = r.text('openingHours');
  const accessibility = r.text('accessibility', true);

  const date = (field: 'checkedOn' | 'sourcesReadOn'): string => {
    const value = r.text(field);
    if (value === '' || isIsoDate(value)) return value;
    err(msg('dateInvalid', { field, value: quote(value) }));
    return '';
  };
  const checkedOn = date('checkedOn');
  const sourcesReadOn = date('sourcesReadOn');
  const checkedHowText = r.text('checkedHow').toLowerCase();
  const checkedHow = CHECK_METHOD_SET.has(checkedHowText) ? (checkedHowText as CheckMethod) : '';
  if (checkedHowText !== '' && checkedHow === '') err(msg('choiceUnknown', { field: 'checkedHow', value: quote(checkedHowText), choices: CHECK_METHODS.join(', ') }));
  const eligibilityText = r.text('eligibility').toLowerCase();
  const eligibility = ELIGIBILITY_SET.has(eligibilityText) ? (eligibilityText as Eligibility) : '';
  if (eligibilityText !== '' && eligibility === '') err(msg('choiceUnknown', { field: 'eligibility', value: quote(eligibilityText), choices: ELIGIBILITIES.join(', ') }));
  const access: Access[] = [];
  for (const item of r.list('access')) {
    const way = item.toLowerCase();
    if (!ACCESS_SET.has(way)) err(msg('choiceUnknown', { field: 'access', value: quote(item), choices: ACCESS_WAYS.join(', ') }));
    else if (!access.includes(way as Access)) access.push(way as Access);
  }
  const hoursSource = r.text('hoursSource') === '' ? '' : checkUrl(r, r.text('hoursSource'), 'hoursSource');
  const notes = r.text('notes', true);

  const confidence = r.text('confidence').toLowerCase();
  if (confidence !== '' && !CONFIDENCE_SET.has(confidence)) err(msg('confidenceUnknown', { value: quote(confidence) }));

  // Blank: shown to the public, except federations and funders ("umbrella"), as in the built-in list.
  const publicText = r.text('publicListing');
  let publicListing = category !== 'umbrella';
  if (publicText !== '') {
    const word = publicText.toLowerCase();
    if (TRUE_WORDS.has(word)) publicListing = true;
    else if (FALSE_WORDS.has(word)) publicListing = false;
    else err(msg('publicInvalid', { value: quote(publicText) }));
  }

  const description: Record<string, string> = {};
  for (const [lang, value] of record.descriptions) {
    if (!DESCRIPTION_LANGUAGE.test(lang)) continue;
    const text = r.textOf(value, `description_${lang}`, true);
    if (text !== '') description[lang] = text;
  }

  const errors = r.errors;
  const base = { row: record.row, name, givenId, errors, warnings: r.warnings };
  if (errors.length > 0 || !category || website === null || hoursSource === null) return { ...base, place: null };
  const place: Place = {
    id: givenId,
    name,
    category,
    audience,
    services,
    languages,
    streetAddress,
    postalCode,
    commune,
    lat,
    lon,
    phone,
    email,
    website,
    openingHours,
    accessibility,
    description: sortedDescription(description),
    sources,
    eligibility,
    access,
    hoursSource,
    notes,
    sourcesReadOn,
    checkedOn,
    checkedHow,
    confidence,
    publicListing,
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
