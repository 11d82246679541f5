import { assign, setup } from 'xstate';

/** Timing of a kiosk session, from the settings. */
export interface KioskTiming {
  /** Inactivity before "Are you still there?" appears. */
  idleSeconds: number;
  /** How long the warning counts down before everything is wiped. */
  warningSeconds: number;
}

/** What the kiosk machine remembers: its timing and the countdown. */
export interface KioskContext extends KioskTiming {
  remaining: number;
}

/** Events of the kiosk lifecycle. ACTIVITY = any touch, click or key while in use. */
export type KioskEvent = { type: 'START' } | { type: 'ACTIVITY' } | { type: 'CONTINUE' } | { type: 'STOP' };

/**
 * The kiosk's lifecycle: welcome → in use → "are you still there?" → reset → welcome.
 * Time lives here (named delays), never in the flows. `wipeSession` is provided by the app:
 * it is the one privacy reset (src/shell/reset.ts).
 */
export const kioskMachine = setup({
  types: {} as { context: KioskContext; events: KioskEvent; input: KioskTiming },
  actions: {
    wipeSession: () => {
      /* provided by the app */
    },
    startCountdown: assign({ remaining: ({ context }) => context.warningSeconds }),
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
  context: ({ input }) => ({ ...input, remaining: input.warningSeconds }),
  initial: 'welcome',
  states: {
    welcome: {
      on: { START: 'inUse' },
    },
    inUse: {
      initial: 'active',
      on: { STOP: 'resetting' },
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
                  { guard: 'lastSecond', target: '#kiosk.resetting' },
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
