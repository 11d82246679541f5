import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flows } from '../flows/registry';
import { textKeysOf } from '../src/runtime/flow-problems';
import languagesFile from '../locales/languages.json';
import { languages, languagesOfferedByDefault } from '../src/i18n/languages';
import { allLanguageFolders, flatKeys, hasKey, languageFolders, partialLanguages } from './locale-files';

/** The complete languages: every check below holds for each. */
const langs = languageFolders();
/** The partial languages: what they have must be right; what they lack is listed, not failed. */
const partial = partialLanguages();

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
    expect(allLanguageFolders()).toEqual(languagesFile.languages.map((l) => l.code).sort());
  });

  it('describes each language fully in languages.json (name, direction, status, offline voice)', () => {
    const entries = languagesFile.languages as Record<string, unknown>[];
    const bad = entries.flatMap((l) => {
      const problems: string[] = [];
      if (typeof l['name'] !== 'string' || !l['name']) problems.push('name');
      if (l['dir'] !== 'ltr' && l['dir'] !== 'rtl') problems.push('dir: "ltr" or "rtl"');
      if (l['status'] !== undefined && l['status'] !== 'complete' && l['status'] !== 'partial')
        problems.push('status: "complete" or "partial"');
      if (l['espeak'] !== undefined && (typeof l['espeak'] !== 'string' || !/^[a-z]{2,3}(-[a-z0-9]+)*$/u.test(l['espeak'])))
        problems.push('espeak: an eSpeak NG voice id such as "de" or "fr-be"');
      return problems.map((p) => `${String(l['code'])}: ${p}`);
    });
    expect(bad).toEqual([]);
    expect(languages.find((l) => l.code === 'fr')?.status, 'French is the reference every language falls back to').toBe('complete');
  });

  it('offers a partial language to the public only when staff tick it', () => {
    expect(languagesOfferedByDefault().filter((code) => partial.includes(code))).toEqual([]);
    expect(languagesOfferedByDefault()).toEqual(languages.filter((l) => l.status === 'complete' && l.offeredByDefault).map((l) => l.code));
  });

  it.each(partial)('%s (partial) has only keys fr has, none empty; what it still lacks is listed here', (lang) => {
    const keys = keysFor(lang);
    const expected = new Set([...(STAFF_LANGUAGES.includes(lang) ? reference : publicReference).keys()].map(pluralBase));
    const have = new Set([...keys.keys()].map(pluralBase));
    // A key fr does not have is a typo: it would never be shown.
    expect([...have].filter((k) => !expected.has(k))).toEqual([]);
    expect([...flatKeys(lang)].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
    const lacking = [...expected].filter((k) => !have.has(k));
    const byFile = new Map<string, number>();
    for (const key of lacking) byFile.set(key.split(':')[0]!, (byFile.get(key.split(':')[0]!) ?? 0) + 1);
    // Information for the translator and the team, not a failure: these texts show in French.
    console.info(
      `${lang} is partial: ${have.size} of ${expected.size} texts; still in French: ${[...byFile].map(([ns, n]) => `${ns}.json (${n})`).join(', ') || 'nothing'}`,
    );
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
