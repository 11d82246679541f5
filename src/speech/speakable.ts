/**
 * What a voice should say for a sentence on screen: phone numbers digit by digit.
 *
 * A phone-like group is an optional "+", then runs of digits joined by one separator each
 * (space, no-break space, ".", "/", "-", or a "(0)" trunk prefix). It is read digit by digit
 * when it has at least 6 digits AND starts with "+" or "0" — every Belgian and international
 * number does ("02 279 22 11", "0475 12 34 56", "00800 2123 2123", "+32 2 524 85 21").
 * Everything else is left alone: "15 jours", "2025", "1 000 000", "2024-2025", short numbers
 * such as "112" or "1733", and dates like "01/02/2025" or "01.02.2025".
 *
 * Each run of digits becomes its digits separated by spaces, runs are separated by commas so
 * the voice pauses where the eye groups them: "02 279 22 11" → "0 2, 2 7 9, 2 2, 1 1".
 * A leading "+" is spelled as the language's word for it ("plus" in fr, nl, en).
 */
export function speakableText(text: string, lang: string): string {
  return text.replace(PHONE_LIKE, (group, ...rest) => {
    const offset = rest[rest.length - 2] as number;
    const before = text[offset - 1] ?? '';
    // Part of a longer token (e.g. "A0123456" or "x+32…"): not a number to read out.
    if (/[\p{L}\p{Nd}]/u.test(before)) return group;
    const plus = group.startsWith('+');
    const body = plus ? group.slice(1) : group;
    const runs = body.match(/\p{Nd}+/gu) ?? [];
    const digits = runs.join('');
    if (digits.length < MIN_DIGITS) return group;
    if (!plus && !ZERO.test(digits[0] ?? '')) return group;
    if (!plus && DATE.test(body)) return group;
    const spoken = runs.map((run) => [...run].join(' ')).join(', ');
    return plus ? `${plusWord(lang)} ${spoken}` : spoken;
  });
}

/** A phone-like group needs at least this many digits to be read digit by digit. */
export const MIN_DIGITS = 6;

const SEP = '[ \\u00A0\\u202F./-]';
/** "+"? digits, then (separator digits | separator? "(0)" separator? digits)*, not followed by a digit. */
const PHONE_LIKE = new RegExp(`\\+?\\p{Nd}+(?:(?:${SEP}|${SEP}?\\(0\\)${SEP}?)\\p{Nd}+)*(?!\\p{Nd})`, 'gu');
/** Zero in Latin, Arabic-Indic and extended Arabic-Indic digits. */
const ZERO = /^[0\u0660\u06F0]$/u;
/** dd/mm/yyyy, d.m.yy, dd-mm-yyyy… */
const DATE = /^\p{Nd}{1,2}([./-])\p{Nd}{1,2}\1\p{Nd}{2,4}$/u;

const PLUS: Record<string, string> = {
  fr: 'plus',
  nl: 'plus',
  en: 'plus',
  de: 'plus',
  es: 'más',
  pt: 'mais',
  ro: 'plus',
  pl: 'plus',
  tr: 'artı',
  ar: 'زائد',
};

function plusWord(lang: string): string {
  return PLUS[lang.toLowerCase().split(/[-_]/)[0] ?? ''] ?? '+';
}
