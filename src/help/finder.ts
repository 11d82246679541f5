import { distanceKm, walkingMinutes, type LatLon } from './geo';
import { needs } from './needs';
import { openStateAt } from './opening-hours';
import type { Commune, Place } from '../data/place';
import { matchesQuery, normalizeText } from '../data/search-text';
import type { FinderAnswer, FoundPlace, Residence } from './finder-answer';

export type { FinderAnswer, FoundPlace, Residence } from './finder-answer';

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
    folded = normalizeText(
      [place.name, ...Object.values(place.description), place.commune, place.streetAddress, place.postalCode, ...place.services].join(' '),
    );
    foldedCache.set(place, folded);
  }
  return folded;
}

const byName = new Intl.Collator('fr');

const confidenceRank: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Places that serve professionals or fund projects: for the staff directory, not the public. */
const notForThePublic = new Set(['professional-support', 'funding', 'research']);

/** A check by a person counts for a year: after that, the details may have changed. */
const CHECK_VALID_DAYS = 365;

/** Whether a person checked the place's details (phone or on site) within the last year. */
export function recentlyChecked(place: Place, now: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(place.checkedOn)) return false;
  const checked = new Date(`${place.checkedOn}T00:00`);
  const ageDays = (now.getTime() - checked.getTime()) / 86_400_000;
  return ageDays >= -1 && ageDays <= CHECK_VALID_DAYS;
}

/** Where the service rank (the topic's most wanted service first) sits in a sort key. */
const SERVICE_KEY = 2;

/** A matching place with its sort key (compared item by item, then by name). */
interface Ranked {
  f: FoundPlace;
  key: number[];
  name: string;
}

function compareRanked(a: Ranked, b: Ranked): number {
  for (let i = 0; i < a.key.length; i++) {
    const d = a.key[i]! - b.key[i]!;
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return byName.compare(a.name, b.name);
}

/** The service tags a query asks for: the chosen chips' services, else the topic's. */
function wantedServices(query: FinderQuery): string[] {
  const chosen = needs.filter((n) => query.needs.includes(n.id));
  return chosen.length > 0 ? chosen.flatMap((n) => n.services) : [...query.topicServices];
}

/**
 * Every public place offering a wanted service (and matching typed words), with what the person
 * needs to know and a sort key: distance (100 m buckets), checked within the year, the service
 * the topic names first, reachable (address or phone), better sourced. No language or "open now"
 * filter here: the callers decide what those hide.
 */
function matching(places: readonly Place[], query: FinderQuery, ctx: FinderContext): Ranked[] {
  const wanted = wantedServices(query);
  const wantedSet = new Set(wanted);
  const home = ctx.communes.get(ctx.location.communeName);
  const homePoint = ctx.location.point ?? (home ? { lat: home.lat, lon: home.lon } : undefined);
  const found: Ranked[] = [];
  for (const place of places) {
    if (!place.publicListing || place.services.some((s) => notForThePublic.has(s))) continue;
    if (wantedSet.size > 0 && !place.services.some((s) => wantedSet.has(s))) continue;
    if (query.text && !matchesQuery(foldedTextOf(place), query.text)) continue;
    const open = openStateAt(place.openingHours, ctx.now);
    const sameCommune = place.commune !== '' && place.commune === ctx.location.communeName;
    let km: number | undefined;
    let sortKm: number;
    if (place.lat != null && place.lon != null && ctx.location.point) {
      km = distanceKm(ctx.location.point, { lat: place.lat, lon: place.lon });
      sortKm = km;
    } else {
      const commune = ctx.communes.get(place.commune);
      sortKm = sameCommune
        ? 0
        : commune && homePoint
          ? distanceKm(homePoint, { lat: commune.lat, lon: commune.lon })
          : Number.POSITIVE_INFINITY;
    }
    const serviceRank = wanted.length === 0 ? 0 : Math.min(...place.services.map((s) => wanted.indexOf(s)).filter((i) => i >= 0));
    const reachable = place.streetAddress !== '' || place.phone !== '';
    found.push({
      f: {
        place,
        km,
        walkMinutes: km === undefined ? undefined : walkingMinutes(km),
        sameCommune,
        open,
        speaks: !query.language
          ? 'yes'
          : place.languages.length === 0
            ? 'unknown'
            : place.languages.includes(query.language)
              ? 'yes'
              : 'no',
        residentsOnly: place.eligibility === 'residents',
        byPhone: place.access.includes('phone'),
        reachable,
      },
      key: [
        Math.round(sortKm * 10), // 100 m buckets, so the other criteria can break near-ties
        recentlyChecked(place, ctx.now) ? 0 : 1,
        serviceRank,
        reachable ? 0 : 1,
        confidenceRank[place.confidence] ?? 3,
      ],
      name: place.name,
    });
  }
  return found.sort(compareRanked);
}

/**
 * The places that answer a query, nearest first (staff directory, and the old finder list): by
 * walking distance when coordinates are known, else the kiosk's own commune, then neighbouring
 * communes by the distance between their reference points, then places whose commune is
 * unknown. Ties: checked within the year, the service the topic names first, a place one can
 * reach (address or phone), better sourced, name. Here the language keeps only places known to
 * speak it; the public finder uses `answerNeed`, where unknown is not no.
 */
export function findPlaces(places: readonly Place[], query: FinderQuery, ctx: FinderContext): FoundPlace[] {
  return matching(places, query, ctx)
    .filter((r) => !query.language || r.f.place.languages.includes(query.language))
    .filter((r) => !query.openNow || r.f.open !== 'closed')
    .map((r) => r.f);
}

/** What the person asked the public finder, with where they live and what the site's staff help with. */
export interface NeedQuery extends FinderQuery {
  /** Asked once when residents-only desks serve the need; undefined = not asked yet. */
  residence?: Residence | undefined;
  /** Need ids the site's own staff help with (settings.counterHelp). */
  counterHelp?: readonly string[] | undefined;
}

/** How many cards a person reads first: none of them may be a place they cannot reach. */
const FIRST_CARDS = 3;

/** Brings up to `slots` reachable places to the front, keeping the order otherwise. */
function reachableFirst(list: readonly Ranked[], slots: number): Ranked[] {
  const front = list.filter((r) => r.f.reachable).slice(0, Math.max(0, slots));
  const frontSet = new Set(front);
  return [...front, ...list.filter((r) => !frontSet.has(r))];
}

/**
 * Whether the need is one only the person's own commune serves (eID at the population desk, social
 * help at the CPAS): a chosen chip marked ownCommune, or with no chip the topic's first service.
 */
function servedByOwnCommune(query: NeedQuery): boolean {
  if (query.needs.length > 0) return needs.some((n) => n.ownCommune && query.needs.includes(n.id));
  const first = query.topicServices[0];
  return first !== undefined && needs.some((n) => n.ownCommune && n.services.includes(first));
}

/** Whether the site's own staff help with what the person asks (a chosen chip, or the topic's help). */
function helpedHere(query: NeedQuery): boolean {
  const here = query.counterHelp ?? [];
  if (here.length === 0) return false;
  if (query.needs.length > 0) return query.needs.some((id) => here.includes(id));
  return needs.some((n) => here.includes(n.id) && n.services.some((s) => query.topicServices.includes(s)));
}

/**
 * The public finder's answer to one need, in the order the screen shows it:
 * - residents-only desks (population desk, CPAS) only for the commune where the person lives,
 *   asked once; never another commune's (with no answer yet: none, and the question);
 * - phone services for anyone (DocStop) as "by phone" cards, once;
 * - places known to speak the person's language, then the others (unknown is not no), nearest
 *   first, with no unreachable place (no address, no phone) among the first three cards when a
 *   reachable one exists;
 * - "open now" hides only places known closed, and never the person's own desk (the only right
 *   door: its card says when it opens); when it would hide everything, it hides nothing.
 */
export function answerNeed(places: readonly Place[], query: NeedQuery, ctx: FinderContext): FinderAnswer {
  const all = matching(places, query, ctx);
  const residence = query.residence;
  const residentsOnly = all.filter((r) => r.f.residentsOnly);
  const homeCommune =
    residence?.kind === 'commune' ? (ctx.communes.get(residence.communeName)?.nameFr ?? residence.communeName) : undefined;

  // The person's own desks for what they asked first (eID: the population desk; social help: the
  // CPAS). Their other residents-only places (the population desk for social help) are not the
  // door for this need: they are listed with the rest, where distance and language rank them.
  // For other needs (a computer), a residents-only place is listed only when the person already
  // said they live in its commune, among the rest: never another commune's, and no question asked.
  const ownNeed = servedByOwnCommune(query);
  const own = homeCommune === undefined ? [] : residentsOnly.filter((r) => r.f.place.commune === homeCommune);
  const bestService = Math.min(...own.map((r) => r.key[SERVICE_KEY]!));
  const yourCommune = (ownNeed ? own : [])
    .filter((r) => r.key[SERVICE_KEY] === bestService)
    .sort((a, b) => compareRanked({ ...a, key: a.key.slice(1) }, { ...b, key: b.key.slice(1) }));
  const open = all.filter((r) => !r.f.residentsOnly || (own.includes(r) && !yourCommune.includes(r)));
  const phoneForAnyone = (r: Ranked) => r.f.byPhone && r.f.place.eligibility === 'anyone';
  const byPhone = open.filter(phoneForAnyone);
  const walkable = open.filter((r) => !phoneForAnyone(r));

  // Nearest first; at equal distance a place whose languages are unknown before one known not to
  // speak the person's language (it may well be spoken there), then the usual ties.
  const speaksRank = { yes: 0, unknown: 1, no: 2 } as const;
  const othersOrder = (a: Ranked, b: Ranked) => {
    const d = a.key[0]! - b.key[0]!;
    if (d !== 0 && !Number.isNaN(d)) return d;
    return speaksRank[a.f.speaks] - speaksRank[b.f.speaks] || compareRanked(a, b);
  };
  const groups = (hideClosed: boolean) => {
    const shown = (r: Ranked) => !hideClosed || r.f.open !== 'closed';
    const inLanguageAll = walkable.filter((r) => shown(r) && r.f.speaks === 'yes');
    let others = walkable.filter((r) => shown(r) && r.f.speaks !== 'yes').sort(othersOrder);
    let inLanguage = reachableFirst(inLanguageAll, FIRST_CARDS);
    // Too few reachable places in the language to fill the first cards: the unreachable ones go
    // after the reachable others (they keep speaks 'yes', so their card still says so).
    const reachableIn = inLanguage.filter((r) => r.f.reachable).length;
    if (reachableIn < FIRST_CARDS && reachableIn < inLanguage.length && others.some((r) => r.f.reachable)) {
      const moved = inLanguage.filter((r) => !r.f.reachable);
      inLanguage = inLanguage.filter((r) => r.f.reachable);
      others = [...others, ...moved].sort(othersOrder);
    }
    others = reachableFirst(others, FIRST_CARDS - inLanguage.length);
    return { byPhone: byPhone.filter(shown), inLanguage, others };
  };

  let listed = groups(query.openNow);
  if (query.openNow && yourCommune.length + listed.byPhone.length + listed.inLanguage.length + listed.others.length === 0)
    listed = groups(false);

  const unfiltered = [...yourCommune, ...byPhone, ...walkable];
  const knownHours = unfiltered.filter((r) => r.f.open !== 'unknown').length;
  const hasResidentsOnly = ownNeed && residentsOnly.length > 0;

  return {
    askHere: helpedHere(query),
    askResidence: hasResidentsOnly && residence === undefined,
    yourCommune: yourCommune.map((r) => r.f),
    ownCommuneHint: hasResidentsOnly && residence !== undefined && yourCommune.length === 0,
    byPhone: listed.byPhone.map((r) => r.f),
    inLanguage: listed.inLanguage.map((r) => r.f),
    others: listed.others.map((r) => r.f),
    openNowUseful: knownHours >= 3 && knownHours * 2 >= unfiltered.length,
  };
}
