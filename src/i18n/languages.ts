import languagesFile from '../../locales/languages.json';

/** A language the kiosk has, named in its own script. */
export interface Language {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  /** Who checked the texts (shown to staff). */
  review: string;
}

/** Every language shipped, in picker order (locales/languages.json). */
export const languages: readonly Language[] = languagesFile.languages as Language[];

/** The language record for a code, or undefined when the kiosk does not have it. */
export function findLanguage(code: string): Language | undefined {
  return languages.find((l) => l.code === code);
}
