import type { FlowConfig } from './types';

/**
 * "Questions people often ask" (issue 14, section 4) — what people ask at the counter that the
 * other topics do not answer: does saying yes mean going online, reading results before the
 * doctor explains them, what reading the record with the eID takes, worries (hacking, data being
 * sold), the pharmacy file, how a change of choice is notified, the words people hear, a document
 * missing from Ma Santé (field need N14), an adult who can no longer decide.
 *
 * One question a step; the step's title is the question. There is no question-menu screen kind,
 * and a single-answer `choice` step would make this a decision topic (tests/objectivity.test.ts),
 * which it is not: the menu is the topic's "All the steps" list, so any answer is three taps from
 * home (tile, All the steps, the question) and Next still walks them in order.
 *
 * Facts only from docs/facts.md (source numbers of its "Sources" list). Left out because the fact
 * sheet is silent: where a card reader is sold and what it costs, outages, whether data can be
 * hacked or sold (only the worries [39] and the purpose of consent [17] are stated), the delay
 * before Brussels results show online (UNCONFIRMED; the Walloon 7 days [11] would mislead here),
 * what a representative may do about consent.
 */
export default {
  id: 'questions',
  tile: { label: 'questions:tile', pictogram: 'question' },
  initial: 'online',
  states: {
    online: {
      meta: {
        screen: 'explain',
        title: 'questions:online.title',
        body: ['questions:online.body1', 'questions:online.body2'],
        pictogram: 'computer',
        sources: [21, 17, 4],
      },
      on: { NEXT: 'results' },
    },
    results: {
      meta: {
        screen: 'explain',
        title: 'questions:results.title',
        body: ['questions:results.body1', 'questions:results.body2'],
        pictogram: 'lab-results',
        sources: [57, 58, 4],
      },
      on: { NEXT: 'reader' },
    },
    reader: {
      meta: {
        screen: 'explain',
        title: 'questions:reader.title',
        body: ['questions:reader.body1', 'questions:reader.body2'],
        pictogram: 'id-card',
        illustration: 'card-reader',
        sources: [47, 53],
      },
      on: { NEXT: 'worries' },
    },
    worries: {
      meta: {
        screen: 'explain',
        title: 'questions:worries.title',
        body: ['questions:worries.body1', 'questions:worries.body2'],
        pictogram: 'network',
        sources: [39, 3, 4, 17],
      },
      on: { NEXT: 'pharmacy' },
    },
    pharmacy: {
      meta: {
        screen: 'explain',
        title: 'questions:pharmacy.title',
        body: ['questions:pharmacy.body1', 'questions:pharmacy.body2'],
        pictogram: 'pharmacy',
        sources: [7, 30, 16],
      },
      on: { NEXT: 'notified' },
    },
    notified: {
      meta: {
        screen: 'explain',
        title: 'questions:notified.title',
        body: ['questions:notified.body1', 'questions:notified.body2'],
        pictogram: 'mail-box',
        sources: [27, 22, 26, 28],
      },
      on: { NEXT: 'words' },
    },
    words: {
      meta: {
        screen: 'explain',
        title: 'questions:words.title',
        body: ['questions:words.body1', 'questions:words.body2'],
        pictogram: 'speech-bubble',
        sources: [26, 17, 57, 18],
      },
      on: { NEXT: 'portal' },
    },
    // Field need N14: Brussels data sit with the Brussels network and may not show in Ma Santé.
    portal: {
      meta: {
        screen: 'explain',
        title: 'questions:portal.title',
        body: ['questions:portal.body1', 'questions:portal.body2'],
        pictogram: 'device-desktop',
        sources: [15, 2, 4],
      },
      on: { NEXT: 'representative' },
    },
    representative: {
      meta: {
        screen: 'explain',
        title: 'questions:representative.title',
        body: ['questions:representative.body1', 'questions:representative.body2'],
        pictogram: 'representative',
        sources: [62, 64],
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'questions:help.title',
        body: ['questions:help.body'],
        pictogram: 'users',
        helpServices: ['shared-record-help', 'health-info', 'patient-rights', 'eid-pin-help', 'computer-access'],
      },
    },
  },
} as const satisfies FlowConfig;
