import { describe, expect, it } from 'vitest';
import { speakableText } from './speakable';

describe('speakableText: phone numbers digit by digit', () => {
  it.each([
    ['Appelez le 02 279 22 11.', 'Appelez le 0 2, 2 7 9, 2 2, 1 1.'],
    ['Numéro gratuit : 00800 2123 2123', 'Numéro gratuit : 0 0 8 0 0, 2 1 2 3, 2 1 2 3'],
    ['Tel. +32 2 524 85 21', 'Tel. plus 3 2, 2, 5 2 4, 8 5, 2 1'],
    ['GSM 0475/12.34.56', 'GSM 0 4 7 5, 1 2, 3 4, 5 6'],
    ['0475-12-34-56', '0 4 7 5, 1 2, 3 4, 5 6'],
    ['02\u00a0279\u00a022\u00a011', '0 2, 2 7 9, 2 2, 1 1'],
    ['+32 (0)2 524 85 21', 'plus 3 2, 0, 2, 5 2 4, 8 5, 2 1'],
    ['(02 279 22 11)', '(0 2, 2 7 9, 2 2, 1 1)'],
    ['022792211', '0 2 2 7 9 2 2 1 1'],
    // 6 digits from 0: read as digits, which a code needs as well.
    ['Code 012345', 'Code 0 1 2 3 4 5'],
  ])('%s', (text, spoken) => {
    expect(speakableText(text, 'fr')).toBe(spoken);
  });

  it.each([
    'Vous avez 15 jours pour changer d’avis.',
    'Depuis 2025.',
    '1 000 000 de personnes',
    'Année 2024-2025',
    'Appelez le 112 ou le 1733.',
    'Avant le 01/02/2025 ou le 01.02.25',
    'Il est 08:30.',
    'Référence A0123456',
  ])('leaves ordinary numbers alone: %s', (text) => {
    expect(speakableText(text, 'fr')).toBe(text);
  });

  it('says "+" in the language of the voice', () => {
    expect(speakableText('+32 2 524 85 21', 'nl')).toBe('plus 3 2, 2, 5 2 4, 8 5, 2 1');
    expect(speakableText('+32 2 524 85 21', 'tr-TR')).toBe('artı 3 2, 2, 5 2 4, 8 5, 2 1');
    expect(speakableText('+32 2 524 85 21', 'xx')).toBe('+ 3 2, 2, 5 2 4, 8 5, 2 1');
  });

  it('reads several numbers in one sentence, and Arabic-Indic digits too', () => {
    expect(speakableText('02 279 22 11 ou 0800 123 45', 'fr')).toBe('0 2, 2 7 9, 2 2, 1 1 ou 0 8 0 0, 1 2 3, 4 5');
    expect(speakableText('٠٢ ٢٧٩ ٢٢ ١١', 'ar')).toBe('٠ ٢, ٢ ٧ ٩, ٢ ٢, ١ ١');
  });
});
