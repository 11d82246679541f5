import type { FlowConfig } from './types';

/**
 * "Your privacy" — facts from docs/facts.md §2 ("Who can see what": the
 * three locks, who never has access, the access log) and §4 (patient rights, copy of the
 * record, correction, trusted person, complaints, Data Protection Authority).
 * Source numbers refer to that file's "Sources" list.
 */
export default {
  id: 'privacy',
  tile: { label: 'privacy:tile', pictogram: 'data-lock' },
  initial: 'who',
  states: {
    who: {
      meta: {
        screen: 'compare',
        title: 'privacy:who.title',
        pictogram: 'eye',
        columns: {
          left: { title: 'privacy:who.yesTitle', items: ['privacy:who.yes1', 'privacy:who.yes2'] },
          right: { title: 'privacy:who.noTitle', items: ['privacy:who.no1', 'privacy:who.no2', 'privacy:who.no3'] },
        },
        sources: [19, 27, 30, 7, 23, 73],
      },
      on: { NEXT: 'logged' },
    },
    logged: {
      meta: {
        screen: 'explain',
        title: 'privacy:logged.title',
        body: ['privacy:logged.body1', 'privacy:logged.body2'],
        pictogram: 'eye-check',
        sources: [38, 34, 32],
      },
      on: { NEXT: 'check' },
    },
    check: {
      meta: {
        screen: 'check',
        title: 'privacy:check.title',
        lead: 'privacy:check.lead',
        pictogram: 'question',
        options: [
          { id: 'carers', label: 'privacy:check.carers', pictogram: 'stethoscope' },
          { id: 'employer', label: 'privacy:check.employer', pictogram: 'employer' },
          { id: 'insurer', label: 'privacy:check.insurer', pictogram: 'insurer' },
        ],
        check: { expected: 'carers', retry: 'privacy:check.retry' },
      },
      on: { 'PICK.carers': 'publicPlace', 'PICK.employer': 'who', 'PICK.insurer': 'who' },
    },
    publicPlace: {
      meta: {
        screen: 'explain',
        title: 'privacy:publicPlace.title',
        body: ['privacy:publicPlace.body1', 'privacy:publicPlace.body2'],
        pictogram: 'keypad',
        sources: [63, 77],
      },
      on: { NEXT: 'rights' },
    },
    rights: {
      meta: {
        screen: 'explain',
        title: 'privacy:rights.title',
        body: ['privacy:rights.body1', 'privacy:rights.body2'],
        pictogram: 'law',
        sources: [57, 58, 59, 60],
      },
      on: { NEXT: 'record' },
    },
    record: {
      meta: {
        screen: 'explain',
        title: 'privacy:record.title',
        body: ['privacy:record.body1', 'privacy:record.body2'],
        pictogram: 'medical-report',
        sources: [58, 66, 67, 69, 70, 71],
      },
      on: { NEXT: 'complain' },
    },
    complain: {
      meta: {
        screen: 'explain',
        title: 'privacy:complain.title',
        body: ['privacy:complain.body1', 'privacy:complain.body2'],
        pictogram: 'handshake',
        sources: [58, 74, 72, 34],
      },
      on: { NEXT: 'recap' },
    },
    recap: {
      meta: {
        screen: 'recap',
        title: 'privacy:recap.title',
        items: [
          { text: 'privacy:recap.item1', pictogram: 'stethoscope' },
          { text: 'privacy:recap.item2', pictogram: 'eye-check' },
          { text: 'privacy:recap.item3', pictogram: 'medical-report' },
          { text: 'privacy:recap.item4', pictogram: 'trusted-person' },
          { text: 'privacy:recap.item5', pictogram: 'hands-off' },
          { text: 'privacy:recap.item6', pictogram: 'handshake' },
        ],
        pictogram: 'checklist',
        sources: [19, 27, 38, 58, 66, 63, 74],
        print: true,
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'privacy:help.title',
        body: ['privacy:help.body'],
        pictogram: 'users',
        helpServices: ['patient-rights', 'health-info', 'social-worker', 'computer-access'],
      },
    },
  },
} as const satisfies FlowConfig;
