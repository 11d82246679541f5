// Which characters each self-hosted font keeps (used by scripts/build-fonts.mjs and checked by
// tests/fonts.test.ts). Unicode ranges are those of the @fontsource packages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT_RANGE =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';

/** Every character of the given code point ranges, e.g. `span(0x20, 0x7e)`. */
const span = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

// Whole alphabets, so that a name staff type or import still draws in the kiosk's font.
const LATIN_ALPHABET = span(0x20, 0x7e) + span(0xa0, 0xff) + 'ıŒœ‐‑–—‘’‚“”„…•‹›€ \u202f\u2009\u200b\u2060';
// Latin Extended-A (Polish, Romanian, Turkish, Czech, Hungarian… letters) and Romanian ș ț.
const LATIN_EXT_ALPHABET = span(0x100, 0x17f) + span(0x218, 0x21b);
// The Arabic letters, marks, digits and punctuation (the font's shaping rules bring the joined forms).
// Atkinson Hyperlegible is a display choice for Latin texts; any character it lacks is drawn by
// Noto Sans, next in the font stack (src/styles/themes.css). Every Latin cut keeps whole
// alphabets (Latin-1 here, Latin Extended-A in the latin-ext cuts), not only the letters of
// today's texts: a new Latin-script language (German, Italian, Czech…) then needs no new cut.
const ARABIC_ALPHABET = '،؛؟' + span(0x621, 0x63a) + span(0x640, 0x655) + span(0x660, 0x66d) + 'ٰ' + '\u200c\u200d\u200e';

/** @typedef {{ package: string; file: string; family: string; weight: number; unicodeRange: string; alphabet: string }} Face */

/** @type {Face[]} */
export const FACES = [
  {
    package: '@fontsource/noto-sans',
    file: 'noto-sans-latin-400-normal.woff2',
    family: 'Noto Sans',
    weight: 400,
    unicodeRange: LATIN_RANGE,
    alphabet: LATIN_ALPHABET,
  },
  {
    package: '@fontsource/noto-sans',
    file: 'noto-sans-latin-700-normal.woff2',
    family: 'Noto Sans',
    weight: 700,
    unicodeRange: LATIN_RANGE,
    alphabet: LATIN_ALPHABET,
  },
  {
    package: '@fontsource/noto-sans',
    file: 'noto-sans-latin-ext-400-normal.woff2',
    family: 'Noto Sans',
    weight: 400,
    unicodeRange: LATIN_EXT_RANGE,
    alphabet: LATIN_EXT_ALPHABET,
  },
  {
    package: '@fontsource/noto-sans',
    file: 'noto-sans-latin-ext-700-normal.woff2',
    family: 'Noto Sans',
    weight: 700,
    unicodeRange: LATIN_EXT_RANGE,
    alphabet: LATIN_EXT_ALPHABET,
  },
  {
    package: '@fontsource/noto-sans-arabic',
    file: 'noto-sans-arabic-arabic-400-normal.woff2',
    family: 'Noto Sans Arabic',
    weight: 400,
    unicodeRange: ARABIC_RANGE,
    alphabet: ARABIC_ALPHABET,
  },
  {
    package: '@fontsource/atkinson-hyperlegible',
    file: 'atkinson-hyperlegible-latin-400-normal.woff2',
    family: 'Atkinson Hyperlegible',
    weight: 400,
    unicodeRange: LATIN_RANGE,
    alphabet: LATIN_ALPHABET,
  },
  {
    package: '@fontsource/atkinson-hyperlegible',
    file: 'atkinson-hyperlegible-latin-700-normal.woff2',
    family: 'Atkinson Hyperlegible',
    weight: 700,
    unicodeRange: LATIN_RANGE,
    alphabet: LATIN_ALPHABET,
  },
];

/** Parses a CSS unicode-range list into [from, to] code point pairs. */
export function parseRange(range) {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** Whether a character falls in a face's unicode-range (the browser uses the face only there). */
export function inRange(face, char) {
  const cp = char.codePointAt(0);
  return parseRange(face.unicodeRange).some(([from, to]) => cp >= from && cp <= to);
}

function filesUnder(dir, test) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, test);
    return test(path) ? [path] : [];
  });
}

function stringsOf(value, into) {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

/**
 * Every character the kiosk can show from its own sources: the texts of every language, the
 * built-in inventory, and the strings the style sheets draw (`content: '…'`).
 */
export function kioskCharacters(root) {
  const chars = new Set();
  const add = (text) => {
    for (const c of text) chars.add(c);
  };
  for (const file of filesUnder(join(root, 'locales'), (p) => p.endsWith('.json')))
    for (const s of stringsOf(JSON.parse(readFileSync(file, 'utf8')), [])) add(s);
  for (const s of stringsOf(JSON.parse(readFileSync(join(root, 'public/data/inventory.json'), 'utf8')), [])) add(s);
  for (const file of filesUnder(join(root, 'src'), (p) => p.endsWith('.css') && !p.includes('/styles/fonts'))) {
    for (const [, text] of readFileSync(file, 'utf8').matchAll(/content:\s*'([^']*)'/g)) add(text);
  }
  return chars;
}

/** The characters a face is cut for: those used or in its alphabet, within its unicode-range, sorted. */
export function charactersFor(face, used) {
  const all = new Set([...used, ...face.alphabet]);
  return [...all]
    .filter((c) => c !== '\n' && c !== '\r' && c !== '\t' && inRange(face, c))
    .sort((a, b) => a.codePointAt(0) - b.codePointAt(0))
    .join('');
}
