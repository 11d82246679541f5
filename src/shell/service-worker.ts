import type { Workbox } from 'workbox-window';

let workbox: Workbox | undefined;
// A new version may take over late (a slow device): it must never reload in front of a person.
let sessionInProgress = false;
let takenOver = false;

/** Told by the app when a session starts and ends, so a late take-over waits for the next reset. */
export function setSessionInProgress(inProgress: boolean): void {
  sessionInProgress = inProgress;
}

/**
 * Registers the service worker. A new version waits (PROXX pattern): it is applied at the
 * next reset, never in front of a person.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // A new version installs in the background and waits; the reset asks the registration for it.
  // workbox-window is loaded here, after the page has loaded: the welcome screen does not need it.
  void import('workbox-window')
    .then(({ Workbox }) => {
      workbox = new Workbox('/sw.js', { scope: '/' });
      return workbox.register();
    })
    .catch(() => {
      /* A kiosk without service-worker support still runs online. */
    });
  // Look for a new version now and then; harmless when offline.
  setInterval(() => void workbox?.update().catch(() => undefined), 60 * 60 * 1000);
}

/**
 * Applies a waiting update: the new worker takes over and the page reloads into the new
 * version. Called only by the reset, when nobody is using the kiosk. Asks the registration
 * itself (not only the recorded event), so an update found by any means is applied.
 */
export function applyWaitingUpdate(): void {
  const container = navigator.serviceWorker;
  if (!container || import.meta.env.DEV) return;
  // Called by the reset: the session is over.
  sessionInProgress = false;
  // A version that took over during the last session is loaded now, at this reset.
  if (takenOver) return window.location.reload();
  void container.getRegistration().then((registration) => {
    const waiting = registration?.waiting;
    if (!waiting) return;
    container.addEventListener(
      'controllerchange',
      () => {
        if (sessionInProgress) takenOver = true;
        else window.location.reload();
      },
      { once: true },
    );
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}
