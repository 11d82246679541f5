/**
 * A place where a person can get help. Field names follow the shared CSV
 * (../shared/data/README.md); docs/inventory-format.md maps them to the French
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
  /** Service tags (shared/data/README.md vocabulary). */
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
  /** ISO date (YYYY-MM-DD) of the last check of the details; blank = never checked on site. */
  lastVerified: string;
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

/** A built-in row as a Place: the shared data has no coordinates, accessibility or check date. */
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
    lat: null,
    lon: null,
    phone: row.phone,
    email: row.email,
    website: row.website,
    openingHours: row.openingHours,
    accessibility: '',
    description: { ...row.description },
    sources: [...row.sources],
    lastVerified: '',
    confidence: row.confidence,
    publicListing,
  };
}
