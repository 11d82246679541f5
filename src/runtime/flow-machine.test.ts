import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AnyContent, FlowConfig } from '../../flows/types';
import { createFlowMachine, currentStep } from './flow-machine';
import { FlowDefinitionError } from './flow-problems';

const ctx = { hasText: (key: string) => !key.includes('missing'), hasPictogram: (id: string) => id !== 'nope' };

/** A small sound flow: intro → question → (a | b) → help. */
function sample(): FlowConfig<AnyContent> {
  return {
    id: 'sample',
    tile: { label: 's:tile', pictogram: 'p' },
    initial: 'intro',
    states: {
      intro: { meta: { screen: 'explain', title: 's:intro', pictogram: 'p' }, on: { NEXT: 'question' } },
      question: {
        meta: {
          screen: 'choice',
          title: 's:q',
          pictogram: 'p',
          options: [
            { id: 'a', label: 's:a', pictogram: 'p' },
            { id: 'b', label: 's:b', pictogram: 'p' },
          ],
        },
        on: { 'PICK.a': 'answerA', 'PICK.b': 'answerB' },
      },
      answerA: { meta: { screen: 'explain', title: 's:ra', pictogram: 'p' }, on: { NEXT: 'help' } },
      answerB: { meta: { screen: 'explain', title: 's:rb', pictogram: 'p' }, on: { NEXT: 'help' } },
      help: { type: 'final', meta: { screen: 'help', title: 's:help', pictogram: 'p', back: 'question' } },
    },
  };
}

/** Expects createFlowMachine to reject the flow with a message containing `fragment`. */
function expectRejected(flow: FlowConfig<AnyContent>, fragment: string): void {
  try {
    createFlowMachine(flow, ctx);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowDefinitionError);
    expect((error as Error).message).toContain(fragment);
    return;
  }
  throw new Error(`flow was accepted; expected a problem like "${fragment}"`);
}

describe('a flow definition becomes a machine', () => {
  it('moves forward on NEXT and PICK, and Back returns to the step before', () => {
    const actor = createActor(createFlowMachine(sample(), ctx)).start();
    expect(currentStep(actor.getSnapshot())).toBe('intro');
    expect(actor.getSnapshot().can({ type: 'BACK' })).toBe(false);
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'PICK.b' });
    expect(currentStep(actor.getSnapshot())).toBe('answerB');
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('question');
    actor.send({ type: 'PICK.a' });
    actor.send({ type: 'NEXT' });
    expect(currentStep(actor.getSnapshot())).toBe('help');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('keeps each step’s meta for the screens', () => {
    const machine = createFlowMachine(sample(), ctx);
    const actor = createActor(machine).start();
    const meta = actor.getSnapshot().getMeta() as Record<string, { screen: string }>;
    expect(meta['sample.intro']?.screen).toBe('explain');
  });

  it('marks and unmarks options with the toggleMark action', () => {
    const flow = sample();
    flow.states.question!.on = {
      'PICK.a': { actions: ['toggleMark'] },
      'PICK.b': { actions: ['toggleMark'] },
      NEXT: { target: 'answerA', guard: 'hasMarks' },
    };
    flow.states.answerB!.meta.back = 'question';
    flow.states.answerB!.on = { NEXT: 'help' };
    // answerB is now unreachable: point answerA's NEXT to it to keep the flow sound.
    flow.states.answerA!.on = { NEXT: 'answerB' };
    flow.states.help!.meta.back = 'answerB';
    const actor = createActor(createFlowMachine(flow, ctx)).start();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' }); // guarded: nothing marked yet
    expect(currentStep(actor.getSnapshot())).toBe('question');
    actor.send({ type: 'PICK.a' });
    actor.send({ type: 'PICK.b' });
    actor.send({ type: 'PICK.a' });
    expect(actor.getSnapshot().context.marks).toEqual(['b']);
    actor.send({ type: 'NEXT' });
    expect(currentStep(actor.getSnapshot())).toBe('answerA');
  });
});

describe('teach-back', () => {
  /** intro → more → check (expected "yes"; "no" sends back to intro) → help. */
  function withCheck(): FlowConfig<AnyContent> {
    return {
      id: 'tb',
      tile: { label: 's:tile', pictogram: 'p' },
      initial: 'intro',
      states: {
        intro: { meta: { screen: 'explain', title: 's:intro', pictogram: 'p' }, on: { NEXT: 'more' } },
        more: { meta: { screen: 'explain', title: 's:more', pictogram: 'p' }, on: { NEXT: 'check' } },
        check: {
          meta: {
            screen: 'check',
            title: 's:check',
            pictogram: 'p',
            options: [
              { id: 'yes', label: 's:yes', pictogram: 'p' },
              { id: 'no', label: 's:no', pictogram: 'p' },
            ],
            check: { expected: 'yes', retry: 's:again' },
          },
          on: { 'PICK.yes': 'help', 'PICK.no': 'intro' },
        },
        help: { type: 'final', meta: { screen: 'help', title: 's:help', pictogram: 'p' } },
      },
    };
  }

  it('another answer leads back to re-read, with a kind notice, then straight back to the question', () => {
    const actor = createActor(createFlowMachine(withCheck(), ctx)).start();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'PICK.no' });
    expect(currentStep(actor.getSnapshot())).toBe('intro');
    expect(actor.getSnapshot().context.retry).toBe('s:again');
    actor.send({ type: 'NEXT' });
    expect(currentStep(actor.getSnapshot())).toBe('check');
    expect(actor.getSnapshot().context.retry).toBeUndefined();
    // Outside a detour, the same step goes on as usual.
    actor.send({ type: 'PICK.yes' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('Back from the re-read step still goes to its usual previous step, and the detour ends', () => {
    const actor = createActor(createFlowMachine(withCheck(), ctx)).start();
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'PICK.no' });
    actor.send({ type: 'NEXT' }); // back at the check
    actor.send({ type: 'BACK' });
    expect(currentStep(actor.getSnapshot())).toBe('more');
    actor.send({ type: 'BACK' });
    actor.send({ type: 'NEXT' });
    expect(currentStep(actor.getSnapshot())).toBe('more');
  });
});

describe('a bad flow definition is rejected with a clear message', () => {
  it('rejects an unknown screen kind', () => {
    const flow = sample();
    (flow.states.intro!.meta as { screen: string }).screen = 'video';
    expectRejected(flow, 'step "intro": unknown screen kind "video"');
  });

  it('rejects a missing text key', () => {
    const flow = sample();
    flow.states.answerA!.meta.body = ['s:missing.body'];
    expectRejected(flow, 'step "answerA": missing text key "s:missing.body"');
  });

  it('rejects an unknown pictogram', () => {
    const flow = sample();
    flow.states.intro!.meta.pictogram = 'nope';
    expectRejected(flow, 'unknown pictogram "nope"');
  });

  it('rejects an unreachable step', () => {
    const flow = sample();
    flow.states.orphan = { meta: { screen: 'explain', title: 's:o', pictogram: 'p' }, on: { NEXT: 'help' } };
    expectRejected(flow, 'step "orphan": unreachable from "intro"');
  });

  it('rejects a dead end', () => {
    const flow = sample();
    delete flow.states.answerB!.on;
    expectRejected(flow, 'step "answerB": dead end');
  });

  it('rejects a target that does not exist', () => {
    const flow = sample();
    flow.states.intro!.on = { NEXT: 'questoin' };
    expectRejected(flow, 'goes to unknown step "questoin"');
  });

  it('rejects an option that leads nowhere', () => {
    const flow = sample();
    delete flow.states.question!.on!['PICK.b'];
    expectRejected(flow, 'option "b" leads nowhere');
  });

  it('asks where Back goes when several steps lead to one', () => {
    const flow = sample();
    delete flow.states.help!.meta.back;
    expectRejected(flow, 'step "help": reached from answerA and answerB');
  });

  it('rejects a topic that does not end on the help screen', () => {
    const flow = sample();
    flow.states.help!.meta.screen = 'explain';
    expectRejected(flow, 'must end on the help screen');
  });
});
