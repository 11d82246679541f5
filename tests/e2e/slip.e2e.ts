/**
 * The take-away slip as a person gets it: in the built app, Help nearby → eID card and PIN (and,
 * when the finder asks, "I live in Schaerbeek"), places put on the paper, printed by Chromium to
 * an A4 PDF (the default settings: printing on, A4) and read back with pdftotext. The paper says
 * the hours in words, who may come, the day it was printed, the map's caption; it has a QR code
 * to call only for a place with a phone, never "call first" without a number, never the staff's
 * notes, nothing about the person (not the time of the visit, not the question asked), and each
 * map lies inside the page. SLIP_SHOTS=<folder> keeps the PDF, its pages as PNG and the screen.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import inventory from '../../public/data/inventory.json';
import type { BuiltInPlace, Commune } from '../../src/data/place';
import { weekLines } from '../../src/help/hours-words';
import { bilingualName } from '../../src/map/commune-names';
import { baseUrl, launchKiosk, text, type Kiosk, shownAfter } from './kiosk';

const places = inventory.places as BuiltInPlace[];
const communes = inventory.communes as Commune[];
/** The moment of the visit: its time of day must never reach the paper. */
const VISIT = new Date('2026-12-15T10:37:00');
const shots = process.env['SLIP_SHOTS'];
let kiosk: Kiosk;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'kiosk-slip-'));

beforeAll(async () => {
  kiosk = await launchKiosk({ viewport: { width: 1080, height: 1920 }, serviceWorkers: 'block', prints: true });
  page = kiosk.page;
  await page.clock.install({ time: VISIT });
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

const squash = (s: string) =>
  s
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

test('the printed slip says hours in words, who may come, the date and the map, with a call code only where there is a phone, and nothing about the person', async () => {
  await page.goto(`${baseUrl()}/`);
  await press(new RegExp(text('fr', 'welcome.touch')));
  await press(text('fr', 'controls.help'));
  // Places put on paper from the needs' lists, until the paper holds (at most three) a place with
  // a phone, one without, one that says who may come, and known hours. When the finder asks where the
  // person lives (residents-only desks), they answer Schaerbeek.
  type Card = { index: number; place: BuiltInPlace };
  const chosen: Card[] = [];
  const unmet = () =>
    [
      (p: BuiltInPlace) => !!p.phone,
      (p: BuiltInPlace) => !p.phone,
      (p: BuiltInPlace) => p.eligibility !== '',
      (p: BuiltInPlace) => weekLines(p.openingHours, 'fr').length > 0,
    ].filter((wanted) => !chosen.some((c) => wanted(c.place)));
  let asked = false;
  let previous: string | undefined;
  for (const need of ['eid', 'social', 'computer', 'health']) {
    if (unmet().length === 0 || chosen.length === 3) break;
    if (previous) await press(text('fr', `finder.need.${previous}`));
    await press(text('fr', `finder.need.${need}`));
    previous = need;
    const residence = page.locator('section.residence');
    await page.getByRole('article').first().or(residence).first().waitFor();
    await page.clock.runFor(600);
    if ((await residence.count()) > 0) {
      asked = true;
      await residence
        .getByRole('button', { name: /Schaerbeek/ })
        .first()
        .tap();
      await page.clock.runFor(600);
      await residence.waitFor({ state: 'detached' });
    }
    await shownAfter(page.getByRole('article').first(), { onClock: true });
    const cards = page.getByRole('article');
    const onScreen: Card[] = [];
    for (let i = 0; i < (await cards.count()); i++) {
      const name = squash(await cards.nth(i).getByRole('heading').first().innerText());
      const place = places.find((p) => squash(p.name) === name);
      if (place && !chosen.some((c) => c.place.id === place.id)) onScreen.push({ index: i, place });
    }
    // The card that meets most of what is still missing, while any meets something.
    for (;;) {
      const wanted = unmet();
      const best = onScreen.map((c) => ({ c, score: wanted.filter((w) => w(c.place)).length })).sort((a, b) => b.score - a.score)[0];
      if (!best || best.score === 0 || chosen.length === 3) break;
      chosen.push(best.c);
      onScreen.splice(onScreen.indexOf(best.c), 1);
      await cards
        .nth(best.c.index)
        .getByRole('button', { name: text('fr', 'finder.addToPaper') })
        .tap();
      await page.clock.runFor(600);
    }
  }
  expect(unmet(), `on paper: ${chosen.map((c) => c.place.id).join(', ')}`).toHaveLength(0);
  await page.getByRole('region', { name: text('fr', 'finder.paperTitle') }).waitFor();

  // Printed to A4, read back.
  const pdf = join(dir, 'slip.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  // Reading order (not -layout): a place's words are not interleaved with its map's names.
  execFileSync('pdftotext', [pdf, join(dir, 'slip.txt')]);
  const paper = squash(readFileSync(join(dir, 'slip.txt'), 'utf8'));
  // A place's words, from its text column only (the start side of A4, before the map: 18 mm
  // margin + the column, in points), so that the map's names never come between them.
  execFileSync('pdftotext', ['-x', '0', '-y', '0', '-W', '300', '-H', '842', pdf, join(dir, 'slip-column.txt')]);
  const column = squash(readFileSync(join(dir, 'slip-column.txt'), 'utf8'));
  // Kept for a person to look at (the PDF, its pages as PNG, the screen), when asked.
  if (shots) {
    mkdirSync(shots, { recursive: true });
    copyFileSync(pdf, join(shots, 'slip.pdf'));
    copyFileSync(join(dir, 'slip.txt'), join(shots, 'slip.txt'));
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(shots, 'slip-page')]);
    await page.screenshot({ path: join(shots, 'screen.png') });
  }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

  for (const { place } of chosen) {
    expect(column, `${place.id}: its name`).toContain(squash(place.name));
    // Hours in words: the week as "lun.–ven. 8:00–13:00", never the OSM text.
    const week = place.openingHours === '24/7' ? [] : weekLines(place.openingHours, 'fr');
    if (place.openingHours === '24/7') expect(column).toContain(text('fr', 'hours.always'));
    for (const line of week) expect(column, `${place.id}: hours in words`).toContain(squash(line));
    if (place.openingHours && week.length > 0) expect(paper, `${place.id}: not the raw OSM hours`).not.toContain(place.openingHours);
    // Who may come.
    const commune = communes.find((c) => c.nameFr === place.commune);
    if (place.eligibility === 'residents' && commune) {
      expect(column, `${place.id}: who may come`).toContain(
        text('fr', 'print:slip.who.residents').replace('{{commune}}', bilingualName(commune, 'fr')),
      );
    }
    // A phone line for anyone (DocStop): nobody "comes", the paper says "by phone" instead.
    if (place.eligibility === 'anyone' && place.access.includes('phone'))
      expect(column, `${place.id}: by phone, no "who may come"`).toContain(text('fr', 'print:slip.access.phone'));
    else if (place.eligibility === 'anyone') expect(column, `${place.id}: who may come`).toContain(text('fr', 'print:slip.who.anyone'));
    if (place.eligibility === 'members') expect(column, `${place.id}: who may come`).toContain(text('fr', 'print:slip.who.members'));
    // Staff notes never reach paper.
    if (place.notes) expect(paper, `${place.id}: staff notes`).not.toContain(squash(place.notes).slice(0, 40));
  }

  // The day it was printed, at the foot; the data's date.
  const today = new Intl.DateTimeFormat('fr', { dateStyle: 'long', numberingSystem: 'latn' }).format(VISIT);
  expect(paper).toContain(text('fr', 'print:slip.printedOn').replace('{{date}}', today));
  expect(paper).toContain(text('fr', 'print:slip.readOn').replace('{{date}}', '4 décembre 2026'));
  // Nothing about the person: not the time of the visit, not the question they answered.
  expect(paper).not.toContain('10:37');
  expect(paper).not.toContain('10 h 37');
  if (asked) expect(paper).not.toContain(text('fr', 'nearby.residence.title'));

  // The map: its caption once per place in a commune, with the kiosk's commune as "You are here".
  const mapped = chosen.filter((c) => communes.some((k) => k.nameFr === c.place.commune)).length;
  expect(paper.split(text('fr', 'print:slip.map.caption')).length - 1).toBe(mapped);
  expect(paper).toContain(text('fr', 'print:slip.map.legendHere').replace('{{here}}', 'Bruxelles / Brussel'));

  // A QR code to call, only where there is a phone; "call first" only next to a number.
  const slip = page.locator('.take-away');
  for (const { place } of chosen) {
    const article = slip.locator(`article[data-place="${place.id}"]`);
    const codes = article.locator('svg.qr');
    if (place.phone) {
      expect(await codes.count(), `${place.id}: a code to call`).toBe(1);
      expect(await codes.getAttribute('aria-label')).toBe(place.phone);
    } else {
      expect(await codes.count(), `${place.id}: no code without a phone`).toBe(0);
      const words = squash((await article.textContent()) ?? '');
      expect(words, `${place.id}: no "call" without a number`).not.toMatch(/appel/i);
    }
  }
  expect(paper).not.toContain(text('fr', 'finder.paperLead'));
  expect(paper).not.toContain(text('fr', 'help.hoursUnknown'));

  // Every map lies inside its page: its names and caption are within the page's box in the PDF.
  execFileSync('pdftotext', ['-bbox', pdf, join(dir, 'slip-bbox.html')]);
  const bbox = readFileSync(join(dir, 'slip-bbox.html'), 'utf8');
  const pageBoxes = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  expect(pageBoxes).toHaveLength(pages);
  const mapWords = new Set(['Ukkel', 'Evere', 'Jette', 'Ganshoren', 'Watermaal-', 'Sint-Pieters-', 'Anderlecht', 'Croquis']);
  let seen = 0;
  for (const [, w, h, body] of pageBoxes) {
    for (const m of body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      if (!mapWords.has(m[5]!)) continue;
      seen++;
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      expect(x0 >= 0 && y0 >= 0 && x1 <= Number(w) && y1 <= Number(h), `"${m[5]}" at ${x0},${y0}–${x1},${y1} inside ${w}×${h}`).toBe(true);
    }
  }
  expect(seen, 'the map names are printed').toBeGreaterThanOrEqual(mapped * 6);
  // And on the printed layout, each map's drawing is whole within the text column of A4 (174 mm).
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.round((174 / 25.4) * 96), height: 1200 });
  for (const box of await page
    .locator('.take-away .commune-map__svg')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.width).toBeGreaterThan(200);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(Math.round((174 / 25.4) * 96) + 0.5);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1080, height: 1920 });
});
