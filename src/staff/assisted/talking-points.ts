/**
 * Talking points for staff explaining a topic together with a person (N7), as text keys of the
 * staff-only `guide` namespace (locales/<fr|nl|en>/guide.json): points for the whole topic, and
 * for some steps. A step may share a point with others (e.g. the three teach-back questions).
 */
export interface TopicPoints {
  /** For the whole topic: `guide:talk.<topic>.<id>`. */
  topic: readonly string[];
  /** For a step: `guide:talk.<topic>.step.<id>`, by step name. */
  steps?: Readonly<Record<string, readonly string[]>>;
}

export const talkingPoints: Readonly<Record<string, TopicPoints>> = {
  consent: {
    topic: ['ask', 'valid', 'pace', 'paper', 'time', 'teachBack'],
    steps: {
      what: ['what'],
      facts: ['facts'],
      locks: ['locks'],
      never: ['never'],
      compare: ['compare'],
      compare2: ['compare', 'trace'],
      choices: ['choices'],
      nothing: ['nothing'],
      registered: ['registered'],
      online: ['online'],
      desk: ['desk'],
      trusted: ['trusted'],
      checkChange: ['check'],
      checkNever: ['check'],
      checkRisk: ['check'],
      recap: ['recap'],
      help: ['help'],
    },
  },
  'shared-record': {
    topic: ['ask', 'noCentral', 'consentLink'],
    steps: { networks: ['networks'], portals: ['portals'] },
  },
  'eid-pin': {
    topic: ['never', 'letter', 'commune'],
    steps: { neverShare: ['neverShare'], lostCard: ['lostCard'] },
  },
  practice: {
    topic: ['fake', 'hands'],
  },
  privacy: {
    topic: ['public', 'trace'],
  },
  'reliable-info': {
    topic: ['ownSource', 'refer'],
  },
  'doctor-questions': {
    topic: ['noHealthDetail', 'print'],
  },
};

/** The text keys of the talking points for a topic and one of its steps. */
export function pointsFor(topic: string, step: string): { topic: string[]; step: string[] } {
  const points = talkingPoints[topic];
  return {
    topic: (points?.topic ?? []).map((id) => `guide:talk.${topic}.${id}`),
    step: (points?.steps?.[step] ?? []).map((id) => `guide:talk.${topic}.step.${id}`),
  };
}
