import type { ComponentChildren } from 'preact';
import type { StepMeta } from '../../flows/types';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { useOwnLang } from '../i18n/use-own-lang';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { ScrollArea } from '../ui/scroll-area';
import type { ScreenProps } from './screen-props';
import { StepFrameContext } from './step-frame';
import '../ui/callout.css';
import './step-layout.css';
import './step-lead.css';

/**
 * What the frame shows: a step's ScreenProps as the flow runtime gives them (a screen passes its
 * own, `{...props}`), or a view's own heading, pictogram and text (the help view, the error screen).
 */
export interface StepLayoutProps extends Pick<Partial<ScreenProps>, 'progress' | 'notice'> {
  /** The heading, its lead line (choice and check steps), pictogram and paragraphs, as text keys. */
  meta: Pick<StepMeta, 'title' | 'lead' | 'body' | 'pictogram'>;
  /** The step's own part under the text (options, a table, the finder…). */
  children?: ComponentChildren;
  /** The way on (Next, Finish, the keypad), pinned in sight above the control bar. */
  actions?: ComponentChildren;
  /** The heading's id (one h1 a screen). */
  titleId?: string | undefined;
}

/**
 * The frame every step shares, sized to the screen (never the page scrolling):
 * - a tool row: where the person is ("Step 3 of 18" and a bar) and the list of the steps;
 * - the content: pictogram, heading, text, then the step's own part (options, keypad…), side by
 *   side on a landscape screen; it scrolls inside its box, with a visible cue, only when it must;
 * - the way on, pinned under the content, above the control bar, always in sight.
 * The heading takes focus on each new step so screen readers announce it. Reading aloud starts
 * with the heading: the tool row is not read, the lead line comes after the heading in the page.
 */
export function StepLayout(props: StepLayoutProps) {
  const { t } = useT();
  // A partial language's missing text shows in French, and says so (lang, dir) for voices and layout.
  const own = useOwnLang();
  const frame = useContext(StepFrameContext);
  const heading = useRef<HTMLHeadingElement>(null);
  const { meta, progress, notice } = props;
  const title = t(meta.title);
  const titleId = props.titleId ?? 'step-title';
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <section class="step" aria-labelledby={titleId}>
      {(progress || frame.openContents) && (
        <div class="step__tools" data-no-read="">
          {progress && (
            <div class="step__progress">
              <span class="step__progress-text">{t('step.progress', { current: progress.current, total: progress.total })}</span>
              {/* The text says it to everybody; the bar is for the eye only. */}
              <progress class="step__progress-bar" max={progress.total} value={progress.current} aria-hidden="true" />
            </div>
          )}
          {frame.openContents && (
            <BigButton variant="secondary" pictogram="list-check" class="step__contents" onPress={frame.openContents}>
              {t('contents.open')}
            </BigButton>
          )}
        </div>
      )}
      <ScrollArea class="step__scroll" actions={props.actions}>
        <header class="step__header">
          <Pictogram id={meta.pictogram} size="xl" class="step__pictogram" />
          <h1 id={titleId} class="step__title" tabIndex={-1} ref={heading} {...own(meta.title)}>
            {title}
          </h1>
          {meta.lead && (
            <p class="step__lead" {...own(meta.lead)}>
              {t(meta.lead)}
            </p>
          )}
          {frame.exerciseBanner && (
            <p class="exercise-banner" role="note">
              <Pictogram id="id-card" size="lg" />
              <span>{t(frame.exerciseBanner)}</span>
            </p>
          )}
        </header>
        <div class="step__body">
          {notice && (
            <p class="callout step__notice" role="status">
              <Pictogram id="speech-bubble" size="md" />
              <span {...own(notice)}>{t(notice)}</span>
            </p>
          )}
          {(meta.body ?? []).map((key) => (
            <p key={key} class="step__text" {...own(key)}>
              {t(key)}
            </p>
          ))}
          {props.children}
        </div>
      </ScrollArea>
    </section>
  );
}
