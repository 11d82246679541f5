/**
 * Staff make the list true: on kiosk A, "Check the places near this kiosk" → a place → the
 * hours editor (Mo–Fr 09:00–12:00) → saved "by phone" → the public Help nearby card says so.
 * Then two kiosks (two browser profiles): kiosk B has an older check of the same place; it
 * imports A's export and merges, keeping A's more recent check.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dataDate } from '../../src/nearby/words';
import { axeViolations, baseUrl, launchKiosk, openStaff, openStaffPart, shown, storeRows, tap, text, type Kiosk } from './kiosk';

const CODE = '582913';
const fr = (key: string) => text('fr', `staff:${key}`);
let a: Kiosk;
let b: Kiosk;
let files: string;

/** The kiosk's local date, as the check records it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'kiosk-check-'));
  [a, b] = await Promise.all([
    launchKiosk({ viewport: { width: 1080, height: 1600 }, serviceWorkers: 'block' }),
    launchKiosk({ viewport: { width: 1080, height: 1600 }, serviceWorkers: 'block' }),
  ]);
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  rmSync(files, { recursive: true, force: true });
});

async function intoDirectory(page: Page): Promise<void> {
  await openStaff(page, CODE);
  await openStaffPart(page, 'directory');
  await shown(page.getByLabel(fr('search.query')), 20_000);
}

/** The public Help nearby list, from the welcome screen; shows more places until `name`'s card is there. */
async function publicCard(page: Page, name: string) {
  await page.goto(`${baseUrl()}/`);
  await tap(page.getByRole('button', { name: new RegExp(text('fr', 'welcome.touch')) }));
  await tap(page.getByRole('button', { name: text('fr', 'controls.help'), exact: true }));
  const card = page.getByRole('article', { name, exact: true });
  const more = page.getByRole('button', { name: text('fr', 'finder.showMore') });
  for (let i = 0; i < 10 && (await card.count()) === 0; i++) {
    await page.waitForTimeout(700);
    if ((await card.count()) > 0 || (await more.count()) === 0) break;
    await tap(more.first());
  }
  return shown(card.first());
}

test(
  'check a place by phone with the hours editor; the public card says so; a merge keeps the most recent check',
  { timeout: 360_000 },
  async () => {
    // --- Kiosk A: the check ---
    const page = a.page;
    await intoDirectory(page);
    await tap(page.getByRole('button', { name: fr('check.open') }));
    const list = await shown(page.getByRole('list', { name: fr('check.listLabel') }));
    // The first listed place with a phone and no hours yet, open to anyone (the public list asks
    // "Where do you live?" before a residents-only desk).
    const stored = await storeRows<{ name: string; openingHours: string; phone: string; eligibility: string }>(page, 'places');
    const candidates = new Set(
      stored.filter((p) => p.openingHours === '' && p.phone !== '' && p.eligibility !== 'residents').map((p) => p.name),
    );
    const names = await list.getByRole('heading', { level: 3 }).allInnerTexts();
    const name = names.find((n) => candidates.has(n));
    expect(name, `a place to check among ${names.join(', ')}`).toBeTruthy();
    await tap(list.getByRole('button', { name: fr('check.startLabel').replace('{{name}}', name!) }));
    await shown(page.getByRole('heading', { name: fr('check.formTitle').replace('{{name}}', name!) }));
    await shown(page.getByText(fr('check.ask.hours')));
    expect((await axeViolations(page, 'staff check form')).join('\n')).toBe('');

    for (const day of ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi']) await tap(page.getByRole('button', { name: day, exact: true }));
    await page.getByLabel(fr('check.hours.from'), { exact: true }).fill('09:00');
    await page.getByLabel(fr('check.hours.to'), { exact: true }).fill('12:00');
    await shown(page.getByText(fr('check.hours.written').replace('{{osm}}', 'Mo-Fr 09:00-12:00')));
    await shown(page.getByText(/du lundi au vendredi : de 09:00 à 12:00/));
    await page.getByLabel(fr('check.how.phone'), { exact: true }).check();
    await tap(page.getByRole('button', { name: fr('check.save') }));
    await shown(page.getByText(new RegExp(`^${fr('check.saved').split('{{name}}')[0]}`)));
    const savedA = (
      await storeRows<{ name: string; id: string; openingHours: string; checkedOn: string; checkedHow: string; editedByStaff: boolean }>(
        page,
        'places',
      )
    ).find((p) => p.name === name)!;
    expect(savedA).toMatchObject({ openingHours: 'Mo-Fr 09:00-12:00', checkedOn: today(), checkedHow: 'phone', editedByStaff: true });
    // Checked today: no longer among the places to check.
    expect(
      await page
        .getByRole('list', { name: fr('check.listLabel') })
        .getByRole('heading', { level: 3, name: name!, exact: true })
        .count(),
    ).toBe(0);

    // Export A's list (CSV).
    await tap(page.getByRole('button', { name: fr('check.back') }));
    const [download] = await Promise.all([page.waitForEvent('download'), tap(page.getByRole('button', { name: fr('export.csv') }))]);
    const exported = join(files, 'kiosk-a.csv');
    await download.saveAs(exported);

    // The public card of that place says it was checked by phone, today.
    const card = await publicCard(page, name!);
    const said = text('fr', 'nearby.sources.checkedByPhone').replace('{{date}}', dataDate(today(), 'fr')!);
    expect(await card.innerText()).toContain(said);
    expect(await card.innerText()).toMatch(/09:00|9:00/);

    // --- Kiosk B: an older check of the same place, then A's file merged ---
    const pb = b.page;
    await intoDirectory(pb);
    await pb.getByLabel(fr('search.query')).fill(name!);
    await tap(pb.getByRole('button', { name: fr('place.editLabel').replace('{{name}}', name!), exact: true }));
    const older = `${new Date().getFullYear() - 1}-03-15`;
    await pb.getByLabel(fr('field.checkedOn')).fill(older);
    await pb.getByLabel(fr('check.form.checkedHow')).selectOption('site');
    await tap(pb.getByRole('button', { name: fr('form.save'), exact: true }));
    await shown(pb.getByText(fr('form.saved').replace('{{name}}', name!)));
    const total = (await storeRows(pb, 'places')).length;

    await pb.getByLabel(fr('import.file')).setInputFiles(exported);
    await pb.getByLabel(fr('check.merge.merge'), { exact: true }).check();
    const preview = await shown(pb.getByTestId('merge-preview'));
    expect(await preview.innerText()).toBe(
      text('fr', 'staff:check.merge.preview_one')
        .replace('{{count}}', '1')
        .replace('{{added}}', '0')
        .replace('{{kept}}', String(total - 1)),
    );
    await tap(pb.getByRole('button', { name: fr('check.merge.apply') }));
    await shown(pb.getByText(new RegExp(`^${fr('check.merge.applied_one').split('{{count}}')[0]}1 `)));
    const mergedB = (await storeRows<{ id: string; openingHours: string; checkedOn: string; checkedHow: string }>(pb, 'places')).find(
      (p) => p.id === savedA.id,
    )!;
    expect(mergedB).toMatchObject({ openingHours: 'Mo-Fr 09:00-12:00', checkedOn: today(), checkedHow: 'phone' });
    expect((await storeRows(pb, 'places')).length).toBe(total);

    const cardB = await publicCard(pb, name!);
    expect(await cardB.innerText()).toContain(said);
  },
);
