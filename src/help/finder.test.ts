import { describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { communeIndex, findPlaces, type FinderQuery } from './finder';
import { distanceKm, walkingMinutes } from './geo';
import { placeFromBuiltIn, type BuiltInInventory, type Place } from '../data/place';
import { matchesQuery, normalizeText } from '../data/search-text';

const inv = inventory as BuiltInInventory;
const communes = communeIndex(inv.communes);
const builtIn = [...inv.places.map((p) => placeFromBuiltIn(p, true)), ...inv.directoryOnly.map((p) => placeFromBuiltIn(p, false))];
const now = new Date('2026-12-01T10:00');
const query = (q: Partial<FinderQuery>): FinderQuery => ({ needs: [], topicServices: [], openNow: false, ...q });

function place(over: Partial<Place>): Place {
  return { ...placeFromBuiltIn(inv.places[0]!, true), id: over.name ?? 'x', ...over };
}

describe('distance', () => {
  it('measures the great-circle distance', () => {
    // Brussels Grand-Place to Schaerbeek town hall: about 2.8 km.
    expect(distanceKm({ lat: 50.8467, lon: 4.3525 }, { lat: 50.8676, lon: 4.3737 })).toBeCloseTo(2.76, 1);
    expect(distanceKm({ lat: 50.8, lon: 4.3 }, { lat: 50.8, lon: 4.3 })).toBe(0);
  });

  it('turns it into a walking time, rounded up to 5 minutes', () => {
    expect(walkingMinutes(0.1)).toBe(5);
    expect(walkingMinutes(1)).toBe(20);
  });
});

describe('nearest first', () => {
  it('orders by walking distance when coordinates are known', () => {
    const near = place({ name: 'Near', lat: 50.8468, lon: 4.353, services: ['eid-pin-help'] });
    const far = place({ name: 'Far', lat: 50.82, lon: 4.4, services: ['eid-pin-help'] });
    const found = findPlaces([far, near], query({ needs: ['eid'] }), {
      communes,
      location: { communeName: 'Bruxelles', point: { lat: 50.8467, lon: 4.3525 } },
      now,
    });
    expect(found.map((f) => f.place.name)).toEqual(['Near', 'Far']);
    expect(found[0]!.walkMinutes).toBe(5);
  });

  it('without coordinates: same commune, then neighbouring communes, then unknown', () => {
    const found = findPlaces(builtIn, query({ needs: ['eid'] }), { communes, location: { communeName: 'Schaerbeek' }, now });
    const order = found.map((f) => f.place.commune);
    expect(order[0]).toBe('Schaerbeek');
    // Evere and Saint-Josse border Schaerbeek; Uccle is far south.
    expect(order.indexOf('Evere')).toBeLessThan(order.indexOf('Uccle'));
    expect(order.indexOf('Saint-Josse-ten-Noode')).toBeLessThan(order.indexOf('Uccle'));
    expect(found.every((f) => f.walkMinutes === undefined)).toBe(true);
  });

  it('never lists the staff-only directory rows to the public', () => {
    const found = findPlaces(builtIn, query({}), { communes, location: { communeName: 'Bruxelles' }, now });
    const forProfessionals = inv.places.filter((p) => p.services.includes('professional-support'));
    expect(forProfessionals.length).toBeGreaterThan(0);
    expect(found.length).toBe(inv.places.length - forProfessionals.length);
    // Umbrella rows stay in the staff directory, except a phone service for anyone (DocStop).
    expect(found.filter((f) => f.place.category === 'umbrella').map((f) => f.place.id)).toEqual(['docstop']);
    expect(found.some((f) => f.place.services.includes('professional-support'))).toBe(false);
  });
});

describe('filters', () => {
  it('"speaks my language" keeps only places known to speak it', () => {
    const found = findPlaces(builtIn, query({ language: 'nl' }), { communes, location: { communeName: 'Bruxelles' }, now });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.place.languages.includes('nl'))).toBe(true);
  });

  it('"open now" hides closed places but keeps places with unknown hours, marked', () => {
    const open = place({ name: 'Open', openingHours: 'Mo-Fr 09:00-17:00' });
    const closed = place({ name: 'Closed', openingHours: 'Sa 09:00-12:00' });
    const unknown = place({ name: 'Unknown', openingHours: '' });
    const found = findPlaces([open, closed, unknown], query({ openNow: true }), { communes, location: { communeName: 'Bruxelles' }, now });
    expect(found.map((f) => [f.place.name, f.open])).toEqual([
      ['Open', 'open'],
      ['Unknown', 'unknown'],
    ]);
  });

  it('a topic pre-filters by the help it calls for; a chosen chip replaces it', () => {
    const ctx = { communes, location: { communeName: 'Bruxelles' }, now };
    const byTopic = findPlaces(builtIn, query({ topicServices: ['eid-pin-help'] }), ctx);
    expect(byTopic.every((f) => f.place.services.includes('eid-pin-help'))).toBe(true);
    const byChip = findPlaces(builtIn, query({ topicServices: ['eid-pin-help'], needs: ['computer'] }), ctx);
    expect(byChip.every((f) => f.place.services.some((s) => ['computer-access', 'digital-training', 'mobile-epn'].includes(s)))).toBe(true);
  });
});

describe('search text', () => {
  it('folds accents and case, and matches word starts in any order', () => {
    expect(normalizeText('Schaërbeek – CPAS')).toBe('schaerbeek cpas');
    expect(matchesQuery(normalizeText('CPAS de Schaerbeek'), 'schaerb cpas')).toBe(true);
    expect(matchesQuery(normalizeText('CPAS de Schaerbeek'), 'beek')).toBe(false);
    expect(matchesQuery(normalizeText('Maison médicale'), 'MEDICALE')).toBe(true);
  });
});
