import type { Commune } from '../data/place';

/**
 * A date of the data ("2026-12-04") as a person reads it in their language: "4 Dec 2026",
 * "4 déc. 2026", "4 Ara 2026". Latin digits in every language, like phone numbers and hours.
 * The date is a calendar day, not a moment: formatted in UTC so no time zone shifts it.
 */
export function dataDate(iso: string, lang: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // English as written in Europe ("4 Dec 2026"), not "Dec 4, 2026".
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    numberingSystem: 'latn',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * A commune's name in a sentence: the Dutch name on a Dutch screen, else the French one (the
 * inventory's `commune` is the French name). `both` gives "Schaerbeek / Schaarbeek" (one name
 * when they are the same), for buttons a person must recognise whatever they speak.
 */
export function communeName(nameFr: string, communes: readonly Commune[], lang: string, both = false): string {
  const commune = communes.find((c) => c.nameFr === nameFr || c.nameNl === nameFr);
  if (!commune) return nameFr;
  if (both) return commune.nameFr === commune.nameNl ? commune.nameFr : `${commune.nameFr} / ${commune.nameNl}`;
  return lang === 'nl' ? commune.nameNl : commune.nameFr;
}

/**
 * A free call: Belgian freephone numbers start with 0800, international ones (UIFN) with 00800
 * (DocStop's 00800 2123 2123). A numbering rule, not a guess about the place.
 */
export function isFreeNumber(phone: string): boolean {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^(0800|00800|\+800|\+32800|0032800)/.test(digits);
}
