import type { StoredPlace } from '../data/db';
import { communeNl } from '../data/import/vocabulary';
import { matchesQuery, normalizeText } from '../data/search-text';

/** The directory's filters; blank = any. */
export interface DirectoryFilters {
  query: string;
  service: string;
  commune: string;
  language: string;
  category: string;
}

/** No filter at all. */
export const NO_FILTERS: DirectoryFilters = { query: '', service: '', commune: '', language: '', category: '' };

/**
 * The folded text a place is found by: name, descriptions (every language), commune in French
 * and Dutch, postal code, street, service tags and their names in the staff's language.
 */
export function searchTextOf(place: StoredPlace, serviceName: (tag: string) => string): string {
  const parts = [
    place.name,
    ...Object.values(place.description).filter((d): d is string => typeof d === 'string'),
    place.commune,
    place.commune ? communeNl(place.commune) : '',
    place.postalCode,
    place.streetAddress,
    ...place.services,
    ...place.services.map(serviceName),
  ];
  return normalizeText(parts.join(' '));
}

/** The places that pass every filter, sorted by name (French collation). */
export function filterPlaces(
  places: readonly StoredPlace[],
  filters: DirectoryFilters,
  searchText: (place: StoredPlace) => string,
): StoredPlace[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return places
    .filter(
      (p) =>
        (!filters.service || p.services.includes(filters.service)) &&
        (!filters.commune || p.commune === filters.commune) &&
        (!filters.language || p.languages.includes(filters.language)) &&
        (!filters.category || p.category === filters.category) &&
        matchesQuery(searchText(p), filters.query),
    )
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
