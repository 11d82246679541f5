import { describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { kioskMachine } from './kiosk.machine';

/** Advances a simulated clock second by second (it fires only timers already due at each call). */
function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

/** A kiosk with a simulated clock and a spy in place of the privacy wipe. */
function kiosk(idleSeconds = 90, warningSeconds = 30, stopSeconds?: number) {
  const clock = new SimulatedClock();
  const wipe = vi.fn();
  const actor = createActor(kioskMachine.provide({ actions: { wipeSession: wipe } }), {
    clock,
    input: stopSeconds === undefined ? { idleSeconds, warningSeconds } : { idleSeconds, warningSeconds, stopSeconds },
  }).start();
  return { actor, clock, wipe };
}

describe('the kiosk lifecycle', () => {
  it('waits on the welcome screen without a timer', () => {
    const { actor, clock } = kiosk();
    advance(clock, 10 * 60_000);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('asks "are you still there?" after the configured inactivity, not before', () => {
    const { actor, clock } = kiosk(90);
    actor.send({ type: 'START' });
    advance(clock, 89_999);
    expect(actor.getSnapshot().matches({ inUse: 'active' })).toBe(true);
    advance(clock, 1);
    expect(actor.getSnapshot().matches({ inUse: 'warning' })).toBe(true);
    expect(actor.getSnapshot().context.remaining).toBe(30);
  });

  it('follows a configured delay', () => {
    const { actor, clock } = kiosk(20, 10);
    actor.send({ type: 'START' });
    advance(clock, 20_000);
    expect(actor.getSnapshot().matches({ inUse: 'warning' })).toBe(true);
    expect(actor.getSnapshot().context.remaining).toBe(10);
  });

  it('restarts the inactivity timer on every touch', () => {
    const { actor, clock } = kiosk(90);
    actor.send({ type: 'START' });
    advance(clock, 80_000);
    actor.send({ type: 'ACTIVITY' });
    advance(clock, 80_000);
    expect(actor.getSnapshot().matches({ inUse: 'active' })).toBe(true);
  });

  it('counts down second by second, then wipes and returns to welcome', () => {
    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    advance(clock, 90_000);
    advance(clock, 1_000);
    expect(actor.getSnapshot().context.remaining).toBe(29);
    advance(clock, 28_000);
    expect(actor.getSnapshot().context.remaining).toBe(1);
    expect(wipe).not.toHaveBeenCalled();
    advance(clock, 1_000);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('extends on Continue, any number of times', () => {
    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    for (let i = 0; i < 5; i++) {
      advance(clock, 90_000 + 29_000);
      expect(actor.getSnapshot().matches({ inUse: 'warning' })).toBe(true);
      actor.send({ type: 'CONTINUE' });
      expect(actor.getSnapshot().matches({ inUse: 'active' })).toBe(true);
    }
    expect(wipe).not.toHaveBeenCalled();
    // A fresh warning starts its countdown from the top again.
    advance(clock, 90_000);
    expect(actor.getSnapshot().context.remaining).toBe(30);
  });

  /** Why the (single) wipe so far ended the session, as the app counts it. */
  const endingOf = (wipe: ReturnType<typeof vi.fn>) => (wipe.mock.calls[0]?.[0] as { context: { ending: string } }).context.ending;

  it('Stop asks "Stop and erase everything?" first, and wipes nothing yet', () => {
    const { actor, wipe } = kiosk();
    actor.send({ type: 'START' });
    actor.send({ type: 'STOP' });
    expect(actor.getSnapshot().matches({ inUse: 'confirmStop' })).toBe(true);
    expect(actor.getSnapshot().context.remaining).toBe(10);
    expect(wipe).not.toHaveBeenCalled();
  });

  it('No returns to the session, with a fresh inactivity timer, and nothing wiped', () => {
    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    advance(clock, 80_000);
    actor.send({ type: 'STOP' });
    advance(clock, 5_000);
    actor.send({ type: 'KEEP' });
    expect(actor.getSnapshot().matches({ inUse: 'active' })).toBe(true);
    advance(clock, 89_000);
    expect(actor.getSnapshot().matches({ inUse: 'active' })).toBe(true);
    advance(clock, 1_000);
    expect(actor.getSnapshot().matches({ inUse: 'warning' })).toBe(true);
    expect(wipe).not.toHaveBeenCalled();
  });

  it('Yes (or Stop tapped again) wipes, counted as Stop', () => {
    const { actor, wipe } = kiosk();
    actor.send({ type: 'START' });
    actor.send({ type: 'STOP' });
    actor.send({ type: 'STOP' });
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(endingOf(wipe)).toBe('stop');
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('without an answer, counts down 10 s on screen, then wipes by itself, counted as Stop', () => {
    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    actor.send({ type: 'STOP' });
    advance(clock, 1_000);
    expect(actor.getSnapshot().context.remaining).toBe(9);
    advance(clock, 8_000);
    expect(actor.getSnapshot().context.remaining).toBe(1);
    expect(wipe).not.toHaveBeenCalled();
    advance(clock, 1_000);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(endingOf(wipe)).toBe('stop');
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('a touch beside the question is not an answer, and the inactivity warning never cuts in', () => {
    const { actor, clock, wipe } = kiosk(5, 30, 20);
    actor.send({ type: 'START' });
    advance(clock, 4_000);
    actor.send({ type: 'STOP' });
    advance(clock, 10_000);
    actor.send({ type: 'ACTIVITY' });
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().matches({ inUse: 'confirmStop' })).toBe(true);
    expect(actor.getSnapshot().context.remaining).toBe(10);
    advance(clock, 10_000);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(endingOf(wipe)).toBe('stop');
  });

  it('the inactivity timeout is counted as idle; Stop during the warning asks too', () => {
    const idle = kiosk(90, 30);
    idle.actor.send({ type: 'START' });
    advance(idle.clock, 120_000);
    expect(idle.wipe).toHaveBeenCalledTimes(1);
    expect(endingOf(idle.wipe)).toBe('idle');

    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    advance(clock, 95_000);
    actor.send({ type: 'STOP' });
    expect(actor.getSnapshot().matches({ inUse: 'confirmStop' })).toBe(true);
    expect(actor.getSnapshot().context.remaining).toBe(10);
    expect(wipe).not.toHaveBeenCalled();
  });

  it('on the welcome screen Stop has nothing to ask nor wipe', () => {
    const { actor, clock, wipe } = kiosk();
    actor.send({ type: 'STOP' });
    advance(clock, 60_000);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(wipe).not.toHaveBeenCalled();
  });

  it('the error screen\'s "start again" wipes at once, without asking', () => {
    const { actor, wipe } = kiosk();
    actor.send({ type: 'START' });
    actor.send({ type: 'WIPE' });
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('leaves no timer running after a reset', () => {
    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    advance(clock, 100_000);
    actor.send({ type: 'STOP' });
    actor.send({ type: 'STOP' });
    advance(clock, 10 * 60_000);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('welcome');
  });
});
