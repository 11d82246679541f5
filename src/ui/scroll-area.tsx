import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Pictogram } from './pictogram';
import './scroll-area.css';

/** What a keyboard reaches by Tab. */
const REACHABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Which ends of a scroll box still hide something. */
interface Hidden {
  above: boolean;
  below: boolean;
}

/**
 * A box whose content may be taller than the room it has (larger text, a long list of places).
 * Kiosk users do not know a screen scrolls: when something is hidden, a row under the box says
 * so with two big buttons ("See more below" / "Back up") that scroll by most of a screen. The
 * row takes its own room, never covering the content or the way on under it. Reading aloud
 * reads the whole content; the row itself is not read (data-no-read).
 */
export function ScrollArea({
  class: extra,
  children,
  actions,
}: {
  class?: string;
  children: ComponentChildren;
  /**
   * The way on (e.g. Next), pinned under the box at the inline end; the scroll buttons share its
   * row at the inline start, so a screen that scrolls loses no more room than one that does not.
   */
  actions?: ComponentChildren;
}) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<Hidden>({ above: false, below: false });
  // Whether the box must take the keyboard focus itself to be scrolled: only when it hides part of
  // its content and holds nothing else a keyboard can reach (text only); with buttons inside,
  // moving the focus to them scrolls the box already.
  const [focusable, setFocusable] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const update = () => {
      // 2 px of slack: sub-pixel layout must not show a cue for nothing.
      const above = element.scrollTop > 2;
      const below = element.scrollTop + element.clientHeight < element.scrollHeight - 2;
      setHidden((h) => (h.above === above && h.below === below ? h : { above, below }));
      setFocusable((above || below) && !element.querySelector(REACHABLE));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    // The content changes size as places load, text grows, a notice appears.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    const mutations = new MutationObserver(() => {
      for (const child of element.children) observer.observe(child);
      update();
    });
    mutations.observe(element, { childList: true, subtree: true });
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);

  const scrollBy = (direction: 1 | -1) => {
    const element = box.current;
    if (!element) return;
    element.scrollBy({ top: direction * element.clientHeight * 0.8, behavior: 'smooth' });
  };

  return (
    <>
      <div
        ref={box}
        class={`scroll-area${extra ? ` ${extra}` : ''}${hidden.below ? ' scroll-area--more' : ''}`}
        data-scroll-area=""
        // A box that hides part of its text can be reached by keyboard and scrolled with the arrows.
        tabIndex={focusable ? 0 : undefined}
      >
        {children}
      </div>
      {(hidden.above || hidden.below || actions) && (
        <div class={`scroll-footer${actions ? ' scroll-footer--actions' : ''}`}>
          {(hidden.above || hidden.below) && (
            <div class="scroll-cue" data-no-read="">
              {/* Plain buttons, not BigButton: two presses in a row must both scroll. */}
              <button type="button" class="btn btn--secondary scroll-cue__up" hidden={!hidden.above} onClick={() => scrollBy(-1)}>
                <Pictogram id="next" size="md" />
                <span class="btn__label">{t('scroll.up')}</span>
              </button>
              <button type="button" class="btn btn--secondary scroll-cue__down" hidden={!hidden.below} onClick={() => scrollBy(1)}>
                <Pictogram id="next" size="md" />
                <span class="btn__label">{t('scroll.down')}</span>
              </button>
            </div>
          )}
          {actions && <div class="scroll-footer__actions">{actions}</div>}
        </div>
      )}
    </>
  );
}
