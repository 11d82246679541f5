import { describe, expect, it } from 'vitest';
import inventory from '../../../public/data/inventory.json';
import type { BuiltInInventory } from '../place';
import { builtInPlaces } from '../inventory-store';
import { neutraliseFormula, unneutraliseFormula } from './formula';
import { cleanText, isValidPlace, slugify, uniqueId } from './validate';
import { COMMUNES, communeFr } from './vocabulary';

const builtIn = builtInPlaces(inventory as BuiltInInventory);

describe('vocabulary', () => {
  it('has the same 19 communes as the built-in inventory', () => {
    const fromFile = (inventory as BuiltInInventory).communes.map((c) => ({ fr: c.nameFr, nl: c.nameNl, postalCodes: c.postalCodes }));
    expect(COMMUNES).toEqual(fromFile);
  });

  it('finds a commune by its French or Dutch name, whatever the case and accents', () => {
    expect(communeFr('SCHAARBEEK')).toBe('Schaerbeek');
    expect(communeFr('sint gillis')).toBe('Saint-Gilles');
    expect(communeFr('Ville de Bruxelles')).toBe('Bruxelles');
    expect(communeFr('Namur')).toBeUndefined();
  });
});

describe('cleanText', () => {
  it('is idempotent', () => {
    for (const s of ['  a \u0000 b ', 'x\r\ny\u2028z', '\u202Eabc', 'a\uD800b', '\uFEFFname']) {
      for (const multiline of [true, false]) {
        const once = cleanText(s, multiline).text;
        expect(cleanText(once, multiline).text).toBe(once);
      }
    }
  });

  it('removes lone surrogate halves, keeps real pairs', () => {
    expect(cleanText('a\uD800b😀', false).text).toBe('ab😀');
  });
});

describe('ids', () => {
  it('makes slugs from names', () => {
    expect(slugify('Maison médicale « Le Noyer »')).toBe('maison-medicale-le-noyer');
    expect(slugify('漢字')).toBe('place');
  });

  it('makes a unique id', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueId('a', taken)).toBe('a-3');
    expect(taken.has('a-3')).toBe(true);
  });
});

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+32', "'+32"],
    ['-5', "'-5"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ["'=x", "''=x"],
    ["'t Hoekske", "'t Hoekske"],
    ['plain', 'plain'],
    ['', ''],
  ])('%j is exported as %j and read back', (cell, exported) => {
    expect(neutraliseFormula(cell)).toBe(exported);
    expect(unneutraliseFormula(exported)).toBe(cell);
  });
});

describe('isValidPlace', () => {
  it('accepts every built-in place', () => {
    expect(builtIn.map((p) => [p.id, isValidPlace(p)]).filter(([, ok]) => !ok)).toEqual([]);
  });

  it.each([
    ['an unsafe website', { website: 'javascript:alert(1)' }],
    ['a name with a control character', { name: 'a\u0000b' }],
    ['an untrimmed name', { name: ' a' }],
    ['a blank name', { name: '' }],
    ['an unknown commune', { commune: 'Namur' }],
    ['half coordinates', { lat: 50.8, lon: null }],
    ['an unknown category', { category: 'culture' }],
    ['a bad id', { id: 'A B' }],
    ['an empty description', { description: { fr: '' } }],
    ['a non-boolean public flag', { publicListing: 'yes' }],
  ])('refuses %s', (_label, change) => {
    expect(isValidPlace({ ...builtIn[0], ...change })).toBe(false);
  });
});
