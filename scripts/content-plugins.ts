// Build-time readers of the project's content, so that adding a language or a topic never means
// regenerating a file under src/ (issue 15, §5). Used by vite.config.ts, hence by the build, the
// dev server and every Vitest project alike.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The module staff screens import the fact sheet's sources from (typed in src/staff/assisted/fact-sources.d.ts). */
export const FACT_SOURCES_MODULE = 'virtual:fact-sources';

/** The numbered "Sources" list of the fact sheet (lines "<n> <url>" under "## Sources"), as { "1": "https://…" }. */
export function sourcesOf(markdown: string): Record<string, string> {
  const section = markdown.split(/^## Sources\s*$/mu)[1] ?? '';
  return Object.fromEntries([...section.matchAll(/^(\d+) (https?:\/\/\S+)\s*$/gmu)].map((m) => [m[1]!, m[2]!]));
}

/**
 * `virtual:fact-sources`: the fact sheet's sources (docs/facts.md), read when the staff chunk is
 * built. A new fact or source is written in docs/facts.md only; nothing is copied into src/.
 */
export function factSourcesPlugin(root: string): Plugin {
  const facts = join(root, 'docs', 'facts.md');
  const resolved = `\0${FACT_SOURCES_MODULE}`;
  return {
    name: 'kiosk-fact-sources',
    resolveId: (id) => (id === FACT_SOURCES_MODULE ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      // The dev server and Vitest's watch mode reload when the fact sheet changes.
      this.addWatchFile(facts);
      return `export default ${JSON.stringify(sourcesOf(readFileSync(facts, 'utf8')))};`;
    },
  };
}

/**
 * The languages that have recorded clips (a public/audio/<lang>/manifest.json). The reader asks
 * only these for a clip: a language without a manifest simply has none (the device's voice or the
 * offline voice reads it), and no lookup ever misses the precache.
 */
export function clipLanguages(root: string): string[] {
  const audio = join(root, 'public', 'audio');
  if (!existsSync(audio)) return [];
  return readdirSync(audio)
    .filter((lang) => existsSync(join(audio, lang, 'manifest.json')))
    .sort();
}
