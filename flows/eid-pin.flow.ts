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
        sources: [40, 41],
      },
      on: { NEXT: 'forgotten' },
    },
    forgotten: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:forgotten.title',
        body: ['eid-pin:forgotten.body1', 'eid-pin:forgotten.body2'],
        pictogram: 'unlock',
        sources: [40, 42, 43],
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
        sources: [53, 54, 55],
      },
      on: { NEXT: 'neverShare' },
    },
    neverShare: {
      meta: {
        screen: 'explain',
        title: 'eid-pin:neverShare.title',
        body: ['eid-pin:neverShare.body1', 'eid-pin:neverShare.body2'],
        pictogram: 'lock',
        sources: [63, 62, 60],
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
          { id: 'nobody', label: 'eid-pin:check.nobody', pictogram: 'user-x' },
          { id: 'family', label: 'eid-pin:check.family', pictogram: 'group' },
          { id: 'helper', label: 'eid-pin:check.helper', pictogram: 'handshake' },
        ],
        check: { expected: 'nobody', retry: 'eid-pin:check.retry' },
      },
      on: { 'PICK.nobody': 'recap', 'PICK.family': 'neverShare', 'PICK.helper': 'neverShare' },
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
