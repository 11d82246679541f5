// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allFlows } from '../../../flows/registry';
import { sourcesOf } from '../../../scripts/content-plugins';
import { glossary } from '../guide/glossary';
import { sourceUrl, sources } from './sources';

describe('the fact sheet’s numbered sources, for staff screens', () => {
  const facts = readFileSync(new URL('../../../docs/facts.md', import.meta.url), 'utf8');

  it('are read from the fact sheet in docs/ when the app is built, every one of them', () => {
    // Every numbered source, as the fact sheet writes it ("<n> <url>" under "## Sources").
    const listed = facts.split(/^## Sources\s*$/mu)[1] ?? '';
    const lines = [...listed.matchAll(/^(\d+) (https?:\/\/\S+)\s*$/gmu)];
    expect(lines.length).toBeGreaterThan(50);
    expect(Object.keys(sources)).toHaveLength(lines.length);
    for (const [, n, url] of lines) expect(sources[n!], `source ${n}`).toBe(url);
    expect(sources).toEqual(sourcesOf(facts));
  });

  it('are not a copy checked in under src/ (a new topic’s facts go in docs/facts.md only)', () => {
    expect(existsSync(new URL('./sources.json', import.meta.url))).toBe(false);
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
