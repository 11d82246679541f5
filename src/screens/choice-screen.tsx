import { useOwnLang } from '../i18n/use-own-lang';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { NextButton } from './next-button';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';
import '../ui/options.css';
import './choice-screen.css';

/**
 * A question with big pictogram options; each option sends PICK.<id>. No option is styled as
 * preferred. Also serves `check` (teach-back): any answer moves on, the expected one forward,
 * another back to the step that explains it again; never a score. With `multi`, options are
 * toggles the person marks, and Next moves on.
 */
export function ChoiceScreen(props: ScreenProps) {
  const { meta, send, marks } = props;
  const { t } = useT();
  const own = useOwnLang();
  return (
    <StepLayout {...props} actions={meta.multi || meta.nextLabel ? <NextButton send={send} label={meta.nextLabel} /> : undefined}>
      <div class={`options${meta.multi ? ' options--multi' : ''}`} role="group" aria-labelledby="step-title">
        {(meta.options ?? []).map((option) => (
          <BigButton
            key={option.id}
            variant="option"
            pictogram={meta.multi && marks.includes(option.id) ? 'check' : option.pictogram}
            aria-pressed={meta.multi ? marks.includes(option.id) : undefined}
            onPress={() => send({ type: `PICK.${option.id}` })}
          >
            <span {...own(option.label)}>{t(option.label)}</span>
          </BigButton>
        ))}
      </div>
    </StepLayout>
  );
}
