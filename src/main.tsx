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
import { App } from './app/app';
import { createI18n } from './i18n/i18n';
import { registerServiceWorker } from './shell/service-worker';
import { installTrustedTypesPolicy } from './shell/trusted-types';
import { liveFlowCount } from './runtime/live-flows';
import { loadSettings } from './shell/settings-store';
import { installStaffEntry } from './shell/staff-entry';
import { createReadAloud } from './speech/read-aloud';

// Replaced at build time by package.json's version (vite.config.ts `define`).
declare const __APP_VERSION__: string;

// Bootstrap only: texts of the default language, the app, then the service worker.
async function boot(): Promise<void> {
  installTrustedTypesPolicy();
  // For the session-isolation test: how many topics still run (a number, nothing of their content).
  (window as unknown as { kioskLiveFlows: () => number }).kioskLiveFlows = liveFlowCount;
  // Synchronous, from localStorage: Dexie stays off the first-paint path. Until staff set the
  // kiosk up, these are the defaults; the public kiosk never shows a set-up.
  const settings = loadSettings();
  // The version as built, for staff and for the update test (tests/e2e/update.e2e.ts).
  document.documentElement.dataset.version = __APP_VERSION__;
  const i18n = await createI18n(settings.defaultLanguage);
  const root = document.getElementById('app')!;
  if (window.location.pathname.startsWith('/staff')) {
    // The staff area is its own lazy chunk: the public kiosk never downloads it.
    const { mountStaff } = await import('./staff/staff-app');
    await mountStaff(i18n, root);
    return;
  }
  render(<App i18n={i18n} settings={settings} reader={createReadAloud()} />, root);
  // A 3 s press on the top-start corner, or Ctrl+Alt+S, opens /staff (src/shell/staff-entry.ts).
  installStaffEntry(window);
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
  // Anonymous usage counts (N15): the recorder loads once the first screen is up and the browser
  // is idle; counts wait in memory and Dexie runs in a worker (src/shell/usage-recorder.ts).
  const startCounts = () =>
    requestIdleCallback(() => void import('./shell/usage-recorder').then((m) => m.startKioskUsageRecorder()), { timeout: 5000 });
  if (document.readyState === 'complete') startCounts();
  else window.addEventListener('load', startCounts, { once: true });
}

void boot();
