/**
 * Shows which sentence is being read aloud, without touching the page's markup: the CSS Custom
 * Highlight API paints a range of text (Chromium 105+). Where it is missing, the whole block
 * being read gets a class instead.
 */
import './reading-highlight.css';
const NAME = 'kiosk-reading';

type HighlightRegistry = { set(name: string, value: unknown): void; delete(name: string): void };
const registry = (): HighlightRegistry | undefined =>
  (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
const HighlightCtor = (): (new (...ranges: Range[]) => unknown) | undefined =>
  (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

let marked: Element | undefined;

/** The DOM range of `sentence` inside `element`, tolerant of spacing differences; undefined when not found. */
export function rangeOf(element: Element, sentence: string): Range | undefined {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  // Folded text (runs of white space → one space) with, for each folded character, where it came from.
  let folded = '';
  const origin: { node: Text; offset: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      const ch = /\s/.test(text[i]!) ? ' ' : text[i]!;
      if (ch === ' ' && (folded.endsWith(' ') || folded === '')) continue;
      folded += ch;
      origin.push({ node, offset: i });
    }
  }
  const wanted = sentence.replace(/\s+/g, ' ').trim();
  const at = folded.indexOf(wanted);
  if (at < 0 || wanted === '') return undefined;
  const start = origin[at]!;
  const end = origin[at + wanted.length - 1]!;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

/** Highlights `sentence` inside `element` (or the element itself when the sentence can't be placed). */
export function highlightReading(element: Element, sentence: string): void {
  clearReadingHighlight();
  const reg = registry();
  const Ctor = HighlightCtor();
  const range = reg && Ctor ? rangeOf(element, sentence) : undefined;
  if (reg && Ctor && range) {
    reg.set(NAME, new Ctor(range));
    return;
  }
  element.classList.add('is-reading');
  marked = element;
}

/** Removes any reading highlight. */
export function clearReadingHighlight(): void {
  registry()?.delete(NAME);
  marked?.classList.remove('is-reading');
  marked = undefined;
}
