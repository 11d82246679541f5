import { Workbox } from 'workbox-window';

/** What the shell knows of the service worker. */
export interface UpdateState {
  /** A new version is installed and waits for the next reset. */
  waiting: boolean;
}

let workbox: Workbox | undefined;
const state: UpdateState = { waiting: false };

/**
 * Registers the service worker. A new version only records that it waits (PROXX pattern):
 * it is applied at the next reset, never in front of a person.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    state.waiting = true;
  });
  void workbox.register().catch(() => {
    /* A kiosk without service-worker support still runs online. */
  });
  // Look for a new version now and then; harmless when offline.
  setInterval(() => void workbox?.update().catch(() => undefined), 60 * 60 * 1000);
}

/** Whether a new version waits to be applied. */
export function updateWaiting(): boolean {
  return state.waiting;
}

/**
 * Applies a waiting update: the new worker takes over and the page reloads into the new
 * version. Called only by the reset, when nobody is using the kiosk. Asks the registration
 * itself (not only the recorded event), so an update found by any means is applied.
 */
export function applyWaitingUpdate(): void {
  const container = navigator.serviceWorker;
  if (!container || import.meta.env.DEV) return;
  void container.getRegistration().then((registration) => {
    const waiting = registration?.waiting;
    if (!waiting) return;
    container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}
