// @vitest-environment node
//
// The project stands alone: its data (data/) and fact sheet (docs/facts.md) are its own copies
// (data/PROVENANCE.md). CI and developers may still have ../shared beside the clone, so a
// script or test that reads it again would pass there and break on a clean clone: this test
// catches such a path in code, wherever it is written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CODE_DIRS = ['src', 'flows', 'scripts', 'tests', 'bench', '.ci'];
const ROOT_FILES = ['package.json', 'vite.config.ts', 'tsconfig.json', 'index.html'];
const CODE = /\.(?:[cm]?[jt]sx?|json|html|sh)$|^run$/u;

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('dist')) return [];
    return statSync(path).isDirectory() ? filesUnder(path) : CODE.test(name) ? [path] : [];
  });
}

// A path into the sibling folder written inside a string literal (one or more "../" then "shared/"),
// or built from the parts '..' and 'shared' given one after the other to resolve() or join().
const READS_SHARED = [/['"`][^'"`\n]*\.\.\/(?:\.\.\/)*shared\//u, /['"]\.\.['"]\s*,\s*['"]shared['"]/u];

describe('a clone without ../shared', () => {
  const files = [...CODE_DIRS.flatMap((d) => filesUnder(resolve(ROOT, d))), ...ROOT_FILES.map((f) => resolve(ROOT, f))];

  it('has code and tests that never read ../shared', () => {
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      return text
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => READS_SHARED.some((re) => re.test(line)))
        .map(({ at, line }) => `${at}: ${line.trim()}`);
    });
    expect(offenders).toEqual([]);
  });

  it('has its own copies of the data and the fact sheet', () => {
    for (const file of ['data/places-brussels.csv', 'data/communes-brussels.csv', 'data/PROVENANCE.md', 'docs/facts.md']) {
      expect(statSync(resolve(ROOT, file)).size, file).toBeGreaterThan(0);
    }
  });
});
