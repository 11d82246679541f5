/**
 * Plain words on staff screens (issue 17): reception staff set the kiosk up between two patients.
 * Their texts in French, Dutch and English keep to the patients' limit of 15 words a sentence, and
 * never use technical jargon, except in the technical details of "Data and updates" (data.*).
 * The glossary and the helper's guide definitions live in guide.json and are not checked here.
 */
import { describe, expect, it } from 'vitest';
import { flatKeys } from './locale-files';

const STAFF_LANGUAGES = ['fr', 'nl', 'en'] as const;
const MAX_WORDS_PER_SENTENCE = 15;

/** Words no receptionist should have to read ("social worker" is a job, not a service worker). */
const JARGON = /\b(JSON|CSV|URL|latitude|longitude|IndexedDB|cache|worker|hash|UTF-8|OpenStreetMap|Id)\b/iu;
const JOB_NAMES = /\b(social worker|sociaal werker)\b/giu;
/** {{id}} and the like are filled in, never read as written. */
const PLACEHOLDERS = /\{\{[^}]*\}\}/gu;

/** Words of a text: runs of letters or digits (as tests/plain-language.test.ts counts them). */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences of a text: split at . ! ? … and line ends. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every staff text as `lang:key` → text. */
function staffTexts(): [string, string][] {
  return STAFF_LANGUAGES.flatMap((lang) =>
    [...flatKeys(lang)]
      .filter(([key, value]) => key.startsWith('staff:') && typeof value === 'string')
      .map(([key, value]): [string, string] => [`${lang}:${key.slice('staff:'.length)}`, value as string]),
  );
}

/** What is wrong with one staff text: `lang:key:rule` for each rule it breaks. */
function problemsOf(id: string, text: string): string[] {
  const key = id.split(':')[1]!;
  const out: string[] = [];
  if (sentences(text).some((s) => words(s).length > MAX_WORDS_PER_SENTENCE)) out.push(`${id}:sentence`);
  if (!key.startsWith('data.') && JARGON.test(text.replace(JOB_NAMES, '').replace(PLACEHOLDERS, ''))) out.push(`${id}:jargon`);
  return out;
}

describe('plain words on staff screens (fr, nl, en)', () => {
  const all = staffTexts().flatMap(([id, text]) => problemsOf(id, text));

  it(`≤ ${MAX_WORDS_PER_SENTENCE} words a sentence, and no jargon outside "Data and updates"`, () => {
    // The check reads the real files: hundreds of texts in each language, not an empty list.
    for (const lang of STAFF_LANGUAGES) expect(staffTexts().filter(([id]) => id.startsWith(`${lang}:`)).length).toBeGreaterThan(300);
    expect(all).toEqual([]);
  });

  it('catches a long sentence and a banned word (the checks can fail)', () => {
    expect(problemsOf('en:settings.x', 'Address of a list file (JSON or CSV)')).toEqual(['en:settings.x:jargon']);
    expect(problemsOf('en:import.x', 'The file is not in UTF-8.')).toEqual(['en:import.x:jargon']);
    expect(
      problemsOf('en:settings.x', 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.'),
    ).toEqual(['en:settings.x:sentence']);
    expect(problemsOf('en:data.x', 'The cache holds 3 MB.')).toEqual([]);
    expect(problemsOf('en:service.x', 'Social worker')).toEqual([]);
  });
});
