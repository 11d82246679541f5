import type { FlowConfig } from './types';

/**
 * "What is the shared health record?" — facts from docs/facts.md §1–2
 * (networks and hubs, Sumehr, Ma Santé, consent, who can see what).
 * Source numbers refer to that file's "Sources" list.
 */
export default {
  id: 'shared-record',
  tile: { label: 'shared-record:tile', pictogram: 'folder-health' },
  initial: 'what',
  states: {
    what: {
      meta: {
        screen: 'explain',
        title: 'shared-record:what.title',
        body: ['shared-record:what.body1', 'shared-record:what.body2'],
        pictogram: 'folder-health',
        sources: [17, 3],
      },
      on: { NEXT: 'contents' },
    },
    contents: {
      meta: {
        screen: 'explain',
        title: 'shared-record:contents.title',
        body: ['shared-record:contents.body1', 'shared-record:contents.body2'],
        pictogram: 'pill',
        sources: [6, 11, 12],
      },
      on: { NEXT: 'where' },
    },
    where: {
      meta: {
        screen: 'explain',
        title: 'shared-record:where.title',
        body: ['shared-record:where.body1', 'shared-record:where.body2'],
        pictogram: 'building-hospital',
        sources: [3, 4, 5],
      },
      on: { NEXT: 'who' },
    },
    who: {
      meta: {
        screen: 'explain',
        title: 'shared-record:who.title',
        body: ['shared-record:who.body1', 'shared-record:who.body2'],
        pictogram: 'stethoscope',
        sources: [19, 27, 7, 23],
      },
      on: { NEXT: 'portals' },
    },
    portals: {
      meta: {
        screen: 'explain',
        title: 'shared-record:portals.title',
        body: ['shared-record:portals.body1', 'shared-record:portals.body2'],
        pictogram: 'device-desktop',
        sources: [2, 4, 15, 16],
      },
      on: { NEXT: 'networks' },
    },
    networks: {
      meta: {
        screen: 'explain',
        title: 'shared-record:networks.title',
        body: ['shared-record:networks.body1', 'shared-record:networks.body2'],
        pictogram: 'network',
        sources: [1, 2, 15],
      },
      on: { NEXT: 'actions' },
    },
    actions: {
      meta: {
        screen: 'recap',
        title: 'shared-record:actions.title',
        items: [
          { text: 'shared-record:actions.item1', pictogram: 'thumbs-up-down' },
          { text: 'shared-record:actions.item2', pictogram: 'user-x' },
          { text: 'shared-record:actions.item3', pictogram: 'eye-check' },
        ],
        pictogram: 'hand-click',
        sources: [17, 34, 38],
      },
      on: { NEXT: 'help' },
    },
    help: {
      type: 'final',
      meta: {
        screen: 'help',
        title: 'shared-record:help.title',
        body: ['shared-record:help.body'],
        pictogram: 'users',
        helpServices: ['shared-record-help', 'health-info', 'patient-rights', 'eid-pin-help'],
      },
    },
  },
} as const satisfies FlowConfig;
