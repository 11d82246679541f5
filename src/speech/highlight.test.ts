import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSentenceHighlighter, findSentenceRange } from './highlight';
import { splitSentences } from './sentences';

function screen(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('sentence highlight', () => {
  it('finds each sentence of the screen text in the DOM, across inline elements and odd white space', () => {
    const main = screen('<p>Étape 1 sur 8</p><h1>Votre  dossier</h1><p>Le partage est <strong>sécurisé</strong>.\n   Il sert à vous soigner.</p>');
    const sentences = splitSentences('Étape 1 sur 8\nVotre dossier\nLe partage est sécurisé. Il sert à vous soigner.');
    let from = 0;
    const found = sentences.map((s) => {
      const hit = findSentenceRange(main, s, from)!;
      from = hit.end;
      return hit.range.toString().replace(/\s+/g, ' ');
    });
    expect(found).toEqual(['Étape 1 sur 8', 'Votre dossier', 'Le partage est sécurisé.', 'Il sert à vous soigner.']);
  });

  it('takes the next occurrence of a repeated sentence', () => {
    const main = screen('<p>Oui.</p><p>Non.</p><p>Oui.</p>');
    const first = findSentenceRange(main, 'Oui.')!;
    const second = findSentenceRange(main, 'Oui.', first.end)!;
    expect(second.range.startContainer).toBe(main.children[2]!.firstChild);
  });

  it('sets a CSS highlight where the browser has them, and clears it', () => {
    const highlights = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    const main = screen('<p>Un. Deux.</p>');
    const highlighter = createSentenceHighlighter(() => main);
    expect(highlighter.show('Deux.')).toBe(true);
    expect(highlights.get('read-aloud')?.ranges[0]?.toString()).toBe('Deux.');
    expect(highlighter.show('Absent.')).toBe(false);
    expect(highlights.has('read-aloud')).toBe(false);
    highlighter.show('Un.');
    highlighter.clear();
    expect(highlights.size).toBe(0);
  });

  it('does nothing where the browser has no CSS highlights', () => {
    vi.stubGlobal('CSS', {});
    expect(createSentenceHighlighter(() => screen('<p>Un.</p>')).show('Un.')).toBe(false);
  });
});
