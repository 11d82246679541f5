import type { FlowConfig } from './types';

/**
 * "Practice: log in with your eID card" (field need N13: "a simulation of accessing a record,
 * as a teaching capsule"). A rehearsal with a made-up card, a made-up code (1 2 3 4) on an
 * on-screen keypad that never keeps what is typed, and a calm tour of a made-up record; every
 * step carries the "exercise" banner. Facts from docs/facts.md §3 (eID, PIN,
 * reader, blocked card, itsme), §1 (reading the Brussels record), §2 (eHealthConsent, access
 * log, therapeutic links, exclusion) and §4 (trusted person). No real portal screen or logo is
 * shown; where a thing is in the real portals is said in words, as far as the sources say it.
 */
export default {
  id: 'practice',
  tile: { label: 'practice:tile', pictogram: 'keypad' },
  exercise: { banner: 'practice:banner' },
  initial: 'insertCard',
  states: {
    insertCard: {
      meta: {
        screen: 'explain',
        title: 'practice:insertCard.title',
        body: ['practice:insertCard.body1', 'practice:insertCard.body2'],
        pictogram: 'id-card',
        illustration: 'card-reader',
        sources: [47],
      },
      on: { NEXT: 'nothingHappens' },
    },
    nothingHappens: {
      meta: {
        screen: 'explain',
        title: 'practice:nothingHappens.title',
        body: ['practice:nothingHappens.body1', 'practice:nothingHappens.body2'],
        pictogram: 'help-circle',
        sources: [47],
      },
      on: { NEXT: 'typeCode' },
    },
    typeCode: {
      meta: {
        screen: 'keypad',
        title: 'practice:typeCode.title',
        pictogram: 'pin-code',
        keypad: {
          practiceCode: '1234',
          // An eID card blocks after three wrong PINs [40][42].
          tries: 3,
          texts: {
            warning: 'practice:typeCode.warning',
            digit: 'practice:typeCode.digit',
            erase: 'practice:typeCode.erase',
            ok: 'practice:typeCode.ok',
            typed: 'practice:typeCode.typed',
            wrong: 'practice:typeCode.wrong',
            incomplete: 'practice:typeCode.incomplete',
          },
        },
      },
      on: { 'PICK.ok': 'codeRight', 'PICK.wrong': { actions: [] }, 'PICK.blocked': 'blocked' },
    },
    // The right code: say plainly that it worked before moving on (a person should not have to
    // guess from a new heading that the code was accepted).
    codeRight: {
      meta: {
        screen: 'explain',
        title: 'practice:codeRight.title',
        body: ['practice:codeRight.body'],
        pictogram: 'unlock',
        sources: [47],
      },
      on: { NEXT: 'twoWays' },
    },
    blocked: {
      meta: {
        screen: 'explain',
        title: 'practice:blocked.title',
        body: ['practice:blocked.body1', 'practice:blocked.body2'],
        pictogram: 'lock',
        sources: [40, 42, 43],
      },
      on: { NEXT: 'twoWays' },
    },
    twoWays: {
      meta: {
        screen: 'compare',
        title: 'practice:twoWays.title',
        pictogram: 'user-check',
        columns: {
          left: { title: 'practice:twoWays.eid', items: ['practice:twoWays.eid1', 'practice:twoWays.eid2'] },
          right: { title: 'practice:twoWays.itsme', items: ['practice:twoWays.itsme1', 'practice:twoWays.itsme2'] },
        },
        sources: [47, 40, 53, 54, 21],
        back: 'typeCode',
      },
      on: { NEXT: 'record' },
    },
    record: {
      meta: {
        screen: 'recap',
        title: 'practice:record.title',
        body: ['practice:record.body1', 'practice:record.body2'],
        pictogram: 'folder-health',
        items: [
          { text: 'practice:record.item1', pictogram: 'blood' },
          { text: 'practice:record.item2', pictogram: 'medical-report' },
          { text: 'practice:record.item3', pictogram: 'vaccine' },
        ],
        sources: [6, 4],
      },
      on: { NEXT: 'access' },
    },
    access: {
      meta: {
        screen: 'explain',
        title: 'practice:access.title',
        body: ['practice:access.body1', 'practice:access.body2'],
        pictogram: 'eye-check',
        sources: [38, 34, 32],
      },
      on: { NEXT: 'consent' },
    },
    consent: {
      meta: {
        screen: 'explain',
        title: 'practice:consent.title',
        body: ['practice:consent.body1', 'practice:consent.body2'],
        pictogram: 'thumbs-up-down',
        sources: [17, 21, 19],
      },
      on: { NEXT: 'exclude' },
    },
    exclude: {
      meta: {
        screen: 'explain',
        title: 'practice:exclude.title',
        body: ['practice:exclude.body1', 'practice:exclude.body2'],
        pictogram: 'user-x',
        sources: [34],
      },
      on: { NEXT: 'trusted' },
    },
    trusted: {
      meta: {
        screen: 'explain',
        title: 'practice:trusted.title',
        body: ['practice:trusted.body1', 'practice:trusted.body2'],
        pictogram: 'trusted-person',
        sources: [63],
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'practice:help.title',
        body: ['practice:help.body'],
        pictogram: 'users',
        helpServices: ['computer-access', 'digital-training', 'eid-pin-help', 'shared-record-help'],
      },
    },
  },
} as const satisfies FlowConfig;
