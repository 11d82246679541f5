import { csvRecords } from './csv-records';
import type { Place } from './place';
import { neutraliseFormula } from './import/formula';
import { descriptionLanguages, sortedDescription } from './import/validate';

/** The first 16 columns of the project's CSV, in its order (data/README-helpers.md §1). */
export const SHARED_COLUMNS = [
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
] as const;

/** The second edition's columns (data/README-places.md), then the kiosk's own; descriptions in other languages go before checked_on. */
export const EXTRA_COLUMNS = ['eligibility', 'access', 'hours_source', 'latitude', 'longitude', 'notes', 'sources_read_on', 'accessibility'] as const;

/** The JSON export's `format` marker. */
export const JSON_FORMAT = 'kiosque-esante-inventory';

/** The columns of an export of these places: shared, extra, description_nl, description_en, other languages, checked_on, checked_how, public. */
export function exportColumns(places: readonly Place[]): string[] {
  const others = descriptionLanguages(places.map((p) => p.description)).filter((l) => !['fr', 'nl', 'en'].includes(l));
  const langs = ['nl', 'en', ...others];
  return [...SHARED_COLUMNS, ...EXTRA_COLUMNS, ...langs.map((l) => `description_${l}`), 'checked_on', 'checked_how', 'public'];
}

/** One place as CSV cells, by column name. */
function cells(p: Place): Map<string, string> {
  const row = new Map<string, string>([
    ['id', p.id],
    ['name', p.name],
    ['category', p.category],
    ['audience', p.audience],
    ['services', p.services.join(';')],
    ['languages', p.languages.join(';')],
    ['street_address', p.streetAddress],
    ['postal_code', p.postalCode],
    ['commune', p.commune],
    ['phone', p.phone],
    ['email', p.email],
    ['website', p.website],
    ['opening_hours', p.openingHours],
    ['source_urls', p.sources.join(';')],
    ['confidence', p.confidence],
    ['latitude', p.lat === null ? '' : String(p.lat)],
    ['longitude', p.lon === null ? '' : String(p.lon)],
    ['accessibility', p.accessibility],
    ['eligibility', p.eligibility],
    ['access', p.access.join(';')],
    ['hours_source', p.hoursSource],
    ['notes', p.notes],
    ['sources_read_on', p.sourcesReadOn],
    ['checked_on', p.checkedOn],
    ['checked_how', p.checkedHow],
    ['public', p.publicListing ? 'yes' : 'no'],
  ]);
  for (const [lang, text] of Object.entries(p.description)) if (text) row.set(`description_${lang}`, text);
  return row;
}

/**
 * The places as CSV in the project format: UTF-8 text (no BOM: the download adds one for
 * spreadsheets), RFC 4180, every field quoted, CRLF line ends, header first. Cells that a
 * spreadsheet would run as a formula get a leading apostrophe (import/formula.ts), which the
 * import removes again: export → import gives the same places.
 */
export function exportCsv(places: readonly Place[]): string {
  const fields = exportColumns(places);
  const data = places.map((p) => {
    const row = cells(p);
    return fields.map((f) => neutraliseFormula(row.get(f) ?? ''));
  });
  return csvRecords([fields, ...data]);
}

/** One place with exactly the Place fields, in a fixed order (never the stored extras). */
function plainPlace(p: Place): Place {
  return {
    id: p.id,
    name: p.name,
    category: p.category,
    audience: p.audience,
    services: [...p.services],
    languages: [...p.languages],
    streetAddress: p.streetAddress,
    postalCode: p.postalCode,
    commune: p.commune,
    lat: p.lat,
    lon: p.lon,
    phone: p.phone,
    email: p.email,
    website: p.website,
    openingHours: p.openingHours,
    accessibility: p.accessibility,
    description: sortedDescription(p.description),
    sources: [...p.sources],
    eligibility: p.eligibility,
    access: [...p.access],
    hoursSource: p.hoursSource,
    notes: p.notes,
    sourcesReadOn: p.sourcesReadOn,
    checkedOn: p.checkedOn,
    checkedHow: p.checkedHow,
    confidence: p.confidence,
    publicListing: p.publicListing,
  };
}

/** The places as JSON: `{ format, version, exportedAt, places }`, which the import reads back. */
export function exportJson(places: readonly Place[], now: Date = new Date()): string {
  return `${JSON.stringify({ format: JSON_FORMAT, version: 1, exportedAt: now.toISOString(), places: places.map(plainPlace) }, null, 2)}\n`;
}

/** A file name for an export: inventaire-2025-03-14.csv */
export function exportFileName(kind: 'csv' | 'json', now: Date = new Date()): string {
  return `inventaire-${now.toISOString().slice(0, 10)}.${kind}`;
}
