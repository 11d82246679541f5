import { HelpList } from '../help/help-list';
import { useT } from '../i18n/use-t';
import { useKioskSettings } from '../shell/settings-context';
import { BigButton } from '../ui/big-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/** The end of every topic: real people nearby who help with what the topic was about. */
export function HelpScreen({ meta, progress, finish, notice }: ScreenProps) {
  const { t } = useT();
  const settings = useKioskSettings();
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
      <HelpList services={meta.helpServices ?? []} communeName={settings.communeName} />
    </StepLayout>
  );
}
