/**
 * Staff mode in Chromium: the set-up of a fresh kiosk and its effect on the public kiosk,
 * a fleet configured from one settings file, wrong codes slowing down then locking, the staff
 * chunk kept out of the public kiosk, the discreet ways in, and axe on every staff screen.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { hashCode } from '../../src/staff/access/code-hash';
import { axeViolations, baseUrl, launchKiosk, shown, tap, text, type Kiosk } from './kiosk';

const CODE = '482915';
const SETTINGS_KEY = 'kiosque.settings.v1';
const STAFF_KEY = 'kiosque.staff.v1';
/** Staff mode leaves by itself after this long without a touch (src/staff/staff-app.tsx). */
const STAFF_IDLE_MS = 5 * 60 * 1000;
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const fr = (key: string) => text('fr', `staff:${key}`);
const nl = (key: string) => text('nl', `staff:${key}`);

let files: string;
const open: Kiosk[] = [];

beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'kiosk-staff-'));
});

afterEach(async () => {
  for (const kiosk of open.splice(0)) await kiosk.close();
});

afterAll(() => {
  rmSync(files, { recursive: true, force: true });
});

async function kiosk(): Promise<Kiosk> {
  const k = await launchKiosk();
  open.push(k);
  return k;
}

async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  expect((await axeViolations(page, screen)).join('\n')).toBe('');
}

/** Types a code with the on-screen keypad, like a finger, then presses the pad's button. */
async function typeOnPad(page: Page, code: string, submit: string, lang = 'fr'): Promise<void> {
  const pad = page.getByRole('group', { name: text(lang, 'staff:access.keypad') });
  for (const digit of code) await pad.getByRole('button', { name: digit, exact: true }).tap();
  await pad.getByRole('button', { name: submit, exact: true }).tap();
}

/** The set-up of a fresh kiosk, up to its settings screen (step 2). */
async function setUpCode(page: Page, axe = false): Promise<void> {
  await page.goto(`${baseUrl()}/staff`);
  await shown(page.getByRole('heading', { level: 1, name: fr('setup.title') }));
  if (axe) await expectNoAxeViolations(page, 'set-up: new code');
  await typeOnPad(page, CODE, fr('setup.next'));
  await shown(page.getByLabel(fr('setup.again')));
  await page.getByLabel(fr('setup.again')).fill(CODE);
  await page.getByLabel(fr('setup.again')).press('Enter');
  await shown(page.getByText(text('fr', 'staff:setup.step').replace('{{current}}', '2').replace('{{total}}', '2')), 20_000);
}

const menu = (page: Page, part: string) => page.getByRole('navigation', { name: fr('menu.label') }).getByRole('button', { name: fr(`menu.${part}`) });
const storedSettings = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY);

describe('staff mode', () => {
  test('set-up on a fresh kiosk (code, then Nederlands and 60 s): the public kiosk then uses them', { timeout: 120_000 }, async () => {
    const { page, errors } = await kiosk();
    await page.clock.install();
    await setUpCode(page, true);
    await expectNoAxeViolations(page, 'set-up: settings');

    // The code is stored only as a salted PBKDF2 hash.
    const record = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STAFF_KEY))!) as Record<string, unknown>;
    expect(record).toMatchObject({ version: 1, kdf: 'PBKDF2-SHA-256', iterations: 600_000, failures: 0 });
    expect(JSON.stringify(record)).not.toContain(CODE);

    await page.getByLabel(fr('settings.languages.default')).selectOption('nl');
    await page.getByLabel(fr('settings.time.idle')).fill('60');
    await page.getByRole('button', { name: fr('setup.finish') }).tap();
    await shown(menu(page, 'directory'));
    expect(JSON.parse((await storedSettings(page))!)).toMatchObject({ defaultLanguage: 'nl', idleSeconds: 60 });

    // Settings and Data screens; the data screen shows the version built.
    await menu(page, 'settings').tap();
    await shown(page.getByRole('heading', { level: 1, name: fr('settings.title') }));
    await expectNoAxeViolations(page, 'settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr('settings.export.button') }).tap()]);
    const exported = join(files, 'fleet.json');
    await download.saveAs(exported);
    await menu(page, 'data').tap();
    await shown(page.getByRole('heading', { level: 1, name: fr('data.title') }));
    await shown(page.getByText(version, { exact: true }));
    await shown(page.getByText(text('fr', 'staff:data.storage.used').split(':')[0]!));
    await expectNoAxeViolations(page, 'data and updates');

    // Back to the public kiosk: welcome in Dutch; "Bent u er nog?" after 60 s, not 90.
    await page.getByRole('button', { name: fr('app.backToKiosk') }).tap();
    await shown(page.getByRole('button', { name: text('nl', 'welcome.touch') }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await tap(page.getByRole('button', { name: text('nl', 'welcome.touch') }));
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'home.title') }));
    const warning = page.getByRole('alertdialog', { name: text('nl', 'idle.title') });
    await page.clock.fastForward('00:55');
    expect(await warning.count()).toBe(0);
    await page.clock.fastForward('00:06');
    await shown(warning);
    expect(errors).toEqual([]);
  });

  test('a settings file exported on one kiosk configures another (another browser profile) the same', { timeout: 120_000 }, async () => {
    const exported = join(files, 'fleet.json');
    const fileText = readFileSync(exported, 'utf8');
    expect(fileText, 'the file never holds the staff code or its hash').not.toMatch(/kiosque\.staff|"hash"|"salt"|482915/u);
    const fromFile = (JSON.parse(fileText) as { settings: unknown }).settings;

    const { page, errors } = await kiosk();
    await setUpCode(page);
    await page.getByLabel(fr('settings.import.file')).setInputFiles(exported);
    await shown(menu(page, 'directory'));
    expect(JSON.parse((await storedSettings(page))!)).toEqual(fromFile);

    await page.goto(`${baseUrl()}/`);
    await shown(page.getByRole('button', { name: text('nl', 'welcome.touch') }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');

    // A bad file is refused with its reason, and changes nothing.
    // The staff area now speaks the kiosk's default language, Dutch.
    await page.goto(`${baseUrl()}/staff`);
    await page.getByLabel(nl('access.code')).waitFor();
    const before = await storedSettings(page);
    const bad = join(files, 'bad.json');
    writeFileSync(bad, JSON.stringify({ kind: 'kiosque-esante-settings', version: 1, settings: { idleSeconds: 5 } }));
    await typeOnPad(page, CODE, nl('access.submit'), 'nl');
    await page.getByRole('navigation', { name: nl('menu.label') }).getByRole('button', { name: nl('menu.settings') }).tap();
    await page.getByLabel(nl('settings.import.file')).setInputFiles(bad);
    await shown(page.getByRole('alert').filter({ hasText: text('nl', 'staff:settings.import.failed').replace('{{name}}', 'bad.json') }));
    expect(await storedSettings(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  test('wrong codes slow down (even across a reload), then lock staff access for good (a reload, a day, nothing unlocks it)', { timeout: 120_000 }, async () => {
    const { page, errors } = await kiosk();
    const record = { version: 1, ...(await hashCode(CODE)), failures: 0, lockedUntil: 0 };
    await page.clock.install();
    await page.goto(`${baseUrl()}/`);
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STAFF_KEY, JSON.stringify(record)]);
    await page.goto(`${baseUrl()}/staff`);
    const field = page.getByLabel(fr('access.code'));
    await shown(field);
    await expectNoAxeViolations(page, 'code pad');

    const alert = page.locator('#staff-access-alert');
    const wrong = async (n: number) => {
      await typeOnPad(page, `90000${n}`.slice(-6), fr('access.submit'));
      await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toContain(text('fr', 'staff:access.wrong_other').split('{{count}}')[0]!.trim());
    };
    await wrong(1);
    expect(await alert.innerText()).toContain('9');
    expect(await field.isEnabled()).toBe(true);
    await wrong(2);
    expect(await field.isEnabled()).toBe(true);
    await wrong(3);
    // The third wrong code: 5 s before the next try, and the pad says so.
    expect(await alert.innerText()).toMatch(/5\s+secondes/u);
    expect(await field.isDisabled()).toBe(true);

    // A reload does not skip the wait.
    await page.reload();
    await shown(field);
    expect(await field.isDisabled()).toBe(true);
    await shown(page.getByText(/Prochain essai possible dans \d\s+secondes?/u));
    await page.clock.fastForward(5_000);
    await expect.poll(() => field.isEnabled()).toBe(true);

    // Then 15 s, 1 min, 5 min, 15 min, 30 min, 1 h…
    const waits = [15, 60, 300, 900, 1800, 3600];
    for (let n = 4; n <= 9; n++) {
      await wrong(n);
      expect(await field.isDisabled()).toBe(true);
      const wait = waits[n - 4]! * 1000;
      if (wait < STAFF_IDLE_MS) {
        await page.clock.fastForward(wait - 2000);
        expect(await field.isDisabled(), `still waiting after wrong code ${n}`).toBe(true);
        await page.clock.fastForward(2000);
      } else {
        // Staff mode leaves by itself after 5 minutes without a touch; the wait is kept.
        await page.clock.fastForward(STAFF_IDLE_MS - 1000);
        expect(new URL(page.url()).pathname).toBe('/staff');
        await page.clock.fastForward(1000);
        await page.waitForURL(`${baseUrl()}/`);
        await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
        await page.clock.fastForward(wait - STAFF_IDLE_MS);
        await page.goto(`${baseUrl()}/staff`);
        await shown(field);
      }
      await expect.poll(() => field.isEnabled()).toBe(true);
    }
    // …and the tenth locks: no keypad, the way to reset it said, and a reload changes nothing.
    await typeOnPad(page, '900010', fr('access.submit'));
    await shown(page.getByText(text('fr', 'staff:access.locked').replace('{{max}}', '10')));
    await expectNoAxeViolations(page, 'locked');
    expect(await field.count()).toBe(0);
    // A day later (staff mode has long left by itself), still locked.
    await page.clock.fastForward('24:00:00');
    await page.waitForURL(`${baseUrl()}/`);
    await page.goto(`${baseUrl()}/staff`);
    await shown(page.getByText(text('fr', 'staff:access.locked').replace('{{max}}', '10')));
    expect(await page.getByLabel(fr('access.code')).count()).toBe(0);
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STAFF_KEY))!)).toMatchObject({ failures: 10 });
    expect(errors).toEqual([]);
  });

  test('the public kiosk never loads the staff chunk; a 3 s press on the corner or Ctrl+Alt+S opens /staff', { timeout: 120_000 }, async () => {
    // Staff-only code: the files of the built app that hold the staff record's key.
    const assets = join(new URL(`../../${process.env['KIOSK_DIST'] ?? 'dist'}/assets/`, import.meta.url).pathname);
    const staffFiles = readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes(STAFF_KEY));
    expect(staffFiles.length, 'the staff chunk is found in dist/').toBeGreaterThan(0);

    const { page, context, errors } = await kiosk();
    // Requests of the page itself (the service worker precaches every file, staff ones too, for offline use).
    const pageRequests: string[] = [];
    context.on('request', (request) => {
      if (!request.serviceWorker()) pageRequests.push(request.url());
    });
    await page.goto(`${baseUrl()}/`);
    const welcome = page.getByRole('button', { name: text('fr', 'welcome.touch') });
    await shown(welcome);
    await tap(welcome);
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));
    const scripts = pageRequests.filter((url) => url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => staffFiles.some((f) => url.endsWith(`/assets/${f}`)))).toEqual([]);
    for (const url of scripts.filter((u) => u.includes('/assets/'))) {
      expect(readFileSync(join(assets, url.split('/assets/')[1]!), 'utf8'), url).not.toContain('PBKDF2');
    }

    // Holding the corner shows nothing: no element is added, the corner looks the same throughout.
    // In the body: the head may gain <link rel=modulepreload> when a lazy module (the usage
    // counts) loads during the hold, which is not something a person could see.
    const elements = () => page.evaluate(() => document.body.querySelectorAll('*').length);
    const corner = () => page.screenshot({ clip: { x: 0, y: 0, width: 64, height: 64 } });
    const count = await elements();
    await page.mouse.move(10, 10);
    await page.mouse.down();
    const early = await corner();
    await page.waitForTimeout(1500);
    expect((await corner()).equals(early), 'no visual change while holding').toBe(true);
    expect(await elements()).toBe(count);
    await page.waitForURL('**/staff', { timeout: 5_000 });
    await page.mouse.up();
    await shown(page.getByRole('heading', { level: 1, name: fr('setup.title') }));

    await page.goto(`${baseUrl()}/`);
    await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await page.keyboard.press('Control+Alt+KeyS');
    await page.waitForURL('**/staff');
    await shown(page.getByRole('heading', { level: 1, name: fr('setup.title') }));
    expect(errors).toEqual([]);
  });
});
