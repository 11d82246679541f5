import { describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { placeFromBuiltIn, type BuiltInInventory, type Place } from '../data/place';
import type { FinderAnswer, FoundPlace } from './finder-answer';
import { answerNeed, communeIndex, type NeedQuery } from './finder';
import { needs } from './needs';

// The rules of the public finder, on the real built-in data (public/data/inventory.json).
const inv = inventory as BuiltInInventory;
const communes = communeIndex(inv.communes);
const builtIn = [...inv.places.map((p) => placeFromBuiltIn(p, true)), ...inv.directoryOnly.map((p) => placeFromBuiltIn(p, false))];
// Tuesday 1 December 2026, 10:00.
const now = new Date('2026-12-01T10:00');
const at = (communeName: string) => ({ communes, location: { communeName }, now });
const ask = (q: Partial<NeedQuery>): NeedQuery => ({ needs: [], topicServices: [], openNow: false, ...q });
const ids = (list: readonly FoundPlace[]) => list.map((f) => f.place.id);
/** Every card of an answer, in the order the screen shows them. */
const cards = (a: FinderAnswer) => [...a.yourCommune, ...a.byPhone, ...a.inLanguage, ...a.others];

describe('residents only: the desk of the commune where the person lives', () => {
  it('from an Anderlecht kiosk, eID, living in Schaerbeek: Schaerbeek’s desk first, no other commune’s', () => {
    const a = answerNeed(
      builtIn,
      ask({ needs: ['eid'], language: 'tr', residence: { kind: 'commune', communeName: 'Schaerbeek' } }),
      at('Anderlecht'),
    );
    expect(a.yourCommune[0]?.place.id).toBe('commune-schaerbeek');
    expect(a.askResidence).toBe(false);
    expect(
      cards(a)
        .filter((f) => f.residentsOnly && f.place.commune !== 'Schaerbeek')
        .map((f) => f.place.id),
    ).toEqual([]);
    // Not Anderlecht's own desk either, though it is the nearest.
    expect(ids(cards(a))).not.toContain('commune-anderlecht');
  });

  it('the commune may be named in Dutch', () => {
    const a = answerNeed(builtIn, ask({ needs: ['eid'], residence: { kind: 'commune', communeName: 'Schaarbeek' } }), at('Anderlecht'));
    expect(ids(a.yourCommune)).toEqual(['commune-schaerbeek']);
  });

  it('asks where the person lives before naming any residents-only desk', () => {
    const a = answerNeed(builtIn, ask({ needs: ['eid'] }), at('Anderlecht'));
    expect(a.askResidence).toBe(true);
    expect(cards(a).filter((f) => f.residentsOnly)).toEqual([]);
    // Health questions: no residents-only place answers them, nothing to ask.
    expect(answerNeed(builtIn, ask({ needs: ['health'] }), at('Anderlecht')).askResidence).toBe(false);
  });

  it('never asks for a need a residents-only place only happens to offer (public computers at a CPAS)', () => {
    const computer = answerNeed(builtIn, ask({ needs: ['computer'] }), at('Woluwe-Saint-Lambert'));
    expect(computer.askResidence).toBe(false);
    expect(computer.ownCommuneHint).toBe(false);
    // The CPAS's computers are for its residents: not listed while nobody said they live there …
    expect(cards(computer).filter((f) => f.residentsOnly)).toEqual([]);
    // … listed among the others once the person said so (for another need, earlier in the session).
    const living = answerNeed(
      builtIn,
      ask({ needs: ['computer'], residence: { kind: 'commune', communeName: 'Woluwe-Saint-Lambert' } }),
      at('Woluwe-Saint-Lambert'),
    );
    expect(living.yourCommune).toEqual([]);
    expect(
      cards(living)
        .filter((f) => f.residentsOnly)
        .map((f) => f.place.commune),
    ).toEqual(expect.arrayContaining(['Woluwe-Saint-Lambert']));
    expect(cards(living).filter((f) => f.residentsOnly && f.place.commune !== 'Woluwe-Saint-Lambert')).toEqual([]);
  });

  it.each(['outside', 'unsaid'] as const)('living %s: "your own commune" in words, no desk named', (kind) => {
    const a = answerNeed(builtIn, ask({ needs: ['social'], residence: { kind } }), at('Schaerbeek'));
    expect(a.ownCommuneHint).toBe(true);
    expect(a.askResidence).toBe(false);
    expect(cards(a).filter((f) => f.residentsOnly)).toEqual([]);
    expect(cards(a).length).toBeGreaterThan(0);
  });
});

describe('by phone: services for anyone', () => {
  it('DocStop is a "by phone" card for the eID need, and only there', () => {
    const a = answerNeed(builtIn, ask({ needs: ['eid'], residence: { kind: 'commune', communeName: 'Schaerbeek' } }), at('Schaerbeek'));
    expect(ids(a.byPhone)).toEqual(['docstop']);
    expect(cards(a).filter((f) => f.place.id === 'docstop')).toHaveLength(1);
  });
});

describe('unknown is not no', () => {
  it('a Turkish speaker in Schaerbeek never gets an empty answer, whatever the need', () => {
    for (const need of needs) {
      const a = answerNeed(
        builtIn,
        ask({ needs: [need.id], language: 'tr', residence: { kind: 'commune', communeName: 'Schaerbeek' } }),
        at('Schaerbeek'),
      );
      expect(cards(a).length, need.id).toBeGreaterThan(0);
    }
  });

  it('a place whose languages are unknown stays listed under the language chip, among the others', () => {
    // The Schaerbeek EPN and both Schaerbeek maisons médicales list no language.
    const computer = answerNeed(builtIn, ask({ needs: ['computer'], language: 'fr' }), at('Schaerbeek'));
    const epn = computer.others.find((f) => f.place.id === 'epn-cpas-schaerbeek-22-rogier');
    expect(epn?.speaks).toBe('unknown');
    const health = answerNeed(builtIn, ask({ needs: ['health'], language: 'fr' }), at('Schaerbeek'));
    expect(ids(health.others)).toEqual(expect.arrayContaining(['mm-du-nord', 'mm-le-noyer']));
    expect(health.inLanguage.every((f) => f.place.languages.includes('fr'))).toBe(true);
  });
});

describe('reachable first', () => {
  it('no place without address and phone among the first three cards when others exist', () => {
    const a = answerNeed(builtIn, ask({ needs: ['computer'], language: 'fr' }), at('Schaerbeek'));
    const list = [...a.inLanguage, ...a.others];
    expect(list.filter((f) => f.reachable).length).toBeGreaterThanOrEqual(3);
    expect(
      list
        .slice(0, 3)
        .filter((f) => !f.reachable)
        .map((f) => f.place.id),
    ).toEqual([]);
  });

  it('an unreachable place known to speak the language moves after reachable others', () => {
    const base = placeFromBuiltIn(
      inv.places.find((p) => p.id === 'maks-vzw')!,
      true,
    );
    const make = (over: Partial<Place>): Place => ({
      ...base,
      services: ['computer-access'],
      commune: 'Schaerbeek',
      languages: ['tr'],
      ...over,
      id: over.name!,
    });
    const places = [
      make({ name: 'In Turkish, reachable' }),
      make({ name: 'In Turkish, no address', streetAddress: '', phone: '' }),
      make({ name: 'Languages unknown, reachable', languages: [], commune: 'Evere' }),
    ];
    const a = answerNeed(places, ask({ needs: ['computer'], language: 'tr' }), at('Schaerbeek'));
    expect([...a.inLanguage, ...a.others].map((f) => f.place.id)).toEqual([
      'In Turkish, reachable',
      'Languages unknown, reachable',
      'In Turkish, no address',
    ]);
  });
});

describe('checked places rank above unchecked at equal distance', () => {
  it('a place checked within the year comes first; an older check does not count', () => {
    const base = placeFromBuiltIn(
      inv.places.find((p) => p.id === 'maks-vzw')!,
      true,
    );
    const make = (name: string, checkedOn: string): Place => ({
      ...base,
      id: name,
      name,
      services: ['computer-access'],
      commune: 'Schaerbeek',
      checkedOn,
      checkedHow: checkedOn ? 'phone' : '',
    });
    const places = [make('A unchecked', ''), make('B checked last year', '2025-11-01'), make('C checked', '2026-11-20')];
    const a = answerNeed(places, ask({ needs: ['computer'] }), at('Schaerbeek'));
    expect(ids(a.inLanguage)).toEqual(['C checked', 'A unchecked', 'B checked last year']);
  });
});

describe('here: ask at the counter', () => {
  it('when the site helps with the chosen need, or with the topic’s help when no chip is chosen', () => {
    expect(answerNeed(builtIn, ask({ needs: ['eid'], counterHelp: ['eid'] }), at('Schaerbeek')).askHere).toBe(true);
    expect(answerNeed(builtIn, ask({ needs: ['health'], counterHelp: ['eid'] }), at('Schaerbeek')).askHere).toBe(false);
    expect(answerNeed(builtIn, ask({ topicServices: ['eid-pin-help'], counterHelp: ['eid'] }), at('Schaerbeek')).askHere).toBe(true);
    expect(answerNeed(builtIn, ask({ topicServices: ['health-info'], counterHelp: ['eid'] }), at('Schaerbeek')).askHere).toBe(false);
    expect(answerNeed(builtIn, ask({ needs: ['eid'] }), at('Schaerbeek')).askHere).toBe(false);
  });
});

describe('open now', () => {
  it('is offered only when at least half the listed places (and three) have known hours', () => {
    // Few built-in places have hours: for health questions almost none.
    expect(answerNeed(builtIn, ask({ needs: ['health'] }), at('Schaerbeek')).openNowUseful).toBe(false);
    const base = placeFromBuiltIn(
      inv.places.find((p) => p.id === 'maks-vzw')!,
      true,
    );
    const make = (name: string, openingHours: string): Place => ({ ...base, id: name, name, services: ['computer-access'], openingHours });
    const hours = ['Mo-Fr 09:00-17:00', 'Sa 09:00-12:00', 'Mo-Fr 09:00-12:00'];
    // 3 of 5, 3 of 6 (half) yes; 3 of 7 no; 2 of 2 too few.
    expect(
      answerNeed(
        [...hours, '', ''].map((h, i) => make(`P${i}`, h)),
        ask({}),
        at('Anderlecht'),
      ).openNowUseful,
    ).toBe(true);
    expect(
      answerNeed(
        [...hours, '', '', ''].map((h, i) => make(`P${i}`, h)),
        ask({}),
        at('Anderlecht'),
      ).openNowUseful,
    ).toBe(true);
    expect(
      answerNeed(
        [...hours, '', '', '', ''].map((h, i) => make(`P${i}`, h)),
        ask({}),
        at('Anderlecht'),
      ).openNowUseful,
    ).toBe(false);
    expect(
      answerNeed(
        hours.slice(0, 2).map((h, i) => make(`P${i}`, h)),
        ask({}),
        at('Anderlecht'),
      ).openNowUseful,
    ).toBe(false);
  });

  it('hides only places known to be closed', () => {
    const a = answerNeed(builtIn, ask({ needs: ['social'], openNow: true, residence: { kind: 'unsaid' } }), {
      ...at('Anderlecht'),
      now: new Date('2026-12-05T11:00'),
    });
    expect(cards(a).filter((f) => f.open === 'closed')).toEqual([]);
    expect(cards(a).some((f) => f.open === 'unknown')).toBe(true);
    // DoucheFLUX is open on Saturday 11:30-14:30: at 11:00 it is closed, so hidden.
    expect(ids(cards(a))).not.toContain('doucheflux');
    expect(ids(cards(answerNeed(builtIn, ask({ needs: ['social'], residence: { kind: 'unsaid' } }), at('Anderlecht'))))).toContain(
      'doucheflux',
    );
  });
});
