import { splitSentences } from './sentences';

/** How a request to read aloud ended. */
export type ReadOutcome = 'done' | 'stopped' | 'no-voice' | 'unsupported';

/** Reads text aloud in a language; one reading at a time. */
export interface ReadAloud {
  read(text: string, lang: string): Promise<ReadOutcome>;
  stop(): void;
  readonly speaking: boolean;
}

/** Voices load asynchronously in Chromium; wait briefly for them once. */
function voicesOf(synth: SpeechSynthesis, waitMs: number): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0 || waitMs <= 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The best local voice for a language: same language, local service preferred. */
function voiceFor(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  return matching.find((v) => v.localService) ?? matching[0];
}

/**
 * Read-aloud through the device's speech synthesis. When the device has no voice for the
 * language it says so (`no-voice`) instead of failing silently; an offline synthesizer
 * shipped with the app is a later layer.
 */
export function createSpeechSynthesisReader(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): ReadAloud {
  let generation = 0;
  let speaking = false;
  return {
    get speaking() {
      return speaking;
    },
    async read(text, lang) {
      if (!synth) return 'unsupported';
      this.stop();
      const mine = ++generation;
      const voice = voiceFor(await voicesOf(synth, 700), lang);
      if (mine !== generation) return 'stopped';
      if (!voice) return 'no-voice';
      speaking = true;
      try {
        for (const sentence of splitSentences(text)) {
          if (mine !== generation) return 'stopped';
          await new Promise<void>((resolve) => {
            const u = new SpeechSynthesisUtterance(sentence);
            u.voice = voice;
            u.lang = voice.lang;
            u.rate = 0.9; // a little slower than default: many listeners are not native speakers
            u.onend = () => resolve();
            u.onerror = () => resolve();
            synth.speak(u);
          });
        }
        return mine === generation ? 'done' : 'stopped';
      } finally {
        if (mine === generation) speaking = false;
      }
    },
    stop() {
      generation++;
      speaking = false;
      synth?.cancel();
    },
  };
}
