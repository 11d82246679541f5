import { assign, setup } from 'xstate';

/** Timing of a kiosk session, from the settings. */
export interface KioskTiming {
  /** Inactivity before "Are you still there?" appears. */
  idleSeconds: number;
  /** How long the warning counts down before everything is wiped. */
  warningSeconds: number;
}

/** How long "Stop and erase everything?" waits for an answer before it erases by itself. */
export const STOP_CONFIRM_SECONDS = 10;

/** What starts the kiosk machine: the settings' timing (and, for tests, the Stop question's wait). */
export interface KioskInput extends KioskTiming {
  stopSeconds?: number;
}

/** Why a session ended, as the usage counts say it. */
export type SessionEnding = 'stop' | 'idle';

/** What the kiosk machine remembers: its timing, the countdown on screen and why the session ends. */
export interface KioskContext extends KioskTiming {
  stopSeconds: number;
  remaining: number;
  ending: SessionEnding;
}

/**
 * Events of the kiosk lifecycle. ACTIVITY = any touch, click or key while in use. STOP = the Stop
 * control (asks first, wipes when asked again) and the "Yes" of its question; KEEP = "No, keep
 * going"; WIPE = wipe at once, without asking (the error screen's "start again").
 */
export type KioskEvent =
  { type: 'START' } | { type: 'ACTIVITY' } | { type: 'CONTINUE' } | { type: 'STOP' } | { type: 'KEEP' } | { type: 'WIPE' };

/**
 * The kiosk's lifecycle: welcome → in use → "are you still there?" → reset → welcome; and in use
 * → Stop → "Stop and erase everything?" → reset (Yes, Stop again, or no answer) or back (No).
 * Time lives here (named delays), never in the flows. `wipeSession` is provided by the app:
 * it is the one privacy reset (src/shell/reset.ts).
 */
export const kioskMachine = setup({
  // XState types a machine from this cast (its documented way); without it the context is unknown.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  types: {} as { context: KioskContext; events: KioskEvent; input: KioskInput },
  actions: {
    wipeSession: () => {
      /* provided by the app */
    },
    startCountdown: assign({ remaining: ({ context }) => context.warningSeconds }),
    startStopCountdown: assign({ remaining: ({ context }) => context.stopSeconds }),
    endedByStop: assign({ ending: 'stop' as const }),
    endedByIdle: assign({ ending: 'idle' as const }),
    tick: assign({ remaining: ({ context }) => context.remaining - 1 }),
  },
  guards: {
    lastSecond: ({ context }) => context.remaining <= 1,
  },
  delays: {
    idle: ({ context }) => context.idleSeconds * 1000,
    second: 1000,
  },
}).createMachine({
  id: 'kiosk',
  context: ({ input }) => ({
    idleSeconds: input.idleSeconds,
    warningSeconds: input.warningSeconds,
    stopSeconds: input.stopSeconds ?? STOP_CONFIRM_SECONDS,
    remaining: input.warningSeconds,
    ending: 'idle',
  }),
  initial: 'welcome',
  states: {
    // No session yet, so nothing to lose or wipe: Stop needs no question here (the app only stops
    // a reading under way) and no session end is counted.
    welcome: {
      on: { START: 'inUse' },
    },
    inUse: {
      initial: 'active',
      on: {
        // A slip on Stop must not lose a long walk: ask first (from the warning too).
        STOP: '.confirmStop',
        WIPE: { target: 'resetting', actions: 'endedByStop' },
      },
      states: {
        active: {
          after: { idle: 'warning' },
          // Any activity restarts the inactivity timer.
          on: { ACTIVITY: { target: 'active', reenter: true } },
        },
        warning: {
          entry: 'startCountdown',
          initial: 'counting',
          on: {
            CONTINUE: 'active',
            ACTIVITY: 'active',
          },
          states: {
            counting: {
              after: {
                second: [
                  { guard: 'lastSecond', target: '#kiosk.resetting', actions: 'endedByIdle' },
                  { target: 'counting', reenter: true, actions: 'tick' },
                ],
              },
            },
          },
        },
        // "Stop and erase everything?" Its own countdown, and no inactivity timer meanwhile (that
        // lives in `active`), so the two never fight. A touch elsewhere (ACTIVITY) is not an
        // answer: only No keeps the session; Yes, Stop again or silence wipes it, so privacy is
        // kept when the person walks away. Ending there counts as Stop.
        confirmStop: {
          entry: 'startStopCountdown',
          initial: 'counting',
          on: {
            STOP: { target: '#kiosk.resetting', actions: 'endedByStop' },
            KEEP: 'active',
          },
          states: {
            counting: {
              after: {
                second: [
                  { guard: 'lastSecond', target: '#kiosk.resetting', actions: 'endedByStop' },
                  { target: 'counting', reenter: true, actions: 'tick' },
                ],
              },
            },
          },
        },
      },
    },
    resetting: {
      entry: 'wipeSession',
      always: 'welcome',
    },
  },
});
