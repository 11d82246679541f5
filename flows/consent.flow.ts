import type { FlowConfig } from './types';

/**
 * "Consent: your choice" — an objective explanation of consent to share health data, with
 * benefits and risks side by side and every choice presented as valid (field need N7).
 * Facts from docs/facts.md §2 (consent: what it is, who can register it,
 * am I registered, withdraw, who can see what, exclude a provider, if you refuse, benefits,
 * risks) and §4 (trusted person). Source numbers refer to that file's "Sources" list.
 * The choice step lets the person open several options; each option step returns to it.
 */
export default {
  id: 'consent',
  tile: { label: 'consent:tile', pictogram: 'thumbs-up-down' },
  initial: 'what',
  states: {
    what: {
      meta: {
        screen: 'explain',
        title: 'consent:what.title',
        body: ['consent:what.body1', 'consent:what.body2'],
        pictogram: 'handshake',
        sources: [17],
      },
      on: { NEXT: 'facts' },
    },
    facts: {
      meta: {
        screen: 'explain',
        title: 'consent:facts.title',
        body: ['consent:facts.body1', 'consent:facts.body2'],
        pictogram: 'info',
        sources: [17, 19, 7, 18],
      },
      on: { NEXT: 'locks' },
    },
    locks: {
      meta: {
        screen: 'explain',
        title: 'consent:locks.title',
        body: ['consent:locks.body1', 'consent:locks.body2'],
        pictogram: 'lock',
        sources: [19, 27],
      },
      on: { NEXT: 'link' },
    },
    link: {
      meta: {
        screen: 'explain',
        title: 'consent:link.title',
        body: ['consent:link.body1', 'consent:link.body2'],
        pictogram: 'id-card',
        sources: [30, 31],
      },
      on: { NEXT: 'never' },
    },
    never: {
      meta: {
        screen: 'explain',
        title: 'consent:never.title',
        body: ['consent:never.body1', 'consent:never.body2'],
        pictogram: 'ban',
        sources: [7, 23],
      },
      on: { NEXT: 'compare' },
    },
    compare: {
      meta: {
        screen: 'compare',
        title: 'consent:compare.title',
        pictogram: 'balance',
        columns: {
          left: { title: 'consent:compare.left', items: ['consent:compare.pro1', 'consent:compare.pro2'] },
          right: { title: 'consent:compare.right', items: ['consent:compare.con1', 'consent:compare.con2'] },
        },
        sources: [6, 9, 29, 10],
      },
      on: { NEXT: 'compare2' },
    },
    compare2: {
      meta: {
        screen: 'compare',
        title: 'consent:compare2.title',
        pictogram: 'balance',
        columns: {
          left: { title: 'consent:compare.left', items: ['consent:compare2.pro1', 'consent:compare2.pro2'] },
          right: { title: 'consent:compare.right', items: ['consent:compare2.con1', 'consent:compare2.con2'] },
        },
        sources: [36, 4, 9, 37, 38, 34],
      },
      on: { NEXT: 'choices' },
    },
    choices: {
      meta: {
        screen: 'choice',
        title: 'consent:choices.title',
        body: ['consent:choices.body'],
        pictogram: 'thumbs-up-down',
        options: [
          { id: 'agree', label: 'consent:choices.agree', pictogram: 'thumb-up' },
          { id: 'refuse', label: 'consent:choices.refuse', pictogram: 'thumb-down' },
          { id: 'nothing', label: 'consent:choices.nothing', pictogram: 'hands-off' },
          { id: 'change', label: 'consent:choices.change', pictogram: 'change-mind' },
          { id: 'exclude', label: 'consent:choices.exclude', pictogram: 'user-x' },
          { id: 'document', label: 'consent:choices.document', pictogram: 'hide-document' },
        ],
        // The way on is not a seventh choice: it is the step's Next, apart from the options.
        nextLabel: 'consent:choices.done',
        // Every option step comes back here; Back from the choices returns to the comparison.
        back: 'compare2',
      },
      on: {
        'PICK.agree': 'agree',
        'PICK.refuse': 'refuse',
        'PICK.nothing': 'nothing',
        'PICK.change': 'change',
        'PICK.exclude': 'exclude',
        'PICK.document': 'document',
        NEXT: 'registered',
      },
    },
    agree: {
      meta: {
        screen: 'explain',
        title: 'consent:agree.title',
        body: ['consent:agree.body1', 'consent:agree.body2'],
        pictogram: 'thumb-up',
        sources: [17, 10],
      },
      on: { NEXT: 'choices' },
    },
    refuse: {
      meta: {
        screen: 'explain',
        title: 'consent:refuse.title',
        body: ['consent:refuse.body1', 'consent:refuse.body2'],
        pictogram: 'thumb-down',
        sources: [22, 36, 17],
      },
      on: { NEXT: 'choices' },
    },
    nothing: {
      meta: {
        screen: 'explain',
        title: 'consent:nothing.title',
        body: ['consent:nothing.body1', 'consent:nothing.body2'],
        pictogram: 'hands-off',
        sources: [18, 17, 10],
      },
      on: { NEXT: 'choices' },
    },
    change: {
      meta: {
        screen: 'explain',
        title: 'consent:change.title',
        body: ['consent:change.body1', 'consent:change.body2'],
        pictogram: 'change-mind',
        sources: [17, 22, 26],
      },
      on: { NEXT: 'choices' },
    },
    exclude: {
      meta: {
        screen: 'explain',
        title: 'consent:exclude.title',
        body: ['consent:exclude.body1', 'consent:exclude.body2'],
        pictogram: 'user-x',
        sources: [34, 21],
      },
      on: { NEXT: 'choices' },
    },
    document: {
      meta: {
        screen: 'explain',
        title: 'consent:document.title',
        body: ['consent:document.body1', 'consent:document.body2'],
        pictogram: 'hide-document',
        sources: [29, 28],
      },
      on: { NEXT: 'choices' },
    },
    registered: {
      meta: {
        screen: 'explain',
        title: 'consent:registered.title',
        body: ['consent:registered.body1', 'consent:registered.body2'],
        pictogram: 'file-search',
        sources: [10, 19],
      },
      on: { NEXT: 'online' },
    },
    online: {
      meta: {
        screen: 'explain',
        title: 'consent:online.title',
        body: ['consent:online.body1', 'consent:online.body2'],
        pictogram: 'computer',
        sources: [21, 17, 20, 22],
      },
      on: { NEXT: 'desk' },
    },
    desk: {
      meta: {
        screen: 'explain',
        title: 'consent:desk.title',
        body: ['consent:desk.body1', 'consent:desk.body2'],
        pictogram: 'paper',
        sources: [21, 22, 19, 2],
      },
      on: { NEXT: 'minors' },
    },
    minors: {
      meta: {
        screen: 'explain',
        title: 'consent:minors.title',
        body: ['consent:minors.body1', 'consent:minors.body2'],
        pictogram: 'child',
        sources: [24, 25, 21],
      },
      on: { NEXT: 'trusted' },
    },
    trusted: {
      meta: {
        screen: 'explain',
        title: 'consent:trusted.title',
        body: ['consent:trusted.body1', 'consent:trusted.body2'],
        pictogram: 'trusted-person',
        sources: [63, 62],
      },
      on: { NEXT: 'checkChange' },
    },
    checkChange: {
      meta: {
        screen: 'check',
        title: 'consent:checkChange.title',
        lead: 'consent:check.lead',
        pictogram: 'question',
        options: [
          { id: 'yes', label: 'consent:checkChange.yes', pictogram: 'thumb-up' },
          { id: 'no', label: 'consent:checkChange.no', pictogram: 'thumb-down' },
          { id: 'unsure', label: 'consent:check.unsure', pictogram: 'help-circle' },
        ],
        check: { expected: 'yes', retry: 'consent:check.retry' },
      },
      on: { 'PICK.yes': 'checkNever', 'PICK.no': 'change', 'PICK.unsure': 'change' },
    },
    checkNever: {
      meta: {
        screen: 'check',
        title: 'consent:checkNever.title',
        lead: 'consent:check.lead',
        pictogram: 'question',
        options: [
          { id: 'yes', label: 'consent:checkNever.yes', pictogram: 'thumb-up' },
          { id: 'no', label: 'consent:checkNever.no', pictogram: 'thumb-down' },
          { id: 'unsure', label: 'consent:check.unsure', pictogram: 'help-circle' },
        ],
        check: { expected: 'no', retry: 'consent:check.retry' },
      },
      on: { 'PICK.yes': 'never', 'PICK.no': 'checkAsk', 'PICK.unsure': 'never' },
    },
    checkAsk: {
      meta: {
        screen: 'check',
        title: 'consent:checkAsk.title',
        lead: 'consent:check.lead',
        pictogram: 'question',
        options: [
          { id: 'ask', label: 'consent:checkAsk.ask', pictogram: 'pharmacy' },
          { id: 'cannot', label: 'consent:checkAsk.cannot', pictogram: 'eye-off' },
          { id: 'unsure', label: 'consent:check.unsure', pictogram: 'help-circle' },
        ],
        check: { expected: 'ask', retry: 'consent:check.retry' },
      },
      on: { 'PICK.ask': 'recap', 'PICK.cannot': 'registered', 'PICK.unsure': 'registered' },
    },
    recap: {
      meta: {
        screen: 'recap',
        title: 'consent:recap.title',
        items: [
          { text: 'consent:recap.item1', pictogram: 'thumbs-up-down' },
          { text: 'consent:recap.item2', pictogram: 'change-mind' },
          { text: 'consent:recap.item3', pictogram: 'ban' },
          { text: 'consent:recap.item4', pictogram: 'pharmacy' },
          { text: 'consent:recap.item5', pictogram: 'user-x' },
        ],
        pictogram: 'list-check',
        sources: [17, 18, 7, 23, 19, 34],
        print: true,
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'consent:help.title',
        body: ['consent:help.body'],
        pictogram: 'users',
        helpServices: ['shared-record-help', 'health-info', 'patient-rights', 'social-worker'],
      },
    },
  },
} as const satisfies FlowConfig;
