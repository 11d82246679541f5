import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
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
const TOKEN = '55501234';
let i18n: I18n;
let storage: MemoryStorage;
let exit: Mock<() => void>;
let db: KioskDatabase;
let n = 0;

// Fast stand-ins for PBKDF2 (tested in access/code-hash.test.ts): the record keeps the code's
// shape, the check compares with CODE.
const access = {
  hash: (): Promise<CodeHash> =>
    Promise.resolve({
      kdf: 'PBKDF2-SHA-256',
      iterations: 600_000,
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      hash: 'c3RhbmQtaW4=',
    }),
  verify: (code: string) => Promise.resolve(code === CODE),
  checkSetupToken: (token: string) => Promise.resolve(token === TOKEN),
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
      <StaffApp storage={storage} exit={exit} access={access} openDatabase={() => Promise.resolve(db)} />
    </Providers>,
  );
}

/** Types a code on the on-screen keypad, then presses the pad's submit button. */
function typeOnPad(code: string, submit: string) {
  for (const digit of code) fireEvent.click(screen.getByRole('button', { name: digit, exact: true }));
  fireEvent.click(screen.getByRole('button', { name: submit }));
}

describe('the staff area', () => {
  it('on a kiosk without a code: set-up asks for the set-up token, a code twice, then the settings, then opens the menu', async () => {
    renderStaff();
    expect(screen.getByRole('heading', { level: 1, name: 'Mise en service du kiosque' })).toBeTruthy();
    // Without the set-up token, no code can be chosen; a wrong one is said and cleared.
    expect(screen.queryByLabelText('Nouveau code du personnel')).toBeNull();
    typeOnPad(CODE, 'Suivant');
    expect(await screen.findByText(i18n.t('staff:setup.problem.wrongToken'))).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Jeton de mise en service').value).toBe('');
    expect(screen.queryByLabelText('Nouveau code du personnel')).toBeNull();
    typeOnPad(TOKEN, 'Suivant');
    await screen.findByLabelText('Nouveau code du personnel');
    // Too short (cleared), then two different codes.
    typeOnPad('4829', 'Suivant');
    expect(await screen.findByText('Le code doit avoir au moins 6 chiffres.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Nouveau code du personnel').value).toBe('');
    typeOnPad(CODE, 'Suivant');
    await screen.findByLabelText('Le même code, encore une fois');
    typeOnPad('777555', 'Suivant');
    expect(await screen.findByText('Les deux codes ne sont pas les mêmes. Choisissez à nouveau le code.')).toBeTruthy();
    typeOnPad(CODE, 'Suivant');
    await screen.findByLabelText('Le même code, encore une fois');
    typeOnPad(CODE, 'Suivant');

    // Then the set-up's questions, one a screen: Dutch for the welcome screen, the rest as chosen.
    await screen.findByRole('heading', { level: 1, name: 'Quel type de lieu est-ce ?' });
    expect(screen.getByText('Question 1 sur 6')).toBeTruthy();
    expect(JSON.parse(storage.getItem(STAFF_KEY)!)).toMatchObject({ version: 1, failures: 0 });
    for (let i = 0; i < 3; i += 1) fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'L’écran d’accueil parle :' })).getByRole('button', { name: /Nederlands/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    fireEvent.click(screen.getByRole('button', { name: 'Terminé' }));

    await screen.findByRole('navigation', { name: 'Menu du personnel' });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!)).toMatchObject({
      defaultLanguage: 'nl',
      languagesOffered: ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl'],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Mode personnel' })).toBeTruthy();
  });

  it('asks for the code; a wrong one says how many tries are left; the right one opens the menu', async () => {
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 0, lockedUntil: 0 }));
    renderStaff();
    expect(screen.getByRole('heading', { level: 1, name: 'Accès du personnel' })).toBeTruthy();
    typeOnPad('111111', 'Ouvrir');
    expect((await screen.findByRole('alert')).textContent).toContain('Encore 9 essais');
    typeOnPad(CODE, 'Ouvrir');
    await screen.findByRole('navigation', { name: 'Menu du personnel' });

    // Every part of the menu opens (the lazy chunks load), each with its own heading, and
    // "Retour au menu" comes back to the tiles.
    fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
    await screen.findByRole('heading', { level: 1, name: 'Réglages' });
    expect(screen.queryByRole('navigation', { name: 'Menu du personnel' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retour au menu' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Données et mises à jour' }));
    await screen.findByRole('heading', { level: 1, name: 'Données et mises à jour' });
    for (const part of ['Comptages', 'Mode accompagné', 'Guide de l’accompagnant', 'Répertoire']) {
      fireEvent.click(screen.getByRole('button', { name: 'Retour au menu' }));
      fireEvent.click(await screen.findByRole('button', { name: part }));
      await screen.findByRole('button', { name: 'Retour au menu' });
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
        <StaffApp
          storage={storage}
          exit={exit}
          access={access}
          openDatabase={() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))}
        />
      </Providers>,
    );
    typeOnPad(CODE, 'Ouvrir');
    await screen.findByRole('navigation', { name: 'Menu du personnel' });
    expect((await screen.findByRole('alert')).textContent).toBe(i18n.t('staff:app.storageError'));
    fireEvent.click(screen.getByRole('button', { name: 'Comptages' }));
    expect((await screen.findByRole('alert')).textContent).toBe(i18n.t('staff:app.storageError'));
  });

  it('shows the lock, and no keypad, once staff access is locked', async () => {
    storage.setItem(
      STAFF_KEY,
      JSON.stringify({ version: 1, ...(await access.hash()), failures: 10, lockedUntil: Number.MAX_SAFE_INTEGER }),
    );
    renderStaff();
    expect(screen.getByRole('alert').textContent).toContain('bloqué');
    expect(screen.getByText(/docs\/deploy\.md/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ouvrir' })).toBeNull();
  });

  it('"Retour au kiosque" is on every staff screen: set-up, code pad, lock, menu and each part', async () => {
    const leave = () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retour au kiosque' }));
      expect(exit).toHaveBeenCalledTimes(1);
      exit.mockClear();
    };
    const { unmount } = renderStaff();
    leave(); // the set-up
    unmount();
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 0, lockedUntil: 0 }));
    renderStaff();
    leave(); // the code pad
    typeOnPad(CODE, 'Ouvrir');
    await screen.findByRole('navigation', { name: 'Menu du personnel' });
    leave(); // the menu
    fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
    await screen.findByRole('heading', { level: 1, name: 'Réglages' });
    leave(); // a part
    cleanup();
    storage.setItem(
      STAFF_KEY,
      JSON.stringify({ version: 1, ...(await access.hash()), failures: 10, lockedUntil: Number.MAX_SAFE_INTEGER }),
    );
    renderStaff();
    leave(); // the lock
  });

  it('leaves by itself after 5 minutes without a touch; any touch starts the 5 minutes again', async () => {
    vi.useFakeTimers();
    storage.setItem(STAFF_KEY, JSON.stringify({ version: 1, ...(await access.hash()), failures: 0, lockedUntil: 0 }));
    renderStaff();
    await act(() => {
      vi.advanceTimersByTime(STAFF_IDLE_MS - 1000);
    });
    fireEvent.pointerDown(document.body);
    await act(() => {
      vi.advanceTimersByTime(STAFF_IDLE_MS - 1000);
    });
    expect(exit).not.toHaveBeenCalled();
    await act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(exit).toHaveBeenCalledTimes(1);
  });
});
