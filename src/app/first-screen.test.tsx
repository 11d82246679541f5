import { screen, waitFor, fireEvent } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingReader, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';
import { defaultSettings } from '../shell/settings';
import { App } from './app';
import { FirstScreen, type FirstTouch } from './first-screen';
import { mountApp } from './mount-app';

let i18n: I18n;
let root: HTMLElement;
beforeEach(async () => {
  i18n = await testI18n('fr');
  serveInventory();
  spacedPresses();
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete document.documentElement.dataset.textSize;
});

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const homeHeading = () => screen.findByRole('heading', { level: 1, name: 'Que voulez-vous comprendre ?' });

/** The page as src/main.tsx builds it: the first screen, and the app brought in by its first touch. */
function openFirstScreen(reader = recordingReader()) {
  const touches: FirstTouch[] = [];
  const onTouch = (touch: FirstTouch) => {
    touches.push(touch);
    void mountApp(i18n, root, touch, reader);
  };
  void act(() => render(<FirstScreen i18n={i18n} offered={defaultSettings.languagesOffered} onTouch={onTouch} />, root));
  return { reader, touches };
}

describe('the first screen, before the rest of the kiosk is loaded', () => {
  it('looks exactly like the app’s welcome screen, so the app takes its place unseen', () => {
    openFirstScreen();
    const first = root.innerHTML;
    void act(() => render(<App i18n={i18n} settings={defaultSettings} reader={recordingReader()} />, root));
    expect(root.innerHTML).toBe(first);
  });

  it('touched, it shows home at once: the app starts in use, with the welcome screen gone', async () => {
    openFirstScreen();
    await act(() => {
      tap(/Touchez l’écran pour commencer/);
    });
    await homeHeading();
    expect(screen.queryByRole('button', { name: /Touchez l’écran/ })).toBeNull();
    // The session goes on in the app: a topic opens from home.
    tap(/dossier santé partagé/);
    expect(screen.getByRole('heading', { level: 1, name: 'Votre dossier santé partagé' })).toBeTruthy();
  });

  it('a language chosen there: home in that language, and the page says so', async () => {
    openFirstScreen();
    await act(() => {
      tap('Nederlands');
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat wilt u begrijpen?' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('larger text chosen there: home, in larger text', async () => {
    openFirstScreen();
    await act(() => {
      tap('Texte plus grand');
    });
    await homeHeading();
    expect(document.documentElement.dataset.textSize).toBe('2');
  });

  it('Language and Help nearby in its control bar open those screens', async () => {
    openFirstScreen();
    await act(() => {
      tap('Langue');
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Choisissez votre langue' })).toBeTruthy();
    render(null, root);
    openFirstScreen();
    await act(() => {
      tap('Aide près d’ici');
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Des personnes qui peuvent vous aider' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(3));
    // Back from there goes home, as from any screen opened from home.
    tap('Retour');
    await homeHeading();
  });

  it('Listen there reads the welcome screen, which stays; the first touch alone brings the app', async () => {
    const { reader, touches } = openFirstScreen();
    await act(() => {
      tap('Écouter');
    });
    await waitFor(() => expect(reader.texts).toContain('Gratuit. Sans nom. Sans code. Vous pouvez arrêter à tout moment.'));
    expect(screen.getByRole('button', { name: /Touchez l’écran pour commencer/ })).toBeTruthy();
    await act(() => {
      tap(/Touchez l’écran pour commencer/);
    });
    await homeHeading();
    expect(touches).toEqual([{ kind: 'control', control: 'read' }]);
  });
});
