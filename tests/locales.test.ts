import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flows } from '../flows/registry';
import { textKeysOf } from '../src/runtime/flow-problems';
import languagesFile from '../locales/languages.json';
import { flatKeys, hasKey, languageFolders } from './locale-files';

const langs = languageFolders();
const reference = flatKeys('fr');

/** Every `t('literal.key')` call in the app's source. */
function keysUsedInSource(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.includes('.test.')) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\bt\('([^']+)'/g)) found.add(m[1]!);
      }
    }
  };
  walk(join(import.meta.dirname, '..', 'src'));
  return [...found].sort();
}

describe('locales', () => {
  it('has a folder for every language the picker lists, and no other', () => {
    expect(langs).toEqual(languagesFile.languages.map((l) => l.code).sort());
  });

  it.each(langs)('%s has exactly the same keys as fr', (lang) => {
    const keys = [...flatKeys(lang).keys()].sort();
    expect(keys).toEqual([...reference.keys()].sort());
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

  it.each(langs)('%s has every text key the components use', (lang) => {
    const keys = flatKeys(lang);
    expect(keysUsedInSource().filter((k) => !hasKey(keys, k))).toEqual([]);
  });
});
