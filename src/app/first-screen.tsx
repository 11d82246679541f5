import type { i18n as I18n } from 'i18next';
import { I18nContext } from '../i18n/use-t';
import { ControlBar, type ControlActions } from '../shell/control-bar';
import { WelcomeScreen } from './welcome-screen';

/** A touch on the first screen, which the app does once it is loaded (src/app/app.tsx). */
export type FirstTouch =
  { kind: 'start' } | { kind: 'bigger-text' } | { kind: 'language'; code: string } | { kind: 'control'; control: keyof ControlActions };

/**
 * The welcome screen as the page first shows it, before the rest of the kiosk is loaded (the
 * kiosk's lifecycle, its screens, the topics and their machines: src/main.tsx loads them when the
 * browser is idle). The same markup as the app's welcome screen, so that the app takes its place
 * without a visible change; a touch here is handed to the app, which does it.
 */
export function FirstScreen({ i18n, offered, onTouch }: { i18n: I18n; offered: readonly string[]; onTouch: (touch: FirstTouch) => void }) {
  const control = (name: keyof ControlActions) => () => onTouch({ kind: 'control', control: name });
  const actions: ControlActions = {
    home: control('home'),
    back: control('back'),
    read: control('read'),
    language: control('language'),
    help: control('help'),
    stop: control('stop'),
  };
  return (
    <I18nContext.Provider value={i18n}>
      <div class="kiosk">
        <main id="main" class="kiosk__main" tabIndex={-1}>
          <WelcomeScreen
            offered={offered}
            onStart={() => onTouch({ kind: 'start' })}
            onBiggerText={() => onTouch({ kind: 'bigger-text' })}
            onLanguage={(code) => onTouch({ kind: 'language', code })}
          />
        </main>
        <p class="kiosk__message" role="status" aria-live="polite" />
        <ControlBar actions={actions} canGoBack={false} reading={false} />
      </div>
    </I18nContext.Provider>
  );
}
