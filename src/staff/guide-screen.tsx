import { useT } from '../i18n/use-t';
import { SourceList } from './assisted/source-list';
import { besideDo, besideDont, confidential, glossary } from './guide/glossary';
import './staff.css';
import './assisted/screens.css';

/** Source numbers cited on this page, in order. */
const cited = [...new Set([...confidential, ...glossary].flatMap((e) => e.sources))].sort((a, b) => a - b);

/**
 * The helper's guide (N12), for digital mediators and reception staff who are not health
 * professionals: what to do and not do beside a person, confidentiality and what the kiosk
 * keeps, and a glossary of the words the topics use, each fact with its source numbers.
 */
export default function GuideScreen() {
  const { t } = useT();
  const sourcesOf = (numbers: readonly number[]) =>
    numbers.length > 0 && (
      <span class="guide__sources">
        {' '}
        ({t('guide:sourcesLabel')} {numbers.join(', ')})
      </span>
    );
  return (
    <main id="main" class="staff staff-screen guide" aria-labelledby="guide-title">
      <h1 id="guide-title">{t('guide:title')}</h1>
      <p>{t('guide:lead')}</p>
      <section class="staff__section" aria-labelledby="guide-beside">
        <h2 id="guide-beside">{t('guide:beside.title')}</h2>
        <div class="guide__columns">
          <div>
            <h3 id="guide-do">{t('guide:beside.doTitle')}</h3>
            <ul class="guide__list guide__list--do" aria-labelledby="guide-do">
              {besideDo.map((id) => (
                <li key={id}>{t(`guide:beside.do.${id}`)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id="guide-dont">{t('guide:beside.dontTitle')}</h3>
            <ul class="guide__list guide__list--dont" aria-labelledby="guide-dont">
              {besideDont.map((id) => (
                <li key={id}>{t(`guide:beside.dont.${id}`)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section class="staff__section" aria-labelledby="guide-confidential">
        <h2 id="guide-confidential">{t('guide:confidential.title')}</h2>
        <ul class="guide__list">
          {confidential.map((entry) => (
            <li key={entry.id}>
              {t(`guide:confidential.${entry.id}`)}
              {sourcesOf(entry.sources)}
            </li>
          ))}
        </ul>
      </section>

      <section class="staff__section" aria-labelledby="guide-glossary">
        <h2 id="guide-glossary">{t('guide:glossaryTitle')}</h2>
        <p>{t('guide:glossaryLead')}</p>
        <dl class="guide__glossary">
          {glossary.map((entry) => (
            <div key={entry.id} class="guide__entry">
              <dt>{t(`guide:glossary.${entry.id}.term`)}</dt>
              <dd>
                {t(`guide:glossary.${entry.id}.definition`)}
                {sourcesOf(entry.sources)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section class="staff__section" aria-labelledby="guide-sources">
        <h2 id="guide-sources">{t('guide:sourcesListTitle')}</h2>
        <p>{t('guide:sourcesHint')}</p>
        <SourceList numbers={cited} />
      </section>
    </main>
  );
}
