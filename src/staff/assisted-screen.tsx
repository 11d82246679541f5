import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { flows } from '../../flows/registry';
import type { FlowConfig } from '../../flows/types';
import { languages } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { printPage } from '../print/print-page';
import { Pictogram } from '../ui/pictogram';
import { ConsentSheet } from './assisted/consent-sheet';
import { PatientStep } from './assisted/patient-step';
import { SourceList } from './assisted/source-list';
import { pointsFor } from './assisted/talking-points';
import { useLanguageTexts } from './assisted/use-language-texts';
import './staff.css';
import './assisted/screens.css';

/** The topic whose printable information sheet exists. */
const SHEET_TOPIC = 'consent';

/** The steps of a topic in the order its flow file writes them (the order content editors read). */
function stepsOf(flow: FlowConfig): string[] {
  return Object.keys(flow.states);
}

/**
 * "Explain together" (N7): reception staff go through a topic with a person, at the person's
 * pace. For a topic: every step in order (jump to any), each step as the person sees it in their
 * language, talking points for staff, and the sources of each fact. For consent, an objective
 * information sheet to print in the person's language. No timers, no counting, nothing kept.
 */
export default function AssistedScreen() {
  const { t, lang } = useT();
  const [topicId, setTopicId] = useState<string | null>(null);
  const [stepIndex, setStepIndex] = useState(0);
  const [patientLang, setPatientLang] = useState(() => (languages.some((l) => l.code === lang) ? lang : 'fr'));
  const [focus, setFocus] = useState<'topic' | 'step' | 'sheet' | 'list' | null>(null);
  const staffTexts = useLanguageTexts(lang);
  const patientTexts = useLanguageTexts(patientLang);
  const topicHeading = useRef<HTMLHeadingElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const sheetHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  // Moves focus to the heading of what was just opened, so keyboard and screen-reader users follow.
  useEffect(() => {
    if (!focus) return;
    ({ topic: topicHeading, step: stepHeading, sheet: sheetHeading, list: listHeading })[focus].current?.focus();
    setFocus(null);
  }, [focus]);

  const flow = flows.find((f) => f.id === topicId);
  const open = (id: string, then: 'topic' | 'sheet' = 'topic') => {
    setTopicId(id);
    setStepIndex(0);
    setFocus(then);
  };
  const goTo = (index: number) => {
    setStepIndex(index);
    setFocus('step');
  };
  const patientLanguage = languages.find((l) => l.code === patientLang);

  return (
    <main id="main" class="staff staff-screen assisted" aria-labelledby="assisted-title">
      <h1 id="assisted-title">{t('staff:assisted.title')}</h1>
      <p>{t('staff:assisted.lead')}</p>

      <div class="staff-field assisted__language">
        <label htmlFor="assisted-language">{t('staff:assisted.patientLanguage')}</label>
        <select
          id="assisted-language"
          aria-describedby="assisted-language-hint"
          value={patientLang}
          onChange={(e) => setPatientLang(e.currentTarget.value)}
        >
          {languages.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <p id="assisted-language-hint" class="staff-field__hint">
          {t('staff:assisted.patientLanguageHint')}
          {patientLanguage && (
            <>
              {' '}
              {t('staff:assisted.reviewLabel')} <span lang="en">{patientLanguage.review}</span>
            </>
          )}
        </p>
        {patientTexts.failed && (
          <p class="staff-field__error" role="alert">
            {t('staff:assisted.languageFailed')}
          </p>
        )}
      </div>

      {!flow ? (
        <section class="staff__section" aria-labelledby="assisted-topics-title">
          <h2 id="assisted-topics-title" tabIndex={-1} ref={listHeading}>
            {t('staff:assisted.topics')}
          </h2>
          <ul class="assisted-topics">
            {flows.map((f) => (
              <li key={f.id}>
                <button type="button" class="btn btn--secondary assisted-topics__button" onClick={() => open(f.id)}>
                  <Pictogram id={f.tile.pictogram} size="md" />
                  <span>{staffTexts.t(f.tile.label)}</span>
                </button>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" class="btn btn--primary" onClick={() => open(SHEET_TOPIC, 'sheet')}>
              <Pictogram id="printer" size="md" />
              <span>{t('staff:assisted.sheet.open')}</span>
            </button>
          </p>
        </section>
      ) : (
        <TopicView
          flow={flow}
          stepIndex={stepIndex}
          onStep={goTo}
          onBack={() => {
            setTopicId(null);
            setFocus('list');
          }}
          staffTexts={staffTexts}
          patientTexts={patientTexts}
          refs={{ topicHeading, stepHeading, sheetHeading }}
        />
      )}
    </main>
  );
}

function TopicView(props: {
  flow: FlowConfig;
  stepIndex: number;
  onStep: (index: number) => void;
  onBack: () => void;
  staffTexts: ReturnType<typeof useLanguageTexts>;
  patientTexts: ReturnType<typeof useLanguageTexts>;
  refs: {
    topicHeading: RefObject<HTMLHeadingElement | null>;
    stepHeading: RefObject<HTMLHeadingElement | null>;
    sheetHeading: RefObject<HTMLHeadingElement | null>;
  };
}) {
  const { t } = useT();
  const { flow, stepIndex, onStep, staffTexts, patientTexts } = props;
  const { topicHeading, stepHeading, sheetHeading } = props.refs;
  const steps = stepsOf(flow);
  const index = Math.min(stepIndex, steps.length - 1);
  const step = steps[index]!;
  const meta = flow.states[step]!.meta;
  const points = pointsFor(flow.id, step);
  const patientLanguage = languages.find((l) => l.code === patientTexts.lang);
  return (
    <>
      <p>
        <button type="button" class="btn btn--secondary" onClick={props.onBack}>
          <Pictogram id="back" size="md" />
          <span>{t('staff:assisted.allTopics')}</span>
        </button>
      </p>
      <h2 id="assisted-topic-title" tabIndex={-1} ref={topicHeading}>
        {staffTexts.t(flow.tile.label)}
      </h2>
      <section class="staff__section assisted-points" aria-labelledby="assisted-topic-points">
        <h3 id="assisted-topic-points">{t('staff:assisted.topicPoints')}</h3>
        {points.topic.length > 0 ? (
          <ul>
            {points.topic.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('staff:assisted.noTopicPoints')}</p>
        )}
      </section>

      <div class="assisted-layout">
        <nav class="assisted-steps" aria-labelledby="assisted-steps-title">
          <h3 id="assisted-steps-title">{t('staff:assisted.steps', { count: steps.length })}</h3>
          <ol>
            {steps.map((name, i) => (
              <li key={name}>
                <button
                  type="button"
                  class="assisted-steps__button"
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => onStep(i)}
                >
                  <span class="assisted-steps__number">{i + 1}</span>
                  <span>{staffTexts.t(flow.states[name]!.meta.title)}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>

        <section class="assisted-step" aria-labelledby="assisted-step-title">
          <h3 id="assisted-step-title" tabIndex={-1} ref={stepHeading}>
            {t('staff:assisted.stepOf', { current: index + 1, total: steps.length })}
            {' — '}
            {staffTexts.t(meta.title)}
          </h3>
          <h4>{t('staff:assisted.patientView', { language: patientLanguage?.name ?? patientTexts.lang })}</h4>
          <PatientStep meta={meta} texts={patientTexts} />
          <h4>{t('staff:assisted.stepPoints')}</h4>
          {points.step.length > 0 ? (
            <ul class="assisted-step__points">
              {points.step.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('staff:assisted.noStepPoints')}</p>
          )}
          <h4>{t('staff:assisted.sources')}</h4>
          {meta.sources && meta.sources.length > 0 ? <SourceList numbers={meta.sources} /> : <p>{t('staff:assisted.noSources')}</p>}
          <div class="staff__actions">
            <button type="button" class="btn btn--secondary" disabled={index === 0} onClick={() => onStep(index - 1)}>
              <Pictogram id="back" size="md" />
              <span>{t('staff:assisted.previous')}</span>
            </button>
            <button type="button" class="btn btn--primary" disabled={index === steps.length - 1} onClick={() => onStep(index + 1)}>
              <span>{t('staff:assisted.next')}</span>
              <Pictogram id="next" size="md" />
            </button>
          </div>
        </section>
      </div>

      {flow.id === SHEET_TOPIC && (
        <section class="staff__section assisted-sheet" aria-labelledby="assisted-sheet-title">
          <h3 id="assisted-sheet-title" tabIndex={-1} ref={sheetHeading}>
            {t('staff:assisted.sheet.title')}
          </h3>
          <p>{t('staff:assisted.sheet.lead', { language: patientLanguage?.name ?? patientTexts.lang })}</p>
          <p class="staff__actions">
            <button type="button" class="btn btn--primary" disabled={!patientTexts.ready} onClick={() => printPage()}>
              <Pictogram id="printer" size="md" />
              <span>{t('staff:assisted.sheet.print')}</span>
            </button>
          </p>
          <div class="assisted-sheet__preview">{patientTexts.ready && <ConsentSheet texts={patientTexts} />}</div>
        </section>
      )}
    </>
  );
}
