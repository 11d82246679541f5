import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/use-t';

/** The ids of a field's hint and error, which describe its control; undefined when it has neither. */
export function describedByOf(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface StaffFieldProps {
  /** The control's id (the label points at it; hint and error take it as a prefix). */
  id: string;
  label: string;
  /** Adds "(required)" to the label. */
  required?: boolean | undefined;
  /** One plain line under the label: what the setting does. */
  hint?: string | undefined;
  error?: string | undefined;
  /** The control, told which ids describe it. */
  children: (describedBy: string | undefined) => ComponentChildren;
}

/**
 * One staff form field: the label, an optional hint and error, then the control described by
 * them. The place form and the settings use this one frame, so both read and behave the same.
 */
export function StaffField({ id, label, required, hint, error, children }: StaffFieldProps) {
  const { t } = useT();
  return (
    <div class={`staff-field${error ? ' staff-field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span class="staff-field__required"> ({t('staff:form.required')})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="staff-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="staff-field__error">
          {error}
        </p>
      )}
      {children(describedByOf(id, hint, error))}
    </div>
  );
}
