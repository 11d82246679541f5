import i18next, { type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, findLanguage, isPartial, languages } from './languages';

type LocaleModule = { default: Record<string, unknown> };

// Each language is its own lazy chunk: only the default language is on the first-screen path.
// All chunks are precached by the service worker, so switching works offline.
const localeFiles = import.meta.glob<LocaleModule>('../../locales/*/*.json');

/** Namespaces only the staff area reads; the public kiosk never loads them. */
const STAFF_NAMESPACES = new Set(['staff', 'guide']);

/** Namespaces (file names) present for a language, from the bundled file list. */
function filesOf(lang: string, staff: boolean): [string, () => Promise<LocaleModule>][] {
  const prefix = `../../locales/${lang}/`;
  return Object.entries(localeFiles)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, load]): [string, () => Promise<LocaleModule>] => [path.slice(prefix.length, -'.json'.length), load])
    .filter(([ns]) => STAFF_NAMESPACES.has(ns) === staff);
}

/** Loads the staff area's texts for a language (the staff languages are fr, nl and en). */
export async function loadStaffTexts(instance: I18n, lang: string): Promise<void> {
  // Staff texts exist in the staff languages; any other language falls back to French.
  const target = filesOf(lang, true).length > 0 ? lang : 'fr';
  const files = filesOf(target, true);
  await Promise.all(files.map(async ([ns, load]) => instance.addResourceBundle(target, ns, (await load()).default, true, true)));
  if (target !== lang) await instance.changeLanguage(target);
}

/**
 * Loads every public namespace of a language into i18next, or only those of `only` (no-op for
 * those already loaded); for a partial language, the fallback language's too, which its missing
 * texts show in.
 */
export async function loadLanguage(instance: I18n, lang: string, only?: readonly string[]): Promise<void> {
  const all = filesOf(lang, false);
  if (all.length === 0) throw new Error(`No locale files for language "${lang}"`);
  const files = only ? all.filter(([ns]) => only.includes(ns)) : all;
  if (isPartial(lang) && lang !== FALLBACK_LANGUAGE) await loadLanguage(instance, FALLBACK_LANGUAGE, only);
  await Promise.all(
    files.map(async ([ns, load]) => {
      if (instance.hasResourceBundle(lang, ns)) return;
      const mod = await load();
      instance.addResourceBundle(lang, ns, mod.default, true, true);
    }),
  );
}

/** Keeps <html lang dir> in step with the language, so screen readers and RTL layout follow. */
function syncDocumentLanguage(lang: string): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = findLanguage(lang)?.dir ?? 'ltr';
}

/**
 * Creates and initialises the one i18next instance of the kiosk, in the given language, with its
 * texts loaded: all of them, or only the namespaces of `only` (the welcome screen needs `common`;
 * the rest then loads with `loadLanguage`).
 */
export async function createI18n(defaultLanguage: string, only?: readonly string[]): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: defaultLanguage,
    // A complete language has every text (tests/locales.test.ts); a partial one borrows the
    // texts it lacks from French, so a translator can deliver one topic at a time.
    fallbackLng: Object.fromEntries(languages.filter((l) => l.status === 'partial').map((l) => [l.code, [FALLBACK_LANGUAGE]])),
    defaultNS: 'common',
    ns: ['common'],
    resources: {},
    interpolation: { escapeValue: false }, // Preact escapes text itself.
    returnNull: false,
  });
  await loadLanguage(instance, defaultLanguage, only);
  instance.on('languageChanged', syncDocumentLanguage);
  syncDocumentLanguage(defaultLanguage);
  return instance;
}

/** Switches language after making sure its texts are loaded. */
export async function switchLanguage(instance: I18n, lang: string): Promise<void> {
  await loadLanguage(instance, lang);
  await instance.changeLanguage(lang);
}
