import type { AudioOut } from './audio-out';
import type { ClipSource } from './clips';
import type { OfflineSynth } from './offline-synth';

/** How a request to read aloud ended. */
export type ReadOutcome = 'done' | 'stopped' | 'no-voice' | 'unsupported';

/**
 * Which layer speaks a sentence: a recorded `clip`, the `device`'s own local voice, or the
 * `offline` synthesizer shipped with the app (eSpeak NG).
 */
export type VoiceLayer = 'clip' | 'device' | 'offline';

/** Called when a sentence starts to be heard: its index in `splitSentences(text)` and its text. */
export type SentenceListener = (index: number, sentence: string) => void;

/** Options of one reading. */
export interface ReadOptions {
  onSentence?: SentenceListener;
}

/** Reads text aloud in a language; one reading at a time. */
export interface ReadAloud {
  read(text: string, lang: string, options?: ReadOptions): Promise<ReadOutcome>;
  stop(): void;
  readonly speaking: boolean;
  /** The layer of the sentence being (or last) heard in the current reading. */
  readonly layer?: VoiceLayer | undefined;
}

/** What the layered reader is made of; every part can be replaced (tests) or switched off (null). */
export interface ReadAloudOptions {
  /** The device's speech synthesis; default `globalThis.speechSynthesis`. */
  synth?: SpeechSynthesis | null;
  /** Where clips and synthesized audio are played; default Web Audio. */
  audio?: AudioOut | null;
  /** Recorded clips; default public/audio/<lang>/manifest.json under the app's base URL. */
  clips?: ClipSource | null;
  /** Loads the offline synthesizer; default a dynamic import of offline-synth.ts (eSpeak NG). */
  offline?: (() => Promise<OfflineSynth>) | null;
  /** Called for every sentence of every reading (the per-read option is called too). */
  onSentence?: SentenceListener;
  /** How long to wait, once, for the device's voices to load (Chromium loads them late). */
  voiceWaitMs?: number;
  /** Speech rate of device voices (1 = the voice's default). */
  deviceRate?: number;
}

/**
 * Read-aloud that always has a voice (see layered-reader.ts for the layers). The first screen
 * only carries this small front; the reader itself is a lazy chunk loaded on the first read.
 */
export function createReadAloud(options: ReadAloudOptions = {}): ReadAloud {
  let reader: ReadAloud | undefined;
  let loading: Promise<ReadAloud> | undefined;
  let generation = 0;
  let waiting = false;
  const load = () =>
    (loading ??= import('./layered-reader').then(
      (m) => (reader = m.createLayeredReadAloud(options)),
      (error: unknown) => {
        loading = undefined; // try again at the next read
        throw error;
      },
    ));
  return {
    get speaking() {
      return waiting || (reader?.speaking ?? false);
    },
    get layer() {
      return reader?.layer;
    },
    async read(text, lang, readOptions) {
      const mine = ++generation;
      if (reader) return reader.read(text, lang, readOptions);
      waiting = true;
      try {
        const loaded = await load();
        if (mine !== generation) return 'stopped';
        waiting = false;
        return loaded.read(text, lang, readOptions);
      } catch {
        return 'unsupported';
      } finally {
        if (mine === generation) waiting = false;
      }
    },
    stop() {
      generation++;
      waiting = false;
      if (reader) reader.stop();
      else ('synth' in options ? options.synth : globalThis.speechSynthesis)?.cancel();
    },
  };
}
