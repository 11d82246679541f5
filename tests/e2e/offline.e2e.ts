import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launchKiosk, openKiosk, recordRequests, shown, tap, text, type Kiosk, type RequestLog, startSession } from './kiosk';

const TOPIC = 'shared-record';

let kiosk: Kiosk;
let requests: RequestLog;

beforeAll(async () => {
  kiosk = await launchKiosk();
  // From the very start, so the service worker's precaching is recorded too.
  requests = recordRequests(kiosk.context);
});

afterAll(async () => {
  requests?.stop();
  await kiosk?.close();
});

test('after one load, the kiosk works with no network at all, and never calls another origin', async () => {
  const { context, page } = kiosk;
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  // First load, online: the service worker installs, precaches everything and takes control.
  await openKiosk(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
  const requestsOnline = requests.urls.length;

  // The network goes away: the browser is offline and nothing reaches the preview server.
  const aborted: string[] = [];
  await context.route('**/*', (route) => {
    aborted.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);

  await page.reload();
  await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);

  // The whole topic, by taps.
  await startSession(page, 'fr', { topic: TOPIC, open: false });
  const last = page.getByRole('heading', { level: 1, name: text('fr', `${TOPIC}:help.title`) });
  for (let i = 0; i < 40 && !(await last.isVisible()); i++) {
    await tap(button(text('fr', 'step.next')));
  }
  await shown(last);

  // The places come from the precached inventory.
  await shown(page.getByRole('article').first());
  expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(3);
  expect(await page.locator('main').innerText()).not.toContain(text('fr', 'help.none'));

  // Another language's texts are lazy chunks: precached too.
  await tap(button(text('fr', 'step.finish')));
  await tap(button(text('fr', 'controls.language')));
  await tap(button('English'));
  await tap(button(text('en', 'controls.home')));
  await shown(page.getByRole('heading', { level: 1, name: text('en', 'home.title') }));

  // The recorder saw the offline part too (the reload at least).
  expect(requests.urls.length).toBeGreaterThan(requestsOnline);
  // Offline, only the browser's own check for a new service worker may try the network.
  const swScript = new URL('/sw.js', baseUrl()).href;
  expect(
    aborted.filter((url) => url !== swScript),
    'requests that needed the network while offline',
  ).toEqual([]);
  expect(requests.foreign(), 'requests to another origin than the kiosk').toEqual([]);
  expect(kiosk.errors).toEqual([]);
});
