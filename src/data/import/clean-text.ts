/** Longest text kept in one field (in characters); longer text is cut, with a warning. */
export const MAX_TEXT_LENGTH = 2000;

// C0 and C1 control characters except tab and line feed, which are handled apart.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
// Bidirectional overrides and isolates (can make a text read differently than it is stored),
// and the byte-order mark / zero-width no-break space.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
// Halves of a surrogate pair without their other half: not text, and not UTF-8 encodable.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Cleans a text: removes control and invisible direction characters and broken characters,
 * trims, and on one-line fields turns every run of spaces and line breaks into one space.
 * Multi-line fields keep their line breaks (as \n). Cuts the text at `max` characters.
 */
export function cleanText(value: string, multiline: boolean, max: number = MAX_TEXT_LENGTH): { text: string; truncated: boolean } {
  let s = value.replace(LONE_SURROGATE, '').replace(/\r\n?|[\u2028\u2029]/gu, '\n');
  if (multiline) s = s.replace(/\t/gu, ' ');
  s = s.replace(CONTROL, '').replace(INVISIBLE, '');
  s = multiline ? s.trim() : s.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(s);
  if (chars.length <= max) return { text: s, truncated: false };
  return { text: chars.slice(0, max).join('').trim(), truncated: true };
}

/** Whether a text is already clean (what cleanText would leave unchanged). */
export function isCleanText(value: unknown, multiline: boolean, max: number = MAX_TEXT_LENGTH): value is string {
  if (typeof value !== 'string') return false;
  const { text, truncated } = cleanText(value, multiline, max);
  return !truncated && text === value;
}
