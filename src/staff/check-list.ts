import type { StoredPlace } from '../data/db';
import type { Commune } from '../data/place';
import { communeIndex, findPlaces, type KioskLocation } from '../help/finder';

/** A check older than this many months is due again. */
export const CHECK_AGAIN_MONTHS = 6;

/** The kiosk's local date as ISO (YYYY-MM-DD): the day staff see on the wall calendar. */
export function localIsoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Whether a place's details were never checked, or not in the last CHECK_AGAIN_MONTHS months. */
export function checkDue(place: { checkedOn: string }, now: Date): boolean {
  if (place.checkedOn === '') return true;
  const limit = localIsoDate(new Date(now.getFullYear(), now.getMonth() - CHECK_AGAIN_MONTHS, now.getDate()));
  return place.checkedOn <= limit;
}

/**
 * The public places whose check is due, nearest first, in the finder's own order (the kiosk's
 * commune, then the others by the distance of their reference points; see help/finder.ts).
 */
export function placesToCheck(
  places: readonly StoredPlace[],
  communes: readonly Commune[],
  location: KioskLocation,
  now: Date,
): StoredPlace[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const nearest = findPlaces(places, { needs: [], topicServices: [], openNow: false }, { communes: communeIndex(communes), location, now });
  return nearest.map((f) => byId.get(f.place.id)!).filter((p) => checkDue(p, now));
}
