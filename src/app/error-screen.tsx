import { useT } from '../i18n/use-t';
import { StepLayout, type StepLayoutProps } from '../screens/step-layout';
import { BigButton } from '../ui/big-button';

/** Its heading, pictogram and text, as a step's would be. */
const errorStep: StepLayoutProps['meta'] = { title: 'common:error.title', pictogram: 'stop', body: ['common:error.body'] };

/** Shown instead of a blank page when a screen fails: calm words and a way to start again. */
export function ErrorScreen({ onRestart }: { onRestart: () => void }) {
  const { t } = useT();
  return (
    <StepLayout
      meta={errorStep}
      titleId="error-title"
      actions={
        <BigButton variant="primary" pictogram="home" onPress={onRestart}>
          {t('error.restart')}
        </BigButton>
      }
    />
  );
}
