import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../shell/settings';
import { recordingReader, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';
import { App } from './app';
import sharedRecord from '../../flows/shared-record.flow';

let i18n: I18n;
beforeEach(async () => {
  i18n = await testI18n('fr');
  serveInventory();
  spacedPresses();
});
afterEach(() => {
  vi.useRealTimers();
});

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

function renderApp(reader = recordingReader(), applyUpdate = vi.fn()) {
  render(<App i18n={i18n} settings={defaultSettings} reader={reader} applyUpdate={applyUpdate} />);
  return { reader, applyUpdate };
}

describe('the kiosk, through its screens', () => {
  it('welcomes in French with the languages named in their own script', () => {
    renderApp();
    expect(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ })).toBeTruthy();
    const nl = screen.getByRole('button', { name: 'Nederlands' });
    expect(nl.getAttribute('lang')).toBe('nl');
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows the same six controls, in the same order, on every screen', () => {
    renderApp();
    const order = () =>
      screen
        .getAllByRole('button')
        .filter((b) => b.closest('nav'))
        .map((b) => b.textContent);
    const expected = ['Accueil', 'Retour', 'Écouter', 'Langue', 'Aide près d’ici', 'Stop'];
    expect(order()).toEqual(expected);
    tap(/Touchez l’écran/);
    expect(order()).toEqual(expected);
    tap(/dossier santé partagé/);
    expect(order()).toEqual(expected);
    tap('Langue');
    expect(order()).toEqual(expected);
  });

  it('walks the first topic by taps to the people who can help, then home', async () => {
    renderApp();
    tap(/Touchez l’écran/);
    expect(screen.getByRole('heading', { level: 1, name: 'Que voulez-vous comprendre ?' })).toBeTruthy();
    tap(/dossier santé partagé/);
    expect(screen.getByRole('heading', { level: 1, name: 'Votre dossier santé partagé' })).toBeTruthy();
    const steps = Object.keys(sharedRecord.states).length;
    expect(screen.getByText(`Étape 1 sur ${steps}`)).toBeTruthy();
    for (let i = 0; i < steps - 1; i++) tap('Suivant');
    expect(screen.getByRole('heading', { level: 1, name: 'Des personnes peuvent vous aider' })).toBeTruthy();
    // The finder and the inventory load lazily: on a busy 2-core machine that can take more than waitFor's 1 s.
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    tap('Terminer');
    expect(screen.getByRole('heading', { level: 1, name: 'Que voulez-vous comprendre ?' })).toBeTruthy();
  });

  it('Back returns to the previous step, and from the first step to home', () => {
    renderApp();
    tap(/Touchez l’écran/);
    tap(/dossier santé partagé/);
    tap('Suivant');
    expect(screen.getByRole('heading', { level: 1, name: 'Ce qu’il peut contenir' })).toBeTruthy();
    tap('Retour');
    expect(screen.getByRole('heading', { level: 1, name: 'Votre dossier santé partagé' })).toBeTruthy();
    tap('Retour');
    expect(screen.getByRole('heading', { level: 1, name: 'Que voulez-vous comprendre ?' })).toBeTruthy();
  });

  it('changes language, and the page says so to the browser', async () => {
    renderApp();
    tap(/Touchez l’écran/);
    tap('Langue');
    tap('English');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'What would you like to understand?' })).toBeTruthy());
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Help nearby' })).toBeTruthy();
  });

  it('"Help nearby" inside a topic lists places that help with it, one tap away', async () => {
    renderApp();
    tap(/Touchez l’écran/);
    tap(/dossier santé partagé/);
    tap('Aide près d’ici');
    expect(screen.getByRole('heading', { level: 1, name: 'Des personnes qui peuvent vous aider' })).toBeTruthy();
    // The finder and the inventory load lazily: on a busy 2-core machine that can take more than waitFor's 1 s.
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    tap('Retour');
    expect(screen.getByRole('heading', { level: 1, name: 'Votre dossier santé partagé' })).toBeTruthy();
  });

  it('reads the screen aloud in the current language', async () => {
    const { reader } = renderApp();
    tap(/Touchez l’écran/);
    tap(/dossier santé partagé/);
    tap('Écouter');
    await waitFor(() => expect(reader.texts).toContain('Votre dossier santé partagé'));
    expect(reader.read).toHaveBeenCalledWith('Votre dossier santé partagé', 'fr', expect.anything());
  });

  it('reads each language name in its own language on the language screen', async () => {
    const { reader } = renderApp();
    tap(/Touchez l’écran/);
    tap('Langue');
    tap('Écouter');
    await waitFor(() => expect(reader.read).toHaveBeenCalledWith('Nederlands', 'nl', expect.anything()));
    expect(reader.read).toHaveBeenCalledWith('العربية', 'ar', expect.anything());
    expect(reader.read).toHaveBeenCalledWith('Choisissez votre langue', 'fr', expect.anything());
  });

  it('says plainly when the device has no voice for the language', async () => {
    renderApp(recordingReader('no-voice'));
    tap(/Touchez l’écran/);
    tap('Écouter');
    expect(await screen.findByText('Cet appareil n’a pas de voix pour lire en français.')).toBeTruthy();
  });

  it('Stop asks first, said aloud; No keeps the same step, nothing lost', async () => {
    const { reader } = renderApp();
    tap(/Touchez l’écran/);
    tap(/dossier santé partagé/);
    tap('Suivant');
    tap('Stop');
    const dialog = screen.getByRole('alertdialog', { name: 'Arrêter et tout effacer ?' });
    expect(dialog.textContent).toContain('10');
    // The safe answer has the focus: a stray Enter does not erase.
    expect(document.activeElement?.textContent).toBe('Non, je continue');
    await waitFor(() => expect(reader.texts.at(-1)).toBe('Arrêter et tout effacer ? Sans réponse, tout sera effacé dans 10 secondes.'));
    tap('Non, je continue');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Ce qu’il peut contenir' })).toBeTruthy();
    expect(screen.getByText(/Étape 2 sur/)).toBeTruthy();
  });

  it('a slip on Stop beside Help: Help still works and the question goes; on welcome Stop asks nothing', () => {
    renderApp();
    tap('Stop');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    tap(/Touchez l’écran/);
    tap(/dossier santé partagé/);
    tap('Stop');
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    tap('Aide près d’ici');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Des personnes qui peuvent vous aider' })).toBeTruthy();
  });

  it('Yes (or Stop tapped again) wipes the session: welcome, default language, nothing of the last screen', async () => {
    const { reader, applyUpdate } = renderApp();
    tap(/Touchez l’écran/);
    tap('Langue');
    tap('English');
    fireEvent.click(await screen.findByRole('button', { name: /shared health record/ }));
    tap('Next');
    tap('Stop');
    expect(document.body.textContent).toContain('What it can contain');
    tap('Yes, erase everything');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ })).toBeTruthy();
    expect(document.body.textContent).not.toContain('What it can contain');
    expect(reader.stop).toHaveBeenCalled();
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/');
  });

  it('asks "are you still there?" after 90 s idle, extends on Continue, wipes after 30 s more', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { reader } = renderApp();
    tap(/Touchez l’écran/);
    tap(/dossier santé partagé/);
    await act(() => void vi.advanceTimersByTime(89_000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await act(() => void vi.advanceTimersByTime(1_000));
    const dialog = screen.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
    expect(dialog.textContent).toContain('30');
    // Also said aloud, for a person who cannot read it.
    expect(reader.texts.at(-1)).toBe('Êtes-vous toujours là ? Sans réponse, tout sera effacé dans 30 secondes.');
    await act(() => void vi.advanceTimersByTime(5_000));
    expect(screen.getByRole('alertdialog').textContent).toContain('25');
    tap('Je continue');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Votre dossier santé partagé' })).toBeTruthy();
    for (let s = 0; s < 120; s++) await act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Votre dossier santé partagé');
  });

  it('larger text, strong contrast and easier letters last for the session only', async () => {
    renderApp();
    tap('Texte plus grand');
    expect(document.documentElement.dataset.textSize).toBe('2');
    tap('Langue');
    tap('Très grand');
    tap('Contraste fort');
    tap('Lettres plus lisibles');
    expect(document.documentElement.dataset.textSize).toBe('3');
    expect(document.documentElement.dataset.contrast).toBe('high');
    expect(document.documentElement.dataset.font).toBe('hyperlegible');
    expect(screen.getByRole('button', { name: 'Contraste fort' }).getAttribute('aria-pressed')).toBe('true');
    tap('Stop');
    tap('Stop');
    await waitFor(() => expect(document.documentElement.dataset.textSize).toBe('1'));
    expect(document.documentElement.dataset.contrast).toBeUndefined();
    expect(document.documentElement.dataset.font).toBeUndefined();
  });

  it('with auto read on, each new screen is read without a tap', async () => {
    const reader = recordingReader();
    render(<App i18n={i18n} settings={{ ...defaultSettings, autoRead: true }} reader={reader} applyUpdate={vi.fn()} />);
    tap(/Touchez l’écran/);
    await waitFor(() => expect(reader.texts).toContain('Que voulez-vous comprendre ?'));
    tap(/dossier santé partagé/);
    await waitFor(() => expect(reader.texts).toContain('Votre dossier santé partagé'));
  });

  it('shows the topics staff chose, in their order', () => {
    render(
      <App
        i18n={i18n}
        settings={{ ...defaultSettings, topics: ['consent', 'shared-record'] }}
        reader={recordingReader()}
        applyUpdate={vi.fn()}
      />,
    );
    tap(/Touchez l’écran/);
    const tiles = screen
      .getAllByRole('button')
      .filter((b) => b.classList.contains('btn--tile'))
      .map((b) => b.textContent);
    expect(tiles).toEqual(['Le consentement : votre choix', 'Le dossier santé partagé, c’est quoi ?']);
  });

  it('any step of a topic is two taps from its tile, through the list of its steps', () => {
    renderApp();
    tap(/Touchez l’écran/);
    tap(/consentement/);
    tap('Toutes les étapes');
    expect(screen.getByRole('heading', { level: 1, name: 'Les étapes de ce sujet' })).toBeTruthy();
    tap('Qui ne peut jamais voir ?');
    expect(screen.getByRole('heading', { level: 1, name: 'Qui ne peut jamais voir ?' })).toBeTruthy();
    // Next and Back go on from there as usual.
    tap('Retour');
    expect(screen.getByRole('heading', { level: 1, name: 'Le lien thérapeutique' })).toBeTruthy();
  });
});
