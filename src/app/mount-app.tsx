import type { i18n as I18n } from 'i18next';
import { render } from 'preact';
import { loadSettings } from '../shell/settings-store';
import { createReadAloud, type ReadAloud } from '../speech/read-aloud';
import { App } from './app';
import { chooseLanguage } from './choose-language';
import type { FirstTouch } from './first-screen';

/**
 * The kiosk itself, in place of the first screen: showing what the first touch asked for, or —
 * mounted while nobody touches (src/main.tsx) — the same welcome screen, now the app's own. A
 * language chosen there is loaded first, so home never shows in the old language.
 */
export async function mountApp(
  i18n: I18n,
  root: HTMLElement,
  firstTouch: FirstTouch | undefined,
  reader: ReadAloud = createReadAloud(),
): Promise<void> {
  if (firstTouch?.kind === 'language') await chooseLanguage(i18n, firstTouch.code).catch(() => undefined);
  render(<App i18n={i18n} settings={loadSettings()} reader={reader} firstTouch={firstTouch} />, root);
}
