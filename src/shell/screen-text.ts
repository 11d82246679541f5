/** A piece of the screen to read in one language. */
export interface Segment {
  text: string;
  lang: string;
  /** The element the text belongs to, so the reading can be highlighted on screen. */
  element: Element;
}

/** Block-level elements whose text is read as one piece (a heading, a paragraph, a button…). */
const BLOCKS = 'h1, h2, h3, p, li, button, dt, dd, legend, label, th, td, [data-speak]';

/**
 * What a person sees on the screen, in reading order, as pieces each in its own language:
 * a language name written in its own script is read in that language, a French description
 * on an English screen in French. Hidden text (aria-hidden, visually hidden controls) is skipped.
 */
export function screenSegments(root: Element, pageLang: string): Segment[] {
  const segments: Segment[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // Only the innermost blocks: a button's label is read once, not also as part of its list item.
    if (element.querySelector(BLOCKS)) continue;
    // Tools (progress, "All the steps", scroll buttons) are not what the screen says.
    if (element.closest('[aria-hidden="true"], .print-only, [hidden], [data-no-read]')) continue;
    const raw = (element as HTMLElement).innerText ?? element.textContent ?? '';
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? pageLang;
    segments.push({ text, lang: lang === root.ownerDocument.documentElement.lang ? pageLang : lang.split('-')[0]!, element });
  }
  return segments;
}
