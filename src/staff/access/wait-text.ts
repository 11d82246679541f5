/** A wait in the staff's language: "5 seconds", or whole minutes (rounded up) from one minute on. */
export function waitText(ms: number, lang: string): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit === 'second' ? 's' : 'min'}`;
  }
}
