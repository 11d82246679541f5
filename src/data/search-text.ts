/** Text folded for search: lower case, accents removed, punctuation as spaces ("Schaerbeek", "SCHAERBEEK", "schaërbeek" match). */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether every word of the query starts a word of the folded haystack (prefix match, any order). */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const padded = ` ${foldedHaystack}`;
  return words.every((w) => padded.includes(` ${w}`));
}
