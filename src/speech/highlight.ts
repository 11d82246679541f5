/**
 * Shows which sentence is being read, without touching the DOM: a CSS Custom Highlight
 * (`CSS.highlights`, Chromium ≥ 105) over the sentence's text. The app styles it with
 *
 *   ::highlight(read-aloud) { background-color: #ffe58a; color: inherit; }
 *
 * Sentences come from `splitSentences(main.innerText)`, so white space may differ from the
 * DOM's text nodes (line breaks between blocks, indentation): matching ignores all white space.
 */

/** Highlights sentences inside a root element, in reading order. */
export interface SentenceHighlighter {
  /** Highlights the sentence (searched after the previous one); false if not found or unsupported. */
  show(sentence: string): boolean;
  /** Removes the highlight and starts again from the top. */
  clear(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** The text of `root` with white space removed, and where each kept character lives. */
function squeezed(root: Node): { text: string; at: { node: Text; offset: number }[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const at: { node: Text; offset: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE|TEMPLATE)$/.test(parent.tagName)) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/u.test(data[i]!)) continue;
      text += data[i];
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}

/**
 * The DOM range of `sentence` in `root`, searching from the `from`-th non-blank character;
 * with `end`, where to search for the next sentence.
 */
export function findSentenceRange(root: Node, sentence: string, from = 0): { range: Range; end: number } | undefined {
  const wanted = sentence.replace(/\s+/gu, '');
  if (!wanted) return undefined;
  const { text, at } = squeezed(root);
  const start = text.indexOf(wanted, from);
  if (start < 0) return undefined;
  const first = at[start]!;
  const last = at[start + wanted.length - 1]!;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return { range, end: start + wanted.length };
}

/** A highlighter for the sentences of `root()` (e.g. `() => document.getElementById('main')`). */
export function createSentenceHighlighter(root: () => Node | null | undefined, name = 'read-aloud'): SentenceHighlighter {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  let from = 0;
  return {
    show(sentence) {
      const node = root();
      if (!registry || !HighlightClass || !node) return false;
      const found = findSentenceRange(node, sentence, from) ?? findSentenceRange(node, sentence, 0);
      if (!found) {
        registry.delete(name);
        return false;
      }
      from = found.end;
      registry.set(name, new HighlightClass(found.range));
      return true;
    },
    clear() {
      from = 0;
      registry?.delete(name);
    },
  };
}
