import type { StepMeta } from '../../../flows/types';
import { useT } from '../../i18n/use-t';
import { Pictogram } from '../../ui/pictogram';
import type { LanguageTexts } from './use-language-texts';

/**
 * One step of a topic as the person sees it on the kiosk, in the person's language: pictogram,
 * title, paragraphs, and the options, columns or list of the step. Drawn here rather than with
 * the kiosk's screens so that nothing runs (no topic machine, no usage count, no finder) and
 * every part is visible at once. Notes for staff, in the staff's language, come after it.
 */
export function PatientStep({ meta, texts }: { meta: StepMeta; texts: LanguageTexts }) {
  const { t: staffT, lang: staffLang } = useT();
  const { t, lang, dir } = texts;
  const notes: string[] = [];
  if (meta.screen === 'help') notes.push(staffT('staff:assisted.note.help'));
  if (meta.screen === 'check') notes.push(staffT('staff:assisted.note.check'));
  if (meta.multi) notes.push(staffT('staff:assisted.note.multi'));
  if (meta.showMarks) notes.push(staffT('staff:assisted.note.showMarks'));
  if (meta.print) notes.push(staffT('staff:assisted.note.print'));
  if (meta.keypad) notes.push(staffT('staff:assisted.note.keypad', { code: meta.keypad.practiceCode.split('').join(' ') }));
  const expected = meta.check?.expected;
  return (
    <>
      <div class="patient-step" lang={lang} dir={dir}>
        {meta.lead && <p class="step__lead">{t(meta.lead)}</p>}
        <p class="patient-step__title">
          <Pictogram id={meta.pictogram} size="lg" />
          <span>{t(meta.title)}</span>
        </p>
        {meta.keypad && (
          <p class="patient-step__warning">{t(meta.keypad.texts.warning, { code: meta.keypad.practiceCode.split('').join(' ') })}</p>
        )}
        {(meta.body ?? []).map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
        {meta.options && (
          <ul class="patient-step__options">
            {meta.options.map((option) => (
              <li key={option.id} class={option.id === expected ? 'patient-step__option--expected' : undefined}>
                <Pictogram id={option.pictogram} size="md" />
                <span>{t(option.label)}</span>
                {option.id === expected && (
                  <span class="patient-step__expected" lang={staffLang} dir="ltr">
                    {staffT('staff:assisted.expected')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {meta.columns && (
          <div class="patient-step__columns">
            {[meta.columns.left, meta.columns.right].map((column) => (
              <div key={column.title} class="patient-step__column">
                <p class="patient-step__column-title">{t(column.title)}</p>
                <ul>
                  {column.items.map((item) => (
                    <li key={item}>{t(item)}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
        {meta.items && (
          <ul class="patient-step__items">
            {meta.items.map((item) => (
              <li key={item.text}>
                <Pictogram id={item.pictogram} size="md" />
                <span>{t(item.text)}</span>
              </li>
            ))}
          </ul>
        )}
        {meta.showMarks && meta.emptyText && <p>{t(meta.emptyText)}</p>}
      </div>
      {notes.length > 0 && (
        <ul class="patient-step__notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
