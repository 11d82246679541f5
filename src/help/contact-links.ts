/** A tel: address for a Belgian number as the inventory writes it ("02 558 08 00" → tel:+3225580800). */
export function telUri(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  if (/^\+\d{8,15}$/.test(digits)) return `tel:${digits}`;
  if (/^0\d{7,9}$/.test(digits)) return `tel:+32${digits.slice(1)}`;
  if (/^0800\d+$/.test(digits) || /^00800\d+$/.test(digits)) return `tel:${digits}`;
  return undefined;
}

/** The website as people read it aloud or type it: no scheme, no trailing slash. */
export function displayWebsite(raw: string): string {
  return raw
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');
}
