import type { FlowConfig } from './types';

/**
 * "Is this health information reliable?" — a five-question checklist in the spirit of
 * Cultures&Santé's plain-language practice (field need N11). Facts from
 * docs/facts.md: §5 (health literacy), §1 (Ma Santé), §4 (patient rights),
 * §6 (plain language, balanced information). The questions themselves are common-sense
 * guidance, phrased as questions to ask oneself, not as facts.
 */
export default {
  id: 'reliable-info',
  tile: { label: 'reliable-info:tile', pictogram: 'file-search' },
  initial: 'intro',
  states: {
    intro: {
      meta: {
        screen: 'explain',
        title: 'reliable-info:intro.title',
        body: ['reliable-info:intro.body1', 'reliable-info:intro.body2'],
        pictogram: 'file-search',
        sources: [88],
      },
      on: { NEXT: 'who' },
    },
    who: {
      meta: {
        screen: 'explain',
        title: 'reliable-info:who.title',
        body: ['reliable-info:who.body1', 'reliable-info:who.body2'],
        pictogram: 'author',
        sources: [15],
      },
      on: { NEXT: 'when' },
    },
    when: {
      meta: {
        screen: 'explain',
        title: 'reliable-info:when.title',
        body: ['reliable-info:when.body1', 'reliable-info:when.body2'],
        pictogram: 'calendar',
        sources: [59],
      },
      on: { NEXT: 'selling' },
    },
    selling: {
      meta: {
        screen: 'explain',
        title: 'reliable-info:selling.title',
        body: ['reliable-info:selling.body1', 'reliable-info:selling.body2'],
        pictogram: 'selling',
        // Questions to ask oneself only; no fact is stated, so no source backs this screen.
      },
      on: { NEXT: 'promise' },
    },
    promise: {
      meta: {
        screen: 'explain',
        title: 'reliable-info:promise.title',
        body: ['reliable-info:promise.body1', 'reliable-info:promise.body2'],
        pictogram: 'too-good',
        sources: [95],
      },
      on: { NEXT: 'ask' },
    },
    ask: {
      meta: {
        screen: 'explain',
        title: 'reliable-info:ask.title',
        body: ['reliable-info:ask.body1', 'reliable-info:ask.body2'],
        pictogram: 'stethoscope',
        sources: [58],
      },
      on: { NEXT: 'recap' },
    },
    recap: {
      meta: {
        screen: 'recap',
        title: 'reliable-info:recap.title',
        items: [
          { text: 'reliable-info:recap.who', pictogram: 'author' },
          { text: 'reliable-info:recap.when', pictogram: 'calendar' },
          { text: 'reliable-info:recap.selling', pictogram: 'selling' },
          { text: 'reliable-info:recap.promise', pictogram: 'too-good' },
          { text: 'reliable-info:recap.ask', pictogram: 'stethoscope' },
        ],
        pictogram: 'checklist',
        sources: [93, 94],
        print: true,
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'reliable-info:help.title',
        body: ['reliable-info:help.body'],
        pictogram: 'users',
        helpServices: ['health-info', 'patient-rights', 'literacy', 'digital-training'],
      },
    },
  },
} as const satisfies FlowConfig;
