/**
 * The helper's guide glossary (N12): the terms the topics use, in the order a mediator meets
 * them. Texts: `guide:glossary.<id>.term` and `.definition` (locales/<fr|nl|en>/guide.json).
 * `sources`: numbers of the fact sheet's "Sources" list backing the definition (empty for a
 * plain definition that states no fact).
 */
export interface GlossaryEntry {
  id: string;
  sources: readonly number[];
}

export const glossary: readonly GlossaryEntry[] = [
  { id: 'sharedRecord', sources: [3, 4, 5, 6] },
  { id: 'consent', sources: [17, 19, 7] },
  { id: 'therapeuticRelationship', sources: [30, 31, 32, 19] },
  { id: 'locks', sources: [19, 27] },
  { id: 'sumehr', sources: [11, 12, 13] },
  { id: 'hub', sources: [1, 5] },
  { id: 'abrumet', sources: [2] },
  { id: 'vault', sources: [3, 4, 8] },
  { id: 'maSante', sources: [15, 16, 21] },
  { id: 'ehealthConsent', sources: [21, 17, 20] },
  { id: 'eid', sources: [47] },
  { id: 'pin', sources: [40, 42] },
  { id: 'puk', sources: [40, 41, 43] },
  { id: 'itsme', sources: [50, 52, 53, 54] },
  { id: 'trustedPerson', sources: [62, 63] },
  { id: 'representative', sources: [62, 64, 24] },
  { id: 'advisoryDoctor', sources: [7, 23] },
  { id: 'inami', sources: [7, 25] },
  { id: 'exclusion', sources: [21, 34] },
  { id: 'docStop', sources: [48] },
];

/** What to do and not do beside a person: `guide:beside.do.<id>` and `guide:beside.dont.<id>`. */
export const besideDo: readonly string[] = ['stepBack', 'theirHands', 'askFirst', 'pace', 'bothValid', 'refer', 'paper', 'stop'];
export const besideDont: readonly string[] = ['code', 'typeForThem', 'readRecord', 'advise', 'diagnose', 'note', 'keepCard'];

/** Confidentiality and what the kiosk keeps: `guide:confidential.<id>`, with sources when a fact. */
export const confidential: readonly GlossaryEntry[] = [
  { id: 'secret', sources: [] },
  { id: 'logged', sources: [38, 34] },
  { id: 'kioskKeeps', sources: [] },
  { id: 'counts', sources: [] },
];
