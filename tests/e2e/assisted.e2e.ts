/**
 * Staff mode's "explain together" (N7) and helper's guide (N12) in the built app, in Chromium:
 * the consent information sheet printed to PDF (Chromium's print-to-PDF, A4) in the person's
 * language holds the consent topic's own texts and nothing of the staff screen around it;
 * the screens pass axe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, languages, launchKiosk, openStaff as openStaffWithCode, openStaffPart, shown, text, type Kiosk } from './kiosk';

const PDFTOTEXT = process.env['PDFTOTEXT'] ?? '/usr/bin/pdftotext';
const PDFINFO = process.env['PDFINFO'] ?? '/usr/bin/pdfinfo';

let kiosk: Kiosk;
let page: Page;
let dir: string;

beforeAll(async () => {
  kiosk = await launchKiosk({ serviceWorkers: 'block', prints: true });
  page = kiosk.page;
  dir = mkdtempSync(join(tmpdir(), 'kiosk-pdf-'));
  await openStaff();
});

afterAll(async () => {
  await kiosk?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens staff mode: sets up a staff code on this fresh kiosk (or types it), keeps the settings as they are. */
async function openStaff(): Promise<void> {
  await openStaffWithCode(page, '739264');
  await shown(page.getByRole('navigation', { name: text('fr', 'staff:menu.label') }), 20_000);
}

/** Opens a part of staff mode from its menu, afresh (through the menu, so that it starts at its beginning). */
async function openPart(part: 'assisted' | 'guide', title: string): Promise<void> {
  await openStaffPart(page, part);
  await shown(page.getByRole('heading', { level: 1, name: title }), 20_000);
}

/**
 * Text without any white space (line breaks fall anywhere in a PDF, also after the hyphen of
 * "e-mails"), soft hyphens or apostrophe variants, for comparing PDF text with the locale files.
 */
const flat = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00AD\s]/gu, '')
    .replace(/[’']/gu, "'");

describe('explain together', () => {
  test('the screen passes axe, on the topic list and on a consent step', async () => {
    await openPart('assisted', text('fr', 'staff:assisted.title'));
    expect(await axeViolations(page, 'assisted: topics')).toEqual([]);
    await page.getByRole('button', { name: text('fr', 'consent:tile'), exact: true }).click();
    await shown(page.locator('#assisted-topic-title').getByText(text('fr', 'consent:tile')));
    await page
      .getByRole('navigation', { name: /Les étapes/u })
      .getByRole('button', { name: new RegExp(text('fr', 'consent:compare.title')) })
      .first()
      .click();
    await shown(page.locator('.patient-step').getByText(text('fr', 'consent:compare.pro1')));
    expect(await axeViolations(page, 'assisted: consent step')).toEqual([]);
    expect(kiosk.errors).toEqual([]);
  });

  for (const lang of ['nl', 'pl']) {
    test(`the consent sheet printed to PDF (A4) in ${lang}: the consent texts of that language, nothing of the staff screen`, async () => {
      await openPart('assisted', text('fr', 'staff:assisted.title'));
      await page.getByLabel(text('fr', 'staff:assisted.patientLanguage'), { exact: true }).selectOption(lang);
      await page.getByRole('button', { name: text('fr', 'staff:assisted.sheet.open'), exact: true }).click();
      const sheet = page.locator(`.consent-sheet[lang="${lang}"]`);
      await shown(sheet.getByRole('heading', { level: 4, name: text(lang, 'consent:tile') }));

      const pdf = join(dir, `consent-${lang}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
      const info = execFileSync(PDFINFO, [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/u);
      const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);

      const printed = flat(execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      const printedRaw = flat(execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      const has = (s: string) => printed.includes(flat(s)) || printedRaw.includes(flat(s));
      for (const key of [
        'tile',
        'what.title',
        'what.body1',
        'facts.body2',
        'compare.left',
        'compare.right',
        'compare.pro1',
        'compare.con1',
        'compare2.pro2',
        'compare2.con2',
        'choices.title',
        'agree.title',
        'refuse.body1',
        'nothing.title',
        'change.title',
        'exclude.title',
        'document.title',
        'online.title',
        'desk.title',
        'desk.body2',
      ]) {
        expect(has(text(lang, `consent:${key}`)), `consent:${key} (${lang}) on paper`).toBe(true);
      }
      // Nothing of the staff screen: no menu, no talking points, no buttons, no sources list.
      for (const staffText of [
        text('fr', 'staff:assisted.title'),
        text('fr', 'staff:menu.directory'),
        text('fr', 'staff:assisted.sheet.print'),
        text('fr', 'staff:assisted.topicPoints'),
        text('fr', 'guide:talk.consent.valid'),
        text('fr', 'staff:app.backToKiosk'),
      ]) {
        expect(has(staffText), `"${staffText}" must not be printed`).toBe(false);
      }
      expect(printed).not.toMatch(/https?:\/\//u);
      expect(kiosk.errors).toEqual([]);
    });
  }

  test('every language the kiosk has can be chosen for the sheet', async () => {
    await openPart('assisted', text('fr', 'staff:assisted.title'));
    const options = await page
      .getByLabel(text('fr', 'staff:assisted.patientLanguage'), { exact: true })
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(languages.map((l) => l.code));
  });
});

describe('the helper’s guide', () => {
  test('shows the do’s and don’ts and the glossary, and passes axe', async () => {
    await openPart('guide', text('fr', 'guide:title'));
    await shown(page.getByText(text('fr', 'guide:beside.dont.code')));
    await shown(page.getByRole('term').filter({ hasText: text('fr', 'guide:glossary.sumehr.term') }));
    expect(await axeViolations(page, 'guide')).toEqual([]);
    expect(kiosk.errors).toEqual([]);
  });
});
