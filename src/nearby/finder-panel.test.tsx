import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app/app';
import { defaultSettings } from '../shell/settings';
import * as usage from '../shell/usage';
import { recordingReader, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';
import inventory from '../../public/data/inventory.json';
import { residenceStore } from './residence-store';
import { placeFromBuiltIn, type BuiltInPlace, type Place } from '../data/place';
import type { FoundPlace } from '../help/finder-answer';
import { Providers } from '../../tests/render-kit';
import { PlaceCard } from './place-card';

/** A place as the finder hands it to the card. */
function foundOf(place: Place): FoundPlace {
  return {
    place,
    sameCommune: false,
    open: 'unknown',
    speaks: 'unknown',
    residentsOnly: place.eligibility === 'residents',
    byPhone: place.access.includes('phone'),
    reachable: true,
  };
}

let i18n: I18n;
beforeEach(async () => {
  i18n = await testI18n('fr');
  serveInventory();
  spacedPresses();
  residenceStore.reset();
});

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const fr = (key: string, values?: Record<string, unknown>) => String(i18n.t(key, { lng: 'fr', ...values }));

/** The kiosk in French, on "Help nearby" with the eID chip chosen. */
async function helpNearbyForEid() {
  tap('Aide près d’ici');
  // The finder's code and the places load first (a blink on the kiosk, longer in a test).
  fireEvent.click(await screen.findByRole('button', { name: fr('finder.need.eid') }, { timeout: 5000 }));
}

describe('"Where do you live?" in Help nearby', { timeout: 20_000 }, () => {
  it('is asked for the eID need; the answer puts that commune’s town hall first, for its residents, and no other', async () => {
    const emitted = vi.spyOn(usage, 'emitUsage');
    render(
      <App i18n={i18n} settings={{ ...defaultSettings, communeName: 'Anderlecht' }} reader={recordingReader()} applyUpdate={vi.fn()} />,
    );
    tap(/Touchez l’écran/);
    await helpNearbyForEid();
    const question = await screen.findByRole('heading', { level: 2, name: fr('nearby.residence.title') });
    expect(question).toBeTruthy();
    // The 19 communes, with their Dutch names where they differ, and the two other answers.
    expect(screen.getByRole('button', { name: 'Schaerbeek Schaarbeek' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Etterbeek' })).toBeTruthy();
    expect(screen.getByRole('button', { name: fr('nearby.residence.outside') })).toBeTruthy();
    expect(screen.getByRole('button', { name: fr('nearby.residence.unsaid') })).toBeTruthy();
    expect(screen.queryAllByRole('article')).toEqual([]);

    tap('Schaerbeek Schaarbeek');
    const first = (await screen.findAllByRole('article'))[0]!;
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toContain('Commune de Schaerbeek');
    expect(first.textContent).toContain(fr('nearby.residentsOnly', { commune: 'Schaerbeek' }));
    // No other commune's residents-only desk is offered.
    const townHalls = screen.getAllByRole('article').filter((a) => /Commune d|Maison communale|Hôtel communal/.test(a.textContent ?? ''));
    expect(townHalls.map((a) => within(a).getByRole('heading', { level: 3 }).textContent)).toEqual([expect.stringContaining('Schaerbeek')]);
    // "Not Schaerbeek? Change" brings the question back.
    expect(screen.getByRole('button', { name: fr('nearby.residence.change', { commune: 'Schaerbeek' }) })).toBeTruthy();
    // Never counted: no usage event carries where the person lives.
    expect(JSON.stringify(emitted.mock.calls)).not.toContain('Schaerbeek');
    emitted.mockRestore();
  });

  it('is forgotten by Stop: the next person is asked again', async () => {
    render(<App i18n={i18n} settings={defaultSettings} reader={recordingReader()} applyUpdate={vi.fn()} />);
    tap(/Touchez l’écran/);
    await helpNearbyForEid();
    await screen.findByRole('heading', { level: 2, name: fr('nearby.residence.title') });
    tap('Schaerbeek Schaarbeek');
    await screen.findAllByRole('article');
    expect(residenceStore.get()).toEqual({ kind: 'commune', communeName: 'Schaerbeek' });

    tap('Stop');
    tap(fr('stopConfirm.yes'));
    await screen.findByRole('button', { name: /Touchez l’écran/ });
    expect(residenceStore.get()).toBeUndefined();
    tap(/Touchez l’écran/);
    await helpNearbyForEid();
    expect(await screen.findByRole('heading', { level: 2, name: fr('nearby.residence.title') })).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('"Change" asks again and keeps nothing of the old answer', async () => {
    render(<App i18n={i18n} settings={defaultSettings} reader={recordingReader()} applyUpdate={vi.fn()} />);
    tap(/Touchez l’écran/);
    await helpNearbyForEid();
    await screen.findByRole('heading', { level: 2, name: fr('nearby.residence.title') });
    tap(fr('nearby.residence.unsaid'));
    // Without a commune: "the town hall of the commune where you live", with no address.
    const hint = await screen.findByRole('article', { name: fr('nearby.group.ownCommune') });
    expect(hint.textContent).toContain(fr('nearby.hint.eid'));
    expect(hint.textContent).not.toContain(fr('help.address'));
    fireEvent.click(within(hint).getByRole('button', { name: fr('nearby.residence.changeAnswer') }));
    expect(await screen.findByRole('heading', { level: 2, name: fr('nearby.residence.title') })).toBeTruthy();
    expect(residenceStore.get()).toBeUndefined();
  });
});

describe('a place card', () => {
  it('never shows the staff notes of any place', () => {
    const places = [...inventory.places.map((p) => placeFromBuiltIn(p as BuiltInPlace, true))];
    const notes = places.map((p) => p.notes).filter((n) => n.length > 20);
    expect(notes.length).toBeGreaterThan(10);
    const { container } = render(
      <Providers i18n={i18n}>
        {places.map((place) => (
          <PlaceCard
            key={place.id}
            found={foundOf(place)}
            communes={inventory.communes}
            now={new Date('2026-12-08T10:00:00')}
            onShowCounter={() => undefined}
          />
        ))}
      </Providers>,
    );
    expect(container.querySelectorAll('article').length).toBe(places.length);
    const page = container.textContent ?? '';
    expect(notes.filter((n) => page.includes(n.slice(0, 40)))).toEqual([]);
  });
});
