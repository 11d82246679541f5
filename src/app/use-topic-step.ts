import { useEffect, useState } from 'preact/hooks';
import { currentStep } from '../runtime/flow-machine';
import type { View } from './navigation';
import { topicProgressCounter } from './topic-usage';

/**
 * The step on screen inside a topic (undefined outside one). The app's one subscription to the
 * topic's actor: it also counts the topic's finish and teach-back second looks.
 */
export function useTopicStep(view: View): string | undefined {
  const [step, setStep] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (view.kind !== 'flow') return setStep(undefined);
    const count = topicProgressCounter(view.flowId);
    const sub = view.actor.subscribe((snapshot) => {
      setStep(currentStep(snapshot));
      count(snapshot);
    });
    return () => sub.unsubscribe();
  }, [view]);
  return step;
}
