import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers, spacedPresses, testI18n } from '../../../tests/render-kit';
import { loadStaffTexts } from '../../i18n/i18n';
import { hasStoredSettings, loadSettings, settingsFileText } from '../../shell/settings-store';
import { defaultSettings } from '../../shell/settings';
import { MemoryStorage } from '../access/memory-storage.fixture';
import SetupWizard from './setup-wizard';

let i18n: I18n;
let storage: MemoryStorage;

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

beforeEach(() => {
  spacedPresses();
  storage = new MemoryStorage();
});

const press = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const question = () => screen.getByRole('heading', { level: 1 }).textContent;

function renderWizard(onDone = vi.fn()) {
  render(
    <Providers i18n={i18n}>
      <SetupWizard storage={storage} onDone={onDone} />
    </Providers>,
  );
  return onDone;
}

describe('the first set-up: one question a screen', () => {
  it('six questions, each with an answer already chosen; Next six times saves the defaults with every language offered', () => {
    const onDone = renderWizard();
    const seen: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      seen.push(question());
      press('Suivant');
    }
    seen.push(question());
    expect(seen).toEqual([
      'Quel type de lieu est-ce ?',
      'Dans quelle commune est la borne ?',
      'Pour quoi le personnel d’ici peut-il aider ?',
      'Quelles langues la borne propose-t-elle ?',
      'Une imprimante est-elle branchée ?',
      'Tout est juste ?',
    ]);
    expect(hasStoredSettings(storage)).toBe(false);
    press('Terminé');
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ languagesOffered: ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl'] }),
      false,
    );
    expect(loadSettings(storage)).toMatchObject({
      communeName: 'Bruxelles',
      languagesOffered: ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl'],
      defaultLanguage: 'fr',
      printing: true,
    });
  });

  it('a pharmacy ticks health questions and the receipt roll; the commune is a big button, never a number to type', () => {
    renderWizard();
    press('Pharmacie');
    press('Suivant');
    expect(screen.queryByRole('spinbutton')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    press(/^Ixelles/u);
    expect(screen.getByRole('button', { name: /^Ixelles/u }).getAttribute('aria-pressed')).toBe('true');
    press('Suivant');
    expect(screen.getByRole('button', { name: 'Questions de santé' }).getAttribute('aria-pressed')).toBe('true');
    press('Aide sociale');
    press('Suivant');
    press('Suivant');
    expect(screen.getByRole('button', { name: 'Feuille A4' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Rouleau de ticket, 80 mm' }).getAttribute('aria-pressed')).toBe('true');
    screen.getByRole('button', { name: 'Imprimer une page de test' });
    press('Suivant');
    press('Terminé');
    expect(loadSettings(storage)).toMatchObject({
      siteKind: 'pharmacy',
      communeName: 'Ixelles',
      counterHelp: ['health', 'social'],
      paperSize: 'receipt',
    });
  });

  it('the last language cannot be removed, and the welcome language follows when its language is removed', () => {
    renderWizard();
    for (let i = 0; i < 3; i += 1) press('Suivant');
    const offered = screen.getByRole('group', { name: 'Quelles langues la borne propose-t-elle ?' });
    fireEvent.click(within(offered).getByRole('button', { name: /Français/u }));
    const welcome = screen.getByRole('group', { name: 'L’écran d’accueil parle :' });
    expect(
      within(welcome)
        .getByRole('button', { name: /Nederlands/u })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    // Every other language off, English last: it stays on.
    for (const name of [/Nederlands/u, /العربية/u, /Türkçe/u, /Español/u, /Português/u, /Română/u, /Polski/u, /English/u])
      fireEvent.click(within(offered).getByRole('button', { name }));
    expect(
      within(offered)
        .getByRole('button', { name: /English/u })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      within(offered)
        .getByRole('button', { name: /Polski/u })
        .getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('with a settings file from the network, only the commune and the counter are asked', async () => {
    const onDone = renderWizard();
    const file = new File([settingsFileText({ ...defaultSettings, defaultLanguage: 'nl', idleSeconds: 60 })], 'reseau.json', {
      type: 'application/json',
    });
    fireEvent.change(screen.getByLabelText('Utiliser le fichier de réglages de notre réseau'), { target: { files: [file] } });
    await screen.findByRole('heading', { level: 1, name: 'Dans quelle commune est la borne ?' });
    expect(screen.getByText('Question 1 sur 3')).toBeTruthy();
    press('Suivant');
    press('Suivant');
    press('Terminé');
    expect(onDone).toHaveBeenCalled();
    expect(loadSettings(storage)).toMatchObject({ defaultLanguage: 'nl', idleSeconds: 60 });
  });
});
