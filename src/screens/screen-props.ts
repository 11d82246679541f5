import type { StepMeta, StepOption } from '../../flows/types';
import type { FlowEvent } from '../runtime/flow-machine';

/** What every generic screen receives from the flow runtime. */
export interface ScreenProps {
  /** The step's meta from the flow definition. */
  meta: StepMeta;
  /** Sends an event to the running flow. */
  send: (event: FlowEvent) => void;
  /** Ids of the options the person marked so far (multi-choice steps). */
  marks: readonly string[];
  /** The marked options themselves, in the order the topic shows them (for a recap of marks). */
  markedOptions: readonly StepOption[];
  /** Text key of a kind notice to show (after a teach-back answer led back here). */
  notice?: string | undefined;
  /** Position in the topic, for "Step 2 of 7". */
  progress: { current: number; total: number };
  /** Leaves the topic (the last step's Finish). */
  finish: () => void;
}
