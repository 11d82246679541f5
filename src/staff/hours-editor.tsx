import { useRef, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { textWith } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import {
  dayRuns,
  emptyRow,
  fromOsm,
  minutesOf,
  rowProblems,
  spanMinutes,
  toOsm,
  WEEK,
  type HoursRow,
  type HoursState,
} from './hours-model';
import './check.css';

/** A weekday's name in the staff's language (0 = Sunday), from the browser, not from a text file. */
export function dayName(day: number, lang: string, width: 'long' | 'short'): string {
  // 1 to 7 January 2024 run from Monday to Sunday.
  const date = new Date(2024, 0, day === 0 ? 7 : day, 12);
  try {
    return new Intl.DateTimeFormat(lang, { weekday: width }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { weekday: width }).format(date);
  }
}

function list(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The hours in plain words, one line per row, then the closed days and holidays. */
export function hoursInWords(state: HoursState, t: TFunction, lang: string): string[] {
  const rows = state.rows.filter((r) => r.days.length > 0);
  if (rows.length === 0) return [t('staff:check.hours.none')];
  const time = (text: string, end: boolean) => (end && minutesOf(text, true) === 24 * 60 ? t('staff:check.hours.midnightWord') : text);
  const lines = rows.map((row) => {
    const days = list(
      dayRuns(row.days).map((run) =>
        run.length >= 3
          ? t('staff:check.hours.dayRange', { from: dayName(run[0]!, lang, 'long'), to: dayName(run.at(-1)!, lang, 'long') })
          : list(
              run.map((d) => dayName(d, lang, 'long')),
              lang,
            ),
      ),
      lang,
    );
    const spans = list(
      row.spans.filter((s) => spanMinutes(s)).map((s) => t('staff:check.hours.span', { from: time(s.from, false), to: time(s.to, true) })),
      lang,
    );
    return t('staff:check.hours.line', { days, spans });
  });
  if (rows.flatMap((r) => r.days).length < 7) lines.push(t('staff:check.hours.closedOther'));
  if (state.closedOnHolidays) lines.push(t('staff:check.hours.holidaysClosed'));
  return lines;
}

interface HoursEditorProps {
  /** The hours as stored (OSM); blank = unknown. */
  value: string;
  /** The hours to store: OSM text, or null while a time is incomplete. Not called before staff change something. */
  onChange: (osm: string | null) => void;
}

/**
 * Opening hours from day toggles and time pickers: staff never type OSM. Each row is days
 * (Mo–Su toggle buttons) with one or two time spans; a day belongs to one row only; "closed on
 * public holidays" below. The result is shown in words and as written in the list.
 */
export function HoursEditor({ value, onChange }: HoursEditorProps) {
  const { t, lang } = useT();
  const initial = useRef(fromOsm(value));
  const [state, setState] = useState<HoursState>(() => {
    const read = initial.current;
    return read && read.rows.length > 0 ? read : { rows: [emptyRow()], closedOnHolidays: read?.closedOnHolidays ?? false };
  });
  const [touched, setTouched] = useState(false);

  const update = (next: HoursState) => {
    setState(next);
    setTouched(true);
    onChange(toOsm(next));
  };
  const setRow = (index: number, row: HoursRow) => update({ ...state, rows: state.rows.map((r, i) => (i === index ? row : r)) });
  const toggleDay = (index: number, day: number) => {
    const on = !state.rows[index]!.days.includes(day);
    update({
      ...state,
      rows: state.rows.map((r, i) => {
        if (i === index) return { ...r, days: on ? [...r.days, day] : r.days.filter((d) => d !== day) };
        return on ? { ...r, days: r.days.filter((d) => d !== day) } : r;
      }),
    });
  };

  const problems = rowProblems(state);
  const osm = toOsm(state);
  const unreadable = initial.current === null && value.trim() !== '';

  return (
    <fieldset class="hours-editor">
      <legend>{t('staff:check.hours.legend')}</legend>
      {unreadable && !touched && <p class="staff-field__hint">{t('staff:check.hours.unreadable', { text: value })}</p>}
      <p class="staff-field__hint">{t('staff:check.hours.oneRowADay')}</p>
      {state.rows.map((row, r) => (
        <fieldset key={r} class="hours-editor__row">
          <legend>{t('staff:check.hours.row', { n: r + 1 })}</legend>
          <div class="hours-editor__days" role="group" aria-label={t('staff:check.hours.days')}>
            {WEEK.map((day) => (
              <button
                key={day}
                type="button"
                class="hours-editor__day"
                aria-pressed={row.days.includes(day)}
                aria-label={dayName(day, lang, 'long')}
                onClick={() => toggleDay(r, day)}
              >
                {dayName(day, lang, 'short')}
              </button>
            ))}
          </div>
          {row.spans.map((span, s) => {
            const bad = problems.some((p) => p.row === r && p.span === s) && (span.from !== '' || span.to !== '' || row.days.length > 0);
            return (
              <div key={s} class="hours-editor__span" role="group" aria-label={t('staff:check.hours.spanLabel', { n: s + 1 })}>
                {(['from', 'to'] as const).map((end) => {
                  const id = `hours-${r}-${s}-${end}`;
                  return (
                    <div key={end} class="staff-field hours-editor__time">
                      <label htmlFor={id}>{t(`staff:check.hours.${end}`)}</label>
                      <input
                        id={id}
                        type="time"
                        step={300}
                        value={span[end]}
                        aria-invalid={bad ? 'true' : undefined}
                        aria-describedby={end === 'to' ? 'hours-midnight' : undefined}
                        onInput={(e) =>
                          setRow(r, {
                            ...row,
                            spans: row.spans.map((x, i) => (i === s ? { ...x, [end]: e.currentTarget.value } : x)),
                          })
                        }
                      />
                    </div>
                  );
                })}
              </div>
            );
          })}
          <div class="staff__actions">
            {row.spans.length < 2 ? (
              <button
                type="button"
                class="btn btn--secondary"
                onClick={() => setRow(r, { ...row, spans: [...row.spans, { from: '', to: '' }] })}
              >
                {t('staff:check.hours.addSpan')}
              </button>
            ) : (
              <button type="button" class="btn btn--secondary" onClick={() => setRow(r, { ...row, spans: row.spans.slice(0, 1) })}>
                {t('staff:check.hours.removeSpan')}
              </button>
            )}
            {state.rows.length > 1 && (
              <button
                type="button"
                class="btn btn--secondary"
                onClick={() => update({ ...state, rows: state.rows.filter((_, i) => i !== r) })}
              >
                {t('staff:check.hours.removeRow')}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <p id="hours-midnight" class="staff-field__hint">
        {t('staff:check.hours.midnight')}
      </p>
      <div class="staff__actions">
        <button
          type="button"
          class="btn btn--secondary"
          disabled={state.rows.length >= 7}
          onClick={() => update({ ...state, rows: [...state.rows, emptyRow()] })}
        >
          {t('staff:check.hours.addRow')}
        </button>
      </div>
      <label class="staff-check">
        <input
          type="checkbox"
          checked={state.closedOnHolidays}
          onChange={(e) => update({ ...state, closedOnHolidays: e.currentTarget.checked })}
        />
        <span>{t('staff:check.hours.holidays')}</span>
      </label>
      <div class="hours-editor__result" aria-live="polite">
        <h4>{t('staff:check.hours.inWords')}</h4>
        {osm === null ? (
          <p class="staff-field__error">{t('staff:check.hours.incomplete')}</p>
        ) : (
          <>
            <ul>
              {hoursInWords(state, t, lang).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {osm !== '' && (
              <p class="hours-editor__osm" data-testid="hours-osm">
                {/* Only the OSM text itself in a fixed-width font; it reads left to right. */}
                {textWith(t, 'staff:check.hours.written', {}, { osm: <code dir="ltr">{osm}</code> })}
              </p>
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}
