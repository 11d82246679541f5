import type { TFunction } from 'i18next';

/**
 * Today's date in a sheet's language, the day only: a printed sheet says when it was printed,
 * never at what time (nothing that could tie the paper to a person's visit). Western digits in
 * every language, as everywhere else on the kiosk.
 */
export function printedDate(lang: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', numberingSystem: 'latn' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/**
 * The first line of every printed sheet: "Kiosque e-Santé — <topic> — printed on <date>", in the
 * sheet's language (`t` and `lang` of that language: the staff's consent sheet is in the
 * person's language). Paper only.
 */
export function PrintHeader({ t, lang, topic }: { t: TFunction; lang: string; topic: string }) {
  return <p class="print-header print-only">{t('print:header', { topic, date: printedDate(lang) })}</p>;
}
