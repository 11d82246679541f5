import { createActor, createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { liveFlowCount, trackFlow } from './live-flows';

const machine = createMachine({ initial: 'a', states: { a: {} } });

describe('live topics count', () => {
  it('counts the running topics only, and forgets stopped ones', () => {
    const first = trackFlow(createActor(machine).start());
    const second = trackFlow(createActor(machine).start());
    expect(liveFlowCount()).toBe(2);
    first.stop();
    expect(liveFlowCount()).toBe(1);
    second.stop();
    expect(liveFlowCount()).toBe(0);
  });
});
