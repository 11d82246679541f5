import { render, screen } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { Providers, testI18n } from '../../tests/render-kit';
import inventory from '../../public/data/inventory.json';
import { placeFromBuiltIn, type BuiltInPlace, type Place } from '../data/place';
import type { FoundPlace } from '../help/finder-answer';
import { PlaceCard } from './place-card';
import { dataDate, isFreeNumber } from './words';

let i18n: I18n;
beforeEach(async () => {
  i18n = await testI18n('en');
});

const builtIn = (id: string): Place => placeFromBuiltIn(inventory.places.find((p) => p.id === id) as BuiltInPlace, true);

function card(place: Place, lang = 'en') {
  void i18n.changeLanguage(lang);
  const found: FoundPlace = {
    place,
    sameCommune: false,
    open: 'unknown',
    speaks: 'unknown',
    residentsOnly: place.eligibility === 'residents',
    byPhone: place.access.includes('phone'),
    reachable: true,
  };
  return render(
    <Providers i18n={i18n}>
      <PlaceCard
        found={found}
        communes={inventory.communes}
        now={new Date('2026-12-08T10:00:00')}
        onShowCounter={() => undefined}
        onToggle={() => undefined}
      />
    </Providers>,
  ).container;
}

describe('a place card', () => {
  it('says where its details come from and when, never "verified" when nobody checked', () => {
    const text = card(builtIn('commune-schaerbeek')).textContent ?? '';
    expect(text).toContain('Information from public sources, read on 4 Dec 2026.');
    expect(text).not.toMatch(/verified|checked/i);
  });

  it('says who checked it, how and when', () => {
    const text = card({ ...builtIn('commune-schaerbeek'), checkedOn: '2026-12-12', checkedHow: 'phone' }).textContent ?? '';
    expect(text).toContain('Checked by phone on 12 Dec 2026.');
    expect(text).not.toContain('read on');
  });

  it('a town hall: only for the residents of its commune, how to get in, hours in words', () => {
    const text = card(builtIn('commune-schaerbeek')).textContent ?? '';
    expect(text).toContain('Only for people who live in Schaerbeek');
    expect(text).toContain('Walk in, no appointment');
    // Tuesday 8 December 2026, 10:00.
    expect(text).toContain('Open until 13:00');
    // No phone: never "call first".
    expect(text).not.toMatch(/call first/i);
  });

  it('DocStop: a by-phone card, the number big, a free call', () => {
    card(builtIn('docstop'));
    expect(screen.getByText('00800 2123 2123').closest('.place__call')).toBeTruthy();
    expect(screen.getByText('Free call')).toBeTruthy();
    expect(screen.queryByText('Address')).toBeNull();
    // Nobody comes to a phone line, and there is no counter to show a card at.
    expect(screen.queryByText('Who may come')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show this at the counter' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Put on my paper' })).toBeTruthy();
  });

  it('a desk one goes to offers the card to show at its counter', () => {
    card(builtIn('commune-schaerbeek'));
    expect(screen.getByRole('button', { name: 'Show this at the counter' })).toBeTruthy();
  });

  it('dates in the person’s language, digits as on the phone numbers', () => {
    expect(dataDate('2026-12-04', 'en')).toBe('4 Dec 2026');
    expect(dataDate('2026-12-04', 'fr')).toBe('4 déc. 2026');
    expect(dataDate('2026-12-04', 'ar')).toMatch(/^4 .+ 2026$/);
    expect(dataDate('', 'fr')).toBeUndefined();
    expect(isFreeNumber('00800 2123 2123')).toBe(true);
    expect(isFreeNumber('0800 12 345')).toBe(true);
    expect(isFreeNumber('02 240 30 80')).toBe(false);
  });
});
