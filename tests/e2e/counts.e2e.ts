/**
 * Anonymous usage counts (N15, issue 16) in the built app, the kiosk's IndexedDB read directly.
 * One session then Stop: only the day's session count is stored, nothing of its language, topic
 * or step, and the staff CSV says "fewer than 5". Five sessions (different languages, topics,
 * Stop and inactivity): the day's details appear, exactly what happened, summed by day, and
 * nothing else is stored: no text, no identifier, no time finer than the day, nothing per person.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { launchKiosk, openKiosk, openStaff, shown, stopAndWipe, tap, text, type Kiosk } from './kiosk';

/** The stored shapes, as usage-store.ts defines them (repeated here on purpose: this test reads the raw database). */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u;
const METRIC =
  /^(?:session|session-end:(?:stop|idle)|language:[a-z]{2,3}|topic-(?:start|finish):[a-z0-9-]+|(?:topic-abandon|teach-back-retry):[a-z0-9-]+:[A-Za-z][A-Za-z0-9-]*|finder-open|finder-filter:[a-z0-9-]+|slip-printed|error)$/u;

let kiosk: Kiosk;
let page: Page;

/** A fresh kiosk (its own browser profile: an empty database), on a fixed clock on 29 November 2026. */
async function freshKiosk(): Promise<void> {
  await kiosk?.close();
  kiosk = await launchKiosk({ serviceWorkers: 'block' });
  page = kiosk.page;
  await page.clock.install({ time: new Date(2026, 10, 29, 10, 5, 0) });
}

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
        open.onerror = () => reject(open.error ?? new Error('The kiosk database did not open.'));
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (!stores.includes('dailyUsage')) {
            db.close();
            resolve({ stores, rows: [] });
            return;
          }
          const rows: { key: unknown; value: Record<string, unknown> }[] = [];
          const cursor = db.transaction('dailyUsage', 'readonly').objectStore('dailyUsage').openCursor();
          cursor.onerror = () => reject(cursor.error ?? new Error('The usage store could not be read.'));
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

/** The counters as "metric → count" (every row of the one day). */
async function counters(): Promise<Record<string, number>> {
  const { rows } = await readUsageStore();
  return Object.fromEntries(rows.map((r) => [String(r.value['metric']), Number(r.value['count'])]));
}

/** Staff: the counts screen, its sentence of the rule, and the CSV downloaded from it. */
async function staffCsv(): Promise<string[]> {
  // A kiosk without a staff code yet: set one up (part A's set-up), then the settings as they are.
  await openStaff(page, '482915');
  await page
    .getByRole('navigation', { name: text('fr', 'staff:menu.label') })
    .getByRole('button', { name: text('fr', 'staff:menu.counts'), exact: true })
    .click({ timeout: 20_000 });
  await shown(page.getByRole('heading', { level: 1, name: text('fr', 'staff:counts.title') }), 20_000);
  await shown(page.getByText(text('fr', 'staff:counts.kRule').replace('{{count}}', '5'), { exact: true }));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('fr', 'staff:counts.export.button'), exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('comptages-2026-11-29.csv');
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/u, '');
  return csv.trimEnd().split('\r\n');
}

/** Checks every stored row has exactly the stored shape, on the day. */
async function expectDailyShape(): Promise<{ key: unknown; value: Record<string, unknown> }[]> {
  const { stores, rows } = await readUsageStore();
  expect(stores.sort()).toEqual(['dailyUsage', 'meta', 'places', 'previousPlaces']);
  for (const { key, value } of rows) {
    // Exactly { day, metric, count }; the key is [day, metric]; the day, no finer.
    expect(Object.keys(value).sort()).toEqual(['count', 'day', 'metric']);
    expect(value['day']).toBe('2026-11-29');
    expect(value['day']).toMatch(DAY);
    expect(value['metric']).toMatch(METRIC);
    expect(Number.isInteger(value['count']) && Number(value['count']) > 0).toBe(true);
    expect(key).toEqual([value['day'], value['metric']]);
  }
  return rows;
}

describe('one session then Stop', () => {
  test('the database and the CSV hold nothing of its language, topic or step', async () => {
    await freshKiosk();
    await openKiosk(page);
    // Nederlands, consent, four steps in (to the three locks), then Stop.
    await tap(button('Nederlands'));
    await shown(page.getByRole('heading', { level: 1, name: text('nl', 'home.title') }));
    await tapAndWait(text('nl', 'consent:tile'));
    await next('nl', 4);
    await stopAndWipe(page, 'nl');
    await shown(welcome());
    await expect.poll(counters, { timeout: 15_000 }).toEqual({ session: 1 });
    await page.clock.runFor(10_000);
    expect(await counters()).toEqual({ session: 1 });
    const stored = JSON.stringify(await expectDailyShape());
    for (const trace of ['nl', 'consent', 'locks', 'stop', 'T10']) expect(stored).not.toContain(trace);

    const lines = await staffCsv();
    expect(lines).toEqual(['"metric","day","count"', '"session","2026-11-29","1"', '"details","2026-11-29","fewer than 5"']);
    for (const trace of ['nl', 'consent', 'locks', 'stop']) expect(lines.join('\n')).not.toContain(trace);
    expect(await page.getByRole('figure', { name: text('fr', 'staff:counts.chart.languages') }).innerText()).toContain(
      text('fr', 'staff:counts.fewer').replace('{{count}}', '5'),
    );
    expect(kiosk.errors).toEqual([]);
  });
});

describe('five sessions in a day', () => {
  test('three sessions: only their count is stored, their details wait in memory', async () => {
    await freshKiosk();
    await openKiosk(page);

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

    // Three sessions: their count only; their details are held in memory, never written.
    await expect.poll(counters, { timeout: 15_000 }).toEqual({ session: 3 });
    await page.clock.runFor(10_000);
    expect(await counters()).toEqual({ session: 3 });
    expect(kiosk.errors).toEqual([]);
  });

  test('the fourth session still stores only its count; the fifth: the day’s details appear, exactly what happened, and nothing else is stored', async () => {
    // 4. English, Stop on the home screen.
    await tap(button('English'));
    await shown(page.getByRole('heading', { level: 1, name: text('en', 'home.title') }));
    await stopAndWipe(page, 'en');
    await shown(welcome());
    await expect.poll(counters, { timeout: 15_000 }).toEqual({ session: 4 });
    await page.clock.runFor(10_000);
    expect(await counters()).toEqual({ session: 4 });

    // 5. French, Stop on the home screen: the fifth session releases the batch.
    await tap(welcome());
    await shown(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }));
    await stopAndWipe(page, 'fr');
    await shown(welcome());

    const expected = {
      session: 5,
      'session-end:stop': 4,
      'session-end:idle': 1,
      'language:en': 2,
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
      .poll(counters, {
        timeout: 15_000,
        message: 'usage counters after five sessions (empty: is the recorder started from src/main.tsx?)',
      })
      .toEqual(expected);
    // Later batches add nothing that did not happen.
    await page.clock.runFor(10_000);
    expect(await counters()).toEqual(expected);

    const rows = await expectDailyShape();
    // No text of any screen, no order of screens: the store holds counts per metric, nothing per person.
    const stored = JSON.stringify(rows);
    for (const shownText of [text('nl', 'consent:never.title'), text('en', 'finder.need.eid'), 'Nederlands', 'English'])
      expect(stored).not.toContain(shownText);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(kiosk.errors).toEqual([]);
  });

  test('staff see the day’s details in the charts and the CSV', async () => {
    const expected = {
      'session-end:stop': 4,
      'session-end:idle': 1,
      'language:en': 2,
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
    const lines = await staffCsv();
    const sessions = page.getByRole('figure', { name: text('fr', 'staff:counts.chart.sessionsByDay') });
    expect(await sessions.locator('table tbody tr').last().locator('td').innerText()).toBe('5');
    const languages = page.getByRole('figure', { name: text('fr', 'staff:counts.chart.languages') });
    expect(await languages.locator('table tbody tr').count()).toBe(2);
    expect(lines[0]).toBe('"metric","day","count"');
    expect(lines[1]).toBe('"session","2026-11-29","5"');
    expect(lines.slice(2).sort()).toEqual(
      Object.entries(expected)
        .map(([metric, count]) => `"${metric}","2026-11-29","${count}"`)
        .sort(),
    );
    expect(kiosk.errors).toEqual([]);
  });
});
