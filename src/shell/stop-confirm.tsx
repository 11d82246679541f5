import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import './idle-dialog.css';
import './stop-confirm.css';

/**
 * "Stop and erase everything?" after one tap on Stop, in the calm look of "Are you still there?"
 * (the `.idle` styles), with the countdown shown and announced. It covers the screen above the
 * control bar only: the bar stays where it is and usable, so Stop tapped again erases.
 * "No, keep going" has the focus, so a stray Enter keeps the session; Escape means No too.
 * A touch beside the box is not an answer.
 */
export function StopConfirm({ remaining, onYes, onNo }: { remaining: number; onYes: () => void; onNo: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDivElement>(null);
  const answeredNoRef = useRef(false);
  const room = useControlBarRoom();
  const no = () => {
    answeredNoRef.current = true;
    onNo();
  };

  useEffect(() => {
    const before = document.activeElement;
    dialog.current?.querySelector<HTMLButtonElement>('.stop-confirm__no')?.focus();
    // After No, focus goes back where it was (e.g. on Stop for a keyboard user). After a wipe it
    // must not: the reset puts focus back to the start.
    return () => {
      if (answeredNoRef.current && before instanceof HTMLElement && before.isConnected && before !== document.body) before.focus();
    };
  }, []);

  // Announce at the start and every 10 s, not every second (as the idle warning does).
  const announced = remaining % 10 === 0 || remaining <= 5 ? t('stopConfirm.body', { count: remaining }) : undefined;
  return (
    <div
      ref={dialog}
      class="idle stop-confirm"
      style={{ '--stop-confirm-bar': `${room}px` }}
      role="alertdialog"
      aria-labelledby="stop-confirm-title"
      aria-describedby="stop-confirm-body"
      onKeyDown={(event) => {
        if (event.key === 'Escape') no();
      }}
    >
      <div class="idle__box stop-confirm__box">
        <Pictogram id="stop" size="xl" />
        <h2 id="stop-confirm-title" class="idle__title">
          {t('stopConfirm.title')}
        </h2>
        <p id="stop-confirm-body" class="idle__body" aria-hidden="true">
          {t('stopConfirm.body', { count: remaining })}
        </p>
        <p class="idle__count" aria-hidden="true">
          {remaining}
        </p>
        <div class="stop-confirm__answers">
          <BigButton variant="primary" class="stop-confirm__no" pictogram="check" onPress={no}>
            {t('stopConfirm.no')}
          </BigButton>
          <BigButton variant="danger" class="stop-confirm__yes" pictogram="stop" onPress={onYes}>
            {t('stopConfirm.yes')}
          </BigButton>
        </div>
        <p class="visually-hidden" role="status" aria-live="assertive">
          {announced}
        </p>
      </div>
    </div>
  );
}

/** The height the control bar takes at the bottom of the screen, followed as text size or window change. */
function useControlBarRoom(): number {
  const [room, setRoom] = useState(0);
  useEffect(() => {
    const bar = document.querySelector('.control-bar');
    if (!bar) return;
    const measure = () => setRoom(Math.max(0, Math.ceil(window.innerHeight - bar.getBoundingClientRect().top)));
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(bar);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, []);
  return room;
}
