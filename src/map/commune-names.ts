import type { Commune } from '../data/place';

/** The commune a name stands for (French or Dutch name, or id; case and spaces aside), if any. */
export function findCommune(communes: readonly Commune[], name: string | undefined): Commune | undefined {
  const key = name?.trim().toLowerCase();
  if (!key) return undefined;
  return communes.find((c) => c.nameFr.toLowerCase() === key || c.nameNl.toLowerCase() === key || c.id === key);
}

/**
 * A commune's name as a person reads it on a sign: both official names, the Dutch one first for
 * a Dutch reader, one name when both are the same ("Schaerbeek / Schaarbeek", "Jette").
 */
export function bilingualName(commune: Commune, lang: string): string {
  if (commune.nameFr === commune.nameNl) return commune.nameFr;
  return lang === 'nl' ? `${commune.nameNl} / ${commune.nameFr}` : `${commune.nameFr} / ${commune.nameNl}`;
}
