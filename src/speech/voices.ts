/** The offline synthesizer's settings, kept apart from the engine so they load without it. */

/** Words per minute: a little slower than eSpeak's 175, many listeners are not native speakers. */
export const DEFAULT_SPEED = 150;
