import { normalizeText } from '../search-text';

/** Place categories (data/README-helpers.md). */
export const CATEGORIES = ['health', 'social', 'digital', 'neighbourhood', 'umbrella'] as const;

/** One of CATEGORIES. */
export type Category = (typeof CATEGORIES)[number];

/** Service tags of the shared vocabulary (base and extensions); other tags are kept with a warning. */
export const SERVICE_TAGS: readonly string[] = [
  // base
  'eid-pin-help', 'computer-access', 'digital-training', 'mobile-epn', 'home-visits', 'literacy',
  'language-courses', 'health-info', 'patient-rights', 'shared-record-help', 'social-worker',
  'admin-help', 'assistive-tech', 'peer-support', 'elderly', 'migrants', 'hiv', 'pictograms',
  // extensions
  'refurbished-devices', 'home-care', 'neighbour-network', 'patient-associations', 'service-directory',
  'gp-directory', 'pharmacy-network', 'professional-support', 'funding', 'employment', 'online-only',
  'disability', 'research',
];

/** Confidence levels; blank is allowed for places typed in by staff. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;

/** A commune of the Brussels-Capital Region: French and Dutch names, main postal codes. */
export interface CommuneName {
  fr: string;
  nl: string;
  postalCodes: readonly string[];
}

/**
 * The 19 communes (same as public/data/inventory.json `communes`, which a test checks). Kept
 * here, small, so the import worker and the staff chunk do not pull the whole built-in file.
 */
export const COMMUNES: readonly CommuneName[] = [
  { fr: 'Anderlecht', nl: 'Anderlecht', postalCodes: ['1070'] },
  { fr: 'Auderghem', nl: 'Oudergem', postalCodes: ['1160'] },
  { fr: 'Berchem-Sainte-Agathe', nl: 'Sint-Agatha-Berchem', postalCodes: ['1082'] },
  { fr: 'Bruxelles', nl: 'Brussel', postalCodes: ['1000', '1020', '1120', '1130'] },
  { fr: 'Etterbeek', nl: 'Etterbeek', postalCodes: ['1040'] },
  { fr: 'Evere', nl: 'Evere', postalCodes: ['1140'] },
  { fr: 'Forest', nl: 'Vorst', postalCodes: ['1190'] },
  { fr: 'Ganshoren', nl: 'Ganshoren', postalCodes: ['1083'] },
  { fr: 'Ixelles', nl: 'Elsene', postalCodes: ['1050'] },
  { fr: 'Jette', nl: 'Jette', postalCodes: ['1090'] },
  { fr: 'Koekelberg', nl: 'Koekelberg', postalCodes: ['1081'] },
  { fr: 'Molenbeek-Saint-Jean', nl: 'Sint-Jans-Molenbeek', postalCodes: ['1080'] },
  { fr: 'Saint-Gilles', nl: 'Sint-Gillis', postalCodes: ['1060'] },
  { fr: 'Saint-Josse-ten-Noode', nl: 'Sint-Joost-ten-Node', postalCodes: ['1210'] },
  { fr: 'Schaerbeek', nl: 'Schaarbeek', postalCodes: ['1030'] },
  { fr: 'Uccle', nl: 'Ukkel', postalCodes: ['1180'] },
  { fr: 'Watermael-Boitsfort', nl: 'Watermaal-Bosvoorde', postalCodes: ['1170'] },
  { fr: 'Woluwe-Saint-Lambert', nl: 'Sint-Lambrechts-Woluwe', postalCodes: ['1200'] },
  { fr: 'Woluwe-Saint-Pierre', nl: 'Sint-Pieters-Woluwe', postalCodes: ['1150'] },
];

/** Other ways people write the City of Brussels. */
const COMMUNE_ALIASES: readonly [string, string][] = [
  ['Ville de Bruxelles', 'Bruxelles'],
  ['Bruxelles-Ville', 'Bruxelles'],
  ['Stad Brussel', 'Bruxelles'],
  ['Brussel-Stad', 'Bruxelles'],
  ['City of Brussels', 'Bruxelles'],
  ['Brussels', 'Bruxelles'],
];

const communeByFolded = new Map<string, string>();
for (const c of COMMUNES) {
  communeByFolded.set(normalizeText(c.fr), c.fr);
  communeByFolded.set(normalizeText(c.nl), c.fr);
}
for (const [alias, fr] of COMMUNE_ALIASES) communeByFolded.set(normalizeText(alias), fr);

/** The French name of a commune written in French or Dutch, any case or accents; undefined when unknown. */
export function communeFr(name: string): string | undefined {
  return communeByFolded.get(normalizeText(name));
}

/** The Dutch name of a commune given by its French name (the name itself when unknown). */
export function communeNl(fr: string): string {
  return COMMUNES.find((c) => c.fr === fr)?.nl ?? fr;
}

/** A rectangle around the Brussels-Capital Region (WGS84), a little wider than its limits. */
export const BRUSSELS_BOUNDS = { south: 50.76, north: 50.92, west: 4.24, east: 4.49 } as const;

/** Postal codes of the Region are 1000–1299. */
export function isBrusselsPostalCode(code: string): boolean {
  const n = Number(code);
  return n >= 1000 && n <= 1299;
}

const CATEGORY_WORDS: readonly [string, Category][] = [
  ['health', 'health'],
  ['sante', 'health'],
  ['gezondheid', 'health'],
  ['social', 'social'],
  ['sociaal', 'social'],
  ['digital', 'digital'],
  ['numerique', 'digital'],
  ['fracture numerique', 'digital'],
  ['digitaal', 'digital'],
  ['neighbourhood', 'neighbourhood'],
  ['neighborhood', 'neighbourhood'],
  ['association de quartier solidaire', 'neighbourhood'],
  ['associations de quartier solidaires', 'neighbourhood'],
  ['associations de quartiers solidaires', 'neighbourhood'],
  ['association de quartier', 'neighbourhood'],
  ['quartier solidaire', 'neighbourhood'],
  ['buurt', 'neighbourhood'],
  ['umbrella', 'umbrella'],
];
const categoryByFolded = new Map(CATEGORY_WORDS.map(([w, c]) => [normalizeText(w), c]));

/** A category from the project vocabulary or the LUSS inventory's French words; undefined when unknown. */
export function categoryOf(value: string): Category | undefined {
  return categoryByFolded.get(normalizeText(value));
}
