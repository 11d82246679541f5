import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import inventory from '../public/data/inventory.json';
import { placeFromBuiltIn, type BuiltInInventory } from '../src/data/place';
import { answerNeed, communeIndex } from '../src/help/finder';
import { needs } from '../src/help/needs';

/**
 * Can a person act on the first cards the finder shows? For every kiosk commune × need chip ×
 * language (the person living in the kiosk's commune), counts how many of the first three cards
 * (own commune, by phone, in the language, others — the screen's order) have a street address or
 * a phone, and how many answers are empty. Writes the table to docs/finder-reach.md.
 */
const inv = inventory as BuiltInInventory;
const communes = communeIndex(inv.communes);
const places = [...inv.places.map((p) => placeFromBuiltIn(p, true)), ...inv.directoryOnly.map((p) => placeFromBuiltIn(p, false))];
const LANGUAGES = ['fr', 'nl', 'tr', 'ar'] as const;
const FIRST = 3;
// A fixed moment: the table must not change from one run to the next.
const now = new Date('2026-12-01T10:00');

interface Cell {
  commune: string;
  need: string;
  lang: string;
  /** Cards in the answer (all groups). */
  cards: number;
  /** Reachable cards among the first three. */
  reachable: number;
  /** Cards among the first three (fewer than 3 when the answer is short). */
  shown: number;
  /** What the data allows: reachable places this person may be sent to (at most 3). */
  allowed: number;
}

const communeNames = [...inv.communes].map((c) => c.nameFr).sort((a, b) => a.localeCompare(b, 'fr'));
const cells: Cell[] = communeNames.flatMap((commune) =>
  needs.flatMap((need) =>
    LANGUAGES.map((lang): Cell => {
      const a = answerNeed(
        places,
        { needs: [need.id], topicServices: [], language: lang, openNow: false, residence: { kind: 'commune', communeName: commune } },
        { communes, location: { communeName: commune }, now },
      );
      const all = [...a.yourCommune, ...a.byPhone, ...a.inLanguage, ...a.others];
      const first = all.slice(0, FIRST);
      return {
        commune,
        need: need.id,
        lang,
        cards: all.length,
        reachable: first.filter((f) => f.reachable).length,
        shown: first.length,
        allowed: Math.min(FIRST, all.filter((f) => f.reachable).length),
      };
    }),
  ),
);

/** ≥ 2 of 3 reachable, or as many as the data allows when it allows fewer. */
const target = (c: Cell) => Math.min(2, c.allowed);

function table(): string {
  const empty = cells.filter((c) => c.cards === 0).length;
  const twoOrMore = cells.filter((c) => c.reachable >= 2).length;
  const short = cells.filter((c) => c.reachable < target(c));
  const limited = cells.filter((c) => c.allowed < 2);
  const byNeed = needs.map((n) => {
    const mine = cells.filter((c) => c.need === n.id);
    const mean = mine.reduce((s, c) => s + c.reachable, 0) / mine.length;
    return `| ${n.id} | ${mine.length} | ${mine.filter((c) => c.cards === 0).length} | ${mine.filter((c) => c.reachable >= 2).length} | ${mine.filter((c) => c.reachable === 3).length} | ${mean.toFixed(2)} | ${mine.filter((c) => c.allowed < 2).length} |`;
  });
  const head = `| commune | ${needs.flatMap((n) => LANGUAGES.map((l) => `${n.id} ${l}`)).join(' | ')} |`;
  const rule = `| --- | ${needs.flatMap(() => LANGUAGES.map(() => '---')).join(' | ')} |`;
  const rows = communeNames.map((commune) => {
    const mine = cells.filter((c) => c.commune === commune);
    return `| ${commune} | ${mine.map((c) => (c.cards === 0 ? '∅' : `${c.reachable}/${c.shown}${c.allowed < 2 ? '*' : ''}${c.reachable < target(c) ? ' !' : ''}`)).join(' | ')} |`;
  });
  return [
    '# Can a person act on the first cards of the finder?',
    '',
    'Written by `tests/finder-reach.test.ts` from the built-in data (`public/data/inventory.json`); do not edit by hand.',
    'For each kiosk commune × need chip × language, the person living in the kiosk’s commune: how many of the first',
    'three cards (own commune, by phone, in the language, others — the order on screen) have a street address or a phone.',
    '',
    `- Answers: ${cells.length} (${communeNames.length} communes × ${needs.length} needs × ${LANGUAGES.length} languages).`,
    `- Empty answers: ${empty}.`,
    `- At least 2 of the first 3 cards reachable: ${twoOrMore} of ${cells.length}.`,
    `- Fewer than the data allows (target: 2, or all the reachable places when there are fewer): ${short.length}.`,
    `- Answers where the data has fewer than 2 reachable places the person may go to: ${limited.length}` +
      (limited.length ? ` (${[...new Set(limited.map((c) => `${c.need} in ${c.commune}`))].join('; ')}).` : '.'),
    '',
    '| need | answers | empty | ≥ 2 of 3 reachable | 3 of 3 | mean reachable of first 3 | data allows < 2 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...byNeed,
    '',
    'Cell: reachable / cards among the first three. `*` the data has fewer than 2 reachable places for this person; `!` below what the data allows; `∅` empty.',
    '',
    head,
    rule,
    ...rows,
    '',
  ].join('\n');
}

describe('the finder’s first cards, every kiosk commune × need × language', () => {
  const markdown = table();
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'finder-reach.md'), markdown);

  it('never gives an empty answer', () => {
    expect(cells.filter((c) => c.cards === 0).map((c) => `${c.need} ${c.lang} in ${c.commune}`)).toEqual([]);
  });

  it('puts at least 2 reachable places among the first 3 cards wherever the data allows', () => {
    expect(
      cells
        .filter((c) => c.reachable < target(c))
        .map((c) => `${c.need} ${c.lang} in ${c.commune}: ${c.reachable} of ${c.shown}, data allows ${c.allowed}`),
    ).toEqual([]);
  });
});
