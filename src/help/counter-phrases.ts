import type { TFunction } from 'i18next';

/** The counter's languages in Brussels: the person's own comes first, then French and Dutch (and English for a French or Dutch speaker). */
export function counterLanguages(lang: string): string[] {
  return [...new Set([lang, 'fr', 'nl', 'en'])].slice(0, 3);
}

/**
 * What the person needs, in one language (`t` fixed to it), from fixed phrases only: one sentence
 * per need ("I would like help with my eID card and its PIN code.") and "I speak Turkish." No
 * free text, nothing about the person. Shown on the counter card and printed on the slip.
 */
export function counterPhrases(t: TFunction, lang: string, personLang: string, needIds: readonly string[]): string[] {
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(personLang) ?? personLang;
  const needs = needIds.length > 0 ? needIds : ['any'];
  return [...needs.map((id) => t(`nearby.counter.need.${id}`)), t('nearby.counter.speak', { language })];
}
