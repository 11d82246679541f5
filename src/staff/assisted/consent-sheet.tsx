import { PrintHeader } from '../../print/print-header';
import type { LanguageTexts } from './use-language-texts';

/** The choices the sheet explains, in the order of the consent topic's choice step. */
const CHOICES = ['nothing', 'agree', 'refuse', 'change', 'exclude', 'document'] as const;

/** Benefits and risks, from the two comparison steps of the consent topic. */
const BENEFITS = ['compare.pro1', 'compare.pro2', 'compare2.pro1', 'compare2.pro2'] as const;
const RISKS = ['compare.con1', 'compare.con2', 'compare2.con1', 'compare2.con2'] as const;

/**
 * Headings start at level 4: on screen the sheet sits under the topic (h2) and its section (h3).
 *
 * A printable, objective information sheet on consent (N7), in the person's language, made only
 * of the consent topic's own texts (locales/<lang>/consent.json), so it exists in every language
 * the kiosk has and says exactly what the kiosk says: what consent is, benefits and risks side by
 * side with equal weight, every choice, how to know whether you already said yes, and where to
 * act (online, with a person, on paper). Nothing about the person is on it.
 */
export function ConsentSheet({ texts }: { texts: LanguageTexts }) {
  const { lang, dir } = texts;
  const t = (key: string) => texts.t(`consent:${key}`);
  const section = (step: string, paragraphs: readonly string[] = ['body1', 'body2']) => (
    <section key={step} class="consent-sheet__section">
      <h5>{t(`${step}.title`)}</h5>
      {paragraphs.map((p) => (
        <p key={p}>{t(`${step}.${p}`)}</p>
      ))}
    </section>
  );
  return (
    <article class="consent-sheet" lang={lang} dir={dir} aria-labelledby="consent-sheet-title">
      <PrintHeader t={texts.t} lang={lang} topic={t('tile')} />
      <h4 id="consent-sheet-title" class="consent-sheet__title">
        {t('tile')}
      </h4>
      <section class="consent-sheet__section">
        <h5>{t('what.title')}</h5>
        <p>{t('what.body1')}</p>
        <p>{t('what.body2')}</p>
        <p>{t('facts.body1')}</p>
        <p>{t('facts.body2')}</p>
      </section>
      {section('locks')}
      {section('never')}
      <section class="consent-sheet__section">
        <h5>{t('compare.title')}</h5>
        <div class="consent-sheet__columns">
          <div class="consent-sheet__column">
            <h6>{t('compare.left')}</h6>
            <ul>
              {BENEFITS.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
          <div class="consent-sheet__column">
            <h6>{t('compare.right')}</h6>
            <ul>
              {RISKS.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <section class="consent-sheet__section consent-sheet__section--long">
        <h5>{t('choices.title')}</h5>
        <dl class="consent-sheet__choices">
          {CHOICES.map((choice) => (
            <div key={choice} class="consent-sheet__choice">
              <dt>{t(`${choice}.title`)}</dt>
              <dd>
                {t(`${choice}.body1`)} {t(`${choice}.body2`)}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {section('registered')}
      <div class="consent-sheet__where">
        {section('online')}
        {section('desk')}
      </div>
      {section('minors')}
      {section('trusted')}
      <footer class="consent-sheet__footer">
        <p>
          <strong>{t('help.title')}</strong>
        </p>
        <p>{t('help.body')}</p>
      </footer>
    </article>
  );
}
