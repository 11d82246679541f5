import { useT } from '../i18n/use-t';
import { StepLayout } from '../screens/step-layout';
import { BigButton } from '../ui/big-button';

/** Shown instead of a blank page when a screen fails: calm words and a way to start again. */
export function ErrorScreen({ onRestart }: { onRestart: () => void }) {
  const { t } = useT();
  return (
    <StepLayout
      title={t('error.title')}
      titleId="error-title"
      pictogram="stop"
      body={['error.body']}
      actions={
        <BigButton variant="primary" pictogram="home" onPress={onRestart}>
          {t('error.restart')}
        </BigButton>
      }
    />
  );
}
