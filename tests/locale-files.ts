import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The locales folder of the project. */
export const localesDir = join(import.meta.dirname, '..', 'locales');

/** Language codes that have a folder in locales/, complete or partial. */
export function allLanguageFolders(): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Codes marked `"status": "partial"` in locales/languages.json (some texts only, the rest shows in French). */
export function partialLanguages(): string[] {
  const file = JSON.parse(readFileSync(join(localesDir, 'languages.json'), 'utf8')) as { languages: { code: string; status?: string }[] };
  return file.languages
    .filter((l) => l.status === 'partial')
    .map((l) => l.code)
    .sort();
}

/**
 * The languages whose texts are complete, each with a folder in locales/: every suite that reads
 * each language's texts runs over these. A partial language is checked by tests/locales.test.ts,
 * which lists what it lacks.
 */
export function languageFolders(): string[] {
  const partial = partialLanguages();
  return allLanguageFolders().filter((code) => !partial.includes(code));
}

/** Every key of a language as `namespace:dotted.path` → value (plural suffixes kept). */
export function flatKeys(lang: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (ns: string, prefix: string, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(ns, prefix ? `${prefix}.${k}` : k, v);
    } else out.set(`${ns}:${prefix}`, value);
  };
  for (const file of readdirSync(join(localesDir, lang))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    walk(file.slice(0, -5), '', JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')));
  }
  return out;
}

/** Whether a key (i18next form, default namespace "common") exists, counting plural forms. */
export function hasKey(keys: Map<string, unknown>, key: string): boolean {
  const full = key.includes(':') ? key : `common:${key}`;
  return keys.has(full) || keys.has(`${full}_one`) || keys.has(`${full}_other`);
}
