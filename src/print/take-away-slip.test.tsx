import { render } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { Providers, testI18n } from '../../tests/render-kit';
import type { Commune, Place } from '../data/place';
import type { FoundPlace } from '../help/finder-answer';
import { blankPlace } from '../data/place.fixture';
import { TakeAwaySlip } from './take-away-slip';

const communes = inventory.communes as Commune[];
let i18n: I18n;

beforeAll(async () => {
  i18n = await testI18n('en');
});

const place = (over: Partial<Place>): Place => blankPlace({ confidence: 'medium', ...over });

const found = (p: Place): FoundPlace => ({
  place: p,
  sameCommune: false,
  open: 'unknown',
  speaks: 'unknown',
  residentsOnly: p.eligibility === 'residents',
  byPhone: false,
  reachable: true,
});

const desk = place({
  id: 'schaerbeek-population',
  name: 'Commune de Schaerbeek — Population',
  services: ['eid-pin-help', 'admin-help'],
  languages: ['fr', 'nl'],
  streetAddress: 'Place Colignon 1',
  postalCode: '1030',
  commune: 'Schaerbeek',
  phone: '02 244 75 11',
  openingHours: 'Mo-Fr 08:00-13:00; Th 08:00-13:00,14:00-19:00',
  eligibility: 'residents',
  access: ['appointment'],
  notes: 'STAFF ONLY: the desk moved in 2025, old site still listed',
  sourcesReadOn: '2026-12-04',
});
const noPhone = place({
  id: 'epn-nowhere',
  name: 'EPN with no phone',
  services: ['computer-access'],
  commune: 'Jette',
  website: 'https://example.org/epn',
  eligibility: 'anyone',
  sourcesReadOn: '2026-12-04',
  checkedOn: '2026-12-12',
  checkedHow: 'phone',
});

function slip(places: Place[], need?: string) {
  const r = render(
    <Providers i18n={i18n}>
      <TakeAwaySlip places={places.map(found)} need={need} communes={communes} here="Anderlecht" now={new Date('2026-12-20T15:42:00')} />
    </Providers>,
  );
  const articles = [...r.container.querySelectorAll('article')];
  return {
    container: r.container,
    text: (i: number) => (articles[i]?.textContent ?? '').replace(/\s+/g, ' '),
    all: (r.container.textContent ?? '').replace(/\s+/g, ' '),
  };
}

describe('the take-away slip', () => {
  it('says what the place helps with, who may come, how to get in, its languages, its hours in words and what to bring', () => {
    const { text } = slip([desk], 'eid');
    const t = text(0);
    expect(t).toContain('Helps with: eID card and PIN · paperwork');
    expect(t).toContain('Only for people who live in Schaerbeek / Schaarbeek.');
    expect(t).toContain('By appointment');
    expect(t).toContain('Languages: French, Dutch');
    expect(t).toContain('Mon–Fri 8:00–13:00');
    expect(t).toContain('Thu 14:00–19:00');
    expect(t).toContain('What to bring');
    expect(t).toContain('Your eID card.');
    expect(t).toContain('The letter with your PIN and PUK codes, if you have it.');
    expect(t).toContain('Information from public sources, read on December 4, 2026.');
  });

  it("carries the line to show at the counter in the person's language, French and Dutch, from fixed phrases", async () => {
    await i18n.changeLanguage('tr');
    try {
      const block = (lang: string) => slip([desk], 'eid').container.querySelector(`.take-away__counter-block[lang="${lang}"]`)?.textContent;
      expect(block('tr')).toBe('eID kartım ve PIN kodum için yardım istiyorum. Türkçe konuşuyorum.');
      expect(block('fr')).toBe('Je voudrais de l’aide pour ma carte eID et son code PIN. Je parle turc.');
      expect(block('nl')).toBe('Ik wil graag hulp met mijn eID-kaart en de pincode. Ik spreek Turks.');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('prints a QR code to call only where there is a phone, never a web address', () => {
    const { container } = slip([desk, noPhone]);
    const [first, second] = [...container.querySelectorAll('article')];
    expect(first!.querySelector('svg.qr')?.getAttribute('aria-label')).toBe('02 244 75 11');
    expect(first!.textContent).toContain('Scan this code to call.');
    expect(second!.querySelector('svg.qr')).toBeNull();
  });

  it('never says "call first" without a number, and says when a person checked the details', () => {
    const { text } = slip([noPhone], 'computer');
    expect(text(0)).not.toMatch(/call/i);
    expect(text(0)).toContain('Hours not known');
    expect(text(0)).toContain('Anyone may come.');
    expect(text(0)).toContain('Checked by phone on December 12, 2026.');
    expect(text(0)).not.toContain('What to bring');
  });

  it('draws the map of the place\'s commune, with the kiosk\'s commune as "You are here"', () => {
    const { container } = slip([desk, noPhone]);
    const maps = [...container.querySelectorAll('figure.commune-map--paper')];
    expect(maps.map((m) => [m.getAttribute('data-highlight'), m.getAttribute('data-here')])).toEqual([
      ['schaerbeek', 'anderlecht'],
      ['jette', 'anderlecht'],
    ]);
    expect(container.textContent).toContain('Sketch of the 19 communes — not a street map, not to scale.');
  });

  it('prints the day it was printed, never the time, and never the staff notes', () => {
    const { all } = slip([desk, noPhone]);
    expect(all).toContain('Printed on December 20, 2026.');
    expect(all).not.toMatch(/15[:.h]42/);
    expect(all).not.toContain('STAFF ONLY');
    expect(all).not.toContain('moved in 2025');
  });
});
