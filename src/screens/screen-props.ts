import type { StepMeta } from '../../flows/types';
import type { FlowEvent } from '../runtime/flow-machine';

/** What every generic screen receives from the flow runtime. */
export interface ScreenProps {
  /** The step's meta from the flow definition. */
  meta: StepMeta;
  /** Sends an event to the running flow. */
  send: (event: FlowEvent) => void;
  /** Options the person marked so far (choice steps with toggles). */
  marks: readonly string[];
  /** Position in the topic, for "Step 2 of 7". */
  progress: { current: number; total: number };
  /** Leaves the topic (the last step's Finish). */
  finish: () => void;
}
