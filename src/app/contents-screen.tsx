import { useEffect, useRef } from 'preact/hooks';
import { flows } from '../../flows/registry';
import type { FlowConfig } from '../../flows/types';
import { edgesOf } from '../runtime/flow-problems';
import { useT } from '../i18n/use-t';
import { acceptPress } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import { ScrollArea } from '../ui/scroll-area';
import './contents-screen.css';

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
    <section class="screen" aria-labelledby="contents-title">
      <ScrollArea class="screen__scroll">
        <h1 id="contents-title" class="screen__title" tabIndex={-1} ref={heading}>
          {t('contents.title')}
        </h1>
        <p class="contents__topic">{t(flow.tile.label)}</p>
        {/* A list of places to go, like a table of contents: numbered rows that lead somewhere,
            not big answer buttons that look like a question. */}
        <ol class="contents">
          {stepsInOrder(flow).map((step, index) => (
            <li key={step}>
              <button type="button" class="contents__item" onClick={() => acceptPress() && onChoose(step)}>
                <span class="contents__number" aria-hidden="true">
                  {index + 1}
                </span>
                <Pictogram id={flow.states[step]!.meta.pictogram} size="md" />
                <span class="contents__title">{t(flow.states[step]!.meta.title)}</span>
                <Pictogram id="next" size="md" class="contents__go" />
              </button>
            </li>
          ))}
        </ol>
      </ScrollArea>
    </section>
  );
}
