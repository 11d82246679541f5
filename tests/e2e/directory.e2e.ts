/**
 * The staff directory in Chromium, with the real IndexedDB: import a good file (the public finder
 * then lists it), a broken file (nothing lost), undo; axe on the directory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { acceptSetupDefaults, axeViolations, baseUrl, enterSetupToken, launchKiosk, shown, text, type Kiosk } from './kiosk';

const CODE = '731904';
const fr = (key: string) => text('fr', `staff:${key}`);
let kiosk: Kiosk;
let page: Page;
let files: string;

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'kiosk-directory-'));
  kiosk = await launchKiosk({ serviceWorkers: 'block' });
  page = kiosk.page;
});

afterAll(async () => {
  await kiosk?.close();
  rmSync(files, { recursive: true, force: true });
});

/** The set-up of a fresh kiosk's staff code, then its settings kept as they are. */
async function intoStaffDirectory(): Promise<void> {
  await page.goto(`${baseUrl()}/staff`);
  await shown(page.getByRole('heading', { level: 1, name: fr('setup.title') }));
  await enterSetupToken(page);
  const pad = page.getByRole('group', { name: fr('access.keypad') });
  for (const digit of CODE) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: fr('setup.next'), exact: true }).tap();
  await page.getByLabel(fr('setup.again')).fill(CODE);
  await page.getByLabel(fr('setup.again')).press('Enter');
  await acceptSetupDefaults(page);
  await page
    .getByRole('navigation', { name: fr('menu.label') })
    .getByRole('button', { name: fr('menu.directory') })
    .tap();
  await shown(page.getByLabel(fr('search.query')));
}

/** The number in "N lieux trouvés" (the list refreshes just after an import says it is done: callers poll). */
async function placesListed(): Promise<number> {
  const status = page.getByText(/\d+ lieux? trouvés?/).first();
  await status.waitFor();
  return Number(/\d+/.exec(await status.innerText())![0]);
}

async function importFile(name: string, content: string): Promise<void> {
  const path = join(files, name);
  writeFileSync(path, content);
  await page.getByLabel(fr('import.file')).setInputFiles(path);
}

const HEADER =
  '"id","name","category","audience","services","languages","street_address","postal_code","commune","phone","email","website","opening_hours","description_fr","source_urls","confidence"';

test('import a good file, a broken one (nothing lost), then undo', { timeout: 180_000 }, async () => {
  await intoStaffDirectory();
  expect((await axeViolations(page, 'staff directory')).join('\n')).toBe('');
  const builtIn = await placesListed();
  expect(builtIn).toBeGreaterThan(60);

  // A good file: two places.
  await importFile(
    'good.csv',
    [
      HEADER,
      '"epn-test-un","EPN Essai Un","digital","tout public","computer-access;eid-pin-help","fr;ar","Rue Haute 1","1000","Bruxelles","02 000 00 01","","https://example.org","Mo-Fr 09:00-17:00","Un lieu d’essai.","https://example.org","high"',
      '"mm-test-deux","Maison médicale Essai Deux","health","habitants","health-info","fr;nl","","","Schaerbeek","","","","","","","medium"',
    ].join('\r\n'),
  );
  await page.getByRole('button', { name: fr('import.apply') }).tap();
  await shown(page.getByText(fr('import.applied').replace('{{count}}', '2')));
  await expect.poll(placesListed, { timeout: 10_000 }).toBe(2);

  // A broken file: the list stays exactly as it was.
  await importFile(
    'broken.csv',
    `${HEADER}\r\n"x","","nonsense","","","","","","Nowhere","","not-an-email","javascript:alert(1)","","","","high"`,
  );
  await shown(page.getByRole('button', { name: fr('import.apply') }));
  expect(await page.getByRole('button', { name: fr('import.apply') }).isDisabled()).toBe(true);
  await page.getByRole('button', { name: fr('import.cancel') }).tap();
  await expect.poll(placesListed, { timeout: 10_000 }).toBe(2);

  // The public finder lists the imported place.
  await page.goto(`${baseUrl()}/`);
  await page.getByRole('button', { name: new RegExp(text('fr', 'welcome.touch')) }).tap();
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: text('fr', 'controls.help'), exact: true }).tap();
  await shown(page.getByRole('heading', { name: 'EPN Essai Un' }));

  // Undo: the list before the import is back.
  await page.goto(`${baseUrl()}/staff`);
  const pad = page.getByRole('group', { name: fr('access.keypad') });
  for (const digit of CODE) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: fr('access.submit'), exact: true }).tap();
  await page
    .getByRole('navigation', { name: fr('menu.label') })
    .getByRole('button', { name: fr('menu.directory') })
    .tap();
  await page.getByRole('button', { name: fr('import.undo') }).tap();
  await shown(page.getByText(fr('import.undone')));
  await expect.poll(placesListed, { timeout: 10_000 }).toBe(builtIn);
});
