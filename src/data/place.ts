/** Who may come: anyone; only people who live in the place's commune; registered members; blank = not established. */
export type Eligibility = '' | 'anyone' | 'residents' | 'members';
export const ELIGIBILITIES: readonly Eligibility[] = ['anyone', 'residents', 'members'];

/** How one reaches the help: walking in, with an appointment, or by phone only (a phone service). */
export type Access = 'walk-in' | 'appointment' | 'phone';
export const ACCESS_WAYS: readonly Access[] = ['walk-in', 'appointment', 'phone'];

/** How staff checked a place's details: on the phone or on site; blank = never checked by a person. */
export type CheckMethod = '' | 'phone' | 'site';
export const CHECK_METHODS: readonly CheckMethod[] = ['phone', 'site'];

/**
 * A place where a person can get help. Field names follow the project's CSV
 * (data/README-places.md); docs/inventory-format.md maps them to the French
 * "lieux de médiation numérique" schema and OpenStreetMap tags. Blank = not known: never guessed.
 */
export interface Place {
  /** Stable slug, lowercase ASCII. */
  id: string;
  name: string;
  /** health | social | digital | neighbourhood | umbrella */
  category: string;
  /** Who can come (free text, as sourced). */
  audience: string;
  /** Service tags (data/README-helpers.md vocabulary). */
  services: string[];
  /** ISO 639-1 codes of languages the place works in. */
  languages: string[];
  streetAddress: string;
  postalCode: string;
  /** One of the 19 communes' French names, or blank. */
  commune: string;
  /** WGS84 coordinates when a source gives them; null otherwise. */
  lat: number | null;
  lon: number | null;
  phone: string;
  email: string;
  website: string;
  /** OpenStreetMap opening_hours syntax; blank = unknown. */
  openingHours: string;
  /** Accessibility in plain words (e.g. "step-free entrance"); blank = unknown. */
  accessibility: string;
  /** Plain description per language code; `fr` at least when known. */
  description: Partial<Record<string, string>>;
  /** Public URLs backing the row. */
  sources: string[];
  /** Who may come (blank = not established). */
  eligibility: Eligibility;
  /** Ways in, as sourced (empty = not established). */
  access: Access[];
  /** The address that gave `openingHours`. */
  hoursSource: string;
  /** For staff only, never shown to the public: conflicts between sources, moved desks, old sources. */
  notes: string;
  /** ISO date on which the row's public sources were read: "information from public sources, read on …", never "verified". */
  sourcesReadOn: string;
  /** ISO date (YYYY-MM-DD) a person last checked the details (phone or on site); blank = never. */
  checkedOn: string;
  /** How that check was made; blank when never checked. */
  checkedHow: CheckMethod;
  /** high | medium | low */
  confidence: string;
  /** Shown to the public (false for federations and funders kept for the staff directory). */
  publicListing: boolean;
}

/** The built-in inventory file (public/data/inventory.json, made by scripts/build-inventory.mjs). */
export interface BuiltInInventory {
  version: string;
  places: BuiltInPlace[];
  directoryOnly: BuiltInPlace[];
  communes: Commune[];
}

/** A place as the built-in file writes it (before it becomes a Place). */
export interface BuiltInPlace {
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
  origin: string;
  eligibility: Eligibility;
  access: Access[];
  hoursSource: string;
  notes: string;
  sourcesReadOn: string;
  /** Coordinates only when a source states them for the building (none does today). */
  lat: number | null;
  lon: number | null;
}

/** One of the 19 communes of the Brussels-Capital Region, with a reference point. */
export interface Commune {
  id: string;
  nis: string;
  nameFr: string;
  nameNl: string;
  postalCodes: string[];
  lat: number;
  lon: number;
  pointType: string;
}

/** A built-in row as a Place: the project's data has no accessibility, and no person has checked it yet. */
export function placeFromBuiltIn(row: BuiltInPlace, publicListing: boolean): Place {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    audience: row.audience,
    services: [...row.services],
    languages: [...row.languages],
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    commune: row.commune,
    lat: row.lat ?? null,
    lon: row.lon ?? null,
    phone: row.phone,
    email: row.email,
    website: row.website,
    openingHours: row.openingHours,
    accessibility: '',
    description: { ...row.description },
    sources: [...row.sources],
    eligibility: row.eligibility ?? '',
    access: [...(row.access ?? [])],
    hoursSource: row.hoursSource ?? '',
    notes: row.notes ?? '',
    sourcesReadOn: row.sourcesReadOn ?? '',
    checkedOn: '',
    checkedHow: '',
    confidence: row.confidence,
    publicListing,
  };
}
