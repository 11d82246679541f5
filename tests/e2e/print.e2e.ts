/**
 * What a person takes away on paper, printed by Chromium to PDF and read back with pdftotext:
 * the questions for the doctor (only the ones chosen, nothing personal), the consent points to
 * remember, the slip of places chosen in the help finder (with their QR codes), and the staff's
 * consent information sheet in the person's language. Every sheet starts with a header
 * "Kiosque e-Santé — topic — printed on <today>" in its language, prints its title, and no
 * button. Also: the finder answers "someone who helps with my PIN, speaks my language, near
 * here" within 3 taps of home.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import doctorQuestionsFlow from '../../flows/doctor-questions.flow';
import type { FlowConfig } from '../../flows/types';
import { baseUrl, launchKiosk, openStaff, openStaffPart, shown, text, type Kiosk, shownAfter } from './kiosk';

const doctorQuestions: FlowConfig = doctorQuestionsFlow;
let kiosk: Kiosk;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'kiosk-print-'));

beforeAll(async () => {
  kiosk = await launchKiosk({ serviceWorkers: 'block', prints: true });
  page = kiosk.page;
  await page.clock.install();
});

afterAll(async () => {
  await kiosk?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function press(name: string | RegExp): Promise<void> {
  await page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .tap();
  await page.clock.runFor(600);
}

/** The page printed to PDF (print stylesheet), as plain text. */
async function printedText(name: string, on: Page = page): Promise<string> {
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await on.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftotext', ['-layout', pdf, join(dir, `${name}.txt`)]);
  return readFileSync(join(dir, `${name}.txt`), 'utf8').replace(/\s+/g, ' ');
}

/** The header a sheet in `lang` about `topicKey` must start with, dated today (the page's today). */
async function headerOf(lang: string, topicKey: string, on: Page = page): Promise<string> {
  const today = await on.evaluate(
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', numberingSystem: 'latn' }).format(new Date()),
    lang,
  );
  return text(lang, 'print:header').replace('{{topic}}', text(lang, topicKey)).replace('{{date}}', today).replace(/\s+/g, ' ');
}

/** The labels of the kiosk's buttons that must never be printed: the controls, the step's tools. */
function buttonLabels(lang: string): string[] {
  const keys = [
    'controls.home',
    'controls.back',
    'controls.read',
    'controls.language',
    'controls.help',
    'controls.stop',
    'step.next',
    'step.print',
    'step.finish',
    'contents.open',
    'finder.print',
    'finder.addToPaper',
    'finder.showMore',
  ];
  return keys.map((k) => text(lang, k));
}

/** Says which button labels a printed text holds (whole words: "Imprimer" is not "imprimé"). */
function printedButtons(paper: string, labels: readonly string[]): string[] {
  return labels.filter((label) => new RegExp(`(^|[^\\p{L}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(paper));
}

test('the printed questions hold the chosen questions, and nothing else of the screen', async () => {
  await page.goto(`${baseUrl()}/`);
  await press(new RegExp(text('fr', 'welcome.touch')));
  await press(text('fr', 'doctor-questions:tile'));
  await press(text('fr', 'step.next'));
  const options = Object.values(doctorQuestions.states).flatMap((s) => s.meta.options ?? []);
  const first = options[0]!;
  const third = options[2]!;
  await press(text('fr', first.label));
  await press(text('fr', third.label));
  // On to the list (every multi-choice screen has Next).
  for (let i = 0; i < 5 && (await page.getByRole('button', { name: text('fr', 'step.print'), exact: true }).count()) === 0; i++) {
    await press(text('fr', 'step.next'));
  }
  const paper = await printedText('questions');
  expect(paper).toContain(text('fr', first.label).replace(/\s+/g, ' '));
  expect(paper).toContain(text('fr', third.label).replace(/\s+/g, ' '));
  for (const other of options.filter((o) => o !== first && o !== third))
    expect(paper).not.toContain(text('fr', other.label).replace(/\s+/g, ' '));
  // Nothing of the frame: no control bar, no Next, no step counter.
  expect(paper).not.toContain(text('fr', 'controls.stop'));
  expect(paper).not.toContain(text('fr', 'step.next'));
  // Its header, then its title; no button.
  const header = await headerOf('fr', doctorQuestions.tile.label);
  expect(paper.trimStart().startsWith(header), `the sheet starts with "${header}"`).toBe(true);
  expect(paper).toContain(text('fr', 'doctor-questions:list.title'));
  expect(printedButtons(paper, buttonLabels('fr'))).toEqual([]);
});

test('the printed consent points hold their header, their title and no button', async () => {
  await page.goto(`${baseUrl()}/`);
  await press(new RegExp(text('fr', 'welcome.touch')));
  await press(text('fr', 'consent:tile'));
  // To the points to remember through "All the steps".
  await press(text('fr', 'contents.open'));
  await press(text('fr', 'consent:recap.title'));
  await page.getByRole('button', { name: text('fr', 'step.print'), exact: true }).waitFor();
  const paper = await printedText('consent-recap');
  const header = await headerOf('fr', 'consent:tile');
  expect(paper.trimStart().startsWith(header), `the sheet starts with "${header}"`).toBe(true);
  expect(paper).toContain(text('fr', 'consent:recap.title'));
  expect(paper).toContain(text('fr', 'consent:recap.item1'));
  expect(printedButtons(paper, buttonLabels('fr'))).toEqual([]);
});

test('from the end of a topic to a place card to the printed slip', async () => {
  await page.goto(`${baseUrl()}/`);
  await press(new RegExp(text('fr', 'welcome.touch')));
  await press(text('fr', 'eid-pin:tile'));
  for (let i = 0; i < 30 && (await page.getByRole('button', { name: text('fr', 'step.finish'), exact: true }).count()) === 0; i++) {
    const next = page.getByRole('button', { name: text('fr', 'step.next'), exact: true });
    if (await next.count()) await press(text('fr', 'step.next'));
    else
      await page
        .locator('.options .btn')
        .first()
        .tap()
        .then(() => page.clock.runFor(600));
  }
  // The eID topic's help is the population desk of the commune where the person lives: asked once.
  await page.getByRole('heading', { name: text('fr', 'nearby.residence.title') }).waitFor();
  await press(/^Saint-Gilles/);
  const card = page.getByRole('article').first();
  const name = (await card.getByRole('heading').innerText()).trim();
  await card.getByRole('button', { name: text('fr', 'finder.addToPaper') }).tap();
  await page.clock.runFor(600);
  await page.getByRole('region', { name: text('fr', 'finder.paperTitle') }).waitFor();
  const paper = await printedText('slip');
  expect(paper).toContain(text('fr', 'finder.paperTitle'));
  expect(paper).toContain(name.replace(/\s+/g, ' '));
  expect(paper).toContain(text('fr', 'finder.paperFooter'));
  // Only the slip: not the other cards, not the controls.
  expect(paper).not.toContain(text('fr', 'controls.stop'));
  expect(paper).not.toContain(text('fr', 'finder.addToPaper'));
  // Saint-Gilles' town hall has a phone: a code to call it (never a web link).
  expect(await page.locator('.take-away .qr').count()).toBeGreaterThan(0);
  // Its header names the topic the person came from; no button.
  const header = await headerOf('fr', 'eid-pin:tile');
  expect(paper.trimStart().startsWith(header), `the sheet starts with "${header}"`).toBe(true);
  expect(printedButtons(paper, buttonLabels('fr'))).toEqual([]);
});

test("the staff's consent sheet, in the person's language, holds its header, its title and no button", async () => {
  // Staff mode on a kiosk of its own (real timers: the staff code is checked with PBKDF2).
  const staff = await launchKiosk({ serviceWorkers: 'block', prints: true });
  try {
    const on = staff.page;
    await openStaff(on, '739264');
    await openStaffPart(on, 'assisted');
    await on.getByLabel(text('fr', 'staff:assisted.patientLanguage')).selectOption('es');
    await on.getByRole('button', { name: text('fr', 'staff:assisted.sheet.open'), exact: true }).click();
    await shown(on.locator('.consent-sheet[lang="es"]').getByRole('heading', { level: 4, name: text('es', 'consent:tile') }));
    const paper = await printedText('consent-sheet-es', on);
    const header = await headerOf('es', 'consent:tile', on);
    expect(paper.trimStart().startsWith(header), `the sheet starts with "${header}"`).toBe(true);
    expect(paper).toContain(text('es', 'consent:what.title'));
    const staffButtons = [
      'staff:assisted.sheet.print',
      'staff:assisted.allTopics',
      'staff:assisted.previous',
      'staff:assisted.next',
      'staff:menu.back',
    ].map((k) => text('fr', k));
    expect(printedButtons(paper, [...staffButtons, ...buttonLabels('es')])).toEqual([]);
  } finally {
    await staff.close();
  }
});

test('"someone who helps with my PIN, speaks my language, for where I live" in 3 taps (Arabic)', async () => {
  await page.goto(`${baseUrl()}/`);
  await press('العربية'); // the language, on the welcome screen: not a tap of the answer path
  await page.getByRole('heading', { level: 1, name: text('ar', 'home.title') }).waitFor();
  await press(text('ar', 'controls.help')); // 1
  await press(text('ar', 'finder.need.eid')); // 2
  // Only the commune where the person lives can help with the eID: asked once, before any desk.
  expect(await page.getByRole('article').count()).toBe(0);
  await press(/^Bruxelles/); // 3
  const speaks = page.getByRole('button', { name: text('ar', 'finder.speaks').replace('{{language}}', 'العربية') });
  expect(await speaks.getAttribute('aria-pressed')).toBe('true');
  await shownAfter(page.getByRole('article').first(), { onClock: true });
  // Places known to speak Arabic come first; when there are too few, the nearest others follow,
  // under a heading that says their language is not known.
  const cards = await page.getByRole('article').count();
  expect(cards).toBeGreaterThanOrEqual(3);
  const main = await page.locator('main').innerText();
  expect(main).toContain(text('ar', 'service.eid-pin-help'));
  // The first card is the City of Brussels' own desk, said to be for its residents.
  expect(await page.getByRole('article').first().getByRole('heading').innerText()).toMatch(/Bruxelles/);
});
