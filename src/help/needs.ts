import type { PictogramId } from '../../flows/types';

/** A filter chip of the finder: a kind of help, in plain words, as service tags. */
export interface Need {
  id: string;
  /** Text key in common.json. */
  label: string;
  pictogram: PictogramId;
  /** A place offering any of these helps with this need. */
  services: readonly string[];
  /**
   * Served by the desk of the commune where the person lives (population desk, CPAS): the finder
   * asks "Where do you live?" for it. Other needs never ask, even if one residents-only place
   * also offers them (a CPAS's public computers).
   */
  ownCommune?: boolean;
}

/** The few kinds of help a person can ask for (data/README-helpers.md tags). */
export const needs: readonly Need[] = [
  { id: 'eid', label: 'finder.need.eid', pictogram: 'id-card', services: ['eid-pin-help'], ownCommune: true },
  { id: 'computer', label: 'finder.need.computer', pictogram: 'computer', services: ['computer-access', 'digital-training', 'mobile-epn'] },
  {
    id: 'health',
    label: 'finder.need.health',
    pictogram: 'stethoscope',
    services: ['health-info', 'patient-rights', 'shared-record-help'],
  },
  {
    id: 'social',
    label: 'finder.need.social',
    pictogram: 'handshake',
    services: ['social-worker', 'admin-help', 'home-care'],
    ownCommune: true,
  },
];
