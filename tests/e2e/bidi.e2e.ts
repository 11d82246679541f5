/**
 * Right to left done right: in Arabic, what is not Arabic keeps its own order, as a person reads
 * it. Phone numbers on the help cards and on the printed slip read as they are dialled (written
 * plainly in an Arabic line, "02 279 22 11" shows as "11 22 279 02"); a French description ends
 * with its full stop at its end; the practice code reads 1 2 3 4 from left to right.
 *
 * What is checked is what the eye sees: the characters sorted by their place on screen (left to
 * right, Range.getBoundingClientRect per character), and the slip's PDF read back with
 * pdftotext, which writes right-to-left lines in visual order.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import practiceFlow from '../../flows/practice.flow';
import type { FlowConfig } from '../../flows/types';
import type { BuiltInInventory } from '../../src/data/place';
import { launchKiosk, shown, tap, text, type Kiosk, startSession } from './kiosk';

const practice: FlowConfig = practiceFlow;
const inventory = JSON.parse(readFileSync(new URL('../../public/data/inventory.json', import.meta.url), 'utf8')) as BuiltInInventory;
const byName = new Map(inventory.places.map((p) => [p.name, p]));

let kiosk: Kiosk;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'kiosk-bidi-'));

beforeAll(async () => {
  kiosk = await launchKiosk({ viewport: { width: 800, height: 1280 }, serviceWorkers: 'block', prints: true });
  page = kiosk.page;
});

afterAll(async () => {
  await kiosk?.close();
  rmSync(dir, { recursive: true, force: true });
});

const button = (name: string) => page.getByRole('button', { name, exact: true });

/** One character of a text as drawn: its horizontal centre and its line. */
type Drawn = { c: string; x: number; left: number; right: number; top: number };

/**
 * Where each character of `written` is drawn, in the first text node inside `within` that holds
 * it (the text node keeps the logical order, the screen the visual one); null when not found.
 */
async function drawn(within: Locator, written: string): Promise<Drawn[] | null> {
  return within.evaluate((root, s) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(s);
      if (at < 0) continue;
      return [...s].map((c, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const r = range.getBoundingClientRect();
        return { c, x: r.left + r.width / 2, left: r.left, right: r.right, top: Math.round(r.top) };
      });
    }
    return null;
  }, written);
}

/** The characters of a one-line text as the eye reads them, from left to right. */
function leftToRight(chars: readonly Drawn[]): string {
  return [...chars]
    .sort((a, b) => a.x - b.x)
    .map((d) => d.c)
    .join('');
}

/** Checks every card on screen: its phone number reads left to right as the data writes it. */
async function expectPhonesAsDialled(): Promise<string[]> {
  const checked: string[] = [];
  const cards = page.getByRole('article');
  await cards.first().waitFor();
  for (const card of await cards.all()) {
    const name = (await card.getByRole('heading').innerText()).trim();
    const place = byName.get(name);
    expect(place, `the card "${name}" is a place of the inventory`).toBeDefined();
    if (!place?.phone) continue;
    const chars = await drawn(card, place.phone);
    expect(chars, `${name}: its phone number is on the card`).not.toBeNull();
    expect(new Set(chars!.map((d) => d.top)).size, `${name}: the phone number is on one line`).toBe(1);
    expect(leftToRight(chars!), `${name}: the phone number as a person reads it`).toBe(place.phone);
    // And the number is laid out in its own left-to-right run, whatever the sentence around it.
    const style = await card.getByText(place.phone, { exact: true }).evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.direction} ${s.unicodeBidi}`;
    });
    expect(style, `${name}: the phone number's direction`).toBe('ltr isolate');
    checked.push(place.phone);
  }
  return checked;
}

/**
 * Help nearby in Arabic, with places that do not say they speak Arabic too, and "Show more"
 * until at least `phones` cards give a phone number (most places of the inventory give none).
 */
async function openHelpWithPhones(phones: number): Promise<void> {
  await startSession(page, 'ar');
  await tap(button(text('ar', 'controls.help')));
  await page.getByRole('article').first().waitFor();
  await tap(button(text('ar', 'finder.speaks').replace('{{language}}', 'العربية')));
  await page.waitForFunction(() => document.querySelectorAll('article').length >= 5);
  const withPhone = async () => {
    let n = 0;
    for (const card of await page.getByRole('article').all())
      if (byName.get((await card.getByRole('heading').innerText()).trim())?.phone) n++;
    return n;
  };
  for (let i = 0; i < 6 && (await withPhone()) < phones && (await button(text('ar', 'finder.showMore')).count()) > 0; i++) {
    const before = await page.getByRole('article').count();
    await tap(button(text('ar', 'finder.showMore')));
    await page.waitForFunction((n) => document.querySelectorAll('article').length > n, before);
  }
}

test('in Arabic, every phone number on the help cards reads as it is dialled, and a French description ends with its full stop', async () => {
  await startSession(page, 'ar');
  await tap(button(text('ar', 'controls.help')));
  const phones = await expectPhonesAsDialled();
  await openHelpWithPhones(4);
  phones.push(...(await expectPhonesAsDialled()));
  expect(new Set(phones).size, 'phone numbers checked').toBeGreaterThanOrEqual(4);

  // French descriptions on Arabic cards: the full stop is the rightmost character of the last line.
  let descriptions = 0;
  for (const card of await page.getByRole('article').all()) {
    const place = byName.get((await card.getByRole('heading').innerText()).trim())!;
    const description = place.description.fr;
    if (!description.endsWith('.')) continue;
    const chars = await drawn(card, description);
    expect(chars, `${place.name}: its description is on the card`).not.toBeNull();
    const stop = chars!.at(-1)!;
    const lastLine = chars!.filter((d) => d.top === stop.top && d.c.trim() !== '');
    const rightmost = Math.max(...lastLine.map((d) => d.right));
    expect(stop.right, `${place.name}: the full stop ends the French description ("${leftToRight(lastLine)}")`).toBeGreaterThanOrEqual(
      rightmost - 0.5,
    );
    descriptions++;
  }
  expect(descriptions, 'French descriptions checked').toBeGreaterThanOrEqual(1);
});

test('in Arabic, every phone number on the printed slip is printed as it is dialled', async () => {
  await openHelpWithPhones(3);
  // The first three cards that have a phone number go on the paper.
  const chosen: string[] = [];
  for (const card of await page.getByRole('article').all()) {
    if (chosen.length === 3) break;
    const place = byName.get((await card.getByRole('heading').innerText()).trim())!;
    if (!place.phone) continue;
    await tap(card.getByRole('button', { name: text('ar', 'finder.addToPaper') }));
    chosen.push(place.phone);
  }
  expect(chosen.length).toBe(3);
  await shown(page.getByRole('region', { name: text('ar', 'finder.paperTitle') }));

  const pdf = join(dir, 'slip-ar.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftotext', ['-layout', pdf, join(dir, 'slip-ar.txt')]);
  // pdftotext writes lines in the order they are seen, wrapped in direction marks: drop those.
  const paper = readFileSync(join(dir, 'slip-ar.txt'), 'utf8').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  for (const phone of chosen) expect(paper, `the slip prints ${phone} as it is dialled`).toContain(phone);
});

test('in Arabic, the practice code reads 1 2 3 4 from left to right', async () => {
  await startSession(page, 'ar', { topic: practice.id });
  const keypadTitle = text('ar', practice.states['typeCode']!.meta.title);
  for (let i = 0; i < 5 && (await page.getByRole('heading', { level: 1, name: keypadTitle, exact: true }).count()) === 0; i++) {
    await tap(button(text('ar', 'step.next')));
  }
  const code = practice.states['typeCode']!.meta.keypad!.practiceCode.split('').join(' ');
  const note = await shown(page.getByRole('note').filter({ hasText: code }));
  const chars = await drawn(note, code);
  expect(chars, 'the practice code is in the warning').not.toBeNull();
  expect(new Set(chars!.map((d) => d.top)).size, 'the practice code is on one line').toBe(1);
  expect(leftToRight(chars!)).toBe(code);
});
