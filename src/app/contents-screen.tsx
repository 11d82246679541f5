import { useEffect, useRef } from 'preact/hooks';
import { flows } from '../../flows/registry';
import type { FlowConfig } from '../../flows/types';
import { edgesOf } from '../runtime/flow-problems';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';

/** A topic's steps in the order a person meets them, without the teach-back questions. */
export function stepsInOrder(flow: FlowConfig): string[] {
  const order = [flow.initial];
  const edges = edgesOf(flow);
  for (let i = 0; i < order.length; i++) {
    for (const e of edges) if (e.from === order[i] && !order.includes(e.to)) order.push(e.to);
  }
  return order.filter((name) => flow.states[name]!.meta.screen !== 'check');
}

/**
 * Every step of a topic as a big button: any answer is then two taps from the topic's tile
 * (three from home), instead of Next after Next.
 */
export function ContentsScreen({ flowId, onChoose }: { flowId: string; onChoose: (step: string) => void }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const flow = flows.find((f) => f.id === flowId);
  if (!flow) return null;
  return (
    <section class="language" aria-labelledby="contents-title">
      <h1 id="contents-title" class="home__title" tabIndex={-1} ref={heading}>
        {t('contents.title')}
      </h1>
      <p class="step__text">{t(flow.tile.label)}</p>
      <ol class="contents">
        {stepsInOrder(flow).map((step) => (
          <li key={step}>
            <BigButton variant="option" pictogram={flow.states[step]!.meta.pictogram} onPress={() => onChoose(step)}>
              {t(flow.states[step]!.meta.title)}
            </BigButton>
          </li>
        ))}
      </ol>
    </section>
  );
}
