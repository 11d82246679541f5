/** The offline synthesizer's settings, kept apart from the engine so they load without it. */

/** eSpeak NG voices for the kiosk's languages (all present in the `espeak-ng` package's data). */
export const ESPEAK_VOICES: Record<string, string> = {
  fr: 'fr-be', // Belgian French: "septante", "nonante"
  nl: 'nl',
  en: 'en-gb',
  ar: 'ar',
  tr: 'tr',
  es: 'es',
  pt: 'pt',
  ro: 'ro',
  pl: 'pl',
  de: 'de',
  it: 'it',
};

/** Words per minute: a little slower than eSpeak's 175, many listeners are not native speakers. */
export const DEFAULT_SPEED = 150;
