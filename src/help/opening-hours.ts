import { isBelgianPublicHoliday } from './public-holidays';

/** Whether a place is open at a moment, as far as its hours tell. */
export type OpenState = 'open' | 'closed' | 'unknown';

interface Rule {
  /** Days of the week (0 = Sunday) the rule covers; all days when the rule names none. */
  days: Set<number>;
  /** Applies on Belgian public holidays only ("PH …"). */
  holiday: boolean;
  /** Minutes since midnight: [start, end) pairs; empty = closed those days. */
  spans: [number, number][];
}

const DAY: Record<string, number> = { Su: 0, Mo: 1, Tu: 2, We: 3, Th: 4, Fr: 5, Sa: 6 };

/** Parses one day selector ("Mo-Fr", "Mo,We,Fr", "Sa") into day numbers, or null when it is not one. */
function parseDays(text: string): Set<number> | null {
  const days = new Set<number>();
  for (const part of text.split(',')) {
    const range = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/.exec(part);
    if (!range) return null;
    const from = DAY[range[1]!]!;
    const to = range[2] ? DAY[range[2]]! : from;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return days;
}

/** Parses "09:00-12:00,13:30-17:00" into minute spans, or null. */
function parseSpans(text: string): [number, number][] | null {
  const spans: [number, number][] = [];
  for (const part of text.split(',')) {
    const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(part);
    if (!m) return null;
    const start = Number(m[1]) * 60 + Number(m[2]);
    const end = Number(m[3]) * 60 + Number(m[4]);
    if (start >= 24 * 60 || end > 24 * 60 || Number(m[2]) > 59 || Number(m[4]) > 59 || end <= start) return null;
    spans.push([start, end]);
  }
  return spans;
}

/**
 * Parses the common part of OpenStreetMap's opening_hours syntax: `24/7`; rules separated by
 * `;` of the form `[days] times|off` (days like `Mo-Fr` or `Mo,We`; times like
 * `09:00-12:00,13:00-17:00`); `PH off` / `PH 10:00-12:00` for Belgian public holidays. A later
 * rule replaces an earlier one for the days (or holidays) it names, as in OSM. A rule naming no
 * day after one naming days is ambiguous, and anything else (months, week numbers, comments,
 * sunrise, spans past midnight) returns null: shown as "hours unknown" with the text as written,
 * never guessed. Cross-checked against the opening_hours library in tests.
 */
export function parseOpeningHours(text: string): Rule[] | null {
  const value = text.trim();
  if (value === '') return null;
  if (value === '24/7') return [{ days: new Set([0, 1, 2, 3, 4, 5, 6]), holiday: false, spans: [[0, 24 * 60]] }];
  const rules: Rule[] = [];
  let afterDayRule = false;
  for (const raw of value.split(';')) {
    const tokens = raw.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    let holiday = false;
    let days: Set<number> | null = new Set([0, 1, 2, 3, 4, 5, 6]);
    const namesDays = tokens[0] === 'PH' || /^(Mo|Tu|We|Th|Fr|Sa|Su)/.test(tokens[0]!);
    // A rule with no day after one with days ("Mo 10:00-12:00; 14:00-16:00"): a plain reading of
    // OSM replaces Monday's hours, the reference library adds to them. Unknown, not a guess.
    if (!namesDays && afterDayRule) return null;
    if (tokens[0] === 'PH') {
      holiday = true;
      tokens.shift();
    } else if (namesDays) {
      days = parseDays(tokens.shift()!);
      if (!days) return null;
    }
    afterDayRule ||= namesDays;
    if (tokens.length !== 1) return null;
    const what = tokens[0]!;
    const spans = what === 'off' || what === 'closed' ? [] : parseSpans(what);
    if (!spans) return null;
    rules.push({ days, holiday, spans });
  }
  return rules.length > 0 ? rules : null;
}

// Parsed once per distinct text: an inventory repeats few hour patterns, and the finder asks often.
const parsed = new Map<string, Rule[] | null>();

/** Open, closed or unknown at `at` (local time of the kiosk, which stands in Brussels). */
export function openStateAt(openingHours: string, at: Date): OpenState {
  let rules = parsed.get(openingHours);
  if (rules === undefined) {
    rules = parseOpeningHours(openingHours);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(openingHours, rules);
  }
  if (!rules) return 'unknown';
  const holiday = isBelgianPublicHoliday(at);
  const day = at.getDay();
  const minute = at.getHours() * 60 + at.getMinutes();
  // The last rule that selects this date decides, as in OSM: a "PH" rule selects public holidays,
  // a day rule its weekdays (holiday or not). So "PH off; Mo-Sa 08:00-12:00" is open on a holiday
  // Thursday morning, and "Mo-Sa 08:00-12:00; PH off" is closed.
  let deciding: Rule | undefined;
  for (const rule of rules) if (rule.holiday ? holiday : rule.days.has(day)) deciding = rule;
  if (!deciding) return 'closed';
  return deciding.spans.some(([s, e]) => minute >= s && minute < e) ? 'open' : 'closed';
}
