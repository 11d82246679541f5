import { useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Pictogram } from '../ui/pictogram';
import './file-picker.css';

interface FilePickerProps {
  id: string;
  /** What the button says (also the field's accessible name). */
  label: string;
  accept: string;
  /** Called with the input's change event (currentTarget is the input). */
  onChange: (event: Event) => void;
  disabled?: boolean;
  describedBy?: string;
}

/**
 * A file field labelled in the staff language. The browser's own button speaks the browser's
 * language ("Choose file / No file chosen"), so it is hidden from sight (still focusable and
 * named for assistive technology) and a big button-like label in the staff language, with the
 * name of the file chosen below it, stands in its place.
 */
export function FilePicker({ id, label, accept, onChange, disabled = false, describedBy }: FilePickerProps) {
  const { t } = useT();
  const [name, setName] = useState<string | undefined>(undefined);
  return (
    <div class="staff-field staff-file-picker">
      <input
        id={id}
        class="staff-file-picker__input"
        type="file"
        accept={accept}
        aria-describedby={describedBy ? `${describedBy} ${id}-chosen` : `${id}-chosen`}
        disabled={disabled}
        onChange={(event) => {
          setName(event.currentTarget.files?.[0]?.name);
          onChange(event);
        }}
      />
      <label htmlFor={id} class="btn btn--secondary staff-file-picker__button">
        <Pictogram id="document" />
        {label}
      </label>
      <p id={`${id}-chosen`} class="staff-file-picker__chosen">
        {name ? t('staff:file.chosen', { name }) : t('staff:file.none')}
      </p>
    </div>
  );
}
