import { LazyFinderPanel } from '../nearby/lazy-finder';
import { useT } from '../i18n/use-t';
import { topicOf } from '../print/sheet-topic';
import { BigButton } from '../ui/big-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** The end of every topic: real people nearby who help with what the topic was about. */
export function HelpScreen({ meta, progress, finish, notice }: ScreenProps) {
  const { t } = useT();
  return (
    <StepLayout
      title={t(meta.title)}
      pictogram={meta.pictogram}
      progress={progress}
      notice={notice}
      body={meta.body}
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
