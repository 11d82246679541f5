import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Providers, testI18n } from '../../tests/render-kit';
import { KioskDatabase } from '../data/db';
import { addCounts, dayOf } from '../data/usage-store';
import { loadStaffTexts } from '../i18n/i18n';
import CountsScreen from './counts-screen';

const downloads = vi.hoisted(() => [] as { text: string; name: string; type: string }[]);
vi.mock('./download', () => ({
  downloadText: (text: string, name: string, type: string) => downloads.push({ text, name, type }),
}));

let i18n: I18n;
let db: KioskDatabase;
let n = 0;

beforeAll(async () => {
  i18n = await testI18n('fr');
  await loadStaffTexts(i18n, 'fr');
});

const now = new Date();
const day = dayOf(now);
const daysAgo = (days: number) => dayOf(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days, 10));

beforeEach(async () => {
  downloads.length = 0;
  db = new KioskDatabase(`counts-screen-test-${++n}`);
  await addCounts(db, [
    { day, metric: 'session', count: 5 },
    { day, metric: 'session-end:stop', count: 4 },
    { day, metric: 'session-end:idle', count: 1 },
    { day, metric: 'language:nl', count: 3 },
    { day, metric: 'language:ar', count: 1 },
    { day, metric: 'topic-start:consent', count: 2 },
    { day, metric: 'topic-finish:consent', count: 1 },
    { day, metric: 'topic-abandon:consent:compare', count: 1 },
    { day, metric: 'teach-back-retry:consent:checkNever', count: 1 },
    { day, metric: 'finder-open', count: 2 },
    { day, metric: 'finder-filter:eid', count: 1 },
    { day, metric: 'finder-filter:open-now', count: 2 },
    { day, metric: 'slip-printed', count: 1 },
    { day: daysAgo(20), metric: 'session', count: 5 },
  ]);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function renderScreen() {
  render(
    <Providers i18n={i18n}>
      <CountsScreen db={db} />
    </Providers>,
  );
  await screen.findByRole('heading', { level: 2, name: 'En bref' });
}

/** The data table of the chart captioned `title`: its body rows as arrays of cell texts. */
function tableOf(title: string): string[][] {
  const figure = screen.getByRole('figure', { name: title });
  const table = within(figure).getByRole('table', { name: title });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole(/cell|rowheader/)
        .map((c) => c.textContent ?? ''),
    );
}

describe('the counts screen', () => {
  it('shows each chart as a figure with its caption, an SVG drawing and a table of the same numbers', async () => {
    await renderScreen();
    const figures = screen.getAllByRole('figure');
    expect(figures.length).toBe(7);
    for (const figure of figures) {
      expect(figure.querySelector('figcaption')?.textContent).toBeTruthy();
      const table = figure.querySelector('table');
      if (table) {
        expect(table.querySelector('caption')?.textContent).toBe(figure.querySelector('figcaption')?.textContent);
        expect(figure.querySelector('svg')?.closest('[aria-hidden="true"]')).toBeTruthy();
      }
    }
    expect(tableOf('Langues choisies')).toEqual([
      ['Nederlands (nl)', '3'],
      ['العربية (ar)', '1'],
    ]);
    expect(screen.getByRole('figure', { name: 'Langues choisies' }).querySelector('[lang="ar"]')?.textContent).toBe('العربية (ar)');
    expect(tableOf('Sujets commencés et terminés').find((r) => r[0] === 'Le consentement : votre choix')).toEqual([
      'Le consentement : votre choix',
      '2',
      '1',
    ]);
    expect(tableOf('Où l’on s’arrête : les 10 étapes les plus fréquentes')).toEqual([
      ['Le consentement : votre choix — Dire oui : le pour et le contre (compare)', '1'],
    ]);
    expect(tableOf('Questions « Ai-je bien expliqué ? » revues une deuxième fois')[0]?.[0]).toContain('(checkNever)');
    expect(tableOf('Filtres utilisés dans la liste d’aide')).toEqual([
      ['Ouvert maintenant', '2'],
      [expect.any(String), '1'],
    ]);
    const summary = screen.getByRole('region', { name: 'En bref' });
    expect(within(summary).getByText('Sessions').nextElementSibling?.textContent).toBe('10');
    expect(within(summary).getByText('Terminées par Stop').nextElementSibling?.textContent).toBe('4');
  });

  it('sessions per day over 30 days by default; 7 days leaves the older ones out; 13 months counts per month', async () => {
    await renderScreen();
    const sessions = tableOf('Sessions par jour');
    expect(sessions).toHaveLength(30);
    expect(sessions.at(-1)?.[1]).toBe('5');
    expect(sessions.reduce((n, r) => n + Number(r[1]), 0)).toBe(10);

    fireEvent.click(screen.getByRole('radio', { name: '7 derniers jours' }));
    await waitFor(() => expect(tableOf('Sessions par jour')).toHaveLength(7));
    expect(tableOf('Sessions par jour').reduce((n, r) => n + Number(r[1]), 0)).toBe(5);

    fireEvent.click(screen.getByRole('radio', { name: '13 derniers mois' }));
    await waitFor(() => expect(tableOf('Sessions par mois')).toHaveLength(13));
  });

  it('exports the period as CSV: metric, day, count, with a BOM for spreadsheets', async () => {
    await renderScreen();
    fireEvent.click(screen.getByRole('radio', { name: '7 derniers jours' }));
    await waitFor(() => expect(tableOf('Sessions par jour')).toHaveLength(7));
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger les comptages (tableur)' }));
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file!.name).toMatch(/^comptages-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect(file!.type).toBe('text/csv;charset=utf-8');
    const lines = file!.text
      .replace(/^\uFEFF/u, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('"metric","day","count"');
    expect(lines).toHaveLength(14);
    expect(lines[1]).toBe(`"session","${day}","5"`);
    expect(lines).toContain(`"language:nl","${day}","3"`);
    expect(lines.some((l) => l.includes(daysAgo(20)))).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('13 lignes');
  });

  it('one session in the period: the sentence of the rule, "fewer than 5" in place of every detail, on screen and in the CSV', async () => {
    await db.dailyUsage.clear();
    await addCounts(db, [{ day, metric: 'session', count: 1 }]);
    await renderScreen();
    expect(
      screen.getByText('Les comptages ne sont montrés qu’à partir de 5 personnes sur la période. Ainsi, personne ne peut être reconnu.'),
    ).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'En bref' });
    expect(within(summary).getByText('Sessions').nextElementSibling?.textContent).toBe('1');
    expect(within(summary).getByText('Terminées par Stop').nextElementSibling?.textContent).toBe(
      'Moins de 5 personnes : rien n’est montré.',
    );
    for (const title of ['Langues choisies', 'Sujets commencés et terminés', 'Filtres utilisés dans la liste d’aide']) {
      const figure = screen.getByRole('figure', { name: title });
      expect(figure.textContent).toContain('Moins de 5 personnes : rien n’est montré.');
      expect(within(figure).queryByRole('table')).toBeNull();
    }
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger les comptages (tableur)' }));
    expect(downloads[0]!.text.replace(/^\uFEFF/u, '')).toBe(
      `"metric","day","count"\r\n"session","${day}","1"\r\n"details","${day}","fewer than 5"\r\n`,
    );
  });

  it('says so when nothing was counted yet', async () => {
    await db.dailyUsage.clear();
    await renderScreen();
    expect(screen.getByText('Rien n’a été compté sur cette période.')).toBeTruthy();
    expect(screen.getAllByText('Rien sur cette période.').length).toBeGreaterThan(0);
  });
});
