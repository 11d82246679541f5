import type { TFunction } from 'i18next';
import type { Place } from '../data/place';
import { parseOpeningHours } from './opening-hours';
import { isBelgianPublicHoliday } from './public-holidays';

/**
 * Opening hours said in words: "Open until 16:30", "Opens Tuesday at 8:00", "By appointment".
 * Only what the hours the parser understands say; anything else is "hours not known", never a guess.
 */

type Rule = NonNullable<ReturnType<typeof parseOpeningHours>>[number];

/** What the hours say about now. `day` is the weekday (0 = Sunday) of the next opening. */
export type HoursNow =
  | { state: 'open'; until: string; /** Open around the clock (24/7): `until` is empty. */ always?: true }
  | { state: 'closed'; opens?: { day: number; time: string; when: 'today' | 'tomorrow' | 'weekday' } }
  | { state: 'unknown' };

const DAY_MINUTES = 24 * 60;

/** Minutes as H:MM ("8:00", "16:30"): the way a person reads a time in every kiosk language. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

// Parsed once per distinct text (an inventory repeats few patterns).
const parsedCache = new Map<string, Rule[] | null>();
function rulesOf(openingHours: string): Rule[] | null {
  let rules = parsedCache.get(openingHours);
  if (rules === undefined) {
    rules = parseOpeningHours(openingHours);
    if (parsedCache.size > 10_000) parsedCache.clear();
    parsedCache.set(openingHours, rules);
  }
  return rules;
}

/** The spans of one calendar day: the last rule that selects the day decides, as in opening-hours.ts. */
function spansOn(rules: readonly Rule[], date: Date): readonly [number, number][] {
  const holiday = isBelgianPublicHoliday(date);
  const day = date.getDay();
  let deciding: Rule | undefined;
  for (const rule of rules) if (rule.holiday ? holiday : rule.days.has(day)) deciding = rule;
  return deciding?.spans ?? [];
}

/** Midnight (local) of the day `offset` days after `at`'s day. */
function dayAfter(at: Date, offset: number): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + offset);
}

/** Open (until when), closed (and when it opens in the coming week), or unknown. */
export function hoursNow(openingHours: string, now: Date): HoursNow {
  const rules = rulesOf(openingHours);
  if (!rules) return { state: 'unknown' };
  const minute = now.getHours() * 60 + now.getMinutes();
  const today = spansOn(rules, now);
  const current = today.find(([s, e]) => minute >= s && minute < e);
  if (current) {
    // A span that runs to midnight goes on when the next day opens at 00:00 (24/7, "20:00-24:00; 00:00-02:00").
    let end = current[1];
    for (let offset = 1; end === DAY_MINUTES && offset <= 7; offset++) {
      const next = spansOn(rules, dayAfter(now, offset)).find(([s]) => s === 0);
      if (!next) return { state: 'open', until: '24:00' };
      end = next[1];
      if (offset === 7 && end === DAY_MINUTES) return { state: 'open', until: '', always: true };
    }
    return { state: 'open', until: clock(end % DAY_MINUTES) };
  }
  // The next opening within the coming six days, so that a weekday name says it without doubt.
  for (let offset = 0; offset < 7; offset++) {
    const date = dayAfter(now, offset);
    const start = spansOn(rules, date)
      .map(([s]) => s)
      .filter((s) => offset > 0 || s > minute)
      .sort((a, b) => a - b)[0];
    if (start !== undefined) {
      return {
        state: 'closed',
        opens: { day: date.getDay(), time: clock(start), when: offset === 0 ? 'today' : offset === 1 ? 'tomorrow' : 'weekday' },
      };
    }
  }
  return { state: 'closed' };
}

/** A weekday's name in a language (0 = Sunday): 2024-01-07 was a Sunday. */
export function weekdayName(day: number, lang: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + day)));
}

/**
 * One short line for a place card or slip: the hours now when known, else the way in
 * ("By appointment"), else "Hours not known" — with "call first" only when there is a number to call.
 */
export function hoursSentence(
  place: Pick<Place, 'openingHours' | 'access'> & { phone?: string },
  now: Date,
  t: TFunction,
  lang: string,
): string {
  const h = hoursNow(place.openingHours, now);
  if (h.state === 'open') return h.always ? t('hours.always') : t('hours.openUntil', { time: h.until });
  if (h.state === 'closed') {
    if (!h.opens) return t('hours.closedNow');
    if (h.opens.when === 'today') return t('hours.opensToday', { time: h.opens.time });
    if (h.opens.when === 'tomorrow') return t('hours.opensTomorrow', { time: h.opens.time });
    return t('hours.opensOn', { day: weekdayName(h.opens.day, lang), time: h.opens.time });
  }
  const walkIn = place.access.includes('walk-in');
  const appointment = place.access.includes('appointment');
  if (appointment && !walkIn) return t('hours.byAppointment');
  if (appointment && walkIn) return t('hours.walkInOrAppointment');
  return place.phone ? t('hours.unknownCallFirst') : t('hours.unknown');
}

/** Days as a person writes them: runs of three or more as "Mon–Fri", others listed ("Tue, Wed"). */
function dayList(days: readonly number[], lang: string): string {
  // Monday first, as weeks are read in Belgium.
  const order = [...days].map((d) => (d + 6) % 7).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1] === order[j]! + 1) j++;
    const name = (k: number) => weekdayName((order[k]! + 1) % 7, lang, 'short');
    if (j - i >= 2) parts.push(`${name(i)}–${name(j)}`);
    else for (let k = i; k <= j; k++) parts.push(name(k));
    i = j + 1;
  }
  return parts.join(', ');
}

/**
 * The week's hours as short lines, one per set of days sharing the same times:
 * "Mo-Fr 08:00-13:00; Tu,We 08:00-13:00,14:00-16:00" → ["Mon–Fri 8:00–13:00", "Tue, Wed 14:00–16:00"].
 * Ordinary weeks only (public holidays are said by `hoursNow` on the day). [] when not known.
 */
export function weekLines(openingHours: string, lang: string): string[] {
  const rules = rulesOf(openingHours);
  if (!rules) return [];
  // The deciding rule of each weekday on an ordinary (non-holiday) week.
  const byDay = new Map<number, readonly [number, number][]>();
  for (let day = 0; day < 7; day++) {
    let deciding: Rule | undefined;
    for (const rule of rules) if (!rule.holiday && rule.days.has(day)) deciding = rule;
    byDay.set(day, deciding?.spans ?? []);
  }
  // Each distinct time span, with the days that have it.
  const spanDays = new Map<string, { span: readonly [number, number]; days: number[] }>();
  for (const [day, spans] of byDay) {
    for (const span of spans) {
      const key = `${span[0]}-${span[1]}`;
      const entry = spanDays.get(key) ?? { span, days: [] };
      entry.days.push(day);
      spanDays.set(key, entry);
    }
  }
  // Spans on exactly the same days share a line ("Mon–Fri 7:30–11:00, 13:00–15:00").
  const lines = new Map<string, { days: number[]; spans: (readonly [number, number])[] }>();
  for (const { span, days } of spanDays.values()) {
    const key = days.join(',');
    const line = lines.get(key) ?? { days, spans: [] };
    line.spans.push(span);
    lines.set(key, line);
  }
  const mondayFirst = (d: number) => (d + 6) % 7;
  return [...lines.values()]
    .map((l) => ({ ...l, spans: [...l.spans].sort((a, b) => a[0] - b[0]) }))
    .sort((a, b) => Math.min(...a.days.map(mondayFirst)) - Math.min(...b.days.map(mondayFirst)) || a.spans[0]![0] - b.spans[0]![0])
    .map((l) => `${dayList(l.days, lang)} ${l.spans.map(([s, e]) => `${clock(s)}–${clock(e)}`).join(', ')}`);
}
