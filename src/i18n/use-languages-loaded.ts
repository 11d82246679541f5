import { useEffect, useState } from 'preact/hooks';
import { loadLanguage } from './i18n';
import { useI18n } from './use-t';

/** Whether the texts of these languages are loaded (they are loaded on first use): for screens and papers that show several languages at once. */
export function useLanguagesLoaded(langs: readonly string[]): boolean {
  const i18n = useI18n();
  // The list as one string: a new array with the same languages is the same list.
  const key = langs.join(',');
  // The list whose texts were loaded last: changing it re-renders, and a new list is not ready yet.
  const [loaded, setLoaded] = useState<string | undefined>(undefined);
  useEffect(() => {
    const list = key ? key.split(',') : [];
    if (list.every((l) => i18n.hasResourceBundle(l, 'common'))) return;
    let live = true;
    void Promise.all(list.map((l) => loadLanguage(i18n, l))).then(() => live && setLoaded(key));
    return () => {
      live = false;
    };
  }, [i18n, key]);
  return loaded === key || langs.every((l) => i18n.hasResourceBundle(l, 'common'));
}
