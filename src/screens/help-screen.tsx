import { LazyFinderPanel } from '../nearby/lazy-finder';
import { useT } from '../i18n/use-t';
import { topicOf } from '../print/sheet-topic';
import { BigButton } from '../ui/big-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** The end of every topic: real people nearby who help with what the topic was about. */
export function HelpScreen(props: ScreenProps) {
  const { meta, finish } = props;
  const { t } = useT();
  return (
    <StepLayout
      {...props}
      actions={
        <BigButton variant="primary" pictogram="home" onPress={finish}>
          {t('step.finish')}
        </BigButton>
      }
    >
      <LazyFinderPanel topicServices={meta.helpServices ?? []} topic={topicOf(meta)} />
    </StepLayout>
  );
}
