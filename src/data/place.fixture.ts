// Test fixture only (imported by *.test.ts, never by the app).
import type { Place } from './place';

/** A place with every field blank (nothing known), then the given fields: tests say only what matters to them. */
export function blankPlace(over: Partial<Place> = {}): Place {
  return {
    id: 'x',
    name: 'A place',
    category: 'social',
    audience: '',
    services: [],
    languages: [],
    streetAddress: '',
    postalCode: '',
    commune: '',
    lat: null,
    lon: null,
    phone: '',
    email: '',
    website: '',
    openingHours: '',
    accessibility: '',
    description: {},
    sources: [],
    eligibility: '',
    access: [],
    hoursSource: '',
    notes: '',
    sourcesReadOn: '',
    checkedOn: '',
    checkedHow: '',
    confidence: '',
    publicListing: true,
    ...over,
  };
}
