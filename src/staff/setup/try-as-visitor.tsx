import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { Pictogram } from '../../ui/pictogram';
import './try-as-visitor.css';

/** What a visitor's touches and keys are, for staff mode's own "no touch for 5 minutes" clock. */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel'] as const;

/**
 * The public kiosk as a visitor sees it, with the settings just saved, over the set-up: the real
 * kiosk in a frame of the same origin (its own reset, Stop and timers), under one staff bar with
 * "Back to set-up", in the staff's language (the visitor's welcome screen offers the others). Staff mode stays unlocked and the set-up keeps its place; a visitor's touches
 * in the frame count as activity, so staff mode does not close during the walk.
 */
export function TryAsVisitor({ onBack }: { onBack: () => void }) {
  const { t, lang } = useT();
  const frame = useRef<HTMLIFrameElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => back.current?.focus(), []);

  const forwardActivity = () => {
    const inner = frame.current?.contentDocument;
    if (!inner) return;
    const poke = () => document.dispatchEvent(new Event('input'));
    for (const name of ACTIVITY) inner.addEventListener(name, poke, { capture: true, passive: true });
  };

  return (
    <div class="try-visitor" role="dialog" aria-modal="true" aria-labelledby="try-visitor-title">
      <div class="try-visitor__bar">
        <p id="try-visitor-title" class="try-visitor__title">
          {t('staff:tryVisitor.title')}
        </p>
        <button type="button" class="btn btn--primary" ref={back} onClick={onBack}>
          <Pictogram id="back" />
          <span class="btn__label">{t('staff:tryVisitor.back')}</span>
        </button>
      </div>
      <iframe ref={frame} class="try-visitor__frame" src={`/?lang=${lang}`} title={t('staff:tryVisitor.frame')} onLoad={forwardActivity} />
    </div>
  );
}
