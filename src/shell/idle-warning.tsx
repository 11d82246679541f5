import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';
import './idle-dialog.css';
import './idle-warning.css';

/**
 * "Are you still there?" over the whole screen, with a countdown that is shown and announced.
 * One tap anywhere — on the big button or beside it — keeps the session.
 */
export function IdleWarning({ remaining, onContinue }: { remaining: number; onContinue: () => void }) {
  const { t } = useT();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  // Announce at the start and every 10 s, not every second: a live region that talks
  // each second drowns everything else.
  const announced = remaining % 10 === 0 || remaining <= 5 ? t('idle.body', { count: remaining }) : undefined;
  return (
    <div
      class="idle"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onPointerDown={onContinue}
    >
      <div class="idle__box">
        <Pictogram id="clock" size="xl" />
        <h2 id="idle-title" class="idle__title">
          {t('idle.title')}
        </h2>
        <p id="idle-body" class="idle__body" aria-hidden="true">
          {t('idle.body', { count: remaining })}
        </p>
        <p class="idle__count" aria-hidden="true">
          {remaining}
        </p>
        <button type="button" class="btn btn--primary idle__continue" ref={button} onClick={onContinue}>
          <Pictogram id="check" size="md" />
          <span class="btn__label">{t('idle.continue')}</span>
        </button>
        <p class="visually-hidden" role="status" aria-live="assertive">
          {announced}
        </p>
      </div>
    </div>
  );
}
