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
import { baseUrl, enterSetupToken, launchKiosk, placesListed, shown, tap, text, type Kiosk } from './kiosk';

const CODE = '482915';
const fr = (key: string) => text('fr', `staff:${key}`);
const open: Kiosk[] = [];

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
    const kiosk = await launchKiosk({ viewport: { width: 800, height: 1280 } });
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
