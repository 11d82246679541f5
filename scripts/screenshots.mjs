// Screenshots of every screen of every topic at tablet (800×1280) and kiosk (1920×1080, 1080×1920) sizes,
// to look at what we build: `npm run build && npm run screenshots` (a preview server must run
// on $KIOSK_URL, default http://localhost:4173). Writes screenshots/<size>/<n>-<name>.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-flags.mjs';

const base = process.env.KIOSK_URL ?? 'http://localhost:4173';
const lang = process.env.KIOSK_LANG ?? 'fr';
const sizes = {
  tablet: { width: 800, height: 1280 },
  kiosk: { width: 1920, height: 1080 },
  'kiosk-portrait': { width: 1080, height: 1920 },
};
// KIOSK_TEXT_SIZE=3: the largest text (as the Language screen's "Très grand" sets it).
const textSize = process.env.KIOSK_TEXT_SIZE ?? '1';
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
const pause = () => new Promise((r) => setTimeout(r, 550)); // the double-tap guard
for (const [name, viewport] of Object.entries(sizes)) {
  const dir = `screenshots/${lang}-t${textSize}/${name}`;
  mkdirSync(dir, { recursive: true });
  const page = await browser.newPage({ viewport });
  let n = 0;
  const shot = async (label) => {
    // eslint-disable-next-line no-undef -- runs in the page (page.evaluate), where `document` exists
    await page.evaluate((size) => (document.documentElement.dataset.textSize = size), textSize);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${dir}/${String(++n).padStart(2, '0')}-${label}.png` });
  };
  await page.goto(base);
  await page.waitForSelector('.welcome');
  await shot('welcome');
  if (lang !== 'fr') {
    await page.locator(`.welcome__languages button[lang="${lang}"]`).click();
  } else {
    await page.locator('.welcome__touch').click();
  }
  await pause();
  await shot('home');
  const tiles = await page.locator('.btn--tile').count();
  for (let i = 0; i < tiles; i++) {
    await page.locator('.btn--tile').nth(i).click();
    await pause();
    for (let step = 0; step < 20; step++) {
      await shot(`topic${i + 1}-step${step + 1}`);
      const next = page.locator('.scroll-footer__actions .btn--next, .options .btn').first();
      if ((await next.count()) === 0) break;
      await next.click();
      await pause();
    }
    await page.locator('.control-bar .btn').first().click();
    await pause();
  }
  await page.locator('.control-bar .btn').nth(3).click();
  await pause();
  await shot('language');
  await page.locator('.control-bar .btn').nth(4).click();
  await pause();
  await page.waitForSelector('.place');
  await shot('help');
  await page.close();
}
await browser.close();
console.log('screenshots written to screenshots/');
