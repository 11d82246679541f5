import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { KioskDatabase } from '../data/db';
import { parseImportFile } from '../data/import/parse-import';
import { allPlaces, canUndo, inventorySource, seedBuiltIn } from '../data/inventory-store';
import type { BuiltInInventory } from '../data/place';
import { loadStaffTexts } from '../i18n/i18n';
import { defaultSettings } from '../shell/settings';
import DataScreen, { APP_VERSION, updateInventoryFromUrl, type UpdateDeps } from './data-screen';
import packageJson from '../../package.json';

const inv = inventory as BuiltInInventory;
const URL_JSON = 'https://example.org/data/lieux.json';
const GOOD_CSV =
  'id,name,category,commune,services\r\nepn-test,EPN Test,digital,Schaarbeek,computer-access\r\n,Permanence eID,social,Evere,eid-pin-help\r\n';
const BAD_CSV = 'id,name,category,commune\r\nx,,digital,Schaarbeek\r\n';

let i18n: I18n;
let db: KioskDatabase;
let n = 0;

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

beforeEach(async () => {
  spacedPresses();
  db = new KioskDatabase(`data-screen-test-${++n}`);
  await seedBuiltIn(db, inv);
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

/** An update that fetches `body` (or fails as told), parsed on this thread. */
function deps(answer: Response | Error, online = true): UpdateDeps & { fetch: ReturnType<typeof vi.fn> } {
  return {
    fetch: vi.fn(() => (answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer))),
    online: () => online,
    parse: parseImportFile,
    now: () => new Date('2025-01-31T10:00:00Z'),
  };
}

describe('inventory update from the address in the settings', () => {
  it('replaces the list when every row is valid, keeping the previous one for undo', async () => {
    const d = deps(new Response(GOOD_CSV, { status: 200, headers: { 'content-type': 'text/csv' } }));
    expect(await updateInventoryFromUrl(db, 'https://example.org/export?format=csv', d)).toEqual({ kind: 'done', count: 2 });
    expect(d.fetch).toHaveBeenCalledWith(
      'https://example.org/export?format=csv',
      expect.objectContaining({ cache: 'no-store', credentials: 'omit' }),
    );
    expect((await allPlaces(db)).map((p) => p.name).sort()).toEqual(['EPN Test', 'Permanence eID']);
    expect(await inventorySource(db)).toEqual({ kind: 'import', label: 'example.org/export', at: '2025-01-31T10:00:00.000Z' });
    expect(await canUndo(db)).toBe(true);
  });

  it('changes nothing when offline, on a network or HTTP error, or when a row has errors', async () => {
    const before = (await allPlaces(db)).length;
    expect(await updateInventoryFromUrl(db, URL_JSON, deps(new Response(GOOD_CSV), false))).toEqual({ kind: 'offline' });
    expect(await updateInventoryFromUrl(db, URL_JSON, deps(new TypeError('Failed to fetch')))).toEqual({ kind: 'network' });
    expect(await updateInventoryFromUrl(db, URL_JSON, deps(new Response('gone', { status: 404 })))).toEqual({ kind: 'http', status: 404 });
    expect(await updateInventoryFromUrl(db, 'https://example.org/l.csv', deps(new Response(BAD_CSV)))).toEqual({
      kind: 'rowErrors',
      count: 1,
    });
    expect(await updateInventoryFromUrl(db, URL_JSON, deps(new Response('{"not":"places"}')))).toMatchObject({ kind: 'invalid' });
    const huge = new Response('x'.repeat(10), { headers: { 'content-length': String(50 * 1024 * 1024) } });
    expect(await updateInventoryFromUrl(db, URL_JSON, deps(huge))).toMatchObject({ kind: 'invalid', error: { code: 'fileTooLarge' } });
    expect(await allPlaces(db)).toHaveLength(before);
    expect((await inventorySource(db))?.kind).toBe('builtin');
  });
});

describe('data and updates screen', () => {
  function renderScreen(d: UpdateDeps, inventoryUrl?: string) {
    render(
      <Providers i18n={i18n}>
        <DataScreen db={db} settings={{ ...defaultSettings, inventoryUrl }} deps={d} />
      </Providers>,
    );
  }

  it('shows the version, the list in use, the storage and who reviewed each language', async () => {
    renderScreen(deps(new Response('')));
    expect(APP_VERSION).toBe(packageJson.version);
    expect(screen.getByText(APP_VERSION)).toBeTruthy();
    await screen.findByText(i18n.t('staff:source.builtin', { label: inv.version }));
    const table = screen.getByRole('table', { name: 'Qui a vérifié les textes de chaque langue' });
    expect(table.textContent).toContain('العربية');
    expect(table.textContent).toContain('not yet reviewed');
    expect(screen.getByRole('button', { name: 'Mettre à jour la liste maintenant' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Aucune adresse n’est réglée. Ajoutez-en une dans Réglages pour utiliser ceci.')).toBeTruthy();
  });

  it('updates from the address, shows the result to staff, and can put the previous list back', async () => {
    renderScreen(deps(new Response(GOOD_CSV, { headers: { 'content-type': 'text/csv' } })), 'https://example.org/lieux.csv');
    fireEvent.click(screen.getByRole('button', { name: 'Mettre à jour la liste maintenant' }));
    await screen.findByText('Liste mise à jour : 2 lieux. La liste précédente peut être remise.');
    const undo = screen.getByRole('button', { name: 'Remettre la liste précédente' });
    await waitFor(() => expect(undo.hasAttribute('disabled')).toBe(false));
    fireEvent.click(undo);
    await screen.findByText('La liste précédente est revenue.');
    expect((await inventorySource(db))?.kind).toBe('builtin');
  });

  it('without IndexedDB, or with a database that no longer answers, says storage does not answer (not "no list yet")', async () => {
    render(
      <Providers i18n={i18n}>
        <DataScreen db={undefined} settings={defaultSettings} deps={deps(new Response(''))} />
      </Providers>,
    );
    await screen.findByText(i18n.t('staff:storageGuard.noStorage'));
    expect(screen.queryByText(i18n.t('staff:data.kiosk.noInventory'))).toBeNull();
    cleanup();
    db.close(); // closed under the screen: every read fails
    renderScreen(deps(new Response('')));
    await screen.findByText(i18n.t('staff:storageGuard.noStorage'));
    expect(screen.getByRole('button', { name: 'Remettre la liste précédente' }).hasAttribute('disabled')).toBe(true);
  });

  it('says so when the kiosk is offline (the button waits for the network)', () => {
    renderScreen(deps(new Response(GOOD_CSV), false), 'https://example.org/lieux.csv');
    expect(screen.getByText('Le kiosque est hors ligne. Il doit être connecté pour mettre la liste à jour.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mettre à jour la liste maintenant' }).hasAttribute('disabled')).toBe(true);
  });
});
