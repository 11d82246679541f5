// A partial language (locales/languages.json "status": "partial"): what it has shows in it, what
// it lacks shows in French, and the public is not offered it until staff tick it. Dutch stands in
// for a partial language here (the real file has none), with some of its texts taken away.
import { describe, expect, it, vi } from 'vitest';
import { createI18n, loadLanguage, switchLanguage } from './i18n';
import { isPartial, languageOf, languagesOfferedByDefault } from './languages';
import { defaultSettings } from '../shell/settings';
import { USUAL_LANGUAGES } from '../staff/setup/setup-choices';

vi.mock('../../locales/languages.json', async (importOriginal) => {
  const real = (await importOriginal<{ default: { languages: { code: string }[] } }>()).default;
  return {
    default: {
      ...real,
      languages: real.languages.map((l) => (l.code === 'nl' ? { ...l, status: 'partial', offeredByDefault: true } : l)),
    },
  };
});

describe('a partial language', () => {
  it('shows each text it lacks in French, and its own texts in itself', async () => {
    const i18n = await createI18n('en');
    await switchLanguage(i18n, 'nl');
    expect(isPartial('nl')).toBe(true);
    // French came with it, for the texts Dutch lacks.
    expect(i18n.hasResourceBundle('fr', 'common')).toBe(true);
    const own = i18n.t('common:welcome.chooseLanguage');
    expect(own).toBe(i18n.getResource('nl', 'common', 'welcome.chooseLanguage'));
    // The translator has not delivered the consent topic yet.
    i18n.removeResourceBundle('nl', 'consent');
    expect(i18n.t('consent:what.title')).toBe(i18n.getResource('fr', 'consent', 'what.title'));
    expect(i18n.t('consent:what.title')).not.toBe('what.title');
  });

  it('leaves a complete language without fallback (a missing text there is a bug the tests catch)', async () => {
    const i18n = await createI18n('en');
    await loadLanguage(i18n, 'en');
    i18n.removeResourceBundle('en', 'consent');
    expect(i18n.hasResourceBundle('fr', 'consent')).toBe(false);
    expect(i18n.t('consent:what.title')).toBe('what.title');
  });

  it('is not offered to the public by default, even when its entry says so; staff may tick it', () => {
    expect(languagesOfferedByDefault()).not.toContain('nl');
    expect(defaultSettings.languagesOffered).not.toContain('nl');
    expect(USUAL_LANGUAGES).not.toContain('nl');
    expect(defaultSettings.languagesOffered).toContain('fr');
  });
});

describe('an entry of locales/languages.json', () => {
  it('needs only code, name and direction: complete, offered, no offline voice unless it names one', () => {
    expect(languageOf({ code: 'de', name: 'Deutsch', dir: 'ltr' })).toEqual({
      code: 'de',
      name: 'Deutsch',
      dir: 'ltr',
      status: 'complete',
      offeredByDefault: true,
      espeak: undefined,
      review: '',
    });
    expect(languageOf({ code: 'de', name: 'Deutsch', dir: 'ltr', status: 'partial', espeak: 'de' })).toMatchObject({
      status: 'partial',
      offeredByDefault: false,
      espeak: 'de',
    });
    expect(languageOf({ code: 'it', name: 'Italiano', dir: 'ltr', offeredByDefault: false }).offeredByDefault).toBe(false);
  });
});
