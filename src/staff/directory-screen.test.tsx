import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { KioskDatabase } from '../data/db';
import { useInProcessImportWorker } from '../data/import/in-process-worker.fixture';
import { saveStaffPlace, seedBuiltIn } from '../data/inventory-store';
import { openOrRebuild } from '../data/rebuild';
import type { BuiltInInventory } from '../data/place';
import DirectoryScreen from './directory-screen';

const inv = inventory as BuiltInInventory;
const BUILT_IN_COUNT = inv.places.length + inv.directoryOnly.length;
const SCHAERBEEK = [...inv.places, ...inv.directoryOnly].filter((p) => p.commune === 'Schaerbeek').map((p) => p.name);

let i18n: I18n;
let db: KioskDatabase;
let n = 0;

beforeAll(async () => {
  i18n = await testI18n('fr');
});

beforeEach(async () => {
  spacedPresses();
  useInProcessImportWorker();
  db = new KioskDatabase(`directory-screen-test-${++n}`);
  await seedBuiltIn(db, inv);
});

afterEach(async () => {
  cleanup(); // unmounted first: closing the database below is not a loss the screen should repair
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

async function renderScreen() {
  render(
    <Providers i18n={i18n}>
      <DirectoryScreen db={db} />
    </Providers>,
  );
  await screen.findByText(`${BUILT_IN_COUNT} lieux trouvés`);
}

const list = () => screen.getByRole('list', { name: 'Lieux trouvés' });
const listedNames = () =>
  within(list())
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
const importSection = () => screen.getByRole('region', { name: 'Remplacer la liste par un fichier' });

function chooseFile(text: string, name: string) {
  const input = screen.getByLabelText('Choisir un fichier');
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
}

const GOOD =
  'id,name,category,commune,services\r\nepn-test,EPN Test,digital,Schaarbeek,computer-access\r\n,Permanence eID,social,Evere,eid-pin-help\r\n';

describe('the directory when its database is deleted under it', () => {
  it(
    'says so, rebuilds from the built-in list keeping staff places, then an import promises and keeps its way back',
    { timeout: 30_000 },
    async () => {
      const name = db.name;
      await saveStaffPlace(db, { ...inv.places[0]!, id: 'staff-own', name: 'Lieu du personnel' } as never);
      const reopen = async (keep: readonly { id: string; editedByStaff: boolean; origin: string }[]) => {
        const { db: fresh } = await openOrRebuild(inv, name);
        await fresh.places.bulkPut(keep.filter((p) => p.editedByStaff || p.origin !== 'builtin') as never);
        db = fresh; // closed and deleted after the test
        return fresh;
      };
      render(
        <Providers i18n={i18n}>
          <DirectoryScreen db={db} reopen={reopen} />
        </Providers>,
      );
      await screen.findByText(`${BUILT_IN_COUNT + 1} lieux trouvés`);
      // The browser deletes the database (its "clear site data"): Dexie gets "versionchange" and lets go.
      await new Promise<void>((resolve) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = req.onerror = () => resolve();
      });
      const alert = await screen.findByRole('alert');
      await waitFor(() => expect(alert.textContent).toContain(i18n.t('staff:storageGuard.rebuilt')));
      expect(alert.textContent).toContain(i18n.t('staff:storageGuard.lost'));
      await screen.findByText(`${BUILT_IN_COUNT + 1} lieux trouvés`);
      expect(await db.places.count()).toBe(BUILT_IN_COUNT + 1);

      chooseFile(GOOD, 'nouvelle-liste.csv');
      fireEvent.click(await screen.findByRole('button', { name: 'Utiliser ce fichier' }));
      await screen.findByText('2 lieux trouvés', {}, { timeout: 5000 });
      expect(within(importSection()).getByRole('status').textContent).toMatch(/Vous pouvez revenir à la liste d’avant\./);
      const undo = screen.getByRole<HTMLButtonElement>('button', { name: 'Revenir à la liste d’avant' });
      await waitFor(() => expect(undo.disabled).toBe(false));
      fireEvent.click(undo);
      await screen.findByText(`${BUILT_IN_COUNT + 1} lieux trouvés`, {}, { timeout: 5000 });
    },
  );
});

describe('staff directory', () => {
  it('finds the Schaerbeek places by a search in French or Dutch, whatever the case', async () => {
    await renderScreen();
    expect(SCHAERBEEK.length).toBeGreaterThan(2);
    const search = screen.getByRole('searchbox', { name: /Nom, commune, service/ });

    fireEvent.input(search, { target: { value: 'schaerbeek' } });
    const names = listedNames();
    expect(names).toEqual(expect.arrayContaining(SCHAERBEEK));
    expect(names.length).toBeLessThan(BUILT_IN_COUNT);
    expect(screen.getByText(`${names.length} lieux trouvés`)).toBeTruthy();

    fireEvent.input(search, { target: { value: 'SCHAARBEEK' } });
    expect(listedNames()).toEqual(names);
  });

  it('filters by commune, category, service and language with labelled selects', async () => {
    await renderScreen();
    fireEvent.change(screen.getByLabelText('Commune'), { target: { value: 'Schaerbeek' } });
    expect(listedNames().sort()).toEqual([...SCHAERBEEK].sort());

    fireEvent.change(screen.getByLabelText('Type de lieu'), { target: { value: 'health' } });
    const health = [...inv.places, ...inv.directoryOnly]
      .filter((p) => p.commune === 'Schaerbeek' && p.category === 'health')
      .map((p) => p.name);
    expect(listedNames().sort()).toEqual(health.sort());

    fireEvent.change(screen.getByLabelText('Commune'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Type de lieu'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'eid-pin-help' } });
    fireEvent.change(screen.getByLabelText('Langue'), { target: { value: 'en' } });
    const expected = [...inv.places, ...inv.directoryOnly]
      .filter((p) => p.services.includes('eid-pin-help') && p.languages.includes('en'))
      .map((p) => p.name);
    expect(listedNames().sort()).toEqual(expected.sort());
  });

  it('imports a good CSV: preview, apply, then the new list is shown; undo restores the old one', { timeout: 20_000 }, async () => {
    await renderScreen();
    chooseFile(GOOD, 'nouvelle-liste.csv');
    await screen.findByRole('heading', { name: 'Contrôle du fichier « nouvelle-liste.csv »' });
    expect(screen.getByText(/Lignes lues : 2\. Prêtes : 2\./)).toBeTruthy();
    expect(screen.getByText('Aucun problème trouvé.')).toBeTruthy();

    const apply = screen.getByRole<HTMLButtonElement>('button', { name: 'Utiliser ce fichier' });
    expect(apply.disabled).toBe(false);
    fireEvent.click(apply);
    await screen.findByText('2 lieux trouvés', {}, { timeout: 5000 });
    expect(listedNames().sort()).toEqual(['EPN Test', 'Permanence eID']);
    expect(within(importSection()).getByRole('status').textContent).toMatch(/La nouvelle liste est en service\. Lieux : 2\./);
    expect(screen.getByText(/le fichier « nouvelle-liste\.csv »/)).toBeTruthy();

    const undo = screen.getByRole<HTMLButtonElement>('button', { name: 'Revenir à la liste d’avant' });
    expect(undo.disabled).toBe(false);
    fireEvent.click(undo);
    await screen.findByText(`${BUILT_IN_COUNT} lieux trouvés`);
    // The list shows 100 at a time (111 built-in places): look in one commune.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Schaerbeek' } });
    await waitFor(() => expect(listedNames()).toEqual(expect.arrayContaining(SCHAERBEEK)));
    expect(within(importSection()).getByRole('status').textContent).toBe('La liste d’avant est de nouveau en service.');
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Revenir à la liste d’avant' }).disabled).toBe(true));
  });

  it('shows the errors of a broken file in plain words, cannot apply it, and the list is unchanged', async () => {
    await renderScreen();
    const before = listedNames();
    chooseFile('name,category,commune,website\r\nA,health,Nowhere,javascript:alert(1)\r\n,social,,\r\n', 'cassé.csv');
    await screen.findByRole('heading', { name: 'Contrôle du fichier « cassé.csv »' });

    const table = screen.getByRole('table', { name: 'Lignes à regarder' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('2');
    expect(rows[1]!.textContent).toContain('« Nowhere » n’est pas une des 19 communes de Bruxelles.');
    expect(rows[1]!.textContent).toContain('« javascript:alert(1) » n’est pas une adresse web en http ou https.');
    expect(rows[2]!.textContent).toContain('Le nom manque.');

    const apply = screen.getByRole<HTMLButtonElement>('button', { name: 'Utiliser ce fichier' });
    expect(apply.disabled).toBe(true);
    expect(screen.getByText('Corrigez d’abord les erreurs dans le fichier, puis choisissez-le à nouveau.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(within(importSection()).getByRole('status').textContent).toBe('Import annulé. La liste n’a pas changé.');
    expect(listedNames()).toEqual(before);
    expect(await db.places.count()).toBe(BUILT_IN_COUNT);
  });

  it('says so when a file cannot be read at all, and the list is unchanged', async () => {
    await renderScreen();
    const before = listedNames();
    chooseFile('this is not a spreadsheet', 'notes.xlsx');
    await waitFor(() =>
      expect(within(importSection()).getByRole('status').textContent).toContain('Ce fichier ne peut pas être lu comme fichier Excel.'),
    );
    expect(screen.queryByRole('button', { name: 'Utiliser ce fichier' })).toBeNull();
    expect(listedNames()).toEqual(before);
  });

  it('adds a place with a form: errors next to the fields, then saved', async () => {
    await renderScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un lieu' }));
    await screen.findByRole('heading', { name: 'Ajouter un lieu' });

    fireEvent.input(screen.getByLabelText(/^Site web/), { target: { value: 'ftp://example.be' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const name = screen.getByLabelText(/^Nom/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('Le nom manque.');
    expect(screen.getByRole('alert').textContent).toContain('Le type de lieu manque.');

    fireEvent.input(name, { target: { value: 'Café numérique' } });
    fireEvent.change(screen.getByLabelText(/^Type de lieu/), { target: { value: 'digital' } });
    fireEvent.change(screen.getByLabelText('Commune'), { target: { value: 'Jette' } });
    fireEvent.input(screen.getByLabelText(/^Site web/), { target: { value: 'https://cafe.example.be' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ordinateurs en accès libre' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await screen.findByText(`${BUILT_IN_COUNT + 1} lieux trouvés`);
    expect(screen.getByText('Enregistré : Café numérique.')).toBeTruthy();
    const saved = await db.places.get('cafe-numerique');
    expect(saved).toMatchObject({
      name: 'Café numérique',
      category: 'digital',
      commune: 'Jette',
      services: ['computer-access'],
      origin: 'staff',
      editedByStaff: true,
    });
  });

  it('edits a place and keeps its id and origin', async () => {
    await renderScreen();
    const first = inv.places[0]!;
    fireEvent.click(screen.getByRole('button', { name: `Modifier : ${first.name}` }));
    const name = await screen.findByLabelText(/^Nom/);
    expect((name as HTMLInputElement).value).toBe(first.name);
    fireEvent.input(name, { target: { value: `${first.name} (vérifié)` } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText(`Enregistré : ${first.name} (vérifié).`);
    expect(await db.places.get(first.id)).toMatchObject({
      name: `${first.name} (vérifié)`,
      origin: 'builtin',
      editedByStaff: true,
      sources: first.sources,
    });
  });

  it('exports the whole list as CSV through a temporary download link', async () => {
    await renderScreen();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^inventaire-\d{4}-\d{2}-\d{2}\.csv$/u);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Exporter pour un tableur (Excel, LibreOffice)' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    expect(text.startsWith('\uFEFF"id","name","category"')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(BUILT_IN_COUNT + 1);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
