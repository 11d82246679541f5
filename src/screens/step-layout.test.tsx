import { render, screen } from '@testing-library/preact';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18nContext } from '../i18n/use-t';
import { StepLayout } from './step-layout';

/**
 * A partial language (locales/languages.json): German with its own title but not the step's
 * other texts, which show in French. A person's screen reader and the kiosk's reader must voice
 * those in French: each says its language.
 */
async function partialGerman() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'de',
    fallbackLng: { de: ['fr'] },
    defaultNS: 'common',
    ns: ['common', 'privacy'],
    resources: {
      fr: {
        privacy: { who: { title: 'Qui peut voir vos données ?', yesTitle: 'Peuvent voir', yes1: 'Vos soignants, avec votre accord' } },
      },
      de: { privacy: { who: { title: 'Wer kann Ihre Daten sehen?' } } },
    },
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('a step in a partial language', () => {
  it('shows the missing texts in French, each marked lang="fr"; its own texts carry no mark', async () => {
    const i18n = await partialGerman();
    render(
      <I18nContext.Provider value={i18n}>
        <StepLayout meta={{ title: 'privacy:who.title', lead: 'privacy:who.yesTitle', body: ['privacy:who.yes1'], pictogram: 'info' }} />
      </I18nContext.Provider>,
    );
    const heading = screen.getByRole('heading', { level: 1, name: 'Wer kann Ihre Daten sehen?' });
    expect(heading.getAttribute('lang')).toBeNull();
    for (const text of ['Peuvent voir', 'Vos soignants, avec votre accord']) {
      const element = screen.getByText(text);
      expect(element.getAttribute('lang'), text).toBe('fr');
      expect(element.getAttribute('dir'), text).toBe('ltr');
    }
  });
});
