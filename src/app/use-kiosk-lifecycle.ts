import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { useSnapshot } from '../runtime/use-snapshot';
import { kioskMachine } from '../shell/kiosk.machine';
import { resetSession } from '../shell/reset';
import { setSessionInProgress } from '../shell/service-worker';
import type { KioskSettings } from '../shell/settings';
import { emitUsage } from '../shell/usage';
import type { ReadAloud } from '../speech/read-aloud';
import { residenceStore } from '../nearby/residence-store';
import type { Navigation } from './navigation';

export type KioskActor = Actor<typeof kioskMachine>;

export interface KioskLifecycleOptions {
  navigation: Navigation;
  reader: ReadAloud;
  i18n: I18n;
  settings: KioskSettings;
  /** Applies a waiting service-worker update during a reset. */
  applyUpdate: () => void;
  /** The app's own session state (reading, display options), forgotten at each reset. */
  forgetSession: () => void;
  /** The person already left the welcome screen (a touch on the first screen, src/main.tsx): start in use. */
  started?: boolean;
}

export interface KioskLifecycle {
  kiosk: KioskActor;
  state: SnapshotFrom<typeof kioskMachine>;
  /** The welcome screen is up: no session yet. */
  welcome: boolean;
  /** "Are you still there?" is on screen. */
  warning: boolean;
  /** "Stop and erase everything?" waits for an answer. */
  confirmingStop: boolean;
}

/**
 * The kiosk's life: welcome → in use → "are you still there?" / "stop?" → the one privacy reset.
 * Any touch or key counts as presence; a session is counted when the welcome screen is left and
 * when it ends (anonymously, src/shell/usage.ts).
 */
export function useKioskLifecycle(options: KioskLifecycleOptions): KioskLifecycle {
  // The machine lives as long as the app; its reset reaches the app's latest state through this.
  const latestRef = useRef(options);
  useEffect(() => {
    latestRef.current = options;
  });
  const [kiosk] = useState(() => {
    const { settings } = options;
    const actor = createActor(
      kioskMachine.provide({
        actions: {
          // The machine knows why: Stop (asked, answered Yes or left unanswered) or inactivity.
          wipeSession: ({ context }) => {
            const { navigation, reader, i18n, settings, applyUpdate, forgetSession } = latestRef.current;
            emitUsage({ type: 'session-end', reason: context.ending });
            resetSession({
              navigation,
              reader,
              i18n,
              defaultLanguage: settings.defaultLanguage,
              sessionStores: [
                { reset: forgetSession },
                // Where the person said they live ("Help nearby"): this session only.
                residenceStore,
              ],
              applyUpdate,
              window,
            });
          },
        },
      }),
      // Read once: settings are loaded with the page (staff change them at /staff, a page of its own).
      { input: { idleSeconds: settings.idleSeconds, warningSeconds: settings.warningSeconds } },
    );
    actor.start();
    if (options.started) actor.send({ type: 'START' });
    return actor;
  });
  useEffect(() => () => kiosk.stop(), [kiosk]);
  const state = useSnapshot(kiosk);

  // Any touch, click or key while in use counts as presence.
  useEffect(() => {
    const onActivity = () => kiosk.send({ type: 'ACTIVITY' });
    document.addEventListener('pointerdown', onActivity, true);
    document.addEventListener('keydown', onActivity, true);
    return () => {
      document.removeEventListener('pointerdown', onActivity, true);
      document.removeEventListener('keydown', onActivity, true);
    };
  }, [kiosk]);

  const welcome = state.matches('welcome');
  // A session starts when the welcome screen is left.
  const inUse = !welcome;
  useEffect(() => {
    setSessionInProgress(inUse);
    if (inUse) emitUsage({ type: 'session-start' });
  }, [inUse]);

  return {
    kiosk,
    state,
    welcome,
    warning: state.matches({ inUse: 'warning' }),
    confirmingStop: state.matches({ inUse: 'confirmStop' }),
  };
}
