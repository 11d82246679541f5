import { describe, expect, it } from 'vitest';
import { flows } from '../../flows/registry';
import { MemoryStorage } from '../staff/access/memory-storage.fixture';
import { defaultSettings, shownTopics, type KioskSettings } from './settings';
import { COMMUNES } from '../data/import/vocabulary';
import {
  checkSettings,
  COMMUNE_NAMES,
  loadSettings,
  parseSettingsFile,
  saveSettings,
  SETTINGS_KEY,
  settingsFileName,
  settingsFileText,
} from './settings-store';

const custom: KioskSettings = {
  ...defaultSettings,
  siteKind: 'pharmacy',
  siteName: 'Pharmacie du Parvis',
  defaultLanguage: 'nl',
  languagesOffered: ['nl', 'fr', 'en'],
  idleSeconds: 60,
  communeName: 'Saint-Gilles',
  location: { lat: 50.8277, lon: 4.3457 },
  autoRead: true,
  topics: ['consent', 'shared-record'],
  printing: true,
  paperSize: 'receipt',
  inventoryUrl: 'https://example.org/inventory.json',
};

function stored(value: unknown): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(SETTINGS_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
}

describe('settings on the device', () => {
  it('are the defaults until staff save some', () => {
    expect(loadSettings(new MemoryStorage())).toEqual(defaultSettings);
    expect(loadSettings(undefined)).toEqual(defaultSettings);
  });

  it('round-trip: what is saved is what the next boot reads', () => {
    const storage = new MemoryStorage();
    expect(saveSettings(custom, storage).ok).toBe(true);
    expect(loadSettings(storage)).toEqual(custom);
  });

  it('never crash the boot: unreadable JSON, a non-object or a throwing storage give the defaults', () => {
    expect(loadSettings(stored('{not json'))).toEqual(defaultSettings);
    expect(loadSettings(stored('[1,2]'))).toEqual(defaultSettings);
    expect(loadSettings(stored('null'))).toEqual(defaultSettings);
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(loadSettings(throwing)).toEqual(defaultSettings);
  });

  it('fall back field by field: one bad value does not undo the others', () => {
    const loaded = loadSettings(
      stored({ ...custom, idleSeconds: 5, paperSize: 'A3', topics: ['no-such-topic'], location: { lat: 4.3, lon: 50.8 }, extra: 1 }),
    );
    expect(loaded.idleSeconds).toBe(defaultSettings.idleSeconds);
    expect(loaded.paperSize).toBe(defaultSettings.paperSize);
    expect(loaded.topics).toBeUndefined();
    expect(loaded.location).toBeUndefined();
    expect(loaded).not.toHaveProperty('extra');
    expect(loaded.siteName).toBe('Pharmacie du Parvis');
    expect(loaded.defaultLanguage).toBe('nl');
  });

  it('keep the default language among the languages offered', () => {
    const loaded = loadSettings(stored({ defaultLanguage: 'ar', languagesOffered: ['fr', 'nl'] }));
    expect(loaded.languagesOffered).toContain(loaded.defaultLanguage);
  });

  it('are checked strictly before saving: nothing is written when a field is wrong', () => {
    const storage = new MemoryStorage();
    const result = saveSettings({ ...custom, idleSeconds: 601 }, storage);
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'idleSeconds', code: 'range', params: { min: 30, max: 600 } }] });
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('report every problem of a hand-edited file, by field', () => {
    const result = checkSettings({
      idleSecond: 60,
      languagesOffered: [],
      paperSize: 'A3',
      inventoryUrl: 'ftp://x',
      defaultLanguage: 'xx',
      topics: ['consent', 'consent'],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual(
      [
        'idleSecond:unknownField',
        'languagesOffered:empty',
        'paperSize:unknownValue',
        'inventoryUrl:url',
        'defaultLanguage:unknownValue',
        'topics:duplicate',
      ].sort(),
    );
    expect(checkSettings({ defaultLanguage: 'ar', languagesOffered: ['fr'] })).toMatchObject({
      ok: false,
      problems: [{ field: 'defaultLanguage', code: 'defaultNotOffered' }],
    });
  });
});

describe('a settings file for a fleet', () => {
  it('exports the settings only (no staff code hash) and imports them unchanged on another kiosk', () => {
    const a = new MemoryStorage();
    a.setItem('kiosque.staff.v1', JSON.stringify({ version: 1, hash: 'SECRET-HASH', salt: 'SALT' }));
    saveSettings(custom, a);
    const file = settingsFileText(loadSettings(a), new Date('2025-01-31T10:00:00Z'));
    expect(file).not.toContain('SECRET-HASH');
    expect(file).not.toContain('kiosque.staff');
    expect(JSON.parse(file)).toMatchObject({ kind: 'kiosque-esante-settings', version: 1, exportedAt: '2025-01-31T10:00:00.000Z' });
    const parsed = parseSettingsFile(file);
    expect(parsed).toEqual({ ok: true, settings: custom });
    expect(settingsFileName(new Date('2025-01-31T10:00:00Z'))).toBe('kiosque-settings-2025-01-31.json');
  });

  it('refuses a bad file with a clear reason', () => {
    expect(parseSettingsFile('not json')).toMatchObject({ ok: false, problems: [{ code: 'notJson' }] });
    expect(parseSettingsFile('{"places":[]}')).toMatchObject({ ok: false, problems: [{ code: 'notSettingsFile' }] });
    expect(parseSettingsFile('{"kind":"kiosque-esante-settings","version":2,"settings":{}}')).toMatchObject({
      ok: false,
      problems: [{ code: 'version' }],
    });
    expect(parseSettingsFile(' '.repeat(70_000))).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
    expect(parseSettingsFile('{"kind":"kiosque-esante-settings","version":1,"settings":{"idleSeconds":"60"}}')).toMatchObject({
      ok: false,
      problems: [{ field: 'idleSeconds', code: 'type' }],
    });
  });
});

describe('communes', () => {
  it('are the 19 communes of the import vocabulary (and of the built-in inventory)', () => {
    expect(COMMUNE_NAMES).toEqual(COMMUNES.map((c) => c.fr));
  });
});

describe('topics shown on the home screen', () => {
  it('are every topic in registry order when unset, else the chosen ones in the chosen order', () => {
    expect(shownTopics(flows, undefined).map((f) => f.id)).toEqual(flows.map((f) => f.id));
    expect(shownTopics(flows, ['consent', 'shared-record']).map((f) => f.id)).toEqual(['consent', 'shared-record']);
    expect(shownTopics(flows, ['gone', 'privacy']).map((f) => f.id)).toEqual(['privacy']);
  });
});
