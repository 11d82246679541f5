import { useEffect, useState } from 'preact/hooks';
import { loadLanguage } from './i18n';
import { useI18n } from './use-t';

/** Whether the texts of these languages are loaded (they are loaded on first use): for screens and papers that show several languages at once. */
export function useLanguagesLoaded(langs: readonly string[]): boolean {
  const i18n = useI18n();
  const key = langs.join(',');
  const [ready, setReady] = useState(() => langs.every((l) => i18n.hasResourceBundle(l, 'common')));
  useEffect(() => {
    let live = true;
    if (langs.every((l) => i18n.hasResourceBundle(l, 'common'))) setReady(true);
    else void Promise.all(langs.map((l) => loadLanguage(i18n, l))).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [key]);
  return ready;
}
