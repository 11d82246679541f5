import { distanceKm, walkingMinutes, type LatLon } from './geo';
import { needs } from './needs';
import { openStateAt, type OpenState } from './opening-hours';
import type { Commune, Place } from '../data/place';
import { matchesQuery, normalizeText } from '../data/search-text';
import type { FoundPlace } from './finder-answer';

export type { FoundPlace } from './finder-answer';

/** Where the kiosk stands: a commune (French name), and coordinates when set. */
export interface KioskLocation {
  communeName: string;
  point?: LatLon | undefined;
}

/** What the person asked for. */
export interface FinderQuery {
  /** Need chips chosen (ids from needs.ts); none = what the topic calls for, or everything. */
  needs: readonly string[];
  /** Service tags the topic calls for, most wanted first (used when no chip is chosen). */
  topicServices: readonly string[];
  /** Only places known to speak this language (ISO 639-1), when set. */
  language?: string | undefined;
  /** Hide places known to be closed now (places with unknown hours stay, marked). */
  openNow: boolean;
  /** Words typed (staff directory): every word must start a word of the place's text. */
  text?: string | undefined;
}

/** Precomputed per dataset: commune points by name (FR and NL). */
export interface FinderContext {
  communes: ReadonlyMap<string, Commune>;
  location: KioskLocation;
  now: Date;
}

/** Commune lookup by French and Dutch name. */
export function communeIndex(communes: readonly Commune[]): Map<string, Commune> {
  const map = new Map<string, Commune>();
  for (const c of communes) {
    map.set(c.nameFr, c);
    map.set(c.nameNl, c);
  }
  return map;
}

// Folded text of each place, computed once per place object (places are replaced, never mutated).
const foldedCache = new WeakMap<Place, string>();

/** A place's searchable text, folded: name, descriptions, commune, address, services. */
export function foldedTextOf(place: Place): string {
  let folded = foldedCache.get(place);
  if (folded === undefined) {
    folded = normalizeText([place.name, ...Object.values(place.description), place.commune, place.streetAddress, place.postalCode, ...place.services].join(' '));
    foldedCache.set(place, folded);
  }
  return folded;
}

const byName = new Intl.Collator('fr');

const confidenceRank: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Places that serve professionals or fund projects: for the staff directory, not the public. */
const notForThePublic = new Set(['professional-support', 'funding', 'research']);

/**
 * The places that answer a query, nearest first: by walking distance when coordinates are
 * known, else the kiosk's own commune, then neighbouring communes by the distance between their
 * reference points, then places whose commune is unknown. Ties: the service the topic names
 * first, a place one can reach (address or phone), better sourced, name.
 */
export function findPlaces(places: readonly Place[], query: FinderQuery, ctx: FinderContext): FoundPlace[] {
  const chosen = needs.filter((n) => query.needs.includes(n.id));
  const wanted = chosen.length > 0 ? chosen.flatMap((n) => n.services) : query.topicServices;
  const wantedSet = new Set(wanted);
  const home = ctx.communes.get(ctx.location.communeName);
  const homePoint = ctx.location.point ?? (home ? { lat: home.lat, lon: home.lon } : undefined);

  const found: { f: FoundPlace; key: number[]; name: string }[] = [];
  for (const place of places) {
    if (!place.publicListing || place.services.some((s) => notForThePublic.has(s))) continue;
    if (wantedSet.size > 0 && !place.services.some((s) => wantedSet.has(s))) continue;
    if (query.language && !place.languages.includes(query.language)) continue;
    if (query.text && !matchesQuery(foldedTextOf(place), query.text)) continue;
    const open = openStateAt(place.openingHours, ctx.now);
    if (query.openNow && open === 'closed') continue;

    const sameCommune = place.commune !== '' && place.commune === ctx.location.communeName;
    let km: number | undefined;
    let sortKm: number;
    if (place.lat != null && place.lon != null && ctx.location.point) {
      km = distanceKm(ctx.location.point, { lat: place.lat, lon: place.lon });
      sortKm = km;
    } else {
      const commune = ctx.communes.get(place.commune);
      sortKm = sameCommune ? 0 : commune && homePoint ? distanceKm(homePoint, { lat: commune.lat, lon: commune.lon }) : Number.POSITIVE_INFINITY;
    }
    const serviceRank = wanted.length === 0 ? 0 : Math.min(...place.services.map((s) => wanted.indexOf(s)).filter((i) => i >= 0));
    found.push({
      f: {
        place,
        km,
        walkMinutes: km === undefined ? undefined : walkingMinutes(km),
        sameCommune,
        open,
        speaks: !query.language ? 'yes' : place.languages.length === 0 ? 'unknown' : place.languages.includes(query.language) ? 'yes' : 'no',
        residentsOnly: place.eligibility === 'residents',
        byPhone: place.access.includes('phone'),
        reachable: place.streetAddress !== '' || place.phone !== '',
      },
      key: [
        Math.round(sortKm * 10), // 100 m buckets, so the other criteria can break near-ties
        serviceRank,
        place.streetAddress || place.phone ? 0 : 1,
        confidenceRank[place.confidence] ?? 3,
      ],
      name: place.name,
    });
  }
  found.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = a.key[i]! - b.key[i]!;
      if (d !== 0 && !Number.isNaN(d)) return d;
      if (Number.isNaN(d)) continue;
    }
    return byName.compare(a.name, b.name);
  });
  return found.map((x) => x.f);
}
