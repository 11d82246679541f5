import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import practice from '../../flows/practice.flow';
import type { AnyContent, FlowConfig } from '../../flows/types';
import { FlowView } from '../app/flow-view';
import { createFlowMachine, currentStep, type FlowActor } from '../runtime/flow-machine';
import { flowProblems } from '../runtime/flow-problems';
import { pictogramIds } from '../ui/pictogram';
import { Providers, serveInventory, spacedPresses, testI18n } from '../../tests/render-kit';

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n('fr');
});

const flow = practice as FlowConfig;
const pad = flow.states.typeCode!.meta.keypad!;
const check = { hasText: (key: string) => i18n.exists(key), hasPictogram: (id: string) => pictogramIds.has(id) };

/** Distinctive codes a person might type; none is the practice code, none is in the keypad's own labels. */
const TYPED = ['9876', '5550', '2468', '7031'];

let actor: FlowActor;
const consoleCalls: unknown[][] = [];

beforeEach(() => {
  serveInventory();
  spacedPresses();
  localStorage.clear();
  sessionStorage.clear();
  consoleCalls.length = 0;
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
  }
  actor = createActor(createFlowMachine(flow, check)).start();
  render(
    <Providers i18n={i18n}>
      <FlowView flowId="practice" actor={actor} finish={() => undefined} />
    </Providers>,
  );
});

afterEach(() => {
  actor.stop();
  vi.restoreAllMocks();
});

const t = (key: string, values: Record<string, unknown> = {}) => i18n.t(key, values);
const heading = () => screen.getByRole('heading', { level: 1 }).textContent?.trim();
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const typeDigits = (digits: string) => {
  for (const d of digits) press(t(pad.texts.digit, { digit: d }));
};
const ok = () => press(t(pad.texts.ok));
/** From the first step to the keypad. */
const toKeypad = () => {
  press(t('step.next'));
  press(t('step.next'));
  expect(heading()).toBe(t('practice:typeCode.title'));
};
const filledDots = () => document.querySelectorAll('.keypad__dot--filled').length;

/** Every place a typed code could have been left behind, as one string. */
function everywhere(): string {
  const storage = (s: Storage) => JSON.stringify(Object.entries({ ...s }));
  return [
    document.body.innerHTML,
    document.body.textContent ?? '',
    storage(localStorage),
    storage(sessionStorage),
    JSON.stringify(actor.getSnapshot()),
    JSON.stringify(consoleCalls),
  ].join('\n');
}

/** A code in the forms it could take in text: 9876, 9 8 7 6, 9,8,7,6, 9-8-7-6. */
const forms = (code: string) => [
  code,
  code.split('').join(' '),
  code.split('').join(','),
  code.split('').join('-'),
  code.split('').join('","'),
];

describe('the practice keypad', () => {
  it('says first that this is practice, never the real code, and which code to use', () => {
    toKeypad();
    const warnings = screen.getAllByRole('note').map((n) => n.textContent ?? '');
    expect(warnings).toContain(t(pad.texts.warning, { code: '1 2 3 4' }));
    // The exercise banner is on the step too.
    expect(warnings).toContain(t('practice:banner'));
  });

  it('has the phone layout, each digit named for screen readers', () => {
    toKeypad();
    const keypad = screen.getByRole('group', { name: t('practice:typeCode.title') });
    const names = within(keypad)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
    const digit = (d: string) => t(pad.texts.digit, { digit: d });
    expect(names).toEqual([...'123456789'].map(digit).concat([t(pad.texts.erase), digit('0'), t(pad.texts.ok)]));
  });

  it('accepts 1 2 3 4 then OK, says plainly that it worked, then moves on', () => {
    toKeypad();
    typeDigits('1234');
    ok();
    expect(currentStep(actor.getSnapshot())).toBe('codeRight');
    expect(heading()).toBe(t('practice:codeRight.title'));
    expect(screen.getByText(t('practice:codeRight.body'))).toBeTruthy();
    expect(document.querySelector('.step__pictogram')?.getAttribute('data-pictogram')).toBe('unlock');
    // Still the exercise: the banner stays.
    expect(screen.getByRole('note').textContent).toContain(t('practice:banner'));
    press(t('step.next'));
    expect(heading()).toBe(t('practice:twoWays.title'));
  });

  it('says a wrong code is wrong and how many tries are left, and stays on the step', () => {
    toKeypad();
    typeDigits('9876');
    ok();
    expect(currentStep(actor.getSnapshot())).toBe('typeCode');
    expect(screen.getByRole('alert').textContent).toBe(t(pad.texts.wrong, { count: 2 }));
    expect(filledDots()).toBe(0);
    typeDigits('5550');
    ok();
    expect(screen.getByRole('alert').textContent).toBe(t(pad.texts.wrong, { count: 1 }));
    // The right code still works after wrong ones.
    typeDigits('1234');
    ok();
    expect(heading()).toBe(t('practice:codeRight.title'));
  });

  it('after three wrong codes, explains the blocked card, then the rehearsal goes on', () => {
    toKeypad();
    for (const code of TYPED.slice(0, 3)) {
      typeDigits(code);
      ok();
    }
    expect(currentStep(actor.getSnapshot())).toBe('blocked');
    expect(heading()).toBe(t('practice:blocked.title'));
    press(t('step.next'));
    expect(heading()).toBe(t('practice:twoWays.title'));
  });

  it('counts too short a code as no try', () => {
    toKeypad();
    typeDigits('98');
    ok();
    expect(screen.getByRole('alert').textContent).toBe(t(pad.texts.incomplete, { length: 4 }));
    for (const code of TYPED.slice(0, 2)) {
      typeDigits(code);
      ok();
    }
    expect(currentStep(actor.getSnapshot())).toBe('typeCode');
  });

  it('shows the number of digits typed as dots, never the digits', () => {
    toKeypad();
    const before = document.body.textContent ?? '';
    typeDigits('987');
    expect(filledDots()).toBe(3);
    expect(document.querySelectorAll('.keypad__dot').length).toBe(4);
    expect(screen.getByRole('status').textContent).toBe(t(pad.texts.typed, { count: 3 }));
    // Nothing else on the page changed but the count.
    expect((document.body.textContent ?? '').replace(t(pad.texts.typed, { count: 3 }), '')).toBe(before);
    for (const form of forms('987')) expect(everywhere()).not.toContain(form);
    // A fifth digit is not taken.
    typeDigits('65');
    expect(filledDots()).toBe(4);
    press(t(pad.texts.erase));
    expect(filledDots()).toBe(3);
  });

  it('keeps no typed code in the page, its storage, the console or the flow, during or after the step', async () => {
    toKeypad();
    typeDigits(TYPED[0]!);
    // Typed, not sent yet.
    for (const form of forms(TYPED[0]!)) expect(everywhere()).not.toContain(form);
    ok();
    typeDigits(TYPED[1]!);
    ok();
    typeDigits(TYPED[3]!.slice(0, 3));
    for (const code of TYPED) for (const form of forms(code)) expect(everywhere(), `"${form}" left behind`).not.toContain(form);

    // Leave the step with digits typed: Back, then come again — the keypad starts empty.
    await act(() => actor.send({ type: 'BACK' }));
    expect(heading()).toBe(t('practice:nothingHappens.title'));
    press(t('step.next'));
    expect(filledDots()).toBe(0);
    typeDigits('1234');
    ok();
    expect(heading()).toBe(t('practice:codeRight.title'));
    for (const code of TYPED) for (const form of forms(code)) expect(everywhere(), `"${form}" left behind`).not.toContain(form);
    // The flow remembers no code at all: its context is the same as before the keypad.
    expect(actor.getSnapshot().context).toEqual({ marks: [] });
  });

  it('ignores a second press within a tremor’s echo, but not typing at a normal pace', () => {
    toKeypad();
    vi.restoreAllMocks();
    let now = 1e9;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const key = (d: string, after: number) => {
      now += after;
      fireEvent.click(screen.getByRole('button', { name: t(pad.texts.digit, { digit: d }) }));
    };
    key('9', 1000);
    key('9', 100); // echo
    key('8', 300);
    key('7', 300);
    expect(filledDots()).toBe(3);
  });
});

describe('keypad steps are checked before they run', () => {
  const withStep = (change: (f: FlowConfig<AnyContent>) => void): string[] => {
    const copy: FlowConfig<AnyContent> = structuredClone(flow);
    change(copy);
    return flowProblems(copy, check);
  };

  it('the practice flow itself is sound', () => {
    expect(flowProblems(flow, check)).toEqual([]);
  });

  it('refuses a keypad step without its code, its events or with a Next', () => {
    expect(withStep((f) => delete f.states.typeCode!.meta.keypad).join('\n')).toMatch(/needs "keypad"/);
    expect(withStep((f) => (f.states.typeCode!.meta.keypad!.practiceCode = '12a4')).join('\n')).toMatch(/4 to 8 digits/);
    expect(withStep((f) => (f.states.typeCode!.meta.keypad!.tries = 0)).join('\n')).toMatch(/tries/);
    expect(withStep((f) => delete f.states.typeCode!.on!['PICK.wrong']).join('\n')).toMatch(/PICK\.wrong/);
    expect(withStep((f) => (f.states.typeCode!.on!['PICK.wrong'] = 'record')).join('\n')).toMatch(/stays on the step/);
    expect(withStep((f) => (f.states.typeCode!.on!.NEXT = 'record')).join('\n')).toMatch(/"NEXT" has no button/);
    expect(withStep((f) => (f.states.typeCode!.meta.keypad!.texts.ok = 'practice:nope')).join('\n')).toMatch(
      /missing text key "practice:nope"/,
    );
  });

  it('refuses an unknown illustration, an illustration off an explain step, and a banner without text', () => {
    expect(withStep((f) => (f.states.insertCard!.meta.illustration = 'x-ray' as never)).join('\n')).toMatch(/unknown illustration "x-ray"/);
    expect(withStep((f) => (f.states.twoWays!.meta.illustration = 'card-reader')).join('\n')).toMatch(/only an explain step/);
    expect(withStep((f) => (f.exercise = { banner: 'practice:nope' })).join('\n')).toMatch(/exercise banner/);
  });
});
