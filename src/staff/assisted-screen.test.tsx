import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import consent from '../../flows/consent.flow';
import { flows } from '../../flows/registry';
import { Providers, testI18n } from '../../tests/render-kit';
import { flatKeys, languageFolders } from '../../tests/locale-files';
import { loadStaffTexts } from '../i18n/i18n';
import { setUsageSink } from '../shell/usage';
import AssistedScreen from './assisted-screen';
import { sourceUrl } from './assisted/sources';

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  setUsageSink(undefined);
});

const STEPS = Object.keys(consent.states).length;
const text = (lang: string, key: string) => String(flatKeys(lang).get(key));

function renderScreen() {
  render(
    <Providers i18n={i18n}>
      <AssistedScreen />
    </Providers>,
  );
}

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const patientView = () => document.querySelector<HTMLElement>('.patient-step')!;
const chooseLanguage = (code: string) => fireEvent.change(screen.getByLabelText('Langue de la personne'), { target: { value: code } });

describe('explain together', () => {
  it('lists every topic of the kiosk', () => {
    renderScreen();
    for (const flow of flows) expect(screen.getByRole('button', { name: text('fr', flow.tile.label) })).toBeTruthy();
  });

  it('shows every step of a topic in order, the step as the person sees it, talking points and sources', async () => {
    renderScreen();
    tap(text('fr', 'consent:tile'));
    const steps = screen.getByRole('navigation', { name: /Les étapes/ });
    const titles = within(steps)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(titles).toEqual(Object.values(consent.states).map((s, i) => `${i + 1}${text('fr', s.meta.title)}`));

    // Step 1, as on the kiosk.
    expect(screen.getByRole('heading', { level: 3, name: new RegExp(`^Étape 1 sur ${STEPS}`) })).toBeTruthy();
    expect(patientView().textContent).toContain(text('fr', 'consent:what.body1'));
    expect(screen.getByText(text('fr', 'guide:talk.consent.valid'))).toBeTruthy();
    expect(screen.getByText(text('fr', 'guide:talk.consent.step.what'))).toBeTruthy();
    expect(screen.getByText(sourceUrl(17)!)).toBeTruthy();

    // Jump to the comparison: both columns, every source named.
    fireEvent.click(within(steps).getByRole('button', { name: /Le pour et le contre \(suite\)/ }));
    const view = patientView();
    for (const key of ['compare.left', 'compare.right', 'compare2.pro1', 'compare2.con2'])
      expect(view.textContent).toContain(text('fr', `consent:${key}`));
    for (const n of consent.states.compare2.meta.sources) expect(screen.getByText(sourceUrl(n)!)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(new RegExp(`^Étape 4 sur ${STEPS}`)));

    // A teach-back step names the expected answer and has no source.
    // (After the comparisons come the three locks, the link and who never sees: issue 14.)
    for (let i = 0; i < 4; i++) tap('Étape suivante');
    expect(within(steps).getByRole('button', { current: 'step' }).textContent).toContain(text('fr', 'consent:choices.title'));
    fireEvent.click(
      within(steps).getByRole('button', { name: new RegExp(text('fr', 'consent:checkNever.title').replace(/[?]/gu, '\\?')) }),
    );
    expect(patientView().querySelector('.patient-step__option--expected')?.textContent).toContain(text('fr', 'consent:checkNever.no'));
    // As on the kiosk: "Did I explain it well?" as a small line above the one question.
    expect(patientView().querySelector('.step__lead')?.textContent).toBe(text('fr', 'consent:check.lead'));
    expect(screen.getByText('Cette étape n’énonce pas de fait (question, choix ou liste d’aide).')).toBeTruthy();
  });

  it('shows the screens in the person’s language, the staff’s notes staying in theirs', async () => {
    renderScreen();
    tap(text('fr', 'consent:tile'));
    chooseLanguage('ar');
    await waitFor(() => expect(patientView().textContent).toContain(text('ar', 'consent:what.body1')));
    expect(patientView().getAttribute('lang')).toBe('ar');
    expect(patientView().getAttribute('dir')).toBe('rtl');
    expect(screen.getByText(text('fr', 'guide:talk.consent.ask'))).toBeTruthy();
  });

  it('counts nothing: going through a topic here emits no usage event', () => {
    const events: unknown[] = [];
    setUsageSink((e) => events.push(e));
    renderScreen();
    tap(text('fr', 'consent:tile'));
    for (let i = 0; i < Object.keys(consent.states).length - 1; i++) tap('Étape suivante');
    expect(events).toEqual([]);
  });
});

describe('the printable consent sheet', () => {
  it.each(languageFolders())('exists in %s, made of the consent topic’s own texts, with nothing about the person', async (lang) => {
    renderScreen();
    chooseLanguage(lang);
    tap('Feuille d’information sur le consentement à imprimer');
    const sheet = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.consent-sheet');
      expect(found?.textContent).toContain(text(lang, 'consent:compare2.con2'));
      return found!;
    });
    expect(sheet.getAttribute('lang')).toBe(lang);
    for (const key of [
      'tile',
      'what.body1',
      'compare.left',
      'compare.right',
      'compare.pro1',
      'compare.con1',
      'choices.title',
      'agree.title',
      'refuse.title',
      'nothing.title',
      'change.title',
      'exclude.title',
      'document.title',
      'online.body1',
      'desk.body1',
      'desk.body2',
    ]) {
      expect(sheet.textContent).toContain(text(lang, `consent:${key}`));
    }
    // Benefits and risks side by side, the same number of each.
    const columns = sheet.querySelectorAll('.consent-sheet__column');
    expect(columns).toHaveLength(2);
    expect(columns[0]!.querySelectorAll('li').length).toBe(columns[1]!.querySelectorAll('li').length);
    // No field, no form, no link: nothing typed, nothing about the person.
    expect(sheet.querySelectorAll('input, textarea, select, form, a').length).toBe(0);
  });

  it('prints with the browser’s print', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderScreen();
    tap('Feuille d’information sur le consentement à imprimer');
    await waitFor(() => expect(document.querySelector('.consent-sheet')).toBeTruthy());
    tap('Imprimer la feuille');
    expect(print).toHaveBeenCalledOnce();
  });
});
