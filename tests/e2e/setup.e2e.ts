/**
 * The first set-up of a new kiosk as a receptionist does it between two patients: six short
 * screens, one question each, taps counted; then the public kiosk shows what was chosen.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, expect, test } from 'vitest';
import { baseUrl, enterSetupToken, gone, launchKiosk, placesListed, shown, tap, text, type Kiosk } from './kiosk';

const CODE = '482915';
const fr = (key: string) => text('fr', `staff:${key}`);
const open: Kiosk[] = [];
// The kiosks here run without the service worker: the set-up and the public screens it shapes use
// none of it, and a fresh kiosk's worker would precache about 20 MB while the test runs.

const dir = mkdtempSync(join(tmpdir(), 'kiosk-setup-'));

afterEach(async () => {
  for (const kiosk of open.splice(0)) await kiosk.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The page printed to PDF (print stylesheet), read back as plain text with pdftotext. */
async function printedText(page: Page, name: string): Promise<string> {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftotext', ['-layout', pdf, join(dir, `${name}.txt`)]);
  return readFileSync(join(dir, `${name}.txt`), 'utf8').replace(/\s+/g, ' ');
}

/** Token and staff code, typed (the pad's own taps are counted apart: they are the code, not the set-up). */
async function chooseCode(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/staff`);
  await enterSetupToken(page);
  const pad = page.getByRole('group', { name: fr('access.keypad') });
  await page.getByLabel(fr('setup.newCode'), { exact: true }).fill(CODE);
  await tap(pad.getByRole('button', { name: fr('setup.next'), exact: true }));
  await page.getByLabel(fr('setup.again'), { exact: true }).fill(CODE);
  await tap(pad.getByRole('button', { name: fr('setup.next'), exact: true }));
}

test(
  'a new kiosk set up from nothing to Done in at most 6 screens and 15 taps; the public kiosk then shows the choices',
  { timeout: 120_000 },
  async () => {
    const kiosk = await launchKiosk({ viewport: { width: 800, height: 1280 }, serviceWorkers: 'block', prints: true });
    open.push(kiosk);
    const { page, errors } = kiosk;
    await chooseCode(page);

    let taps = 0;
    const screens = new Set<string>();
    const question = page.getByRole('heading', { level: 1 });
    const press = async (target: Locator) => {
      await tap(target);
      taps += 1;
    };
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const next = button(fr('wizard.next'));
    /** Records the screen on sight, checks "Next" (or Done) is in sight without scrolling. */
    const onScreen = async (title: string) => {
      await shown(page.getByRole('heading', { level: 1, name: title }), 20_000);
      screens.add(await question.innerText());
      const way = next.or(button(fr('wizard.done'))).first();
      const box = (await way.boundingBox())!;
      expect(box.y + box.height, `the way on in sight on "${title}"`).toBeLessThanOrEqual(page.viewportSize()!.height);
    };

    // 1. The kind of place: a pharmacy (it ticks health questions and the receipt roll).
    await onScreen(fr('wizard.kind.title'));
    await press(button(fr('settings.site.kinds.pharmacy')));
    // The place's name is optional; typed here (one tap on the field) for the printer's test page.
    await press(page.getByLabel(fr('wizard.kind.name')));
    await page.getByLabel(fr('wizard.kind.name')).fill('Pharmacie du Midi');
    await press(next);
    // 2. The commune, as a big button with both names; never a latitude to type.
    await onScreen(fr('wizard.commune.title'));
    expect(await page.getByRole('textbox').count()).toBe(0);
    await press(page.getByRole('button', { name: /^Ixelles\b/u }));
    await press(next);
    // 3. What the staff help with: already chosen by the kind of place.
    await onScreen(fr('wizard.counter.title'));
    expect(await button(text('fr', 'finder.need.health')).getAttribute('aria-pressed')).toBe('true');
    await press(next);
    // 4. Languages: all nine already ticked (a site unticks one on purpose, never forgets one).
    await onScreen(fr('wizard.languages.title'));
    const offered = page.getByRole('group', { name: fr('wizard.languages.title') });
    for (const name of ['Français', 'Nederlands', 'English', 'Türkçe', 'العربية'])
      expect(await offered.getByRole('button', { name: new RegExp(name, 'u') }).getAttribute('aria-pressed'), name).toBe('true');
    await press(next);
    // 5. The printer: yes, with a test page button.
    await onScreen(fr('wizard.printer.title'));
    await shown(button(fr('wizard.printer.test')));
    // The test page (what "Print a test page" prints): the place's name and a sample slip, no button.
    const paper = await printedText(page, 'test-page');
    for (const key of ['wizard.printer.testWorks', 'wizard.printer.sampleTitle', 'wizard.printer.sampleLine'])
      expect(paper).toContain(fr(key));
    expect(paper).toContain('Pharmacie du Midi');
    expect(paper).not.toContain(fr('wizard.next'));
    expect(paper).not.toContain(fr('wizard.printer.title'));
    await press(next);
    // 6. The summary in plain words, then Done.
    await onScreen(fr('wizard.summary.title'));
    await shown(page.getByText('Ixelles / Elsene'));
    await press(button(fr('wizard.done')));
    await shown(page.getByRole('navigation', { name: fr('menu.label') }), 20_000);

    expect(screens.size, [...screens].join(' | ')).toBeLessThanOrEqual(6);
    expect(taps).toBeLessThanOrEqual(15);
    expect(taps).toBe(9);

    // The public kiosk: every language offered, Türkçe too.
    await page.goto(`${baseUrl()}/`);
    await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await shown(button('Nederlands'));
    expect(await button('Türkçe').count()).toBe(1);
    await tap(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await tap(button(text('fr', 'controls.help')));
    await tap(button(text('fr', 'finder.need.health')));
    // "Here: ask at the counter" for health questions; places with "put on my sheet" (printing on);
    // maps marking Ixelles as "You are here".
    await shown(page.getByText(text('fr', 'nearby.group.here'), { exact: true }), 20_000);
    await placesListed(page);
    await shown(page.getByRole('button', { name: text('fr', 'finder.addToPaper') }).first());
    await shown(page.getByRole('img', { name: new RegExp(`${text('fr', 'print:slip.map.here')} : Ixelles`, 'u') }).first());
    expect(errors).toEqual([]);
  },
);

test(
  'with the settings file from our network, only the commune and the counter are asked; the public kiosk then shows the choices',
  { timeout: 120_000 },
  async () => {
    const kiosk = await launchKiosk({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' });
    open.push(kiosk);
    const { page, errors } = kiosk;
    // The network's file: a maison médicale's kiosk in French, Dutch and Turkish, no printer, eID help at the counter.
    const file = join(dir, 'network.json');
    const settings = {
      siteKind: 'medical-house',
      siteName: 'Réseau Santé Bruxelles',
      defaultLanguage: 'fr',
      languagesOffered: ['fr', 'nl', 'tr'],
      idleSeconds: 120,
      warningSeconds: 30,
      communeName: 'Bruxelles',
      autoRead: false,
      printing: false,
      paperSize: 'a4',
      counterHelp: ['eid'],
    };
    writeFileSync(file, JSON.stringify({ kind: 'kiosque-esante-settings', version: 1, settings }));
    await chooseCode(page);

    const button = (name: string) => page.getByRole('button', { name, exact: true });
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.kind.title') }), 20_000);
    await tap(page.locator('summary', { hasText: fr('wizard.kind.fileTitle') }));
    await page.getByLabel(fr('wizard.kind.file')).setInputFiles(file);
    // Only what is local: the commune (Ixelles here), then what the staff help with (as in the file).
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.commune.title') }));
    await shown(page.getByText(fr('wizard.progress').replace('{{current}}', '1').replace('{{total}}', '3')));
    await tap(page.getByRole('button', { name: /^Ixelles\b/u }));
    await tap(button(fr('wizard.next')));
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.counter.title') }));
    expect(await button(text('fr', 'finder.need.eid')).getAttribute('aria-pressed')).toBe('true');
    await tap(button(fr('wizard.next')));
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.summary.title') }));
    await shown(page.getByText('Ixelles / Elsene'));
    await tap(button(fr('wizard.done')));
    await shown(page.getByRole('navigation', { name: fr('menu.label') }), 20_000);

    // The public kiosk: the network's languages (Türkçe, no English), no printing, eID help "here", Ixelles.
    await page.goto(`${baseUrl()}/`);
    await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await shown(button('Türkçe'));
    expect(await button('English').count()).toBe(0);
    await tap(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await tap(button(text('fr', 'controls.help')));
    await tap(button(text('fr', 'finder.need.eid')));
    await placesListed(page, { commune: 'Ixelles' });
    await shown(page.getByText(text('fr', 'nearby.group.here'), { exact: true }), 20_000);
    expect(await page.getByRole('button', { name: text('fr', 'finder.addToPaper') }).count()).toBe(0);
    await shown(page.getByRole('img', { name: new RegExp(`${text('fr', 'print:slip.map.here')} : Ixelles`, 'u') }).first());
    expect(errors).toEqual([]);
  },
);

test(
  '"Try it as a visitor" on the summary: the public kiosk with these answers for one walk, then back to the summary; a tap on the map sets the exact point',
  { timeout: 120_000 },
  async () => {
    const kiosk = await launchKiosk({ viewport: { width: 800, height: 1280 }, serviceWorkers: 'block' });
    open.push(kiosk);
    const { page, errors } = kiosk;
    await chooseCode(page);
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const next = button(fr('wizard.next'));

    // A pharmacy (health questions at the counter) in Ixelles, its exact point tapped on the map.
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.kind.title') }), 20_000);
    await tap(button(fr('settings.site.kinds.pharmacy')));
    await tap(next);
    await tap(page.getByRole('button', { name: /^Ixelles\b/u }));
    await tap(page.locator('summary', { hasText: fr('wizard.commune.preciseTitle') }));
    await shown(page.getByText(fr('moreSettings.position.notSet')));
    const map = page.locator('.position-picker svg[role="img"]');
    await shown(map);
    await tap(map);
    await shown(page.getByText(fr('moreSettings.position.set')));
    for (let i = 0; i < 4; i += 1) await tap(next);

    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.summary.title') }));
    await tap(button(fr('tryVisitor.button')));
    // The public kiosk, in a frame under "Back to set-up": a walk to help nearby with the answers given.
    await shown(page.getByText(fr('tryVisitor.title')));
    const visitor = page.frameLocator(`iframe[title="${fr('tryVisitor.frame')}"]`);
    await tap(visitor.getByRole('button', { name: text('fr', 'welcome.touch') }));
    await tap(visitor.getByRole('button', { name: text('fr', 'controls.help'), exact: true }));
    await tap(visitor.getByRole('button', { name: text('fr', 'finder.need.health'), exact: true }));
    await shown(visitor.getByText(text('fr', 'nearby.group.here'), { exact: true }), 20_000);
    // Back to the summary, staff mode still open; Done ends the set-up.
    await tap(button(fr('tryVisitor.back')));
    await gone(page.getByText(fr('tryVisitor.title')));
    await shown(page.getByRole('heading', { level: 1, name: fr('wizard.summary.title') }));
    await tap(button(fr('wizard.done')));
    await shown(page.getByRole('navigation', { name: fr('menu.label') }), 20_000);
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('kiosque.settings.v1') ?? '{}') as { location?: { lat: number; lon: number } },
    );
    // Ixelles's point, not Brussels-centre's: the tap was on Ixelles's cell.
    expect(stored.location?.lat).toBeGreaterThan(50.8);
    expect(stored.location?.lat).toBeLessThan(50.85);
    expect(stored.location?.lon).toBeGreaterThan(4.35);
    expect(stored.location?.lon).toBeLessThan(4.4);
    expect(errors).toEqual([]);
  },
);
