/**
 * What a person at the screen sees of a control, measured in the page: the part of its box that
 * is inside the viewport, above the control bar, and not clipped by a box that scrolls. Shared by
 * the fit test and the focus test (fit.e2e.ts).
 */
import type { Page } from 'playwright-core';

/** The sizes a kiosk stands at: a 10" tablet, a 24" kiosk in landscape and in portrait. */
export const KIOSK_SIZES = [
  { name: '800×1280', width: 800, height: 1280 },
  { name: '1920×1080', width: 1920, height: 1080 },
  { name: '1080×1920', width: 1080, height: 1920 },
] as const;

/** What is measured on one screen, in one size and text size. */
export interface FitReport {
  /** Whether some content of the screen is hidden in a box that scrolls (or the page scrolls). */
  scrolls: boolean;
  /** The way on (Next, the answers of a question, OK on the keypad…) not fully in sight. */
  primaryHidden: string[];
  /** What a person needs on the screen (options, tiles, languages, both sides of a comparison) not fully in sight. */
  neededHidden: string[];
}

/** What the probe returns for the focused element. */
interface FocusReport {
  what: string;
  inSight: boolean;
}

/**
 * Runs in the page (one function, so the two measures share one idea of "in sight"): a box is in
 * sight when it is inside the viewport, above the control bar (unless it is in the bar), and
 * inside every box around it that clips (a box that scrolls).
 */
function probe(mode: 'fit' | 'focus'): FitReport | FocusReport | undefined {
  const bar = document.querySelector('.control-bar');
  const barTop = bar ? bar.getBoundingClientRect().top : window.innerHeight;
  const inSight = (element: Element): boolean => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const seen = { top: 0, left: 0, right: window.innerWidth, bottom: bar?.contains(element) ? window.innerHeight : barTop };
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const clip = parent.getBoundingClientRect();
        seen.top = Math.max(seen.top, clip.top);
        seen.left = Math.max(seen.left, clip.left);
        seen.right = Math.min(seen.right, clip.right);
        seen.bottom = Math.min(seen.bottom, clip.bottom);
      }
    }
    return box.top >= seen.top - 1 && box.left >= seen.left - 1 && box.right <= seen.right + 1 && box.bottom <= seen.bottom + 1;
  };
  const label = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || element.className.toString();
  if (mode === 'focus') {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    return { what: `${element.tagName.toLowerCase()} "${label(element)}"`, inSight: inSight(element) };
  }
  const main = document.getElementById('main');
  const all = (selector: string) => [...(main?.querySelectorAll(selector) ?? [])];
  // The way on: the buttons pinned under the content; else the answers of a question; OK on a
  // keypad; the invitation to touch; the first tile, language or step of a list.
  const pinned = all('.scroll-footer__actions .btn');
  const answers = all('.options:not(.options--multi) .btn');
  const primary =
    pinned.length > 0
      ? pinned
      : answers.length > 0
        ? answers
        : all('.keypad__key--ok, .welcome__touch').concat(all('.btn--tile, .options .btn, .contents__item').slice(0, 1));
  // What a person needs to see: every option, tile, language, key and point of a comparison.
  const needed = all('.options .btn, .btn--tile, .welcome__languages .btn, .compare__cell:not(:empty), .compare__title, .keypad__key');
  const scrolls =
    document.scrollingElement!.scrollHeight > window.innerHeight + 1 ||
    [...document.querySelectorAll('[data-scroll-area]')].some((box) => box.scrollHeight > box.clientHeight + 2);
  return {
    scrolls,
    primaryHidden: primary.filter((e) => !inSight(e)).map(label),
    neededHidden: needed.filter((e) => !inSight(e)).map(label),
  };
}

/** Measures the screen on display (see probe). */
export function measureFit(page: Page): Promise<FitReport> {
  return page.evaluate<FitReport | FocusReport | undefined, 'fit' | 'focus'>(probe, 'fit') as Promise<FitReport>;
}

/** Whether the element that has the keyboard focus is fully in sight (WCAG 2.2, 2.4.11), and what it is. */
export function focusInSight(page: Page): Promise<FocusReport | undefined> {
  return page.evaluate<FitReport | FocusReport | undefined, 'fit' | 'focus'>(probe, 'focus') as Promise<FocusReport | undefined>;
}
