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
import {
  axeViolations,
  baseUrl,
  enterSetupToken,
  launchKiosk,
  openStaff,
  openStaffPart,
  SETUP_TOKEN,
  shown,
  tap,
  text,
  type Kiosk,
} from './kiosk';

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

/**
 * A fresh kiosk. Staff mode uses no part of the service worker (src/staff/ never touches it), so it
 * is blocked: otherwise each fresh kiosk's worker precaches about 20 MB while the test runs.
 */
async function kiosk(viewport?: { width: number; height: number }): Promise<Kiosk> {
  const k = await launchKiosk({ ...(viewport ? { viewport } : {}), serviceWorkers: 'block' });
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
  if (axe) await expectNoAxeViolations(page, 'set-up: token');
  await enterSetupToken(page);
  if (axe) await expectNoAxeViolations(page, 'set-up: new code');
  await typeOnPad(page, CODE, fr('setup.next'));
  await shown(page.getByLabel(fr('setup.again')));
  await page.getByLabel(fr('setup.again')).fill(CODE);
  await page.getByLabel(fr('setup.again')).press('Enter');
  await shown(page.getByRole('heading', { level: 1, name: fr('wizard.kind.title') }), 20_000);
}

const menu = (page: Page, part: string) =>
  page.getByRole('navigation', { name: fr('menu.label') }).getByRole('button', { name: fr(`menu.${part}`) });
const backToKiosk = (page: Page) => page.getByRole('button', { name: fr('app.backToKiosk'), exact: true });
/** Stores a staff code on the device, as a set-up would have (the page must be on the kiosk's origin). */
async function storeCode(page: Page): Promise<void> {
  const record = { version: 1, ...(await hashCode(CODE)), failures: 0, lockedUntil: 0 };
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STAFF_KEY, JSON.stringify(record)]);
}

/**
 * "Back to the kiosk" from a staff screen: the public welcome at /, and nothing of staff left —
 * no staff element or heading, nothing in sessionStorage.
 */
async function leaveAndCheck(page: Page, from: string): Promise<void> {
  const button = backToKiosk(page);
  await shown(button);
  const box = (await button.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y >= 0 && box.y + box.height <= viewport.height, `"Back to the kiosk" in sight on ${from}`).toBe(true);
  await tap(button);
  await page.waitForURL(`${baseUrl()}/`);
  await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
  expect(new URL(page.url()).pathname, from).toBe('/');
  expect(await page.locator('.staff-area, .staff').count(), `no staff element after ${from}`).toBe(0);
  for (const heading of [fr('app.title'), fr('access.title'), fr('setup.title')]) {
    expect(await page.getByRole('heading', { name: heading }).count(), `no "${heading}" after ${from}`).toBe(0);
  }
  expect(await page.evaluate(() => sessionStorage.length), `sessionStorage after ${from}`).toBe(0);
}
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

    // The set-up's questions: Dutch for the welcome screen, then "More settings" for 60 s.
    const next = page.getByRole('button', { name: fr('wizard.next'), exact: true });
    for (let i = 0; i < 3; i += 1) await tap(next);
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.languages.title') }));
    await expectNoAxeViolations(page, 'set-up: languages');
    await tap(page.getByRole('group', { name: fr('wizard.languages.default') }).getByRole('button', { name: /Nederlands/u }));
    await tap(next);
    await tap(next);
    await expectNoAxeViolations(page, 'set-up: summary');
    await tap(page.getByRole('button', { name: fr('wizard.more'), exact: true }));
    await shown(page.getByRole('heading', { level: 1, name: fr('settings.title') }), 20_000);
    await page.getByLabel(fr('settings.time.idle')).fill('60');
    await tap(page.getByRole('button', { name: fr('settings.save') }));
    await shown(page.getByText(fr('settings.saved')));
    expect(JSON.parse((await storedSettings(page))!)).toMatchObject({
      defaultLanguage: 'nl',
      idleSeconds: 60,
      languagesOffered: ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl'],
    });

    // Settings and Data screens; the data screen shows the version built.
    await openStaffPart(page, 'settings');
    await shown(page.getByRole('heading', { level: 1, name: fr('settings.title') }));
    await expectNoAxeViolations(page, 'settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: fr('settings.export.button') }).tap(),
    ]);
    const exported = join(files, 'fleet.json');
    await download.saveAs(exported);
    await openStaffPart(page, 'data');
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
    // "Settings from our network": the file, then only the commune and the counter are asked.
    await tap(page.getByText(fr('wizard.kind.fileTitle'), { exact: true }));
    await page.getByLabel(fr('wizard.kind.file')).setInputFiles(exported);
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.commune.title') }));
    await tap(page.getByRole('button', { name: fr('wizard.next'), exact: true }));
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.counter.title') }));
    await tap(page.getByRole('button', { name: fr('wizard.next'), exact: true }));
    await tap(page.getByRole('button', { name: fr('wizard.done'), exact: true }));
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
    await openStaffPart(page, 'settings', 'nl');
    await page.getByLabel(nl('settings.import.file')).setInputFiles(bad);
    await shown(page.getByRole('alert').filter({ hasText: text('nl', 'staff:settings.import.failed').replace('{{name}}', 'bad.json') }));
    expect(await storedSettings(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  test(
    'wrong codes slow down (even across a reload), then lock staff access for good (a reload, a day, nothing unlocks it)',
    { timeout: 120_000 },
    async () => {
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
        await expect
          .poll(() => alert.innerText(), { timeout: 20_000 })
          .toContain(text('fr', 'staff:access.wrong_other').split('{{count}}')[0]!.trim());
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
    },
  );

  test(
    'the public kiosk never loads the staff chunk; a 3 s press on the corner or Ctrl+Alt+S opens /staff',
    { timeout: 120_000 },
    async () => {
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
    },
  );
  test(
    '"Back to the kiosk" on the set-up, the code pad, the menu and a part: the welcome screen, with nothing of staff left',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await kiosk({ width: 800, height: 1280 });
      // A fresh kiosk: a patient who held the corner lands on the set-up, and can leave.
      await page.goto(`${baseUrl()}/staff`);
      await shown(page.getByRole('heading', { level: 1, name: fr('setup.title') }));
      await leaveAndCheck(page, 'the set-up');

      // A kiosk with a staff code: the code pad.
      await storeCode(page);
      await page.goto(`${baseUrl()}/staff`);
      await shown(page.getByLabel(fr('access.code'), { exact: true }));
      await leaveAndCheck(page, 'the code pad');

      // Unlocked: the menu. Leaving forgets the unlock: /staff asks for the code again.
      await openStaff(page, CODE);
      await shown(page.getByRole('navigation', { name: fr('menu.label') }), 20_000);
      await leaveAndCheck(page, 'the menu');
      await page.goto(`${baseUrl()}/staff`);
      await shown(page.getByLabel(fr('access.code'), { exact: true }));
      expect(await page.getByRole('navigation', { name: fr('menu.label') }).count()).toBe(0);

      // In a long part, scrolled to its end, the button is still in sight.
      await typeOnPad(page, CODE, fr('access.submit'));
      await openStaffPart(page, 'guide');
      await shown(page.getByRole('heading', { level: 1, name: text('fr', 'guide:title') }), 20_000);
      // The part scrolls inside its box, and says so.
      await shown(page.getByRole('button', { name: text('fr', 'scroll.down') }));
      await page.evaluate(() => document.querySelector('[data-scroll-area]')!.scrollTo(0, 1e9));
      await leaveAndCheck(page, 'the helper’s guide, scrolled to its end');
      await page.goto(`${baseUrl()}/staff`);
      await shown(page.getByLabel(fr('access.code'), { exact: true }));
      expect(errors).toEqual([]);
    },
  );

  test(
    'the set-up refuses to go on without the set-up token, says so and clears the field; with it, a code can be chosen',
    { timeout: 120_000 },
    async () => {
      const { page, errors } = await kiosk();
      await page.goto(`${baseUrl()}/staff`);
      await shown(page.getByRole('heading', { level: 1, name: fr('setup.title') }));
      const token = page.getByLabel(fr('setup.token'), { exact: true });
      const newCode = page.getByLabel(fr('setup.newCode'), { exact: true });
      const alert = page.locator('#staff-setup-alert');
      await shown(token);
      // No way to a code without the token: no code field at all.
      expect(await newCode.count()).toBe(0);

      // A patient's guess (a code they would like) on the pad: refused, said plainly, cleared.
      await typeOnPad(page, CODE, fr('setup.next'));
      await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toBe(fr('setup.problem.wrongToken'));
      expect(await token.inputValue(), 'the field is cleared').toBe('');
      expect(await newCode.count()).toBe(0);
      // Another guess, typed on a keyboard: cleared again, still no code field.
      await token.fill('11223344');
      await token.press('Enter');
      await expect.poll(() => token.inputValue(), { timeout: 20_000 }).toBe('');
      expect(await alert.innerText()).toBe(fr('setup.problem.wrongToken'));
      expect(await newCode.count()).toBe(0);
      expect(await page.evaluate((key) => localStorage.getItem(key), STAFF_KEY)).toBeNull();
      // A reload does not skip it.
      await page.reload();
      await shown(token);
      expect(await newCode.count()).toBe(0);

      // The right token opens the choice of a code; a refused code is cleared too.
      await typeOnPad(page, SETUP_TOKEN, fr('setup.next'));
      await shown(newCode, 20_000);
      await typeOnPad(page, '4829', fr('setup.next'));
      await expect.poll(() => alert.innerText()).toBe(text('fr', 'staff:setup.problem.tooShort').replace('{{min}}', '6'));
      expect(await newCode.inputValue()).toBe('');
      await typeOnPad(page, CODE, fr('setup.next'));
      await shown(page.getByLabel(fr('setup.again'), { exact: true }));
      expect(errors).toEqual([]);
    },
  );

  test('a wrong staff code is cleared from the field, and the pad says so', { timeout: 60_000 }, async () => {
    const { page, errors } = await kiosk();
    await page.goto(`${baseUrl()}/`);
    await storeCode(page);
    await page.goto(`${baseUrl()}/staff`);
    const field = page.getByLabel(fr('access.code'), { exact: true });
    await shown(field);
    await typeOnPad(page, '900001', fr('access.submit'));
    await expect
      .poll(() => page.locator('#staff-access-alert').innerText(), { timeout: 20_000 })
      .toBe(text('fr', 'staff:access.wrong_other').replace('{{count}}', '9'));
    expect(await field.inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  test(
    'the staff menu fits on one screen (800×1280 and 1920×1080); no staff page scrolls sideways at 800 px',
    { timeout: 180_000 },
    async () => {
      const { page, errors } = await kiosk({ width: 800, height: 1280 });
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth);
      await page.goto(`${baseUrl()}/staff`);
      await shown(page.getByLabel(fr('setup.token'), { exact: true }));
      expect(await sideways(), 'set-up').toBeLessThanOrEqual(800);
      await openStaff(page, CODE);
      const nav = page.getByRole('navigation', { name: fr('menu.label') });
      await shown(nav, 20_000);

      const menuFits = async (width: number, height: number) => {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => document.querySelector('[data-scroll-area]')!.scrollTo(0, 0));
        const tiles = nav.getByRole('button');
        expect(await tiles.count()).toBe(6);
        for (const tile of await tiles.all()) {
          const box = (await tile.boundingBox())!;
          const name = await tile.innerText();
          expect(
            box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
            `tile "${name}" inside ${width}×${height}: ${JSON.stringify(box)}`,
          ).toBe(true);
        }
        expect(
          await page.evaluate(() => document.documentElement.scrollHeight),
          `the page does not scroll at ${width}×${height}`,
        ).toBeLessThanOrEqual(height);
        expect(
          await page.evaluate(() => {
            const box = document.querySelector('[data-scroll-area]')!;
            return box.scrollHeight - box.clientHeight;
          }),
          `the menu does not scroll at ${width}×${height}`,
        ).toBeLessThanOrEqual(2);
      };
      await menuFits(800, 1280);
      expect(await sideways(), 'menu').toBeLessThanOrEqual(800);

      const headings: Record<string, string> = {
        directory: fr('title'),
        settings: fr('settings.title'),
        counts: fr('counts.title'),
        data: fr('data.title'),
        guide: text('fr', 'guide:title'),
        assisted: fr('assisted.title'),
      };
      for (const [part, heading] of Object.entries(headings)) {
        await openStaffPart(page, part);
        await shown(page.getByRole('heading', { level: 1, name: heading }), 20_000);
        await page.waitForTimeout(300);
        expect(await sideways(), `${part} scrolls sideways at 800 px`).toBeLessThanOrEqual(800);
      }
      await page.getByRole('button', { name: fr('menu.back'), exact: true }).click();
      await shown(nav);
      await menuFits(1920, 1080);
      expect(errors).toEqual([]);
    },
  );
});
