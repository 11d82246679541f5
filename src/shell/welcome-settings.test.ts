import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../staff/access/memory-storage.fixture';
import { loadSettings } from './settings-store';
import { loadWelcomeSettings, SETTINGS_KEY } from './welcome-settings';

/** A device whose settings entry holds `value` (a string as is, anything else as JSON). */
function stored(value: unknown): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(SETTINGS_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

// What staff may have left on a device, good and bad: the welcome screen must show the language
// and the choice of languages that the app shows once it is loaded, whatever the entry holds.
const entries: [string, unknown][] = [
  ['Dutch first, three languages', { defaultLanguage: 'nl', languagesOffered: ['nl', 'fr', 'en'] }],
  ['Arabic first, every language', { defaultLanguage: 'ar', languagesOffered: ['ar', 'fr', 'nl', 'en', 'tr', 'es', 'pt', 'ro', 'pl'] }],
  ['a default language not offered', { defaultLanguage: 'tr', languagesOffered: ['nl', 'fr'] }],
  ['an unknown default language', { defaultLanguage: 'xx', languagesOffered: ['nl', 'fr'] }],
  ['a default language that is not a string', { defaultLanguage: 3, languagesOffered: ['fr'] }],
  ['an unknown offered language', { defaultLanguage: 'nl', languagesOffered: ['nl', 'xx'] }],
  ['no language offered', { defaultLanguage: 'nl', languagesOffered: [] }],
  ['a language offered twice', { defaultLanguage: 'nl', languagesOffered: ['nl', 'nl'] }],
  ['offered languages that are not a list', { defaultLanguage: 'fr', languagesOffered: 'fr,nl' }],
  ['only the default language', { defaultLanguage: 'en' }],
  ['only the offered languages', { languagesOffered: ['en', 'fr'] }],
  ['other fields only', { siteName: 'Pharmacie', idleSeconds: 60 }],
  ['null fields', { defaultLanguage: null, languagesOffered: null }],
  ['a list, not settings', ['nl']],
  ['a number', 42],
  ['null', null],
  ['text that is not JSON', '{"defaultLanguage": "nl"'],
];

describe('the welcome screen’s settings', () => {
  it.each(entries)('are the app’s with %s', (_name, value) => {
    const all = loadSettings(stored(value));
    expect(loadWelcomeSettings(stored(value))).toEqual({ defaultLanguage: all.defaultLanguage, languagesOffered: all.languagesOffered });
  });

  it('are the defaults with nothing stored, or no storage at all', () => {
    const all = loadSettings(new MemoryStorage());
    const expected = { defaultLanguage: all.defaultLanguage, languagesOffered: all.languagesOffered };
    expect(loadWelcomeSettings(new MemoryStorage())).toEqual(expected);
    expect(loadWelcomeSettings(undefined)).toEqual(expected);
  });

  it('follow what staff saved', () => {
    expect(loadWelcomeSettings(stored({ defaultLanguage: 'nl', languagesOffered: ['nl', 'fr', 'en'] }))).toEqual({
      defaultLanguage: 'nl',
      languagesOffered: ['nl', 'fr', 'en'],
    });
  });
});
