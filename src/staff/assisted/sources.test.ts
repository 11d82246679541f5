// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFlows } from '../../../flows/registry';
import { glossary } from '../guide/glossary';
import { sourceUrl, sources } from './sources';

describe('sources.json (the fact sheet’s numbered sources, for staff screens)', () => {
  it('is what scripts/build-sources.mjs makes from the fact sheet today', () => {
    const script = fileURLToPath(new URL('../../../scripts/build-sources.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('holds web addresses only, numbered from 1 without gaps', () => {
    const numbers = Object.keys(sources).map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const url of Object.values(sources)) expect(url).toMatch(/^https?:\/\/\S+$/u);
  });

  it('has every source a flow step or a glossary entry cites', () => {
    const cited = [...allFlows.flatMap((f) => Object.values(f.states).flatMap((s) => s.meta.sources ?? [])), ...glossary.flatMap((g) => g.sources)];
    expect(cited.filter((n) => sourceUrl(n) === undefined)).toEqual([]);
    expect(sourceUrl(0)).toBeUndefined();
  });
});
