/** How this kiosk is set up. Staff mode (later) edits these; for now the defaults apply. */
export interface KioskSettings {
  /** The language of the welcome screen and the one restored at every reset. */
  defaultLanguage: string;
  /** The languages offered to the public, in picker order. */
  languagesOffered: string[];
  /** Seconds without a touch before "Are you still there?". */
  idleSeconds: number;
  /** Seconds the warning counts down before the session is wiped. */
  warningSeconds: number;
  /** The commune where the kiosk stands (`name_fr` in shared/data/communes-brussels.csv). */
  communeName: string;
  /** The kiosk's own coordinates, when set: places with coordinates then show walking time. */
  location?: { lat: number; lon: number } | undefined;
  /** Take-away paper: A4 sheet or 80 mm receipt roll. */
  paperSize: 'a4' | 'receipt';
}

/** Defaults: French first, the three national-use languages, 90 s + 30 s, central Brussels. */
export const defaultSettings: KioskSettings = {
  defaultLanguage: 'fr',
  languagesOffered: ['fr', 'nl', 'en'],
  idleSeconds: 90,
  warningSeconds: 30,
  communeName: 'Bruxelles',
  paperSize: 'a4',
};
