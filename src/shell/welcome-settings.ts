import { languages } from '../i18n/languages';
import { defaultSettings, type KioskSettings } from './settings';

/** The localStorage entry holding the kiosk's settings (src/shell/settings-store.ts reads all of it). */
export const SETTINGS_KEY = 'kiosque.settings.v1';

/** The page's localStorage, or undefined where it is refused (private mode, policy). */
export function localStorageOrNothing(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** What the welcome screen needs of the settings: its language and the languages it offers. */
export type WelcomeSettings = Pick<KioskSettings, 'defaultLanguage' | 'languagesOffered'>;

const codes: readonly string[] = languages.map((l) => l.code);

/** A list of known language codes, not empty, without repeats (as settings-store's check). */
function isLanguageList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((code) => typeof code === 'string' && codes.includes(code)) &&
    new Set(value).size === value.length
  );
}

/**
 * The two settings the welcome screen shows, read before the rest of the kiosk loads: the full
 * check (src/shell/settings-store.ts) needs every topic's and need's id, 10 kB gzip that the first
 * screen does not need. Same rules as its `loadSettings` for these two fields (a test holds them
 * together): a bad value falls back to its default, and a default language that is not offered
 * brings back both defaults. Never throws.
 */
export function loadWelcomeSettings(storage: Storage | undefined = localStorageOrNothing()): WelcomeSettings {
  const defaults: WelcomeSettings = {
    defaultLanguage: defaultSettings.defaultLanguage,
    languagesOffered: [...defaultSettings.languagesOffered],
  };
  let stored: unknown;
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    if (text == null) return defaults;
    stored = JSON.parse(text);
  } catch {
    return defaults;
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return defaults;
  const { defaultLanguage, languagesOffered } = stored as Record<string, unknown>;
  const language = typeof defaultLanguage === 'string' && codes.includes(defaultLanguage) ? defaultLanguage : defaults.defaultLanguage;
  const offered = isLanguageList(languagesOffered) ? [...languagesOffered] : defaults.languagesOffered;
  return offered.includes(language) ? { defaultLanguage: language, languagesOffered: offered } : defaults;
}
