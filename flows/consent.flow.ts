import type { FlowConfig } from './types';

/**
 * "Consent: your choice" — an objective explanation of consent to share health data, with
 * benefits and risks side by side and every choice presented as valid (field need N7).
 * Balance in substance (issue 14, docs/content.md "Objectivity"): the two comparisons (benefits
 * and risks of saying yes, the same number of points a side) come before the screens on what
 * protects the data; the link screen says how a link can start without the eID; the recap
 * lists a benefit and a risk; a teach-back question asks about a risk; the choices use neutral
 * pictograms, in one fixed order that does not start with "yes" (nothing shared by default first).
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
        sources: [36, 4, 9, 33, 39],
      },
      on: { NEXT: 'locks' },
    },
    locks: {
      meta: {
        screen: 'explain',
        title: 'consent:locks.title',
        body: ['consent:locks.body1', 'consent:locks.body2'],
        pictogram: 'lock',
        sources: [19, 27, 38, 34],
      },
      on: { NEXT: 'link' },
    },
    link: {
      meta: {
        screen: 'explain',
        title: 'consent:link.title',
        body: ['consent:link.body1', 'consent:link.body2'],
        pictogram: 'id-card',
        sources: [30, 31, 33],
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
      on: { NEXT: 'choices' },
    },
    choices: {
      meta: {
        screen: 'choice',
        title: 'consent:choices.title',
        body: ['consent:choices.body'],
        pictogram: 'thumbs-up-down',
        options: [
          // One fixed order, never "yes" first: what happens with no step at all (nothing is
          // shared: Belgium is opt-in [18]), then yes and no, then the finer choices.
          { id: 'nothing', label: 'consent:choices.nothing', pictogram: 'hands-off' },
          { id: 'agree', label: 'consent:choices.agree', pictogram: 'share' },
          { id: 'refuse', label: 'consent:choices.refuse', pictogram: 'share-off' },
          { id: 'change', label: 'consent:choices.change', pictogram: 'change-mind' },
          { id: 'exclude', label: 'consent:choices.exclude', pictogram: 'user-x' },
          { id: 'document', label: 'consent:choices.document', pictogram: 'hide-document' },
        ],
        // The way on is not a seventh choice: it is the step's Next, apart from the options.
        nextLabel: 'consent:choices.done',
        // Every option step comes back here; Back from the choices returns to the screen before.
        back: 'never',
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
        pictogram: 'share',
        sources: [17, 10],
      },
      on: { NEXT: 'choices' },
    },
    refuse: {
      meta: {
        screen: 'explain',
        title: 'consent:refuse.title',
        body: ['consent:refuse.body1', 'consent:refuse.body2'],
        pictogram: 'share-off',
        sources: [22, 36, 29, 17],
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
          { id: 'yes', label: 'consent:checkChange.yes', pictogram: 'change-mind' },
          { id: 'no', label: 'consent:checkChange.no', pictogram: 'lock' },
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
          { id: 'yes', label: 'consent:checkNever.yes', pictogram: 'eye' },
          { id: 'no', label: 'consent:checkNever.no', pictogram: 'eye-off' },
          { id: 'unsure', label: 'consent:check.unsure', pictogram: 'help-circle' },
        ],
        check: { expected: 'no', retry: 'consent:check.retry' },
      },
      on: { 'PICK.yes': 'never', 'PICK.no': 'checkRisk', 'PICK.unsure': 'never' },
    },
    // A risk, not a reassurance: risks are what people understand least (fact sheet [102]).
    checkRisk: {
      meta: {
        screen: 'check',
        title: 'consent:checkRisk.title',
        lead: 'consent:check.lead',
        pictogram: 'question',
        options: [
          { id: 'all', label: 'consent:checkRisk.all', pictogram: 'group' },
          { id: 'one', label: 'consent:checkRisk.one', pictogram: 'stethoscope' },
          { id: 'unsure', label: 'consent:check.unsure', pictogram: 'help-circle' },
        ],
        check: { expected: 'all', retry: 'consent:check.retry' },
      },
      on: { 'PICK.all': 'recap', 'PICK.one': 'compare', 'PICK.unsure': 'compare' },
    },
    recap: {
      meta: {
        screen: 'recap',
        title: 'consent:recap.title',
        items: [
          // Both sides on screen and on paper: a benefit and a risk, the same texts as the comparison.
          { text: 'consent:recap.item1', pictogram: 'change-mind' },
          { text: 'consent:compare.pro1', pictogram: 'folder-health' },
          { text: 'consent:compare.con1', pictogram: 'group' },
          { text: 'consent:recap.item2', pictogram: 'pharmacy' },
        ],
        pictogram: 'list-check',
        sources: [17, 18, 6, 10, 19],
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
