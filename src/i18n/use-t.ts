import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { i18n as I18n, TFunction } from 'i18next';

/** The kiosk's i18next instance, provided once by the app. */
export const I18nContext = createContext<I18n | null>(null);

/** The i18next instance; throws when used outside the provider (a programming error). */
export function useI18n(): I18n {
  const instance = useContext(I18nContext);
  if (!instance) throw new Error('useI18n() needs <I18nContext.Provider>');
  return instance;
}

/** `t` for the current language; the component re-renders when the language changes. */
export function useT(): { t: TFunction; lang: string } {
  const instance = useI18n();
  const [lang, setLang] = useState(instance.language);
  useEffect(() => {
    const onChange = (next: string) => setLang(next);
    instance.on('languageChanged', onChange);
    return () => instance.off('languageChanged', onChange);
  }, [instance]);
  return { t: instance.t, lang };
}
