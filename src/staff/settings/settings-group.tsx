import type { ComponentChildren } from 'preact';

/** One group of More settings: a heading, one plain line saying what it is for, then its settings. */
export function SettingsGroup({ id, title, lead, children }: { id: string; title: string; lead: string; children: ComponentChildren }) {
  return (
    <section class="staff__section settings-group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-lead`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-lead`} class="settings-group__lead">
        {lead}
      </p>
      {children}
    </section>
  );
}

/** A tick box with its label and, under it, one plain line saying what it does. */
export function CheckSetting({
  id,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  disabled?: boolean | undefined;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div class="settings-check">
      <label class="staff-check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="staff-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
