// @vitest-environment node
// The help directory has one direction: data (model, source, store, import/export) → help (the
// finder's rules, ranking, words for hours) → print and map (paper, QR, sketch) → nearby (the
// screens that put them together). No arrow runs back, so each layer can be read, tested and
// replaced on its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Each layer and the layers it must never import (test files included: they show the way too). */
const FORBIDDEN: Record<string, readonly string[]> = {
  data: ['help', 'print', 'map', 'nearby'],
  help: ['print', 'map', 'nearby'],
  print: ['nearby'],
  map: ['nearby', 'print'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/u.test(name) ? [path] : [];
  });
}

/** The top-level folders of src/ that a file imports (static imports, re-exports and import()). */
function importedLayers(path: string, text = readFileSync(path, 'utf8')): string[] {
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/gu)].map((m) => m[1]!);
  return specifiers
    .map((spec) => relative(SRC, resolve(dirname(path), spec)))
    .filter((rel) => !rel.startsWith('..'))
    .map((rel) => rel.split(/[\\/]/u)[0]!);
}

describe('module direction of the help directory', () => {
  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${layer} imports none of ${forbidden.join(', ')}`, () => {
      let dir: string;
      try {
        dir = join(SRC, layer);
        statSync(dir);
      } catch {
        return; // a layer that does not exist yet has no arrows
      }
      const back = files(dir).flatMap((path) =>
        importedLayers(path)
          .filter((target) => forbidden.includes(target))
          .map((target) => `${relative(SRC, path)} → ${target}/`),
      );
      expect(back).toEqual([]);
    });
  }

  it('finds static imports, type imports, re-exports and lazy imports alike (the check itself works)', () => {
    const text = [
      "import { a } from '../print/take-away-slip';",
      "import type { B } from '../../src/nearby/place-card';",
      "export { c } from '../map/commune-map';",
      "const d = await import('../nearby/finder-panel');",
      "import { e } from './finder-answer';",
      "import f from 'preact';",
    ].join('\n');
    expect(importedLayers(join(SRC, 'help', 'x.ts'), text)).toEqual(['print', 'nearby', 'map', 'nearby', 'help']);
  });
});
