import { flows } from '../../flows/registry';
import { shownTopics } from '../shell/settings';
import { useKioskSettings } from '../shell/settings-context';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { ScrollArea } from '../ui/scroll-area';
import { useEffect, useRef } from 'preact/hooks';
import './home-screen.css';

/** The topics as big tiles, each one tap away. */
export function HomeScreen({ onTopic }: { onTopic: (flowId: string) => void }) {
  const { t } = useT();
  const { topics } = useKioskSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="screen" aria-labelledby="home-title">
      <ScrollArea class="screen__scroll">
        <h1 id="home-title" class="screen__title" tabIndex={-1} ref={heading}>
          {t('home.title')}
        </h1>
        <div class="tiles">
          {shownTopics(flows, topics).map((flow) => (
            <BigButton key={flow.id} variant="tile" pictogram={flow.tile.pictogram} onPress={() => onTopic(flow.id)}>
              {t(flow.tile.label)}
            </BigButton>
          ))}
        </div>
      </ScrollArea>
    </section>
  );
}
