import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records';

describe('csvRecords', () => {
  it('quotes every field, doubles inner quotes, CRLF between records', () => {
    expect(csvRecords([['name', 'note'], ['Café "Le Lien"', 'a,b\r\nc']])).toBe('"name","note"\r\n"Café ""Le Lien""","a,b\r\nc"');
  });

  it('reads back as the same fields with a CSV parser, whatever the text', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', ' ', ';', '\t', '=') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (records) => {
        expect(Papa.parse<string[]>(csvRecords(records), { newline: '\r\n', delimiter: ',' }).data).toEqual(records);
      }),
    );
  });
});
