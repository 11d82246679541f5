import type { FlowConfig } from './types';

/**
 * "Prepare my questions for the doctor" — the HIS "carnet du patient" idea (field need N11):
 * the person marks fixed questions (nothing personal is asked or written) and can print them.
 * Facts from docs/facts.md §4 (right to information) and §6 (teach-back:
 * asking to explain again, in simple words). Option ids are unique across the flow, because
 * the recap lists every marked option.
 */
export default {
  id: 'doctor-questions',
  tile: { label: 'doctor-questions:tile', pictogram: 'clipboard' },
  initial: 'why',
  states: {
    why: {
      meta: {
        screen: 'explain',
        title: 'doctor-questions:why.title',
        body: ['doctor-questions:why.body1', 'doctor-questions:why.body2'],
        pictogram: 'notes',
        sources: [58],
      },
      on: { NEXT: 'care' },
    },
    care: {
      meta: {
        screen: 'choice',
        multi: true,
        title: 'doctor-questions:care.title',
        body: ['doctor-questions:care.body'],
        pictogram: 'question',
        options: [
          { id: 'results', label: 'doctor-questions:care.results', pictogram: 'lab-results' },
          { id: 'medicine', label: 'doctor-questions:care.medicine', pictogram: 'pill' },
          { id: 'side-effects', label: 'doctor-questions:care.sideEffects', pictogram: 'risk' },
          { id: 'simpler', label: 'doctor-questions:care.simpler', pictogram: 'question' },
        ],
      },
      on: {
        'PICK.results': { actions: ['toggleMark'] },
        'PICK.medicine': { actions: ['toggleMark'] },
        'PICK.side-effects': { actions: ['toggleMark'] },
        'PICK.simpler': { actions: ['toggleMark'] },
        NEXT: 'more',
      },
    },
    more: {
      meta: {
        screen: 'choice',
        multi: true,
        title: 'doctor-questions:more.title',
        body: ['doctor-questions:more.body'],
        pictogram: 'question',
        options: [
          { id: 'self-care', label: 'doctor-questions:more.selfCare', pictogram: 'heart' },
          { id: 'come-back', label: 'doctor-questions:more.comeBack', pictogram: 'calendar' },
          { id: 'shared-record', label: 'doctor-questions:more.sharedRecord', pictogram: 'folder-health' },
          { id: 'consent', label: 'doctor-questions:more.consent', pictogram: 'thumbs-up-down' },
        ],
      },
      on: {
        'PICK.self-care': { actions: ['toggleMark'] },
        'PICK.come-back': { actions: ['toggleMark'] },
        'PICK.shared-record': { actions: ['toggleMark'] },
        'PICK.consent': { actions: ['toggleMark'] },
        NEXT: 'list',
      },
    },
    list: {
      meta: {
        screen: 'recap',
        title: 'doctor-questions:list.title',
        body: ['doctor-questions:list.body'],
        pictogram: 'clipboard',
        showMarks: true,
        emptyText: 'doctor-questions:list.empty',
        print: true,
        sources: [58, 97, 98],
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'doctor-questions:help.title',
        body: ['doctor-questions:help.body'],
        pictogram: 'users',
        helpServices: ['health-info', 'patient-rights', 'social-worker'],
      },
    },
  },
} as const satisfies FlowConfig;
