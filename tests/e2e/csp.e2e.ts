/**
 * The built app's Content Security Policy holds during a full journey: no inline script, no
 * eval, nothing from another origin, Trusted Types for script sinks. Any
 * `securitypolicyviolation` fails the test.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { baseUrl, launchKiosk, recordRequests, stopAndWipe, text, type Kiosk, shownAfter } from './kiosk';

let kiosk: Kiosk;
let page: Page;

beforeAll(async () => {
  kiosk = await launchKiosk();
  page = kiosk.page;
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  await page.clock.install();
});

afterAll(async () => {
  await kiosk?.close();
});

async function press(name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).first().tap();
  await page.clock.runFor(600);
}

test('a full journey raises no CSP or Trusted Types violation', async () => {
  const requests = recordRequests(kiosk.context);
  await page.goto(`${baseUrl()}/`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  await page.getByRole('button', { name: text('fr', 'welcome.touch') }).tap();
  await page.clock.runFor(600);
  await press(text('fr', 'shared-record:tile'));
  for (let i = 0; i < 3; i++) await press(text('fr', 'step.next'));
  await press(text('fr', 'controls.read'));
  await press(text('fr', 'controls.help'));
  await shownAfter(page.getByRole('article').first(), { onClock: true });
  await press(text('fr', 'finder.need.eid'));
  await press(text('fr', 'controls.language'));
  await press('English');
  await page
    .getByRole('heading', { level: 1, name: text('en', 'language.title') })
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await stopAndWipe(page, 'en');
  await page.getByRole('button', { name: text('fr', 'welcome.touch') }).waitFor();
  const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  expect(violations).toEqual([]);
  expect(requests.foreign()).toEqual([]);
  expect(kiosk.errors).toEqual([]);
});
