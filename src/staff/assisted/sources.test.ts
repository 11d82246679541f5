// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allFlows } from '../../../flows/registry';
import { glossary } from '../guide/glossary';
import { sourceUrl, sources } from './sources';

describe('sources.json (the fact sheet’s numbered sources, for staff screens)', () => {
  it('is what scripts/build-sources.mjs makes from the fact sheet today (docs/facts.md)', () => {
    const script = fileURLToPath(new URL('../../../scripts/build-sources.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('comes from the project’s own copy of the fact sheet, so a clone without ../shared builds it', () => {
    const script = readFileSync(new URL('../../../scripts/build-sources.mjs', import.meta.url), 'utf8');
    expect(script).toContain("new URL('../docs/facts.md', import.meta.url)");
    expect(script).not.toMatch(/\.\.\/shared\b/u);
    // Every numbered source, as the fact sheet in docs/ writes it ("<n> <url>" under "## Sources").
    const facts = readFileSync(new URL('../../../docs/facts.md', import.meta.url), 'utf8');
    const listed = facts.split(/^## Sources\s*$/mu)[1] ?? '';
    for (const [n, url] of Object.entries(sources)) expect(listed, `source ${n}`).toContain(`\n${n} ${url}\n`);
  });

  it('holds web addresses only, numbered from 1 without gaps', () => {
    const numbers = Object.keys(sources).map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    for (const url of Object.values(sources)) expect(url).toMatch(/^https?:\/\/\S+$/u);
  });

  it('has every source a flow step or a glossary entry cites', () => {
    const cited = [
      ...allFlows.flatMap((f) => Object.values(f.states).flatMap((s) => s.meta.sources ?? [])),
      ...glossary.flatMap((g) => g.sources),
    ];
    expect(cited.filter((n) => sourceUrl(n) === undefined)).toEqual([]);
    expect(sourceUrl(0)).toBeUndefined();
  });
});
