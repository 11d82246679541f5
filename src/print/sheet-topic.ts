import { allFlows } from '../../flows/registry';
import type { StepMeta } from '../../flows/types';

/**
 * The text key of the topic a step belongs to (its tile's label), for the header of a sheet
 * printed from that step; undefined for a step of no topic. Screens get the step's meta, which
 * is the flow definition's own object.
 */
export function topicOf(meta: StepMeta): string | undefined {
  return allFlows.find((f) => Object.values(f.states).some((s) => s.meta === meta))?.tile.label;
}
