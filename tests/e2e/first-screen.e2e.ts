/**
 * Nothing on the first screen that the person did not ask for (issue 15 §6), in the built app:
 * while nobody touches the welcome screen, the page itself loads no storage code (Dexie and the
 * built-in inventory are opened and seeded by a worker, src/data/storage.worker.ts); the database
 * is seeded all the same, off the page's thread. Left alone for 5 s, the kiosk loads and takes
 * over the welcome screen, so the first touch is answered at once — still without storage code.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchKiosk, openKiosk, shownAfter, text, type Kiosk } from './kiosk';

let kiosk: Kiosk;

beforeAll(async () => {
  kiosk = await launchKiosk();
});

afterAll(async () => {
  await kiosk?.close();
});

/** Names of the scripts the page itself fetched (a worker's own fetches are not in the page's list). */
const pageScripts = () =>
  kiosk.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'))
      .map((p) => p.replace(/^.*\//u, '').replace(/-[\w-]{8}\.js$/u, '')),
  );

/** The places stored in the kiosk's database, read with the plain IndexedDB API. */
const storedPlaces = () =>
  kiosk.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('kiosque-esante');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('places')) return (db.close(), resolve(0));
          const count = db.transaction('places', 'readonly').objectStore('places').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => (db.close(), resolve(0));
        };
        open.onerror = () => resolve(0);
      }),
  );

test('left alone, the welcome screen loads no storage code; the inventory is seeded off its thread', async () => {
  await openKiosk(kiosk.page);
  // The recorder starts once the page has loaded and the browser is idle; the worker seeds then.
  await expect.poll(storedPlaces, { timeout: 30_000 }).toBeGreaterThan(0);
  const scripts = await pageScripts();
  for (const heavy of ['rebuild', 'inventory-store', 'places-source'])
    expect(scripts, `the welcome screen loaded ${heavy}`).not.toContain(heavy);
  expect(kiosk.errors).toEqual([]);
}, 60_000);

test('the kiosk loads behind the welcome screen only after 5 s left alone, then answers the first touch', async () => {
  const { page } = kiosk;
  // Scripts as requested (the page's own performance entries are faked with the clock).
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) requested.push(new URL(r.url()).pathname.replace(/^.*\//u, '').replace(/-[\w-]{8}\.js$/u, ''));
  });
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await openKiosk(page);
  await page.clock.runFor(4000);
  expect(requested, 'the kiosk loaded in the first seconds').not.toContain('mount-app');
  // Past 5 s (and the browser idle): the kiosk's code, still no storage code.
  for (let i = 0; i < 200 && !requested.includes('mount-app'); i++) {
    await page.clock.runFor(100);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const scripts = requested;
  expect(scripts).toContain('mount-app');
  for (const heavy of ['rebuild', 'inventory-store', 'places-source'])
    expect(scripts, `the kiosk loaded ${heavy} behind the welcome screen`).not.toContain(heavy);
  // The welcome screen is the same; a touch goes home.
  await page.getByRole('button', { name: text('fr', 'welcome.touch') }).tap();
  await shownAfter(page.getByRole('heading', { level: 1, name: text('fr', 'home.title') }), { onClock: true });
  expect(kiosk.errors).toEqual([]);
}, 60_000);
