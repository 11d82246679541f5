import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Providers, spacedPresses, testI18n } from '../../tests/render-kit';
import { loadStaffTexts } from '../i18n/i18n';
import { loadSettings } from '../shell/settings-store';
import { MemoryStorage } from './access/memory-storage.fixture';
import SettingsScreen from './settings-screen';

let i18n: I18n;
let storage: MemoryStorage;

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

beforeEach(() => {
  spacedPresses();
  storage = new MemoryStorage();
});

describe('settings: what our staff help with at the counter', () => {
  it('offers the help chips as plain-word checkboxes, none ticked by default, and saves the ticked ones in chip order', async () => {
    render(
      <Providers i18n={i18n}>
        <SettingsScreen storage={storage} />
      </Providers>,
    );
    const group = screen.getByRole('group', { name: 'Ce que notre personnel aide à faire au comptoir' });
    const boxes = within(group).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual([
      'Carte eID et code PIN',
      'Utiliser un ordinateur',
      'Questions de santé',
      'Aide sociale',
    ]);
    expect(boxes.some((b) => b.checked)).toBe(false);
    fireEvent.click(within(group).getByLabelText('Questions de santé'));
    fireEvent.click(within(group).getByLabelText('Carte eID et code PIN'));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les réglages' }));
    await screen.findByText(/Réglages enregistrés/);
    expect(loadSettings(storage).counterHelp).toEqual(['eid', 'health']);
  });
});
