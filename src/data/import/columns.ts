import type { Field } from './validate';

/** Where a column (or JSON key) goes: a place field, a description language, or nowhere on purpose. */
export type ColumnTarget = { kind: 'field'; field: Field } | { kind: 'description'; lang: string } | { kind: 'skip' };

/** Which column names a file uses: the project's (shared CSV) or the LUSS inventory's French ones. */
export type Layout = 'project' | 'luss';

/**
 * A column name folded for matching: accents removed, lower case, every run of other
 * characters as one "_" ("Adresse mail générale" → "adresse_mail_generale").
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '');
}

// A Map, not an object literal: a name like "constructor" or "__proto__" must find nothing.
const PROJECT = new Map<string, Field>([
  ['id', 'id'],
  ['name', 'name'],
  ['category', 'category'],
  ['audience', 'audience'],
  ['services', 'services'],
  ['languages', 'languages'],
  ['street_address', 'streetAddress'],
  ['postal_code', 'postalCode'],
  ['commune', 'commune'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['website', 'website'],
  ['opening_hours', 'openingHours'],
  ['source_urls', 'sources'],
  ['confidence', 'confidence'],
  ['latitude', 'lat'],
  ['longitude', 'lon'],
  ['accessibility', 'accessibility'],
  ['eligibility', 'eligibility'],
  ['access', 'access'],
  ['hours_source', 'hoursSource'],
  ['notes', 'notes'],
  ['sources_read_on', 'sourcesReadOn'],
  ['checked_on', 'checkedOn'],
  ['checked_how', 'checkedHow'],
  // The first kiosk exports' name for checked_on.
  ['last_verified', 'checkedOn'],
  ['public', 'publicListing'],
  // The JSON export's keys (Place field names), folded.
  ['streetaddress', 'streetAddress'],
  ['postalcode', 'postalCode'],
  ['openinghours', 'openingHours'],
  ['sources', 'sources'],
  ['checkedon', 'checkedOn'],
  ['checkedhow', 'checkedHow'],
  ['hourssource', 'hoursSource'],
  ['sourcesreadon', 'sourcesReadOn'],
  ['lastverified', 'checkedOn'],
  ['publiclisting', 'publicListing'],
  ['lat', 'lat'],
  ['lon', 'lon'],
]);

/** The LUSS inventory's columns (report, §3.1 of data/README-helpers.md). */
const LUSS = new Map<string, Field>([
  ['categorie', 'category'],
  ['nom', 'name'],
  ['organisation', 'name'],
  ['adresse_postale', 'fullAddress'],
  ['adresse_mail_generale', 'email'],
  ['adresse_mail_personnalisee', 'personalEmail'],
  ['site_internet', 'website'],
  ['telephone', 'phone'],
  ['code_postal', 'postalCode'],
]);

/** Names that mean "the French description" in the LUSS inventory. */
const LUSS_DESCRIPTION = new Set(['presentation']);

/** Keys the JSON export may carry that are not place data: left out without a warning. */
const SKIPPED = new Set(['origin', 'editedbystaff', 'coordinates_source']);

const DESCRIPTION = /^description_([a-z]{2,3})$/u;

/** Where a column goes, from its folded name; undefined when the column is unknown. */
export function columnTarget(folded: string): ColumnTarget | undefined {
  const field = PROJECT.get(folded) ?? LUSS.get(folded);
  if (field) return { kind: 'field', field };
  if (LUSS_DESCRIPTION.has(folded)) return { kind: 'description', lang: 'fr' };
  const m = DESCRIPTION.exec(folded);
  if (m) return { kind: 'description', lang: m[1]! };
  if (SKIPPED.has(folded)) return { kind: 'skip' };
  return undefined;
}

/** Whether a folded column name belongs to the LUSS inventory's layout. */
export function isLussColumn(folded: string): boolean {
  return LUSS.has(folded) || LUSS_DESCRIPTION.has(folded);
}
