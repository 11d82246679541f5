import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';
import './step-lead.css';

/**
 * The frame every step shares: progress, pictogram, heading, content, then the way forward.
 * The heading takes focus on each new step so screen readers announce it.
 */
export function StepLayout(props: {
  title: string;
  /** A small line above the heading (e.g. "Did I explain it well?"); the heading stays the question. */
  lead?: string | undefined;
  pictogram: string;
  progress?: { current: number; total: number } | undefined;
  /** Text keys of the short paragraphs under the heading. */
  body?: string[] | undefined;
  /** Text key of a kind notice above the text (e.g. "Let's look at this again together"). */
  notice?: string | undefined;
  children?: ComponentChildren;
  actions?: ComponentChildren;
}) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [props.title]);
  return (
    <section class="step" aria-labelledby="step-title">
      <header class="step__header">
        {props.progress && (
          <p class="step__progress">{t('step.progress', { current: props.progress.current, total: props.progress.total })}</p>
        )}
        <Pictogram id={props.pictogram} size="xl" class="step__pictogram" />
        {props.lead && <p class="step__lead">{props.lead}</p>}
        <h1 id="step-title" class="step__title" tabIndex={-1} ref={heading}>
          {props.title}
        </h1>
      </header>
      <div class="step__body">
        {props.notice && (
          <p class="step__notice" role="status">
            <Pictogram id="speech-bubble" size="md" />
            <span>{t(props.notice)}</span>
          </p>
        )}
        {(props.body ?? []).map((key) => (
          <p key={key} class="step__text">
            {t(key)}
          </p>
        ))}
        {props.children}
      </div>
      {props.actions && <div class="step__actions">{props.actions}</div>}
    </section>
  );
}
