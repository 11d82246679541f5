import type { OpenState } from './opening-hours';
import type { Place } from '../data/place';

/**
 * Where the person lives, asked once when a need is served only by one's own commune (eID/PIN
 * at the population desk, CPAS). Kept for the session only: wiped at reset, never counted or stored.
 */
export type Residence = { kind: 'commune'; communeName: string } | { kind: 'outside' } | { kind: 'unsaid' };

/** One place in the answer, with what the person needs to know to go there. */
export interface FoundPlace {
  place: Place;
  /** Straight-line km when both the kiosk and the place have coordinates. */
  km?: number | undefined;
  /** Walking minutes (estimate) when km is known. */
  walkMinutes?: number | undefined;
  sameCommune: boolean;
  open: OpenState;
  /** Whether the place speaks the person's language: known yes, not known (no languages listed), or known no. */
  speaks: 'yes' | 'unknown' | 'no';
  /** Only people who live in the place's commune may come (eligibility "residents"). */
  residentsOnly: boolean;
  /** A service reached by phone only (access "phone"): shown as a "by phone" card. */
  byPhone: boolean;
  /** Has a street address or a phone number: a person can act on it. */
  reachable: boolean;
}

/**
 * The finder's answer to one need, in the order the screen shows it. No group is ever the
 * only thing shown when it is empty: the screen leaves empty groups out, and the answer as a
 * whole is never empty when the inventory has any place for the need.
 */
export interface FinderAnswer {
  /** The site's own staff help with this need (settings.counterHelp): "Here: ask at the counter" comes first. */
  askHere: boolean;
  /**
   * The need is served by residents-only desks and the person has not said where they live yet:
   * ask "Where do you live?" before the list.
   */
  askResidence: boolean;
  /** The residents-only desk(s) of the commune where the person lives, wherever it is. */
  yourCommune: FoundPlace[];
  /**
   * The person lives outside Brussels or would rather not say, and residents-only desks serve
   * this need: say "the town hall (or CPAS) of the commune where you live" without naming one.
   */
  ownCommuneHint: boolean;
  /** Phone services for anyone that answer the need (DocStop for a lost or stolen card). */
  byPhone: FoundPlace[];
  /** Places known to speak the person's language (every place when no language is asked), nearest and reachable first. */
  inLanguage: FoundPlace[];
  /** The other places (languages not known, or known not to include the person's), under a plain heading. */
  others: FoundPlace[];
  /** Offer "open now" only when enough of the listed places have known hours. */
  openNowUseful: boolean;
}
