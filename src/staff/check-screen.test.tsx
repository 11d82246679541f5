import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { KioskDatabase } from '../data/db';
import { seedBuiltIn } from '../data/inventory-store';
import type { BuiltInInventory } from '../data/place';
import { defaultSettings } from '../shell/settings';
import { checkDue, localIsoDate, placesToCheck } from './check-list';
import DirectoryScreen from './directory-screen';

const inv = inventory as BuiltInInventory;
let i18n: I18n;
let db: KioskDatabase;
let n = 0;
const settings = { ...defaultSettings, communeName: 'Schaerbeek' };

beforeAll(async () => {
  i18n = await testI18n('fr');
});

beforeEach(async () => {
  spacedPresses();
  db = new KioskDatabase(`check-screen-test-${++n}`);
  await seedBuiltIn(db, inv);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function renderDirectory() {
  render(
    <Providers i18n={i18n}>
      <DirectoryScreen db={db} settings={settings} loadCommunes={() => Promise.resolve(inv.communes)} />
    </Providers>,
  );
  await screen.findByText(/\d+ lieux trouvés/, {}, { timeout: 5000 });
}

describe('checking the places near this kiosk', () => {
  it('lists the kiosk commune’s unchecked public places first, and a check older than 6 months again', async () => {
    const places = await db.places.toArray();
    const now = new Date(2026, 11, 12, 10);
    const due = placesToCheck(places, inv.communes, { communeName: 'Schaerbeek' }, now);
    const firstOther = due.findIndex((p) => p.commune !== 'Schaerbeek');
    expect(firstOther).toBeGreaterThan(0);
    expect(due.slice(firstOther).some((p) => p.commune === 'Schaerbeek')).toBe(false);
    expect(due.every((p) => p.publicListing)).toBe(true);
    expect(checkDue({ checkedOn: '2026-06-13' }, now)).toBe(false);
    expect(checkDue({ checkedOn: '2026-06-12' }, now)).toBe(true);
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    const first = due[0]!;
    const checkedToday = places.map((p) => (p.id === first.id ? { ...p, checkedOn: localIsoDate(now), checkedHow: 'phone' as const } : p));
    expect(placesToCheck(checkedToday, inv.communes, { communeName: 'Schaerbeek' }, now).map((p) => p.id)).not.toContain(first.id);
  });

  it('records the hours, the answers, the date and "by phone", and the place leaves the list', async () => {
    await renderDirectory();
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier les lieux près de cette borne' }));
    const list = await screen.findByRole('list', { name: 'Lieux à vérifier' });
    // The first listed place whose hours are not known yet.
    const blank = new Set((await db.places.toArray()).filter((p) => p.openingHours === '').map((p) => p.name));
    const name = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
      .find((x) => blank.has(x))!;
    fireEvent.click(within(list).getByRole('button', { name: `Vérifier : ${name}` }));
    await screen.findByRole('heading', { name: `Vérifier : ${name}` });
    expect(screen.getByText('Que demander')).toBeTruthy();

    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'])
      fireEvent.click(screen.getAllByRole('button', { name: day })[0]!);
    fireEvent.input(screen.getAllByLabelText('De')[0]!, { target: { value: '09:00' } });
    fireEvent.input(screen.getAllByLabelText('À')[0]!, { target: { value: '12:00' } });
    expect(screen.getByTestId('hours-osm').textContent).toContain('Mo-Fr 09:00-12:00');
    expect(screen.getByText(/du lundi au vendredi : de 09:00 à 12:00/)).toBeTruthy();

    // Saving without saying how is refused, in words.
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la vérification' }));
    await screen.findByText('Dites comment vous avez vérifié : par téléphone ou sur place.');
    fireEvent.click(screen.getByLabelText('Sans rendez-vous'));
    fireEvent.click(screen.getByLabelText('Par téléphone'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la vérification' }));
    await screen.findByText(new RegExp(`Vérification enregistrée : ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), {}, { timeout: 5000 });

    const saved = (await db.places.toArray()).find((p) => p.name === name)!;
    expect(saved).toMatchObject({
      openingHours: 'Mo-Fr 09:00-12:00',
      checkedOn: localIsoDate(new Date()),
      checkedHow: 'phone',
      editedByStaff: true,
    });
    expect(saved.access).toContain('walk-in');
    const after = screen.getByRole('list', { name: 'Lieux à vérifier' });
    expect(
      within(after)
        .queryAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).not.toContain(name);
  }, 30_000);

  it('editing a place in the form keeps who may come, access, notes, the check and the sources date', async () => {
    const [first] = await db.places.toArray();
    await db.places.put({
      ...first!,
      eligibility: 'residents',
      access: ['appointment'],
      notes: 'Desk moved in 2026.',
      checkedOn: '2026-11-02',
      checkedHow: 'site',
      sourcesReadOn: '2026-12-04',
    });
    await renderDirectory();
    fireEvent.click(screen.getByRole('button', { name: `Modifier : ${first!.name}` }));
    const nameField = await screen.findByLabelText(/^Nom/);
    fireEvent.input(nameField, { target: { value: `${first!.name} (2)` } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText(`Enregistré : ${first!.name} (2).`, {}, { timeout: 5000 });
    expect(await db.places.get(first!.id)).toMatchObject({
      eligibility: 'residents',
      access: ['appointment'],
      notes: 'Desk moved in 2026.',
      checkedOn: '2026-11-02',
      checkedHow: 'site',
      sourcesReadOn: '2026-12-04',
      openingHours: first!.openingHours,
    });
  }, 30_000);
});
