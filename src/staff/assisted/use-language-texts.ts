import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadLanguage } from '../../i18n/i18n';
import { findLanguage } from '../../i18n/languages';
import { useI18n } from '../../i18n/use-t';

/** The public texts of one language, loaded on demand: for showing a screen "as the person sees it". */
export interface LanguageTexts {
  /** `t` fixed to that language (keys show as themselves until loaded). */
  t: TFunction;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The public texts of the language are loaded. */
  ready: boolean;
  /** Loading them failed. */
  failed: boolean;
}

/**
 * Loads the public namespaces of `lang` into the one i18next instance (a no-op when already
 * there; the staff's own language does not change) and returns a `t` fixed to that language.
 */
export function useLanguageTexts(lang: string): LanguageTexts {
  const i18n = useI18n();
  const [state, setState] = useState<{ lang: string; ok: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    loadLanguage(i18n, lang).then(
      () => live && setState({ lang, ok: true }),
      () => live && setState({ lang, ok: false }),
    );
    return () => {
      live = false;
    };
  }, [i18n, lang]);
  const ready = state?.lang === lang && state.ok;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `ready` on purpose: a new `t` once the texts are loaded, so what memoizes on `t` is worked out again
  const t = useMemo(() => i18n.getFixedT(lang), [i18n, lang, ready]);
  return { t, lang, dir: findLanguage(lang)?.dir ?? 'ltr', ready, failed: state?.lang === lang && !state.ok };
}
