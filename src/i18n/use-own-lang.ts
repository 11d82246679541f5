import { fallbackLang, type LangAttributes } from './fallback-lang';
import { useI18n } from './use-t';

/**
 * For the element around a content text: the `lang` and `dir` it needs when a partial language
 * shows that text in French (see fallbackLang); nothing when the text is in the page's language.
 */
export function useOwnLang(): (key: string) => LangAttributes {
  const i18n = useI18n();
  return (key) => fallbackLang(i18n, key);
}
