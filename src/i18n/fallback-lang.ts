import type { i18n as I18n } from 'i18next';
import { findLanguage } from './languages';

/** The attributes that mark a text shown in another language than the page's. */
export interface LangAttributes {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * Where a partial language lacks a text, i18next shows the French one (locales/languages.json).
 * That text then says so in its element: screen readers and the kiosk's reader voice it in
 * French, not with the person's voice, and it runs left to right inside an Arabic page. Empty
 * when the text is in the page's language (nothing to add).
 */
export function fallbackLang(i18n: I18n, key: string): LangAttributes {
  const lang = i18n.language;
  const separator = key.indexOf(':');
  const defaultNs = i18n.options.defaultNS;
  const ns = separator >= 0 ? key.slice(0, separator) : typeof defaultNs === 'string' ? defaultNs : 'common';
  const path = separator >= 0 ? key.slice(separator + 1) : key;
  if (i18n.getResource(lang, ns, path) !== undefined) return {};
  const shown = i18n.languages.find((code) => code !== lang && i18n.getResource(code, ns, path) !== undefined);
  if (!shown) return {};
  return { lang: shown, dir: findLanguage(shown)?.dir ?? 'ltr' };
}
