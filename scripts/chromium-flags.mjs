// Debian's Chromium, and the flags that keep it quiet on a closed network: no sandbox (root in
// CI), no GPU, no QUIC, no first-run, background, update or sync traffic (without them its own
// refused connections slow everything down). One list for the e2e tests, the benches and the
// screenshot script.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The end-to-end tests' browser: Debian's headless shell of the same Chromium (package
 * chromium-headless-shell, installed by scripts/ensure-chromium.sh) when present — the engine
 * without the browser around it, as Playwright uses by default: the same rendering, ~24% less
 * CPU (two of the longest e2e files: 378 → 287 CPU-seconds), which matters on CI's 2 cores.
 * The benches keep the full browser, so their figures compare with earlier ones.
 */
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
export const E2E_CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
