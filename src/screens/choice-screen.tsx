import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';

/**
 * A question with big pictogram options; each option sends PICK.<id>. No option is styled as
 * preferred. Also serves `check` (teach-back): any answer moves on, the expected one forward,
 * another back to the step that explains it again; never a score.
 */
export function ChoiceScreen({ meta, send, progress }: ScreenProps) {
  const { t } = useT();
  return (
    <StepLayout title={t(meta.title)} pictogram={meta.pictogram} progress={progress} body={meta.body}>
      <div class="options" role="group" aria-labelledby="step-title">
        {(meta.options ?? []).map((option) => (
          <BigButton key={option.id} variant="option" pictogram={option.pictogram} onPress={() => send({ type: `PICK.${option.id}` })}>
            {t(option.label)}
          </BigButton>
        ))}
      </div>
    </StepLayout>
  );
}
