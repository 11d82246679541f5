/** The offline synthesizer's settings, kept apart from the engine so they load without it. */
import { languages } from '../i18n/languages';

/**
 * eSpeak NG voices for the kiosk's languages, from each language's `espeak` in
 * locales/languages.json (all present in the `espeak-ng` package's data; checked by
 * espeak-engine.test.ts). A language without one has no offline voice.
 */
export const ESPEAK_VOICES: Readonly<Record<string, string>> = Object.fromEntries(
  languages.flatMap((l) => (l.espeak ? [[l.code, l.espeak] as const] : [])),
);

/** Words per minute: a little slower than eSpeak's 175, many listeners are not native speakers. */
export const DEFAULT_SPEED = 150;
