import type { i18n as I18n } from 'i18next';
import type { Navigation } from '../app/navigation';
import type { ReadAloud } from '../speech/read-aloud';

/** Everything the privacy reset must reach. */
export interface ResetDeps {
  navigation: Navigation;
  reader: ReadAloud;
  i18n: I18n;
  defaultLanguage: string;
  /** Per-session display and state holders that must forget (e.g. text size, messages). */
  sessionStores: { reset(): void }[];
  /** Applies a waiting app update (reloads); a no-op when none waits. */
  applyUpdate: () => void;
  window: Window;
}

/**
 * The one privacy reset (Stop, or no answer to "Are you still there?"). It stops every flow
 * and any reading, forgets every session value, puts the URL, scroll and focus back to the
 * start, clears the page's storage and restores the default language. A waiting app update is
 * applied here, when nobody is using the kiosk.
 */
export function resetSession(deps: ResetDeps): void {
  const { window: win } = deps;
  deps.reader.stop();
  deps.navigation.home();
  for (const store of deps.sessionStores) store.reset();
  // Nothing of a session is meant to be stored, but a stray value must not outlive it.
  win.sessionStorage.clear();
  // The kiosk pushes no history entries; make sure the address carries nothing either.
  win.history.replaceState(null, '', '/');
  const active = win.document.activeElement;
  if (active && 'blur' in active && typeof active.blur === 'function') (active as HTMLElement).blur();
  win.scrollTo(0, 0);
  void deps.i18n.changeLanguage(deps.defaultLanguage);
  deps.applyUpdate();
}
