// Staff see which languages are partial (locales/languages.json "status": "partial"): in the
// set-up's language question (not ticked at first) and in the Data page's list of languages.
// Dutch stands in for a partial language here; the real file has none.
import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { parseImportFile } from '../data/import/parse-import';
import { loadStaffTexts } from '../i18n/i18n';
import { defaultSettings } from '../shell/settings';
import { MemoryStorage } from './access/memory-storage.fixture';
import DataScreen from './data-screen';
import SettingsScreen from './settings-screen';
import SetupWizard from './setup/setup-wizard';

vi.mock('../../locales/languages.json', async (importOriginal) => {
  const real = (await importOriginal<{ default: { languages: { code: string }[] } }>()).default;
  return { default: { ...real, languages: real.languages.map((l) => (l.code === 'nl' ? { ...l, status: 'partial' } : l)) } };
});

let i18n: I18n;

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

beforeEach(() => spacedPresses());

describe('a partial language, as staff see it', () => {
  it('is marked "partielle" in the set-up and not ticked at first; staff can tick it', async () => {
    render(
      <Providers i18n={i18n}>
        <SetupWizard storage={new MemoryStorage()} onDone={vi.fn()} />
      </Providers>,
    );
    for (let i = 0; i < 3; i += 1) fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    const group = screen.getAllByRole('group')[0]!;
    const dutch = within(group).getByRole('button', { name: /Nederlands/u });
    expect(dutch.textContent).toContain('(partielle)');
    expect(dutch.getAttribute('aria-pressed')).toBe('false');
    expect(within(group).getByRole('button', { name: /Français/u }).textContent).not.toContain('partielle');
    fireEvent.click(dutch);
    expect((await within(group).findByRole('button', { name: /Nederlands/u })).getAttribute('aria-pressed')).toBe('true');
  });

  it('is marked "partielle" beside its box in More settings', () => {
    render(
      <Providers i18n={i18n}>
        <SettingsScreen storage={new MemoryStorage()} onSaved={vi.fn()} />
      </Providers>,
    );
    expect(screen.getByRole('checkbox', { name: /Nederlands/u }).closest('label')!.textContent).toContain('(partielle)');
    expect(screen.getByRole('checkbox', { name: /Français/u }).closest('label')!.textContent).not.toContain('partielle');
  });

  it('says on the Data page that its missing texts show in French', () => {
    render(
      <Providers i18n={i18n}>
        <DataScreen
          db={undefined}
          settings={defaultSettings}
          deps={{ fetch: vi.fn(), online: () => false, parse: parseImportFile, now: () => new Date() }}
        />
      </Providers>,
    );
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(row('Nederlands').textContent).toContain('Traduction partielle : les textes manquants sont en français');
    expect(row('Français').textContent).toContain('Tous traduits');
  });
});
