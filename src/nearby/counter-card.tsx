import { createPortal } from 'preact/compat';
import { useEffect, useRef } from 'preact/hooks';
import { dirOf } from '../i18n/isolate';
import { findLanguage } from '../i18n/languages';
import { counterLanguages, counterPhrases } from '../help/counter-phrases';
import { useLanguagesLoaded } from '../i18n/use-languages-loaded';
import { useI18n, useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { ScrollArea } from '../ui/scroll-area';
import './help-status.css';
import './counter-card.css';

/**
 * What the person needs, in one language, from fixed phrases only: one sentence per need
 * ("I would like help with my eID card and its PIN code.") and "I speak Turkish." No free text,
 * nothing about the person.
 */
function Block({ lang, personLang, needIds }: { lang: string; personLang: string; needIds: readonly string[] }) {
  const i18n = useI18n();
  const phrases = counterPhrases(i18n.getFixedT(lang), lang, personLang, needIds);
  return (
    <section class="counter__block" lang={lang} dir={dirOf(lang)} aria-label={findLanguage(lang)?.name ?? lang}>
      <p class="counter__language" aria-hidden="true">
        {findLanguage(lang)?.name ?? lang}
      </p>
      {phrases.map((phrase) => (
        <p key={phrase} class="counter__phrase">
          {phrase}
        </p>
      ))}
    </section>
  );
}

/**
 * "Show this at the counter": a screen of its own, over the list (which keeps its place and
 * choices), saying in the person's language and in French and Dutch what they need. Big text;
 * the way back is pinned above the control bar. While it is on screen the list is hidden, so
 * reading aloud reads this screen only.
 */
export function CounterCard({ needIds, onBack }: { needIds: readonly string[]; onBack: () => void }) {
  const { t, lang } = useT();
  const blocks = counterLanguages(lang);
  const ready = useLanguagesLoaded(blocks);

  const host = typeof document !== 'undefined' ? document.getElementById('main') : null;
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The rest of the view is hidden (not only covered): the reader and the keyboard skip it.
  useEffect(() => {
    const element = root.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const hidden = [...parent.children].filter((c): c is HTMLElement => c !== element && c instanceof HTMLElement && !c.hidden);
    for (const c of hidden) c.hidden = true;
    heading.current?.focus({ preventScroll: true });
    return () => {
      for (const c of hidden) c.hidden = false;
    };
  }, []);

  const screen = (
    <section class="step counter" aria-labelledby="counter-title" ref={root}>
      <ScrollArea
        class="counter__scroll"
        actions={
          <BigButton variant="primary" pictogram="back" onPress={onBack}>
            {t('nearby.counter.back')}
          </BigButton>
        }
      >
        <h1 id="counter-title" class="counter__title" tabIndex={-1} ref={heading}>
          {t('nearby.counter.title')}
        </h1>
        {ready ? (
          <div class="counter__blocks">
            {blocks.map((l) => (
              <Block key={l} lang={l} personLang={lang} needIds={needIds} />
            ))}
          </div>
        ) : (
          <p class="help__status">{t('help.loading')}</p>
        )}
      </ScrollArea>
    </section>
  );
  // A screen of its own inside the kiosk's main area; in a test without the kiosk frame, in place.
  return host ? createPortal(screen, host) : screen;
}
