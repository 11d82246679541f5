import fc from 'fast-check';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { openStateAt, parseOpeningHours } from './opening-hours';
import { isBelgianPublicHoliday } from './public-holidays';

const at = (iso: string) => new Date(iso); // local time: the test machine's zone, like the kiosk's

describe('opening hours (common OpenStreetMap syntax)', () => {
  it('reads weekday ranges and split days', () => {
    const hours = 'Mo-Fr 09:00-12:00,13:30-17:00; Sa 10:00-12:00';
    expect(openStateAt(hours, at('2026-12-01T10:00'))).toBe('open'); // Tuesday
    expect(openStateAt(hours, at('2026-12-01T12:30'))).toBe('closed');
    expect(openStateAt(hours, at('2026-12-05T11:59'))).toBe('open'); // Saturday
    expect(openStateAt(hours, at('2026-12-06T11:00'))).toBe('closed'); // Sunday: no rule
  });

  it('lets a later rule replace an earlier one for its days', () => {
    expect(openStateAt('Mo-Fr 09:00-17:00; We off', at('2026-12-02T10:00'))).toBe('closed');
    expect(openStateAt('Mo-Fr 09:00-17:00; We 09:00-12:00', at('2026-12-02T13:00'))).toBe('closed');
  });

  it('knows Belgian public holidays for "PH off"', () => {
    expect(isBelgianPublicHoliday(at('2026-07-21T12:00'))).toBe(true); // national day
    expect(isBelgianPublicHoliday(at('2026-04-06T12:00'))).toBe(true); // Easter Monday 2026
    expect(isBelgianPublicHoliday(at('2026-05-14T12:00'))).toBe(true); // Ascension 2026
    expect(isBelgianPublicHoliday(at('2026-05-25T12:00'))).toBe(true); // Whit Monday 2026
    expect(isBelgianPublicHoliday(at('2026-12-01T12:00'))).toBe(false);
    expect(openStateAt('Mo-Fr 09:00-17:00; PH off', at('2026-12-25T10:00'))).toBe('closed');
    expect(openStateAt('Mo-Fr 09:00-17:00; PH off', at('2026-12-24T10:00'))).toBe('open');
  });

  it('says "unknown" for blank hours and for syntax it does not read, never guessing', () => {
    expect(openStateAt('', at('2026-12-01T10:00'))).toBe('unknown');
    expect(openStateAt('Mo-Fr 09:00-17:00 "sur rendez-vous"', at('2026-12-01T10:00'))).toBe('unknown');
    expect(openStateAt('Jan-Jun Mo 09:00-12:00', at('2026-12-01T10:00'))).toBe('unknown');
    expect(openStateAt('Mo 22:00-02:00', at('2026-12-01T10:00'))).toBe('unknown');
    expect(openStateAt('24/7', at('2026-12-01T03:00'))).toBe('open');
  });

  it('agrees with the reference opening_hours library on generated hours and moments', () => {
    const day = fc.constantFrom('Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su');
    const days = fc.oneof(day, fc.tuple(day, day).map(([a, b]) => `${a}-${b}`), fc.uniqueArray(day, { minLength: 2, maxLength: 3 }).map((d) => d.join(',')));
    const span = fc
      .tuple(fc.integer({ min: 0, max: 22 }), fc.constantFrom(0, 15, 30, 45), fc.integer({ min: 1, max: 6 }))
      .filter(([h, , len]) => h + len <= 23)
      .map(([h, m, len]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}-${String(h + len).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const times = fc.oneof(span, fc.constant('off'));
    const rule = fc.oneof(fc.tuple(days, times).map(([d, t]) => `${d} ${t}`), fc.constant('PH off'));
    const value = fc.array(rule, { minLength: 1, maxLength: 3 }).map((r) => r.join('; '));
    const moment = fc.date({ min: new Date('2026-01-01T00:00'), max: new Date('2027-12-31T23:59'), noInvalidDate: true });
    fc.assert(
      fc.property(value, moment, (hours, date) => {
        expect(parseOpeningHours(hours)).not.toBeNull();
        const reference = new OpeningHours(hours, { lat: 50.85, lon: 4.35, address: { country_code: 'be', state: 'Brussels-Capital' } });
        expect(openStateAt(hours, date)).toBe(reference.getState(date) ? 'open' : 'closed');
      }),
      { numRuns: 400 },
    );
  });
});
