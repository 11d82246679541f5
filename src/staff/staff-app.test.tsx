import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { KioskDatabase } from '../data/db';
import { loadStaffTexts } from '../i18n/i18n';
import { SETTINGS_KEY } from '../shell/settings-store';
import type { CodeHash } from './access/code-hash';
import { MemoryStorage } from './access/memory-storage.fixture';
import { STAFF_KEY } from './access/staff-record';
import { StaffApp, STAFF_IDLE_MS } from './staff-app';

const CODE = '482915';
let i18n: I18n;
let storage: MemoryStorage;
let exit: Mock<() => void>;
let db: KioskDatabase;
let n = 0;

// Fast stand-ins for PBKDF2 (tested in access/code-hash.test.ts): the record keeps the code's
// shape, the check compares with CODE.
const access = {
  hash: async (): Promise<CodeHash> => ({ kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'c3RhbmQtaW4=' }),
  verify: async (code: string) => code === CODE,
};

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

beforeEach(() => {
  spacedPresses();
  storage = new MemoryStorage();
  exit = vi.fn();
  db = new KioskDatabase(`staff-app-test-${++n}`);
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

function renderStaff() {
  return render(
    <Providers i18n={i18n}>
      <StaffApp storage={storage} exit={exit} access={access} openDatabase={async () => db} />
    </Providers>,
  );
}

/** Types a code on the on-screen keypad, then presses the pad's submit button. */
function typeOnPad(code: string, submit: string) {
  for (const digit of code) fireEvent.click(screen.getByRole('button', { name: digit, exact: true }));
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('the staff area', () => {
  it('on a kiosk without a code: set-up asks for a code twice, then the settings, then opens the menu', async () => {
    renderStaff();
    expect(screen.getByRole('heading', { level: 1, name: 'Mise en service du kiosque' })).toBeTruthy();
    // Too short, then two different codes.
    typeOnPad('4829', 'Suivant');
    expect(await screen.findByText('Le code doit avoir au moins 6 chiffres.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Effacer le dernier chiffre' }));
    fireEvent.input(screen.getByLabelText('Nouveau code du personnel'), { target: { value: '' } });
    typeOnPad(CODE, 'Suivant');
    await screen.findByLabelText('Le même code, encore une fois');
    typeOnPad('777555', 'Suivant');
    expect(await screen.findByText('Les deux codes ne sont pas les mêmes. Choisissez à nouveau le code.')).toBeTruthy();
    typeOnPad(CODE, 'Suivant');
    await screen.findByLabelText('Le même code, encore une fois');
    typeOnPad(CODE, 'Suivant');

    // Step 2: the settings.
    await screen.findByText('Étape 2 sur 2');
    expect(JSON.parse(storage.getItem(STAFF_KEY)!)).toMatchObject({ version: 1, failures: 0 });
    fireEvent.change(screen.getByLabelText(/Langue par défaut/), { target: { value: 'nl' } });
    fireEvent.input(screen.getByLabelText(/Secondes sans contact/), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer et terminer' }));

    await screen.findByRole('navigation', { name: 'Menu du personnel' });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toMatchObject({ defaultLanguage: 'nl', idleSeconds: 60 });
    expect(screen.getByRole('button', { name: 'Répertoire' }).getAttribute('aria-current')).toBe('page');
  });

  it('asks for the code; a wrong one says how many tries are left; the right one opens the menu', async () => {
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 0, lockedUntil: 0 }));
    renderStaff();
    expect(screen.getByRole('heading', { level: 1, name: 'Accès du personnel' })).toBeTruthy();
    typeOnPad('111111', 'Ouvrir');
    expect((await screen.findByRole('alert')).textContent).toContain('Encore 9 essais');
    typeOnPad(CODE, 'Ouvrir');
    await screen.findByRole('navigation', { name: 'Menu du personnel' });

    // Every part of the menu opens (the lazy chunks load), each with its own heading.
    fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
    await screen.findByRole('heading', { level: 1, name: 'Réglages' });
    fireEvent.click(screen.getByRole('button', { name: 'Données et mises à jour' }));
    await screen.findByRole('heading', { level: 1, name: 'Données et mises à jour' });
    expect(screen.getByRole('button', { name: 'Données et mises à jour' }).getAttribute('aria-current')).toBe('page');
    for (const part of ['Comptages', 'Mode accompagné', 'Guide de l’accompagnant', 'Répertoire']) {
      fireEvent.click(screen.getByRole('button', { name: part }));
      await screen.findByRole('heading', { level: 1 });
      expect(screen.queryByText('Cette partie ne s’ouvre pas dans cette version du kiosque.')).toBeNull();
    }
    // The directory has read the (empty) database before the test closes it.
    await screen.findByText('0 lieu trouvé');
  });

  it('says plainly when the device storage does not answer (the public kiosk uses the built-in list)', async () => {
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 0, lockedUntil: 0 }));
    render(
      <Providers i18n={i18n}>
        <StaffApp storage={storage} exit={exit} access={access} openDatabase={() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))} />
      </Providers>,
    );
    typeOnPad(CODE, 'Ouvrir');
    await screen.findByRole('navigation', { name: 'Menu du personnel' });
    expect((await screen.findByRole('alert')).textContent).toBe(i18n.t('staff:app.storageError'));
    fireEvent.click(screen.getByRole('button', { name: 'Comptages' }));
    expect((await screen.findByRole('alert')).textContent).toBe(i18n.t('staff:app.storageError'));
  });

  it('shows the lock, and no keypad, once staff access is locked', async () => {
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 10, lockedUntil: Number.MAX_SAFE_INTEGER }));
    renderStaff();
    expect(screen.getByRole('alert').textContent).toContain('bloqué');
    expect(screen.getByText(/docs\/deploy\.md/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ouvrir' })).toBeNull();
  });

  it('leaves by itself after 5 minutes without a touch; any touch starts the 5 minutes again', async () => {
    vi.useFakeTimers();
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 0, lockedUntil: 0 }));
    renderStaff();
    act(() => void vi.advanceTimersByTime(STAFF_IDLE_MS - 1000));
    fireEvent.pointerDown(document.body);
    act(() => void vi.advanceTimersByTime(STAFF_IDLE_MS - 1000));
    expect(exit).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(1000));
    expect(exit).toHaveBeenCalledTimes(1);
  });
});
