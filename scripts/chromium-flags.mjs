// Debian's Chromium, and the flags that keep it quiet on a closed network: no sandbox (root in
// CI), no GPU, no QUIC, no first-run, background, update or sync traffic (without them its own
// refused connections slow everything down). One list for the e2e tests, the benches and the
// screenshot script.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
