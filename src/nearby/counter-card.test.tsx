import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { counterLanguages } from '../help/counter-phrases';
import { CounterCard } from './counter-card';

let i18n: I18n;
beforeEach(async () => {
  i18n = await testI18n('fr');
  spacedPresses();
});

async function show(lang: string, needIds: string[]) {
  await i18n.changeLanguage(lang);
  const onBack = vi.fn();
  render(
    <Providers i18n={i18n}>
      <CounterCard needIds={needIds} onBack={onBack} />
    </Providers>,
  );
  return onBack;
}

const phrase = (lang: string, key: string, values?: Record<string, unknown>) => String(i18n.t(key, { lng: lang, ...values }));

describe('"Show this at the counter"', () => {
  it('says the need in Turkish, French and Dutch, each block in its own language', async () => {
    const onBack = await show('tr', ['eid']);
    const blocks = ['Türkçe', 'Français', 'Nederlands'].map((name) => screen.getByRole('region', { name }));
    expect(blocks.map((b) => [b.getAttribute('lang'), b.getAttribute('dir')])).toEqual([
      ['tr', 'ltr'],
      ['fr', 'ltr'],
      ['nl', 'ltr'],
    ]);
    const [tr, fr, nl] = blocks as [HTMLElement, HTMLElement, HTMLElement];
    expect(tr.textContent).toContain(phrase('tr', 'nearby.counter.need.eid'));
    expect(tr.textContent).toContain('Türkçe konuşuyorum.');
    expect(fr.textContent).toContain(phrase('fr', 'nearby.counter.need.eid'));
    expect(fr.textContent).toContain('Je parle turc.');
    expect(nl.textContent).toContain(phrase('nl', 'nearby.counter.need.eid'));
    expect(nl.textContent).toContain('Ik spreek Turks.');
    // Fixed phrases only: each block is exactly its phrases (plus the language's name).
    for (const [block, lang] of [
      [tr, 'tr'],
      [fr, 'fr'],
      [nl, 'nl'],
    ] as const) {
      const language = new Intl.DisplayNames([lang], { type: 'language' }).of('tr');
      const said = within(block)
        .getAllByText(/./, { selector: '.counter__phrase' })
        .map((p) => p.textContent);
      expect(said).toEqual([phrase(lang, 'nearby.counter.need.eid'), phrase(lang, 'nearby.counter.speak', { language })]);
    }
    fireEvent.click(screen.getByRole('button', { name: phrase('tr', 'nearby.counter.back') }));
    expect(onBack).toHaveBeenCalled();
  });

  it('in Arabic, the Arabic block reads right to left and the French and Dutch ones left to right', async () => {
    await show('ar', ['social', 'health']);
    const ar = screen.getByRole('region', { name: 'العربية' });
    expect(ar.getAttribute('dir')).toBe('rtl');
    expect(ar.getAttribute('lang')).toBe('ar');
    expect(ar.textContent).toContain(phrase('ar', 'nearby.counter.need.social'));
    expect(ar.textContent).toContain(phrase('ar', 'nearby.counter.need.health'));
    expect(screen.getByRole('region', { name: 'Français' }).getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('region', { name: 'Nederlands' }).textContent).toContain('Ik spreek Arabisch.');
  });

  it('for a French or Dutch speaker: French, Dutch and English; always French and Dutch', () => {
    expect(counterLanguages('fr')).toEqual(['fr', 'nl', 'en']);
    expect(counterLanguages('nl')).toEqual(['nl', 'fr', 'en']);
    expect(counterLanguages('en')).toEqual(['en', 'fr', 'nl']);
    expect(counterLanguages('pl')).toEqual(['pl', 'fr', 'nl']);
  });
});
