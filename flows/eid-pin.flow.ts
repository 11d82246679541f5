import type { FlowConfig } from './types';

/**
 * "Your eID card and PIN" — facts from docs/facts.md §3 (eID, PIN, PUK,
 * itsme, DOC STOP) and §4 (the trusted person). Source numbers refer to that file's
 * "Sources" list. Brussels prices and delays for new codes are UNCONFIRMED and not stated.
 */
export default {
  id: 'eid-pin',
  tile: { label: 'eid-pin:tile', pictogram: 'id-card' },
  initial: 'why',
  states: {
    why: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:why.title',
        body: ['eid-pin:why.body1', 'eid-pin:why.body2'],
        pictogram: 'id-card',
        sources: [47],
      },
      on: { NEXT: 'secretCode' },
    },
    secretCode: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:secretCode.title',
        body: ['eid-pin:secretCode.body1', 'eid-pin:secretCode.body2'],
        pictogram: 'pin-code',
        // [40]: the letter holds PIN and PUK, and most people change the PIN when collecting
        // the card — so three tries with the letter's old PIN block it. Nothing about when the
        // letter arrives (the source does not say).
        sources: [40],
      },
      on: { NEXT: 'forgotten' },
    },
    forgotten: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:forgotten.title',
        body: ['eid-pin:forgotten.body1', 'eid-pin:forgotten.body2'],
        pictogram: 'unlock',
        sources: [40, 41, 42, 43],
      },
      on: { NEXT: 'lostLetter' },
    },
    lostLetter: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:lostLetter.title',
        body: ['eid-pin:lostLetter.body1', 'eid-pin:lostLetter.body2'],
        pictogram: 'mail',
        sources: [41, 44, 40, 42],
      },
      on: { NEXT: 'itsme' },
    },
    itsme: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:itsme.title',
        body: ['eid-pin:itsme.body1', 'eid-pin:itsme.body2'],
        pictogram: 'phone-app',
        sources: [53, 54],
      },
      on: { NEXT: 'neverShare' },
    },
    neverShare: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:neverShare.title',
        body: ['eid-pin:neverShare.body1', 'eid-pin:neverShare.body2'],
        pictogram: 'lock',
        // Advice with its reason (card + PIN log in as you [47]); the alternative without the
        // code is the trusted person [63].
        sources: [47, 63, 62, 60],
      },
      on: { NEXT: 'lostCard' },
    },
    lostCard: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:lostCard.title',
        body: ['eid-pin:lostCard.body1', 'eid-pin:lostCard.body2'],
        pictogram: 'call',
        sources: [48],
      },
      on: { NEXT: 'check' },
    },
    check: {
      meta: {
        screen: 'check',
        title: 'eid-pin:check.title',
        lead: 'eid-pin:check.lead',
        pictogram: 'question',
        options: [
          { id: 'login', label: 'eid-pin:check.login', pictogram: 'computer' },
          { id: 'nothing', label: 'eid-pin:check.nothing', pictogram: 'ban' },
          { id: 'unknown', label: 'eid-pin:check.unknown', pictogram: 'help-circle' },
        ],
        // Teach-back on the reason (the risk), never on whom the person trusts: no official
        // text says "never share your PIN" (fact sheet §7), so sharing it is their decision.
        check: { expected: 'login', retry: 'eid-pin:check.retry' },
      },
      on: { 'PICK.login': 'recap', 'PICK.nothing': 'neverShare', 'PICK.unknown': 'neverShare' },
    },
    recap: {
      meta: {
        screen: 'recap',
        title: 'eid-pin:recap.title',
        items: [
          { text: 'eid-pin:recap.item1', pictogram: 'pin-code' },
          { text: 'eid-pin:recap.item2', pictogram: 'town-hall' },
          { text: 'eid-pin:recap.item3', pictogram: 'phone-app' },
          { text: 'eid-pin:recap.item4', pictogram: 'lock' },
          { text: 'eid-pin:recap.item5', pictogram: 'call' },
        ],
        pictogram: 'checklist',
        sources: [40, 41, 43, 53, 63, 48],
        print: true,
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'eid-pin:help.title',
        body: ['eid-pin:help.body'],
        pictogram: 'users',
        helpServices: ['eid-pin-help', 'computer-access', 'digital-training', 'admin-help'],
      },
    },
  },
} as const satisfies FlowConfig;
