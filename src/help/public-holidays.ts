/** Easter Sunday of a year (Gregorian computus, Meeus/Jones/Butcher). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(year, month - 1, day);
}

/** Whether a date (local time) is one of Belgium's ten legal public holidays. */
export function isBelgianPublicHoliday(date: Date): boolean {
  const y = date.getFullYear();
  const md = `${date.getMonth() + 1}-${date.getDate()}`;
  if (['1-1', '5-1', '7-21', '8-15', '11-1', '11-11', '12-25'].includes(md)) return true;
  const easter = easterSunday(y);
  const offsetDays = Math.round((new Date(y, date.getMonth(), date.getDate()).getTime() - easter.getTime()) / 86_400_000);
  // Easter Monday, Ascension (Easter + 39), Whit Monday (Easter + 50).
  return offsetDays === 1 || offsetDays === 39 || offsetDays === 50;
}
