import type { ScreenKind, StepMeta } from '../../flows/types';
import consent from '../../flows/consent.flow';
import practice from '../../flows/practice.flow';
import sharedRecord from '../../flows/shared-record.flow';

/** A step of a topic, by name: its meta as the flow writes it. */
function stepOf(flow: { states: Record<string, { meta: StepMeta }> }, name: string): StepMeta {
  const state = flow.states[name];
  if (!state) throw new Error(`No step "${name}"`);
  return state.meta;
}

/**
 * One real step of each screen kind (src/screens/README.md), taken from the topics so that every
 * text it names exists in every language. A kind added to ScreenKind without a fixture fails tsc.
 */
export const screenKindFixtures = {
  explain: stepOf(consent, 'what'),
  choice: stepOf(consent, 'choices'),
  check: stepOf(consent, 'checkChange'),
  compare: stepOf(consent, 'compare'),
  recap: stepOf(consent, 'recap'),
  help: stepOf(sharedRecord, 'help'),
  keypad: stepOf(practice, 'typeCode'),
} satisfies Record<ScreenKind, StepMeta>;
