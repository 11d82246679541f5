import type { Place } from './place';

const confidenceRank: Record<string, number> = { high: 0, medium: 1, low: 2 };

/** Places that serve professionals only are for the staff directory, not the public list. */
const notForThePublic = new Set(['professional-support', 'funding', 'research']);

/**
 * Places offering any of the wanted services (all places when none is asked), most useful first:
 * the service the topic names first wins, then a place one can reach (known address or phone),
 * then the kiosk's own commune, then the better-sourced, then by name. Distance ranking comes
 * with the full help finder.
 */
export function rankPlaces(places: readonly Place[], services: readonly string[], communeName: string): Place[] {
  const serviceRank = (p: Place): number => {
    if (services.length === 0) return 0;
    const ranks = p.services.map((s) => services.indexOf(s)).filter((i) => i >= 0);
    return ranks.length > 0 ? Math.min(...ranks) : -1;
  };
  const score = (p: Place): number[] => [
    serviceRank(p),
    p.streetAddress || p.phone ? 0 : 1,
    p.commune === communeName ? 0 : 1,
    confidenceRank[p.confidence] ?? 3,
  ];
  return places
    .filter((p) => serviceRank(p) >= 0 && !p.services.some((s) => notForThePublic.has(s)))
    .map((p) => ({ p, s: score(p) }))
    .sort((a, b) => a.s.reduce((d, x, i) => d || x - b.s[i]!, 0) || a.p.name.localeCompare(b.p.name, 'fr'))
    .map(({ p }) => p);
}
