import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { testI18n } from '../../tests/render-kit';
import type { BuiltInInventory } from '../data/place';
import { hoursNow, hoursSentence, weekLines } from './hours-words';

const inv = inventory as BuiltInInventory;
const hoursOf = (id: string) => inv.places.find((p) => p.id === id)!.openingHours;
// Schaerbeek's population desk, as the built-in data has it (2026-12-04):
// "Mo-Fr 08:00-13:00; Tu,We 08:00-13:00,14:00-16:00; Th 08:00-13:00,15:00-19:00".
const schaerbeek = hoursOf('commune-schaerbeek');

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n('en');
});
const en = () => i18n.getFixedT('en', 'common');

describe('hours now, from the real data', () => {
  it('Tuesday 10:00 at the Schaerbeek desk: open until 13:00', () => {
    // 2026-12-01 is a Tuesday.
    expect(hoursNow(schaerbeek, new Date('2026-12-01T10:00'))).toEqual({ state: 'open', until: '13:00' });
    expect(hoursSentence({ openingHours: schaerbeek, access: ['walk-in', 'appointment'] }, new Date('2026-12-01T10:00'), en(), 'en')).toBe(
      'Open until 13:00',
    );
  });

  it('Saturday: opens Monday at 8:00 (said with the weekday, not "tomorrow")', () => {
    const saturday = new Date('2026-12-05T11:00');
    expect(hoursNow(schaerbeek, saturday)).toEqual({ state: 'closed', opens: { day: 1, time: '8:00', when: 'weekday' } });
    expect(hoursSentence({ openingHours: schaerbeek, access: [] }, saturday, en(), 'en')).toBe('Opens Monday at 8:00');
    expect(hoursSentence({ openingHours: schaerbeek, access: [] }, saturday, i18n.getFixedT('fr', 'common'), 'fr')).toBe(
      'Ouvre lundi à 8:00',
    );
  });

  it('Sunday evening: opens tomorrow; Tuesday 13:30: opens today at 14:00; Thursday 18:00: open until 19:00', () => {
    expect(hoursSentence({ openingHours: schaerbeek, access: [] }, new Date('2026-12-06T18:00'), en(), 'en')).toBe(
      'Opens tomorrow at 8:00',
    );
    expect(hoursSentence({ openingHours: schaerbeek, access: [] }, new Date('2026-12-01T13:30'), en(), 'en')).toBe('Opens today at 14:00');
    expect(hoursSentence({ openingHours: schaerbeek, access: [] }, new Date('2026-12-03T18:00'), en(), 'en')).toBe('Open until 19:00');
  });

  it('a public holiday closed by "PH off" says when it opens next', () => {
    // Friday 25 December 2026 is Christmas; CPAS Uccle: "Mo-Fr 09:00-11:30; PH off".
    expect(hoursNow(hoursOf('cpas-uccle'), new Date('2026-12-25T10:00'))).toEqual({
      state: 'closed',
      opens: { day: 1, time: '9:00', when: 'weekday' },
    });
  });

  it('DocStop (24/7) is open day and night', () => {
    expect(
      hoursSentence(
        { openingHours: hoursOf('docstop'), access: ['phone'], phone: '00800 2123 2123' },
        new Date('2026-12-05T03:00'),
        en(),
        'en',
      ),
    ).toBe('Open day and night, every day');
  });
});

describe('hours not known: the way in, and "call first" only with a number to call', () => {
  const at = new Date('2026-12-01T10:00');
  it.each([
    [{ openingHours: '', access: ['appointment'] as const }, 'By appointment'],
    [{ openingHours: '', access: ['walk-in', 'appointment'] as const }, 'Walk in or by appointment'],
    [{ openingHours: '', access: [] as const, phone: '02 123 45 67' }, 'Hours not known: call first'],
    [{ openingHours: '', access: [] as const, phone: '' }, 'Hours not known'],
    [{ openingHours: '', access: ['walk-in'] as const }, 'Hours not known'],
    // Hours the parser does not understand are not known: never guessed.
    [{ openingHours: 'Mo-Fr 08:00-12:00 "by appointment"', access: [] as const }, 'Hours not known'],
  ])('%j → %s', (place, sentence) => {
    expect(hoursSentence({ ...place, access: [...place.access] }, at, en(), 'en')).toBe(sentence);
  });
});

describe('the week in lines', () => {
  it('groups days sharing a time, in the language of the screen', () => {
    expect(weekLines(schaerbeek, 'en')).toEqual(['Mon–Fri 8:00–13:00', 'Tue, Wed 14:00–16:00', 'Thu 15:00–19:00']);
    expect(weekLines(schaerbeek, 'fr')).toEqual(['lun.–ven. 8:00–13:00', 'mar., mer. 14:00–16:00', 'jeu. 15:00–19:00']);
    expect(weekLines(hoursOf('cpas-anderlecht'), 'en')).toEqual(['Mon–Fri 7:30–11:00, 13:00–15:00']);
    expect(weekLines(hoursOf('cpas-woluwe-saint-lambert'), 'en')).toEqual(['Mon, Thu 9:00–11:30']);
  });

  it('says nothing when the hours are not known', () => {
    expect(weekLines('', 'en')).toEqual([]);
    expect(weekLines('sunrise-sunset', 'en')).toEqual([]);
  });
});
