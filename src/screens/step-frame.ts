import { createContext } from 'preact';

/**
 * What the topic around a step adds to its frame (src/app/flow-view.tsx provides it):
 * the way to the list of the topic's steps, and the exercise banner of a practice topic.
 * Outside a topic (help, error screens) there is none.
 */
export interface StepFrame {
  /** Opens "All the steps" of the topic. */
  openContents?: (() => void) | undefined;
  /** Text key of the banner of an exercise topic ("EXERCISE — not your real record"). */
  exerciseBanner?: string | undefined;
}

export const StepFrameContext = createContext<StepFrame>({});
