/**
 * The staff directory when its database is deleted under it (a browser's "clear site data", an
 * eviction, a broken profile), with the real IndexedDB in Chromium: staff are told, the list is
 * rebuilt from the built-in one, an import and its undo keep their promise, and the public finder
 * lists the full built-in list again, before and after a reload.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchKiosk, openStaff, openStaffPart, shown, tap, text, type Kiosk, startSession } from './kiosk';

const CODE = '582046';
const fr = (key: string) => text('fr', `staff:${key}`);
let kiosk: Kiosk;
let page: Page;
let files: string;

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'kiosk-directory-storage-'));
  kiosk = await launchKiosk({ serviceWorkers: 'block' });
  page = kiosk.page;
});

afterAll(async () => {
  await kiosk?.close();
  rmSync(files, { recursive: true, force: true });
});

/** The number in the directory's "N lieux trouvés". */
async function directoryCount(): Promise<number> {
  const status = page.getByText(/^\d+ lieux? trouvés?$/).first();
  await status.waitFor();
  return Number(/\d+/.exec(await status.innerText())![0]);
}

/** How many places the public finder lists for "help nearby" in general, every "show more" pressed. */
async function finderCount(): Promise<number> {
  await startSession(page);
  await tap(page.getByRole('button', { name: text('fr', 'controls.help'), exact: true }));
  await shown(page.getByRole('article').first());
  const more = page.getByRole('button', { name: text('fr', 'finder.showMore'), exact: true });
  while (await more.isVisible()) await tap(more);
  return page.getByRole('article').count();
}

/** Deletes the kiosk's database the way the browser would, while the page holds it open. */
async function deleteDatabase(): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.deleteDatabase('kiosque-esante');
        req.onsuccess = req.onerror = () => resolve();
      }),
  );
}

const HEADER =
  '"id","name","category","audience","services","languages","street_address","postal_code","commune","phone","email","website","opening_hours","description_fr","source_urls","confidence"';
const GOOD = [
  HEADER,
  '"epn-test-un","EPN Essai Un","digital","tout public","computer-access;eid-pin-help","fr;ar","Rue Haute 1","1000","Bruxelles","02 000 00 01","","https://example.org","Mo-Fr 09:00-17:00","Un lieu d’essai.","https://example.org","high"',
  '"mm-test-deux","Maison médicale Essai Deux","health","habitants","health-info","fr;nl","","","Schaerbeek","","","","","","","medium"',
].join('\r\n');

test(
  'the database deleted under the open directory: warned, rebuilt, import and undo as promised, full finder list',
  { timeout: 240_000 },
  async () => {
    const fullFinder = await finderCount();
    expect(fullFinder).toBeGreaterThan(20);

    await openStaff(page, CODE);
    await openStaffPart(page, 'directory');
    const builtIn = await directoryCount();
    expect(builtIn).toBeGreaterThan(60);

    // Deleted under the open directory: staff are told, and the list is rebuilt from the built-in one.
    await deleteDatabase();
    await shown(page.getByRole('alert').filter({ hasText: fr('storageGuard.lost') }));
    await shown(page.getByText(fr('storageGuard.rebuilt')));
    expect(await directoryCount()).toBe(builtIn);
    // A search answers from the rebuilt database.
    await page.getByLabel(fr('search.query')).fill('CPAS');
    const cpas = await directoryCount();
    expect(cpas).toBeGreaterThan(0);
    await page.getByLabel(fr('search.query')).fill('');

    // An import: it promises the way back, and the way back is there.
    const path = join(files, 'good.csv');
    writeFileSync(path, GOOD);
    await page.getByLabel(fr('import.file')).setInputFiles(path);
    await tap(page.getByRole('button', { name: fr('import.apply') }));
    await shown(page.getByText(fr('import.applied').replace('{{count}}', '2')));
    expect(await directoryCount()).toBe(2);
    const undo = page.getByRole('button', { name: fr('import.undo') });
    expect(await undo.isEnabled()).toBe(true);
    await tap(undo); // spaced like a person's taps: the app ignores a second press within 500 ms
    await shown(page.getByText(fr('import.undone')));
    expect(await directoryCount()).toBe(builtIn);
    expect(await undo.isDisabled()).toBe(true);

    // The public finder lists the full built-in list, and after a reload too.
    expect(await finderCount()).toBe(fullFinder);
    await page.reload();
    expect(await finderCount()).toBe(fullFinder);
    await openStaff(page, CODE);
    await openStaffPart(page, 'directory');
    expect(await directoryCount()).toBe(builtIn);
    expect(kiosk.errors.filter((e) => !/inventory database/.test(e))).toEqual([]);
  },
);
