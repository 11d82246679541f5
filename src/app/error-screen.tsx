import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';

/** Shown instead of a blank page when a screen fails: calm words and a way to start again. */
export function ErrorScreen({ onRestart }: { onRestart: () => void }) {
  const { t } = useT();
  return (
    <section class="step" aria-labelledby="error-title">
      <header class="step__header">
        <Pictogram id="stop" size="xl" class="step__pictogram" />
        <h1 id="error-title" class="step__title">
          {t('error.title')}
        </h1>
      </header>
      <p class="step__text">{t('error.body')}</p>
      <div class="step__actions">
        <BigButton variant="primary" pictogram="home" onPress={onRestart}>
          {t('error.restart')}
        </BigButton>
      </div>
    </section>
  );
}
