import { languagesOfferedByDefault } from '../i18n/languages';

/** The kind of place where the kiosk stands. */
export type SiteKind = 'pharmacy' | 'medical-house' | 'epn' | 'other';

/** Every site kind, in the order staff see them. */
export const SITE_KINDS: readonly SiteKind[] = ['pharmacy', 'medical-house', 'epn', 'other'];

/**
 * How this kiosk is set up. Staff edit these in staff mode (src/staff/settings-screen.tsx); they
 * are stored on the device (src/shell/settings-store.ts). Until staff set the kiosk up, the
 * defaults apply: the public kiosk never shows a set-up.
 */
export interface KioskSettings {
  /** The kind of place (pharmacy, maison médicale, EPN, other). */
  siteKind: SiteKind;
  /** The place's name, for staff (exports, counts); may be empty. */
  siteName: string;
  /** The language of the welcome screen and the one restored at every reset. */
  defaultLanguage: string;
  /** The languages offered to the public, in picker order. */
  languagesOffered: string[];
  /** Seconds without a touch before "Are you still there?". */
  idleSeconds: number;
  /** Seconds the warning counts down before the session is wiped. */
  warningSeconds: number;
  /** The commune where the kiosk stands (`name_fr` in data/communes-brussels.csv). */
  communeName: string;
  /** The kiosk's own coordinates, when set: places with coordinates then show walking time. */
  location?: { lat: number; lon: number } | undefined;
  /** Read every screen aloud without a tap on "Read aloud". */
  autoRead: boolean;
  /** The topics on the home screen, in order (flow ids); undefined = every topic, registry order. */
  topics?: string[] | undefined;
  /** Whether take-away papers can be printed (no printer: no print buttons). */
  printing: boolean;
  /** Take-away paper: A4 sheet or 80 mm receipt roll. */
  paperSize: 'a4' | 'receipt';
  /**
   * What this site's own staff help with at the counter (need ids of src/help/needs.ts): for
   * those needs the finder's first card is "Here: ask at the counter". Empty = none declared.
   */
  counterHelp: string[];
  /** Where staff may fetch a newer inventory from (staff mode, online only); undefined = none. */
  inventoryUrl?: string | undefined;
}

/**
 * Defaults: French first, every complete language of locales/languages.json (a partial one waits
 * for staff to tick it), 90 s + 30 s, central Brussels, printing on A4.
 */
export const defaultSettings: KioskSettings = {
  siteKind: 'other',
  siteName: '',
  defaultLanguage: 'fr',
  languagesOffered: languagesOfferedByDefault(),
  idleSeconds: 90,
  warningSeconds: 30,
  communeName: 'Bruxelles',
  autoRead: false,
  printing: true,
  paperSize: 'a4',
  counterHelp: [],
};

/** The topics to show, in the order set by staff (every one, in registry order, when unset). */
export function shownTopics<T extends { id: string }>(all: readonly T[], topics: readonly string[] | undefined): T[] {
  if (!topics) return [...all];
  return topics.flatMap((id) => all.filter((flow) => flow.id === id));
}
