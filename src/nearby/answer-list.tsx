import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Commune } from '../data/place';
import type { FinderAnswer, FoundPlace, Residence } from '../help/finder-answer';
import { Isolate, textWith } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { communeName } from './words';
import './place.css';
import './answer-list.css';

/** One group of the answer under a plain heading. */
function Group({ id, title, children }: { id: string; title: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="answer__group" aria-labelledby={id}>
      <h2 id={id} class="answer__heading" tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The finder's answer as the person reads it, in the answer's order, each group under a plain
 * heading and empty groups left out: "Here: ask at the counter"; the desks of the commune where
 * the person lives (marked for its residents) or, when they did not say, "the town hall of the
 * commune where you live"; "by phone" services; places known to speak the person's language;
 * then the others, said plainly. `shown` caps the walk-in places (inLanguage, then others).
 */
export function AnswerList({
  answer,
  residence,
  needIds,
  communes,
  language,
  shown,
  card,
  onChangeResidence,
  onShowCounter,
  focusFirst,
}: {
  /** Just answered "Where do you live?": the list's first heading takes the focus (and comes into view). */
  focusFirst?: boolean;
  answer: FinderAnswer;
  residence: Residence | undefined;
  /** The needs asked for (chips, or the topic's): the wording of the own-commune hint. */
  needIds: readonly string[];
  communes: readonly Commune[];
  /** The person's language, named in its own script, when places are grouped by it; undefined = not grouped. */
  language: string | undefined;
  shown: number;
  card: (found: FoundPlace) => ComponentChildren;
  onChangeResidence: () => void;
  onShowCounter: () => void;
}) {
  const { t, lang } = useT();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusFirst) root.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: false });
  }, [focusFirst]);
  const inLanguage = answer.inLanguage.slice(0, shown);
  const others = answer.others.slice(0, Math.max(0, shown - inLanguage.length));
  const home = residence?.kind === 'commune' ? communeName(residence.communeName, communes, lang) : undefined;
  const homeText = home ? <Isolate lang="fr">{home}</Isolate> : undefined;
  const change = (
    <BigButton variant="secondary" class="answer__change" pictogram="repeat" onPress={onChangeResidence}>
      {homeText ? textWith(t, 'nearby.residence.change', {}, { commune: homeText }) : t('nearby.residence.changeAnswer')}
    </BigButton>
  );
  // Said for the needs asked: the town hall for the eID, the CPAS for social help, else in general.
  const hints =
    needIds.includes('eid') || needIds.includes('social')
      ? needIds.filter((id) => id === 'eid' || id === 'social').map((id) => `nearby.hint.${id}`)
      : ['nearby.hint.other'];
  return (
    <div class="answer" ref={root}>
      {answer.askHere && (
        <article class="place place--here" aria-labelledby="answer-here">
          <h2 id="answer-here" class="answer__heading" tabIndex={-1}>
            <Pictogram id="user-check" size="md" />
            {t('nearby.group.here')}
          </h2>
          <p class="answer__here-text">{t('nearby.here')}</p>
          <BigButton variant="primary" class="answer__here-counter" pictogram="speech-bubble" onPress={onShowCounter}>
            {t('nearby.counter.open')}
          </BigButton>
        </article>
      )}
      {answer.yourCommune.length > 0 && homeText && (
        <Group id="answer-your-commune" title={textWith(t, 'nearby.group.yourCommune', {}, { commune: homeText })}>
          {change}
          <div class="help__list">{answer.yourCommune.map(card)}</div>
        </Group>
      )}
      {answer.ownCommuneHint && (
        <article class="place place--hint" aria-labelledby="answer-own-commune">
          <h2 id="answer-own-commune" class="answer__heading" tabIndex={-1}>
            <Pictogram id="town-hall" size="md" />
            {t('nearby.group.ownCommune')}
          </h2>
          {hints.map((key) => (
            <p key={key} class="answer__hint">
              {t(key)}
            </p>
          ))}
          {change}
        </article>
      )}
      {answer.byPhone.length > 0 && (
        // For the eID the phone service is DocStop: the heading says when to call it.
        <Group id="answer-by-phone" title={t(needIds.includes('eid') ? 'nearby.group.byPhoneEid' : 'nearby.group.byPhone')}>
          <div class="help__list">{answer.byPhone.map(card)}</div>
        </Group>
      )}
      {inLanguage.length > 0 && (
        <Group id="answer-in-language" title={language ? t('nearby.group.inLanguage', { language }) : t('nearby.group.near')}>
          <div class="help__list">{inLanguage.map(card)}</div>
        </Group>
      )}
      {others.length > 0 && (
        <Group id="answer-others" title={language ? t('nearby.group.others', { language }) : t('nearby.group.near')}>
          <div class="help__list">{others.map(card)}</div>
        </Group>
      )}
    </div>
  );
}

/** How many place cards the list shows now (what a count line may say). */
export function shownCount(answer: FinderAnswer, shown: number): number {
  return answer.yourCommune.length + answer.byPhone.length + Math.min(shown, answer.inLanguage.length + answer.others.length);
}
