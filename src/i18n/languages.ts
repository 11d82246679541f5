import languagesFile from '../../locales/languages.json';

/**
 * How far a language's texts go: `complete` has every text (tests/locales.test.ts checks it);
 * `partial` has some files only, each missing text shows in the fallback language.
 */
export type LanguageStatus = 'complete' | 'partial';

/** A language the kiosk has, named in its own script. */
export interface Language {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  status: LanguageStatus;
  /** Offered to the public on a kiosk staff have not set up (never for a partial language). */
  offeredByDefault: boolean;
  /** The eSpeak NG voice of the offline reader, e.g. "fr-be"; undefined: no offline voice. */
  espeak: string | undefined;
  /** Who checked the texts (shown to staff). */
  review: string;
}

/** Where a partial language's missing texts come from: French, the reference of every text. */
export const FALLBACK_LANGUAGE = 'fr';

/** One entry of locales/languages.json as written (optional fields may be left out). */
interface LanguageEntry {
  code: string;
  name: string;
  dir: string;
  status?: string;
  offeredByDefault?: boolean;
  espeak?: string;
  review?: string;
}

/** An entry with its defaults filled in: complete unless it says partial; offered when complete. */
export function languageOf(entry: LanguageEntry): Language {
  const status: LanguageStatus = entry.status === 'partial' ? 'partial' : 'complete';
  return {
    code: entry.code,
    name: entry.name,
    dir: entry.dir === 'rtl' ? 'rtl' : 'ltr',
    status,
    // A partial language reaches the public only when staff tick it, whatever the file says.
    offeredByDefault: status === 'complete' && entry.offeredByDefault !== false,
    espeak: entry.espeak || undefined,
    review: entry.review ?? '',
  };
}

/** Every language shipped, in picker order (locales/languages.json). */
export const languages: readonly Language[] = (languagesFile.languages as LanguageEntry[]).map(languageOf);

/** The language record for a code, or undefined when the kiosk does not have it. */
export function findLanguage(code: string): Language | undefined {
  return languages.find((l) => l.code === code);
}

/** Whether a language has only some of its texts (the rest show in FALLBACK_LANGUAGE). */
export function isPartial(code: string): boolean {
  return findLanguage(code)?.status === 'partial';
}

/** The languages a kiosk offers before staff choose, in picker order. */
export function languagesOfferedByDefault(): string[] {
  return languages.filter((l) => l.offeredByDefault).map((l) => l.code);
}
