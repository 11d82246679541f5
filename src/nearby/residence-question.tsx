import { useEffect, useRef } from 'preact/hooks';
import type { Commune } from '../data/place';
import type { Residence } from '../help/finder-answer';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import './residence-question.css';

const byName = new Intl.Collator('fr');

/**
 * "Where do you live?", asked once a session, only when the need is served by one's own commune
 * (eID at the population desk, CPAS). The 19 communes as big buttons with their French and
 * Dutch names, "Outside Brussels", "I'd rather not say". The answer goes to the caller (the
 * session store): it is never counted or stored.
 */
export function ResidenceQuestion({ communes, onAnswer }: { communes: readonly Commune[]; onAnswer: (residence: Residence) => void }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // The question replaces the list: a screen reader hears it, a keyboard starts from it.
  useEffect(() => heading.current?.focus({ preventScroll: false }), []);
  const sorted = [...communes].sort((a, b) => byName.compare(a.nameFr, b.nameFr));
  return (
    <section class="residence" aria-labelledby="residence-title">
      <h2 id="residence-title" class="residence__title" tabIndex={-1} ref={heading}>
        {t('nearby.residence.title')}
      </h2>
      <p class="residence__lead">{t('nearby.residence.lead')}</p>
      <div class="residence__communes" role="group" aria-labelledby="residence-title">
        {sorted.map((c) => (
          <BigButton
            key={c.id}
            variant="option"
            class="residence__commune"
            onPress={() => onAnswer({ kind: 'commune', communeName: c.nameFr })}
          >
            {/* Commune names are French and Dutch, whatever the screen's language. */}
            <span lang="fr">{c.nameFr}</span>
            {c.nameNl !== c.nameFr && (
              <span lang="nl" class="residence__nl">
                {c.nameNl}
              </span>
            )}
          </BigButton>
        ))}
      </div>
      <div class="residence__other" role="group" aria-labelledby="residence-title">
        <BigButton variant="option" pictogram="place" onPress={() => onAnswer({ kind: 'outside' })}>
          {t('nearby.residence.outside')}
        </BigButton>
        <BigButton variant="option" pictogram="hide-document" onPress={() => onAnswer({ kind: 'unsaid' })}>
          {t('nearby.residence.unsaid')}
        </BigButton>
      </div>
    </section>
  );
}
