import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flows } from '../flows/registry';
import { textKeysOf } from '../src/runtime/flow-problems';
import languagesFile from '../locales/languages.json';
import { flatKeys, hasKey, languageFolders } from './locale-files';

const langs = languageFolders();

/** Namespaces only staff read: required in the staff languages, not in every public language. */
const STAFF_NAMESPACES = ['staff', 'guide'];
const STAFF_LANGUAGES = ['fr', 'nl', 'en'];

/** A language's keys, without the staff namespaces for a public-only language. */
function keysFor(lang: string): Map<string, unknown> {
  const keys = flatKeys(lang);
  if (STAFF_LANGUAGES.includes(lang)) return keys;
  return new Map([...keys].filter(([k]) => !STAFF_NAMESPACES.includes(k.split(':')[0]!)));
}
const reference = keysFor('fr');
const publicReference = new Map([...reference].filter(([k]) => !STAFF_NAMESPACES.includes(k.split(':')[0]!)));

/** Every `t('literal.key')` call in the app's source. */
function keysUsedInSource(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // Staff screens read the staff namespace, checked in the staff languages only.
      if (statSync(path).isDirectory()) {
        if (name !== 'staff') walk(path);
      } else if (/\.tsx?$/.test(name) && !name.includes('.test.')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\bt\('([^']+)'/g)) found.add(m[1]!);
      }
    }
  };
  walk(join(import.meta.dirname, '..', 'src'));
  return [...found].sort();
}

/** A key without its i18next plural suffix (`_zero`, `_one`, `_two`, `_few`, `_many`, `_other`). */
function pluralBase(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

describe('locales', () => {
  it('has a folder for every language the picker lists, and no other', () => {
    expect(langs).toEqual(languagesFile.languages.map((l) => l.code).sort());
  });

  it.each(langs)('%s has exactly the same keys as fr (plural forms aside)', (lang) => {
    const keys = [...new Set([...keysFor(lang).keys()].map(pluralBase))].sort();
    const expected = STAFF_LANGUAGES.includes(lang) ? reference : publicReference;
    expect(keys).toEqual([...new Set([...expected.keys()].map(pluralBase))].sort());
  });

  it.each(langs)('%s has every plural form its grammar needs', (lang) => {
    const keys = keysFor(lang);
    // The forms the kiosk's counts (0 to 10,000: seconds, places, steps) can take in this language.
    const rules = new Intl.PluralRules(lang);
    const categories = [...new Set(Array.from({ length: 10_001 }, (_, n) => rules.select(n)))];
    const expected = STAFF_LANGUAGES.includes(lang) ? reference : publicReference;
    const pluralBases = [...new Set([...expected.keys()].filter((k) => k !== pluralBase(k)).map(pluralBase))];
    const missing = pluralBases.flatMap((base) => categories.filter((c) => !keys.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it.each(langs)('%s has no empty or non-text value', (lang) => {
    const bad = [...flatKeys(lang)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(langs)('%s has every text key the flows use', (lang) => {
    const keys = flatKeys(lang);
    const used = flows.flatMap((f) => [f.tile.label, ...Object.values(f.states).flatMap((s) => textKeysOf(s.meta))]);
    expect(used.filter((k) => !hasKey(keys, k))).toEqual([]);
  });

  it.each(langs)('%s has every text key the public kiosk uses', (lang) => {
    const keys = flatKeys(lang);
    expect(keysUsedInSource().filter((k) => !hasKey(keys, k))).toEqual([]);
  });
});
