import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import type { ScreenProps } from './screen-props';

/** The way forward of a step, always in the same place. */
export function NextButton({
  send,
  label,
}: Pick<ScreenProps, 'send'> & { /** Text key of another label than "Next". */ label?: string | undefined }) {
  const { t } = useT();
  return (
    <BigButton variant="primary" pictogram="next" class="btn--next" onPress={() => send({ type: 'NEXT' })}>
      {t(label ?? 'step.next')}
    </BigButton>
  );
}
