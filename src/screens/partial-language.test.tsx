import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ScreenKind } from '../../flows/types';
import frCommon from '../../locales/fr/common.json';
import frConsent from '../../locales/fr/consent.json';
import { renderScreenKind } from '../../tests/render-kit';
import { screenKindFixtures } from './screen-kinds.fixture';

/**
 * A partial language (German here) whose translator has not reached the consent topic yet: its
 * options, both sides of the comparison and the recap show in French. Each such text says so
 * (lang="fr" dir="ltr"), so the kiosk's reader and screen readers voice it in French and it runs
 * left to right — on every kind of screen, not only in the step's frame.
 */
async function germanWithoutConsent() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'de',
    fallbackLng: { de: ['fr'] },
    defaultNS: 'common',
    ns: ['common', 'consent'],
    resources: { fr: { common: frCommon, consent: frConsent }, de: { common: { step: { next: 'Weiter' } } } },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** Every element that holds a text of the step itself (not the frame's), with its lang. */
function textsOf(kind: ScreenKind, container: Element): { text: string; lang: string | null }[] {
  const selector: Record<string, string> = {
    choice: '.options .btn__label > span',
    compare: '.compare__title, .compare__cell > span:not(.compare__side)',
    recap: '.recap__item > span > span:not(.print-only)',
  };
  return [...container.querySelectorAll<HTMLElement>(selector[kind]!)].map((e) => ({
    text: e.textContent ?? '',
    lang: e.getAttribute('lang'),
  }));
}

describe('a screen in a partial language marks what it shows in French', () => {
  for (const kind of ['choice', 'compare', 'recap'] as const) {
    it(`${kind}: every option, point or line borrowed from French says lang="fr"`, async () => {
      const i18n = await germanWithoutConsent();
      const { container } = renderScreenKind(kind, screenKindFixtures[kind], i18n);
      const texts = textsOf(kind, container);
      expect(texts.length, `${kind}: texts found`).toBeGreaterThan(1);
      expect(texts.filter((t) => t.lang !== 'fr').map((t) => t.text)).toEqual([]);
    });
  }
});
