import { isBelgianPublicHoliday } from '../help/public-holidays';
import { parseOpeningHours } from '../help/opening-hours';

/**
 * The hours editor's state: rows of days (as toggles) with one or two time spans each, and
 * "closed on public holidays". Staff never type OSM: `toOsm` writes it, `fromOsm` reads back
 * what the editor can show. Times are "HH:MM" as a time input gives them; an end of "00:00"
 * means midnight (a time input cannot show 24:00).
 */
export interface HoursSpan {
  from: string;
  to: string;
}

export interface HoursRow {
  /** Days of the week, 0 = Sunday … 6 = Saturday (as Date.getDay). */
  days: number[];
  spans: HoursSpan[];
}

export interface HoursState {
  rows: HoursRow[];
  closedOnHolidays: boolean;
}

/** Monday first, as people in Belgium read a week. */
export const WEEK: readonly number[] = [1, 2, 3, 4, 5, 6, 0];
const OSM_DAY = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;
const DAY_MINUTES = 24 * 60;

/** A new row: no day chosen yet, one empty span. */
export function emptyRow(): HoursRow {
  return { days: [], spans: [{ from: '', to: '' }] };
}

/** "HH:MM" → minutes; an end of 00:00 is midnight (1440). NaN when not a time. */
export function minutesOf(text: string, isEnd: boolean): number {
  const m = /^(\d{2}):(\d{2})$/u.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return Number.NaN;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return isEnd && minutes === 0 ? DAY_MINUTES : minutes;
}

/** Minutes → "HH:MM" as a time input shows it (midnight as 00:00). */
export function timeOf(minutes: number): string {
  const m = minutes % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function osmTime(minutes: number): string {
  return minutes === DAY_MINUTES ? '24:00' : timeOf(minutes);
}

/** A span in minutes, or null when it is incomplete or ends before it starts. */
export function spanMinutes(span: HoursSpan): [number, number] | null {
  const start = minutesOf(span.from, false);
  const end = minutesOf(span.to, true);
  return Number.isNaN(start) || Number.isNaN(end) || end <= start ? null : [start, end];
}

/** Days in week order, grouped into runs of following days ([[Mo,Tu,We],[Fr]]). */
export function dayRuns(days: readonly number[]): number[][] {
  const runs: number[][] = [];
  let previous = -2;
  for (const [i, day] of WEEK.entries()) {
    if (!days.includes(day)) continue;
    if (i === previous + 1) runs.at(-1)!.push(day);
    else runs.push([day]);
    previous = i;
  }
  return runs;
}

function osmDays(days: readonly number[]): string {
  return dayRuns(days)
    .map((run) => (run.length >= 3 ? `${OSM_DAY[run[0]!]}-${OSM_DAY[run.at(-1)!]}` : run.map((d) => OSM_DAY[d]).join(',')))
    .join(',');
}

/** The rows that say something: with at least one day. */
function usedRows(state: HoursState): HoursRow[] {
  return state.rows.filter((r) => r.days.length > 0);
}

/** Whether every row with days has complete spans that end after they start. */
export function rowProblems(state: HoursState): { row: number; span: number }[] {
  const problems: { row: number; span: number }[] = [];
  state.rows.forEach((row, r) => {
    if (row.days.length === 0) return;
    row.spans.forEach((span, s) => {
      if (!spanMinutes(span)) problems.push({ row: r, span: s });
    });
    if (row.spans.length === 0) problems.push({ row: r, span: 0 });
  });
  return problems;
}

/**
 * The state as OSM opening_hours: one rule per row ("Mo-Fr 09:00-12:00,13:00-16:00"), then
 * "PH off". Blank when no day is chosen (hours unknown); null while a span is incomplete.
 */
export function toOsm(state: HoursState): string | null {
  if (rowProblems(state).length > 0) return null;
  const rows = usedRows(state);
  if (rows.length === 0) return '';
  const rules = rows.map((row) => {
    const spans = row.spans.map((s) => spanMinutes(s)!).sort((a, b) => a[0] - b[0]);
    return `${osmDays(row.days)} ${spans.map(([a, b]) => `${osmTime(a)}-${osmTime(b)}`).join(',')}`;
  });
  if (rules.length === 1 && rules[0] === 'Mo-Su 00:00-24:00' && !state.closedOnHolidays) return '24/7';
  if (state.closedOnHolidays) rules.push('PH off');
  return rules.join('; ');
}

/** Open or closed at a moment, as the editor's state says (the later row wins a day, like OSM). */
export function stateOpenAt(state: HoursState, at: Date): 'open' | 'closed' {
  if (state.closedOnHolidays && isBelgianPublicHoliday(at)) return 'closed';
  const row = usedRows(state).findLast((r) => r.days.includes(at.getDay()));
  const minute = at.getHours() * 60 + at.getMinutes();
  return row?.spans.some((s) => {
    const m = spanMinutes(s);
    return m !== null && minute >= m[0] && minute < m[1];
  })
    ? 'open'
    : 'closed';
}

const sameSpans = (a: readonly [number, number][], b: readonly [number, number][]) =>
  a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1]);
const sorted = (spans: readonly [number, number][]) => [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);

/**
 * What the editor can show of an OSM text: each day's hours (days with the same hours on one
 * row) and whether public holidays are closed. Null when the text is not understood, or says
 * something the editor cannot (holiday hours of their own, holidays closed only some days):
 * then staff see the text as it is and set the hours anew.
 */
export function fromOsm(text: string): HoursState | null {
  if (text.trim() === '') return { rows: [], closedOnHolidays: false };
  const rules = parseOpeningHours(text);
  if (!rules) return null;
  const normal: [number, number][][] = [];
  const onHoliday: [number, number][][] = [];
  for (let day = 0; day < 7; day++) {
    let dayRule = -1;
    let holidayRule = -1;
    rules.forEach((rule, i) => {
      if (rule.holiday) holidayRule = i;
      else if (rule.days.has(day)) dayRule = i;
    });
    normal[day] = dayRule < 0 ? [] : sorted(rules[dayRule]!.spans);
    onHoliday[day] = holidayRule > dayRule ? sorted(rules[holidayRule]!.spans) : normal[day]!;
  }
  const fits = (closed: boolean) => WEEK.every((d) => sameSpans(onHoliday[d]!, closed ? [] : normal[d]!));
  // "Closed on holidays" when the text says it; a text without "PH" keeps its days' hours on holidays.
  const saysClosed = rules.some((r) => r.holiday && r.spans.length === 0);
  const closedOnHolidays = saysClosed && fits(true) ? true : fits(false) ? false : fits(true) ? true : null;
  if (closedOnHolidays === null) return null;
  const rows: HoursRow[] = [];
  const keyOf = (spans: [number, number][]) => spans.map((s) => s.join('-')).join(',');
  for (const day of WEEK) {
    const spans = normal[day]!;
    if (spans.length === 0) continue;
    const row = rows.find((r) => keyOf(r.spans.map((s) => spanMinutes(s)!)) === keyOf(spans));
    if (row) row.days.push(day);
    else rows.push({ days: [day], spans: spans.map(([a, b]) => ({ from: timeOf(a), to: timeOf(b) })) });
  }
  return { rows, closedOnHolidays };
}
