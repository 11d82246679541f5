import { render } from 'preact';
// Self-hosted fonts cut to the characters the kiosk shows (scripts/build-fonts.mjs): 56 kB
// instead of 162 kB of precache on a cheap tablet. The page loads Atkinson Hyperlegible only
// when a person picks it.
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/kiosk.css';
import './styles/themes.css';
import './styles/print.css';
import { FirstScreen, type FirstTouch } from './app/first-screen';
import { createI18n, loadLanguage } from './i18n/i18n';
import { registerServiceWorker } from './shell/service-worker';
import { installTrustedTypesPolicy } from './shell/trusted-types';
import { liveFlowCount } from './runtime/live-flows';
import { loadWelcomeSettings } from './shell/welcome-settings';
import { installStaffEntry } from './shell/staff-entry';
import { visitorLanguage } from './shell/visitor-language';

// Replaced at build time by package.json's version (vite.config.ts `define`).
declare const __APP_VERSION__: string;

/** How long the first screen is left alone before the kiosk loads behind it (see boot). */
const QUIET_MS = 5000;

/** Runs `task` once the page has loaded (at once if it has). */
function afterLoad(task: () => void): void {
  if (document.readyState === 'complete') task();
  else window.addEventListener('load', task, { once: true });
}

// Bootstrap only: texts of the default language, the welcome screen, then the rest when idle.
async function boot(): Promise<void> {
  installTrustedTypesPolicy();
  // For the session-isolation test: how many topics still run (a number, nothing of their content).
  (window as unknown as { kioskLiveFlows: () => number }).kioskLiveFlows = liveFlowCount;
  // Synchronous, from localStorage: Dexie stays off the first-paint path. Until staff set the
  // kiosk up, these are the defaults; the public kiosk never shows a set-up. The welcome screen
  // reads only its languages; the app reads and checks every setting when it loads.
  const welcome = loadWelcomeSettings();
  // The version as built, for staff and for the update test (tests/e2e/update.e2e.ts).
  document.documentElement.dataset.version = __APP_VERSION__;
  const staff = window.location.pathname.startsWith('/staff');
  const firstLanguage = visitorLanguage(window, welcome.languagesOffered) ?? welcome.defaultLanguage;
  // The welcome screen's texts only (common): the topics' texts load after the first paint.
  const i18n = await createI18n(firstLanguage, staff ? undefined : ['common']);
  const root = document.getElementById('app')!;
  if (staff) {
    // The staff area is its own lazy chunk: the public kiosk never downloads it.
    const { mountStaff } = await import('./staff/staff-app');
    await mountStaff(i18n, root);
    return;
  }
  // The welcome screen needs only its texts and buttons: the kiosk itself (its lifecycle, XState,
  // the screens and topics, the settings' full check) is its own chunk. Nothing heavy runs in the
  // first seconds after the screen appears, when a person may be reaching for it: a touch then
  // loads the kiosk and is carried out (a chunk from the service worker's cache, a few tens of
  // ms, then one render). Left alone for QUIET_MS, the kiosk loads and takes over the welcome
  // screen (the same screen, now the app's) while the browser is idle, so a later first touch
  // is answered at once, like every touch after it.
  let app: Promise<typeof import('./app/mount-app')> | undefined;
  const loadApp = () => {
    if (!app) {
      app = import('./app/mount-app');
      // Not loaded (a broken cache): the next touch tries again.
      void app.catch(() => (app = undefined));
    }
    return app;
  };
  // Every text of the default language (home's tiles, the topics).
  let texts: Promise<void> | undefined;
  const loadTexts = () => (texts ??= loadLanguage(i18n, firstLanguage).catch(() => (texts = undefined)));
  let starting = false;
  let latest: FirstTouch | undefined;
  /** Loads the kiosk and mounts it with the latest touch (none: the welcome screen stays). */
  const start = () => {
    if (starting) return;
    starting = true;
    // The default language's texts are waited for too: the app may show them at once.
    Promise.all([loadApp(), loadTexts()]).then(
      ([{ mountApp }]) => mountApp(i18n, root, latest),
      () => (starting = false),
    );
  };
  const onTouch = (touch: FirstTouch) => {
    // A second tap while the app loads is not lost: the app starts with the latest touch (a
    // language chosen stays chosen). A language's texts load meanwhile.
    if (touch.kind === 'language' || latest?.kind !== 'language') latest = touch;
    if (touch.kind === 'language') void loadLanguage(i18n, touch.code).catch(() => undefined);
    start();
  };
  render(<FirstScreen i18n={i18n} offered={welcome.languagesOffered} onTouch={onTouch} />, root);
  // A 3 s press on the top-start corner, or Ctrl+Alt+S, opens /staff (src/shell/staff-entry.ts).
  installStaffEntry(window);
  afterLoad(registerServiceWorker);
  let pressing = false;
  root.addEventListener('pointerdown', () => (pressing = true), { capture: true, passive: true });
  for (const end of ['pointerup', 'pointercancel'] as const)
    root.addEventListener(end, () => (pressing = false), { capture: true, passive: true });
  afterLoad(() =>
    setTimeout(
      () =>
        requestIdleCallback(
          () => {
            // A finger on the screen or a keyboard user on a button keeps the first screen: its
            // buttons stay under them, and their press starts the kiosk.
            if (!pressing && !root.contains(document.activeElement)) start();
          },
          { timeout: 5000 },
        ),
      QUIET_MS,
    ),
  );
  // Anonymous usage counts (N15): the recorder loads once the first screen is up and the browser
  // is idle; counts wait in memory and Dexie runs in a worker (src/shell/usage-recorder.ts).
  afterLoad(() =>
    requestIdleCallback(() => void import('./shell/usage-recorder').then((m) => m.startKioskUsageRecorder()), { timeout: 5000 }),
  );
}

void boot();
