import { describe, expect, it } from 'vitest';
import { allFlows } from '../flows/registry';
import type { FlowConfig, StepMeta } from '../flows/types';
import { pictogramsOf, textKeysOf } from '../src/runtime/flow-problems';
import { pictogramIds } from '../src/ui/pictogram';
import allow from './plain-language.allow.json';
import { flatKeys, languageFolders } from './locale-files';

/** Limits from the field report's "plain language" need (N1) and the project's rules. */
export const MAX_WORDS_PER_SCREEN = 40;
export const MAX_WORDS_PER_SENTENCE = 15;

const allowed = (id: string, rule: string) => allow.entries.some((e: { id: string; rule: string }) => e.id === id && e.rule === rule);

/** Words of a text: runs of letters or digits (an apostrophe joins: "l’hôpital" is one word). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences of a text: split at . ! ? … and line ends. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Text keys that a step puts on screen itself (the help list's places are data, not counted). */
function screenKeys(meta: StepMeta): string[] {
  return textKeysOf(meta).filter((k) => k !== meta.check?.retry && k !== meta.emptyText);
}

/** A locale value as text (every value in locales/ is a string; anything else counts as no text). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Every screen of every flow in every language, with its texts. */
function screensOf(flows: readonly FlowConfig[]) {
  return languageFolders().flatMap((lang) => {
    const keys = flatKeys(lang);
    return flows.flatMap((flow) =>
      Object.entries(flow.states).map(([step, state]) => ({
        lang,
        id: `${flow.id}/${step}`,
        meta: state.meta,
        texts: screenKeys(state.meta).map((key) => ({ key, text: textOf(keys.get(key)) })),
      })),
    );
  });
}

/** Words that push a person toward one choice; none may label an option or a step. */
const pushingWords =
  /\b(recommand|conseill|aanbevol|aangeraden|recommend|we advise|advisable|best choice|meilleur choix|beste keuze|il faut accepter|you should agree)/iu;

describe('plain language on every screen of every flow, in every language', () => {
  const all = screensOf(allFlows);

  it(`≤ ${MAX_WORDS_PER_SCREEN} words a screen`, () => {
    const over = all
      .map((s) => ({ ...s, count: s.texts.reduce((n, t) => n + words(t.text).length, 0) }))
      .filter((s) => s.count > MAX_WORDS_PER_SCREEN && !allowed(s.id, 'words-per-screen'))
      .map((s) => `${s.lang} ${s.id}: ${s.count} words`);
    expect(over).toEqual([]);
  });

  it(`≤ ${MAX_WORDS_PER_SENTENCE} words a sentence`, () => {
    const over = all.flatMap((s) =>
      s.texts.flatMap((t) =>
        sentences(t.text)
          .filter((sentence) => words(sentence).length > MAX_WORDS_PER_SENTENCE && !allowed(t.key, 'words-per-sentence'))
          .map((sentence) => `${s.lang} ${t.key}: ${words(sentence).length} words: "${sentence}"`),
      ),
    );
    expect(over).toEqual([]);
  });

  it('a pictogram on every screen and every option, each one that exists', () => {
    const missing = allFlows.flatMap((f) =>
      Object.entries(f.states).flatMap(([step, s]) =>
        pictogramsOf(s.meta)
          .filter((id) => !id || !pictogramIds.has(id))
          .map((id) => `${f.id}/${step}: "${id}"`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('every fact screen names its sources', () => {
    const factScreens: StepMeta['screen'][] = ['explain', 'compare', 'recap'];
    const unsourced = allFlows.flatMap((f) =>
      Object.entries(f.states)
        .filter(([, s]) => factScreens.includes(s.meta.screen) && !s.meta.showMarks)
        .filter(([step, s]) => (s.meta.sources ?? []).length === 0 && !allowed(`${f.id}/${step}`, 'sources'))
        .map(([step]) => `${f.id}/${step}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('no text or option pushes toward one choice', () => {
    const pushing = all.flatMap((s) => s.texts.filter((t) => pushingWords.test(t.text)).map((t) => `${s.lang} ${t.key}: "${t.text}"`));
    expect(pushing).toEqual([]);
  });
});

describe('the plain-language rules themselves', () => {
  it('count words the way a reader does', () => {
    expect(words('Chaque document reste chez l’hôpital, ou le labo.')).toHaveLength(8);
    expect(sentences('Un. Deux ? Trois !\nQuatre')).toEqual(['Un.', 'Deux ?', 'Trois !', 'Quatre']);
  });
});
