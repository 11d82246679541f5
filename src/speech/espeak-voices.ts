import { languages } from '../i18n/languages';

/**
 * eSpeak NG voices for the kiosk's languages, from each language's `espeak` in
 * locales/languages.json (all present in the `espeak-ng` package's data; checked by
 * espeak-engine.test.ts). A language without one has no offline voice. Kept apart from
 * voices.ts so that the engine's worker, which needs only the speed, does not carry the list.
 */
export const ESPEAK_VOICES: Readonly<Record<string, string>> = Object.fromEntries(
  languages.flatMap((l) => (l.espeak ? [[l.code, l.espeak] as const] : [])),
);
