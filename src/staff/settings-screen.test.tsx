import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { flows } from '../../flows/registry';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { loadStaffTexts } from '../i18n/i18n';
import { defaultSettings, type KioskSettings } from '../shell/settings';
import { loadSettings, saveSettings, SETTINGS_KEY, settingsFileText } from '../shell/settings-store';
import { MemoryStorage } from './access/memory-storage.fixture';
import SettingsScreen from './settings-screen';

let i18n: I18n;
let storage: MemoryStorage;
let onSaved: Mock<(settings: KioskSettings) => void>;

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

beforeEach(() => {
  spacedPresses();
  storage = new MemoryStorage();
  onSaved = vi.fn();
});

afterEach(() => vi.restoreAllMocks());

function renderScreen() {
  render(
    <Providers i18n={i18n}>
      <SettingsScreen storage={storage} onSaved={onSaved} />
    </Providers>,
  );
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
const topicName = (i: number) => i18n.t(flows[i]!.tile.label);

describe('settings screen', () => {
  it('shows the defaults until staff save, then saves every field to the device', async () => {
    renderScreen();
    expect(screen.getByLabelText<HTMLInputElement>(/Secondes sans contact/).value).toBe('90');
    fireEvent.click(screen.getByLabelText('Pharmacie'));
    fireEvent.input(screen.getByLabelText('Nom du lieu'), { target: { value: 'Pharmacie du Parvis' } });
    fireEvent.change(screen.getByLabelText('Commune'), { target: { value: 'Saint-Gilles' } });
    fireEvent.input(screen.getByLabelText(/Secondes sans contact/), { target: { value: '120' } });
    fireEvent.click(screen.getByLabelText(/Lire chaque écran/));
    fireEvent.click(screen.getByLabelText('Rouleau de ticket, 80 mm'));
    fireEvent.input(screen.getByLabelText(/L’adresse web de la liste des lieux/), { target: { value: 'https://example.org/lieux.json' } });
    save();
    await screen.findByText('Réglages enregistrés. Le kiosque public les utilise dès son prochain démarrage.');
    const saved = loadSettings(storage);
    expect(saved).toMatchObject({
      siteKind: 'pharmacy',
      siteName: 'Pharmacie du Parvis',
      communeName: 'Saint-Gilles',
      idleSeconds: 120,
      autoRead: true,
      paperSize: 'receipt',
      inventoryUrl: 'https://example.org/lieux.json',
    });
    // Every topic, in the usual order, is stored as "unset" (a topic added later shows too).
    expect(saved.topics).toBeUndefined();
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it('refuses an idle delay out of range, saying where, and saves nothing', async () => {
    renderScreen();
    fireEvent.input(screen.getByLabelText(/Secondes sans contact/), { target: { value: '20' } });
    save();
    expect(await screen.findByText('Donnez un nombre entier de secondes, de 30 à 600.')).toBeTruthy();
    expect(screen.getByLabelText(/Secondes sans contact/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true'));
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps the default language among those offered; hides and reorders topics', async () => {
    renderScreen();
    fireEvent.click(screen.getByLabelText('Français'));
    expect(screen.getByLabelText<HTMLSelectElement>(/Langue par défaut/).value).toBe('nl');
    fireEvent.click(screen.getByRole('button', { name: `Descendre : ${topicName(0)}` }));
    fireEvent.click(screen.getByLabelText(topicName(2)));
    save();
    await screen.findByText(/Réglages enregistrés/);
    const saved = loadSettings(storage);
    expect(saved.defaultLanguage).toBe('nl');
    expect(saved.languagesOffered).not.toContain('fr');
    expect(saved.topics).toEqual([flows[1]!.id, flows[0]!.id, ...flows.slice(3).map((f) => f.id)]);
    // After saving, the hidden topic is listed last.
    const list = screen.getAllByRole('list').find((l) => l.tagName === 'OL')!;
    expect(
      within(list)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([...flows.slice(1).map(() => true), false]);
  });

  it('imports a settings file: the form and the device take its settings', async () => {
    renderScreen();
    const file = settingsFileText({ ...defaultSettings, defaultLanguage: 'nl', idleSeconds: 60, siteName: 'EPN Jette', siteKind: 'epn' });
    fireEvent.change(screen.getByLabelText('Importer un fichier de réglages'), { target: { files: [new File([file], 'flotte.json')] } });
    await screen.findByText('Réglages importés depuis « flotte.json » et enregistrés.');
    expect(loadSettings(storage)).toMatchObject({ defaultLanguage: 'nl', idleSeconds: 60, siteName: 'EPN Jette', siteKind: 'epn' });
    expect(screen.getByLabelText<HTMLInputElement>(/Secondes sans contact/).value).toBe('60');
    expect(screen.getByLabelText<HTMLInputElement>('Espace public numérique (EPN)').checked).toBe(true);
  });

  it('refuses a bad settings file with the reasons, and changes nothing', async () => {
    saveSettings({ ...defaultSettings, idleSeconds: 200 }, storage);
    const before = storage.getItem(SETTINGS_KEY);
    renderScreen();
    const bad = JSON.stringify({
      kind: 'kiosque-esante-settings',
      version: 1,
      settings: { idleSeconds: 5000, paperSize: 'A3', colour: 'blue' },
    });
    fireEvent.change(screen.getByLabelText('Importer un fichier de réglages'), { target: { files: [new File([bad], 'mauvais.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Le fichier « mauvais.json » n’a pas été importé. Rien n’a changé.');
    expect(alert.textContent).toContain('Secondes avant « Êtes-vous toujours là ? » : doit être entre 30 et 600.');
    expect(alert.textContent).toContain('Papier : valeur inconnue « A3 ».');
    expect(alert.textContent).toContain('Réglage inconnu « colour ».');
    expect(storage.getItem(SETTINGS_KEY)).toBe(before);
    expect(screen.getByLabelText<HTMLInputElement>(/Secondes sans contact/).value).toBe('200');

    fireEvent.change(screen.getByLabelText('Importer un fichier de réglages'), {
      target: { files: [new File(['{"places": []}'], 'lieux.json')] },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Ce n’est pas un fichier de réglages de Kiosque e-Santé.'));
    expect(storage.getItem(SETTINGS_KEY)).toBe(before);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('groups the settings, each group saying in one line what it is for; no numbers to type for the position', () => {
    renderScreen();
    const groups = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual([
      'Le lieu et l’aide près d’ici',
      'Langues',
      'Écran et voix',
      'Les sujets et leur ordre',
      'Impression',
      'Mises à jour de la liste',
      'Les mêmes réglages sur d’autres kiosques',
    ]);
    for (const region of screen.getAllByRole('region')) expect(region.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Pas de position exacte. Les lieux sont triés par commune.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /nord|latitude/iu })).toBeNull();
    // A one-line explanation under the settings that need one.
    expect(screen.getByLabelText(/Lire chaque écran/).getAttribute('aria-describedby')).toBe('settings-auto-read-hint');
  });

  it('keeps an exact point already set, and Remove takes it away on Save', async () => {
    saveSettings({ ...defaultSettings, communeName: 'Ixelles', location: { lat: 50.827, lon: 4.372 } }, storage);
    renderScreen();
    expect(screen.getByText('Position exacte choisie. Touchez encore la carte pour la déplacer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enlever la position exacte' }));
    save();
    await screen.findByText(/Réglages enregistrés/);
    expect(loadSettings(storage).location).toBeUndefined();
    expect(loadSettings(storage).communeName).toBe('Ixelles');
  });
});
