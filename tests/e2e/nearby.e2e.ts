/**
 * "Help nearby" as a Turkish speaker from Schaerbeek who needs help with the eID card sees it, in
 * the built app: the question "Where do you live?", the town hall of their own commune first and
 * marked for its residents (no other commune's), DocStop by phone, the card to show at the
 * counter in Turkish, French and Dutch, and the answer forgotten at Stop.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchKiosk, openKiosk, shown, stopAndWipe, tap, text, type Kiosk, startSession } from './kiosk';

let kiosk: Kiosk;
let page: Page;

beforeAll(async () => {
  kiosk = await launchKiosk({ viewport: { width: 800, height: 1280 }, serviceWorkers: 'block' });
  page = kiosk.page;
});

afterAll(async () => {
  await kiosk.close();
});

const TR = (key: string) => text('tr', key);
const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
/** Town halls and administrative centres of the 19 communes (residents only), by their names in the inventory. */
const TOWN_HALL = /^(Commune d|Ville de Bruxelles)/;

/** From the welcome screen: Türkçe, "Help nearby", the eID chip. */
async function turkishEidHelp(): Promise<void> {
  await startSession(page, 'tr', { open: false });
  await tap(button(TR('controls.help')));
  await tap(button(TR('finder.need.eid')));
}

test('a Turkish speaker from Schaerbeek who needs help with the eID: own town hall first, DocStop, the counter card, forgotten at Stop', async () => {
  await openKiosk(page);
  await turkishEidHelp();

  // "Where do you live?" before any place: the 19 communes with both names, and the two other answers.
  await shown(page.getByRole('heading', { level: 2, name: TR('nearby.residence.title') }));
  expect(await page.getByRole('article').count()).toBe(0);
  await shown(button(TR('nearby.residence.outside')));
  await shown(button(TR('nearby.residence.unsaid')));
  await tap(button('Schaerbeek Schaarbeek'));

  // The first card: Schaerbeek's town hall, for the people who live there.
  const first = page.getByRole('article').first();
  await shown(first);
  expect(await first.getByRole('heading', { level: 3 }).innerText()).toContain('Commune de Schaerbeek');
  expect(await first.innerText()).toContain(TR('nearby.residentsOnly').replace('{{commune}}', 'Schaerbeek'));
  // No other commune's town hall anywhere on the page.
  const names = await page.getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();
  expect(names.filter((n) => TOWN_HALL.test(n.trim()))).toEqual([expect.stringContaining('Schaerbeek')]);
  // DocStop, by phone, with its right number.
  const docstop = page.getByRole('article').filter({ hasText: 'DocStop' });
  await shown(docstop);
  expect(await docstop.innerText()).toContain('00800 2123 2123');
  // The list never opens with "0 found".
  expect(await page.locator('main').innerText()).not.toMatch(/\b0 yer/);

  // "Show this at the counter": Turkish, French and Dutch, each in its own language.
  await tap(first.getByRole('button', { name: TR('nearby.counter.open') }));
  const blocks = {
    tr: page.getByRole('region', { name: 'Türkçe' }),
    fr: page.getByRole('region', { name: 'Français' }),
    nl: page.getByRole('region', { name: 'Nederlands' }),
  };
  for (const [lang, block] of Object.entries(blocks)) {
    await shown(block);
    expect(await block.getAttribute('lang')).toBe(lang);
    expect(await block.innerText()).toContain(text(lang, 'nearby.counter.need.eid'));
  }
  expect(await blocks.tr.innerText()).toContain('Türkçe konuşuyorum.');
  expect(await blocks.fr.innerText()).toContain('Je parle turc.');
  expect(await blocks.nl.innerText()).toContain('Ik spreek Turks.');
  // The list is hidden behind it (not read aloud), and comes back as it was.
  expect(await page.getByRole('article').count()).toBe(0);
  await tap(button(TR('nearby.counter.back')));
  await shown(page.getByRole('article').first());
  expect(await page.getByRole('article').first().getByRole('heading', { level: 3 }).innerText()).toContain('Commune de Schaerbeek');

  // Stop: the next person is asked again.
  await stopAndWipe(page, 'tr');
  await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
  await turkishEidHelp();
  await shown(page.getByRole('heading', { level: 2, name: TR('nearby.residence.title') }));
  expect(await page.getByRole('article').count()).toBe(0);
  expect(kiosk.errors).toEqual([]);
}, 90_000);
