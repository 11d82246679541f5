import { describe, expect, it } from 'vitest';
import { allFlows } from '../flows/registry';
import type { AnyContent, StepMeta } from '../flows/types';
import { flatKeys, languageFolders } from './locale-files';

/**
 * Issue 14: a patient step's body text — everything but its heading and its buttons — holds at
 * most 30 words, in every language, for every topic. A step that does not fit is cut, not split
 * in two (more taps lose people too). The 40-words-a-screen rule (plain-language.test.ts) still
 * counts heading and buttons as well.
 */
export const MAX_BODY_WORDS = 30;

/** Words as plain-language.test.ts counts them (importing that file would run its tests here too). */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

/**
 * The text keys of a step's body: the small lead line, the paragraphs, the recap's points, the
 * comparison's points, the text shown when nothing was marked and the keypad's warning. Not the
 * heading (`title`), the column headings, the option buttons, the Next label, the retry line
 * (shown on another step) or the keypad's key names.
 */
export function bodyKeysOf(meta: StepMeta<AnyContent>): string[] {
  return [
    ...(meta.lead ? [meta.lead] : []),
    ...(meta.body ?? []),
    ...(meta.items ?? []).map((i) => i.text),
    ...(meta.columns ? [...meta.columns.left.items, ...meta.columns.right.items] : []),
    ...(meta.emptyText ? [meta.emptyText] : []),
    ...(meta.keypad ? [meta.keypad.texts.warning] : []),
  ];
}

/** A locale value as text (every value in locales/ is a string; anything else counts as no text). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Body words of every step of every topic in one language, over the limit. */
function overLimit(lang: string): string[] {
  const keys = flatKeys(lang);
  return allFlows.flatMap((flow) =>
    Object.entries(flow.states).flatMap(([step, state]) => {
      const count = bodyKeysOf(state.meta).reduce((n, key) => n + words(textOf(keys.get(key))).length, 0);
      return count > MAX_BODY_WORDS ? [`${flow.id}/${step}: ${count} words`] : [];
    }),
  );
}

describe(`the body text of every step is at most ${MAX_BODY_WORDS} words`, () => {
  it.each(languageFolders())('%s', (lang) => {
    expect(overLimit(lang)).toEqual([]);
  });

  it('counts the points of a comparison and a recap, not the heading or the buttons', () => {
    const meta: StepMeta<AnyContent> = {
      screen: 'compare',
      title: 't',
      pictogram: 'p',
      columns: { left: { title: 'lt', items: ['a', 'b'] }, right: { title: 'rt', items: ['c'] } },
      options: [{ id: 'x', label: 'o', pictogram: 'p' }],
    };
    expect(bodyKeysOf(meta)).toEqual(['a', 'b', 'c']);
  });
});
