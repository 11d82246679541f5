// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(name) && !name.includes('.test.') && !name.includes('.fixture.') ? [path] : [];
  });
}

describe('staff chunk boundary', () => {
  it('no public kiosk module imports staff code statically (only a lazy import() may)', () => {
    const offenders = sourceFiles(SRC)
      .filter((path) => !relative(SRC, path).startsWith('staff'))
      .filter((path) => /^\s*(?:import|export)\b[^;]*?from\s+['"][^'"]*\/staff\//mu.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SRC, path));
    expect(offenders).toEqual([]);
  });

  it('staff and import code never renders HTML from data', () => {
    const files = sourceFiles(join(SRC, 'staff')).concat(sourceFiles(join(SRC, 'data')));
    expect(files.filter((path) => readFileSync(path, 'utf8').includes('dangerouslySetInnerHTML'))).toEqual([]);
  });
});
