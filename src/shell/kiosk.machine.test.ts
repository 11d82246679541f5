import { describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { kioskMachine } from './kiosk.machine';

/** Advances a simulated clock second by second (it fires only timers already due at each call). */
function advance(clock: SimulatedClock, ms: number): void {
  for (let left = ms; left > 0; left -= 1000) clock.increment(Math.min(1000, left));
}

/** A kiosk with a simulated clock and a spy in place of the privacy wipe. */
function kiosk(idleSeconds = 90, warningSeconds = 30) {
  const clock = new SimulatedClock();
  const wipe = vi.fn();
  const actor = createActor(kioskMachine.provide({ actions: { wipeSession: wipe } }), {
    clock,
    input: { idleSeconds, warningSeconds },
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

  it('Stop wipes at once, without asking', () => {
    const { actor, wipe } = kiosk();
    actor.send({ type: 'START' });
    actor.send({ type: 'STOP' });
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('leaves no timer running after a reset', () => {
    const { actor, clock, wipe } = kiosk(90, 30);
    actor.send({ type: 'START' });
    advance(clock, 100_000);
    actor.send({ type: 'STOP' });
    advance(clock, 10 * 60_000);
    expect(wipe).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('welcome');
  });
});
