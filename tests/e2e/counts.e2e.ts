/**
 * Anonymous usage counts (N15) in the built app: three sessions in Chromium (different
 * languages, topics, Stop and inactivity), then the kiosk's IndexedDB read directly. The counters
 * must be exactly what happened, and nothing else may be stored: no text, no identifier, no time
 * finer than the hour, no order of screens per person. Then staff export them as CSV.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchKiosk, openKiosk, openStaff, shown, stopAndWipe, tap, text, type Kiosk } from './kiosk';

/** The stored shapes, as usage-store.ts defines them (repeated here on purpose: this test reads the raw database). */
const HOUR = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3])$/u;
const METRIC =
  /^(?:session|session-end:(?:stop|idle)|language:[a-z]{2,3}|topic-(?:start|finish):[a-z0-9-]+|(?:topic-abandon|teach-back-retry):[a-z0-9-]+:[A-Za-z][A-Za-z0-9-]*|finder-open|finder-filter:[a-z0-9-]+|slip-printed|error)$/u;

let kiosk: Kiosk;
let page: Page;

beforeAll(async () => {
  kiosk = await launchKiosk();
  page = kiosk.page;
  // A fixed start, early in an hour, so that every count falls in the same hour bucket.
  await page.clock.install({ time: new Date(2026, 10, 29, 10, 5, 0) });
});

afterAll(async () => {
  await kiosk?.close();
});

const button = (name: string) => page.getByRole('button', { name, exact: true });
const h1 = () => page.getByRole('heading', { level: 1 });
const welcome = () => page.getByRole('button', { name: text('fr', 'welcome.touch') });

/** Taps a button and waits until the heading has changed. */
async function tapAndWait(name: string): Promise<void> {
  const before = await h1().innerText();
  await tap(button(name));
  await expect.poll(() => h1().innerText()).not.toBe(before);
}

async function next(lang: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await tapAndWait(text(lang, 'step.next'));
}

/** Every row of the `usage` store, read with the plain IndexedDB API, with its primary key. */
function readUsageStore(): Promise<{ stores: string[]; rows: { key: unknown; value: Record<string, unknown> }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('kiosque-esante');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (!stores.includes('usage')) {
            db.close();
            resolve({ stores, rows: [] });
            return;
          }
          const rows: { key: unknown; value: Record<string, unknown> }[] = [];
          const cursor = db.transaction('usage', 'readonly').objectStore('usage').openCursor();
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (c) {
              rows.push({ key: c.primaryKey, value: c.value as Record<string, unknown> });
              c.continue();
            } else {
              db.close();
              resolve({ stores, rows });
            }
          };
        };
      }),
  );
}

/** The counters as "metric → count" (every row of the one hour). */
async function counters(): Promise<Record<string, number>> {
  const { rows } = await readUsageStore();
  return Object.fromEntries(rows.map((r) => [String(r.value['metric']), Number(r.value['count'])]));
}

describe('anonymous counts', () => {
  test('three sessions become exact hourly counters, and nothing else is stored', async () => {
    await openKiosk(page);
    const hour = await page.evaluate(() => {
      const d = new Date();
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}`;
    });
    expect(hour).toMatch(/T10$/u);

    // 1. French (the default: no language chosen), consent, four steps in (past the two
    //    comparisons, to the three locks), then Stop.
    await tap(welcome());
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));
    await tapAndWait(text('fr', 'consent:tile'));
    await next('fr', 4);
    await stopAndWipe(page, 'fr');
    await shown(welcome());

    // 2. English, the shared-record topic to its end (the people who help), one finder filter,
    //    then nobody touches the screen: the warning, then the reset.
    await tap(button('English'));
    await shown(page.getByRole('heading', { level: 1, name: text('en', 'home.title') }));
    await tapAndWait(text('en', 'shared-record:tile'));
    while ((await button(text('en', 'step.next')).count()) > 0) await tapAndWait(text('en', 'step.next'));
    await shown(page.getByRole('heading', { level: 1, name: text('en', 'shared-record:help.title') }));
    await tap(button(text('en', 'finder.need.eid')));
    await expect.poll(() => button(text('en', 'finder.need.eid')).getAttribute('aria-pressed')).toBe('true');
    await page.clock.fastForward('01:31');
    await shown(page.getByRole('alertdialog', { name: text('en', 'idle.title') }));
    await page.clock.runFor(31_000);
    await shown(welcome());

    // 3. Nederlands, consent to the second teach-back question, a wrong answer (a second look),
    //    then Stop on the step it led back to.
    await tap(button('Nederlands'));
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'home.title') }));
    await tapAndWait(text('nl', 'consent:tile'));
    await next('nl', 7);
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'consent:choices.title') }));
    await tapAndWait(text('nl', 'consent:choices.done'));
    await next('nl', 5);
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'consent:checkChange.title') }));
    await tapAndWait(text('nl', 'consent:checkChange.yes'));
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'consent:checkNever.title') }));
    await tapAndWait(text('nl', 'consent:checkNever.yes'));
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'consent:never.title') }));
    await stopAndWipe(page, 'nl');
    await shown(welcome());

    // Written at the end of each session (no need to wait for the batch delay).
    const expected = {
      session: 3,
      'session-end:stop': 2,
      'session-end:idle': 1,
      'language:en': 1,
      'language:nl': 1,
      'topic-start:consent': 2,
      'topic-start:shared-record': 1,
      'topic-finish:shared-record': 1,
      'topic-abandon:consent:locks': 1,
      'topic-abandon:consent:never': 1,
      'teach-back-retry:consent:checkNever': 1,
      'finder-open': 1,
      'finder-filter:eid': 1,
    };
    await expect
      .poll(counters, { timeout: 15_000, message: 'usage counters after three sessions (empty: is the recorder started from src/main.tsx?)' })
      .toEqual(expected);
    // Later batches add nothing that did not happen.
    await page.clock.runFor(10_000);
    expect(await counters()).toEqual(expected);

    const { stores, rows } = await readUsageStore();
    expect(stores.sort()).toEqual(['meta', 'places', 'previousPlaces', 'usage']);
    for (const { key, value } of rows) {
      // Exactly { hour, metric, count }; the key is [hour, metric]; the hour is the hour, no finer.
      expect(Object.keys(value).sort()).toEqual(['count', 'hour', 'metric']);
      expect(value['hour']).toBe(hour);
      expect(value['hour']).toMatch(HOUR);
      expect(value['metric']).toMatch(METRIC);
      expect(Number.isInteger(value['count']) && Number(value['count']) > 0).toBe(true);
      expect(key).toEqual([value['hour'], value['metric']]);
    }
    // No text of any screen, no order of screens: the store holds counts per metric, nothing per person.
    const stored = JSON.stringify(rows);
    for (const shownText of [text('nl', 'consent:never.title'), text('en', 'finder.need.eid'), 'Nederlands', 'English']) expect(stored).not.toContain(shownText);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(kiosk.errors).toEqual([]);
  });

  test('staff export them as CSV from the counts screen (metric, hour, count)', async () => {
    // A kiosk without a staff code yet: set one up (part A's set-up), then the settings as they are.
    await openStaff(page, '482915');
    await page.getByRole('navigation', { name: text('fr', 'staff:menu.label') }).getByRole('button', { name: text('fr', 'staff:menu.counts'), exact: true }).click({ timeout: 20_000 });
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'staff:counts.title') }), 20_000);
    const sessions = page.getByRole('figure', { name: text('fr', 'staff:counts.chart.sessionsByDay') });
    await shown(sessions);
    expect(await sessions.locator('table tbody tr').last().locator('td').innerText()).toBe('3');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text('fr', 'staff:counts.export.button'), exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('comptages-2026-11-29.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/u, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('"metric","hour","count"');
    expect(lines.slice(1).sort()).toEqual(
      [
        ['finder-filter:eid', 1],
        ['finder-open', 1],
        ['language:en', 1],
        ['language:nl', 1],
        ['session', 3],
        ['session-end:idle', 1],
        ['session-end:stop', 2],
        ['teach-back-retry:consent:checkNever', 1],
        ['topic-abandon:consent:locks', 1],
        ['topic-abandon:consent:never', 1],
        ['topic-finish:shared-record', 1],
        ['topic-start:consent', 2],
        ['topic-start:shared-record', 1],
      ]
        .map(([metric, count]) => `"${metric}","2026-11-29T10","${count}"`)
        .sort(),
    );
    expect(kiosk.errors).toEqual([]);
  });
});
