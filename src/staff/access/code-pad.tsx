import type { Ref } from 'preact';
import { useT } from '../../i18n/use-t';
import { MAX_CODE_DIGITS } from './code-hash';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** What the pad shows and does; the screen that uses it owns the value. */
export interface CodePadProps {
  /** id of the field (the label points at it). */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  submitLabel: string;
  /** Checking, or waiting after wrong codes: nothing can be typed or sent. */
  disabled?: boolean;
  /** id of the text that explains the field (hint or error). */
  describedBy?: string | undefined;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A staff code field with an on-screen keypad (touch screens have no keyboard) that also takes
 * typing (EPN keyboards). Keys are plain buttons: the kiosk's double-tap guard would swallow the
 * second of two equal digits typed quickly. The code is masked and never leaves this form.
 */
export function CodePad({
  id,
  label,
  value,
  onChange,
  onSubmit,
  submitLabel,
  disabled = false,
  describedBy,
  invalid = false,
  inputRef,
}: CodePadProps) {
  const { t } = useT();
  const type = (digit: string) => {
    if (!disabled && value.length < MAX_CODE_DIGITS) onChange(value + digit);
  };
  return (
    <form
      class="code-pad"
      onSubmit={(e) => {
        e.preventDefault();
        if (!disabled) onSubmit();
      }}
    >
      <div class="staff-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          ref={inputRef ?? null}
          class="code-pad__field"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          autoCorrect="off"
          spellcheck={false}
          maxLength={MAX_CODE_DIGITS}
          value={value}
          disabled={disabled}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onChange(e.currentTarget.value.replace(/\D/gu, '').slice(0, MAX_CODE_DIGITS))}
        />
      </div>
      <div class="code-pad__keys" role="group" aria-label={t('staff:access.keypad')}>
        {DIGITS.map((d) => (
          <button key={d} type="button" class="btn btn--secondary code-pad__key" disabled={disabled} onClick={() => type(d)}>
            {d}
          </button>
        ))}
        <button
          type="button"
          class="btn btn--secondary code-pad__key"
          disabled={disabled || value === ''}
          aria-label={t('staff:access.eraseLabel')}
          onClick={() => onChange(value.slice(0, -1))}
        >
          {t('staff:access.erase')}
        </button>
        <button type="button" class="btn btn--secondary code-pad__key" disabled={disabled} onClick={() => type('0')}>
          0
        </button>
        <button type="submit" class="btn btn--primary code-pad__key" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
