import { createWebAudioOut } from './audio-out';
import { createClipSource } from './clips';
import { speakWith, voiceFor, voicesOf } from './device-voice';
import type { OfflineSynth } from './offline-synth';
import type { ReadAloud, ReadAloudOptions, VoiceLayer } from './read-aloud';
import { splitSentences } from './sentences';
import { speakableText } from './speakable';

/** One sentence ready to be heard, or why it cannot be. */
type Piece =
  | { layer: 'clip' | 'offline'; audio: ArrayBuffer }
  | { layer: 'device'; voice: SpeechSynthesisVoice; text: string }
  | { layer: 'none'; outcome: 'no-voice' | 'unsupported' | 'stopped' };

/** How sentences without a clip are spoken in one reading. */
type VoicePlan =
  | { layer: 'device'; voice: SpeechSynthesisVoice }
  | { layer: 'offline'; synth: OfflineSynth }
  | { layer: 'none'; outcome: 'no-voice' | 'unsupported' | 'stopped' };

/** The default offline synthesizer: loaded on first need, never on the first-screen path. */
const loadOfflineSynth = () => import('./offline-synth').then((m) => m.createOfflineSynth());

/**
 * Read-aloud that always has a voice. Screen text is read sentence by sentence
 * (`splitSentences`); each sentence is spoken by the first layer that can:
 *   1. a recorded clip of that sentence (public/audio/<lang>/manifest.json, see clips.ts);
 *   2. a LOCAL speech-synthesis voice of the device for the language (network voices are
 *      ignored: the kiosk is offline and the text must not leave it);
 *   3. the offline synthesizer shipped with the app (eSpeak NG, loaded only now).
 * Phone numbers are said digit by digit (`speakableText`) by layers 2 and 3. While a sentence
 * plays, the next one is prepared (clip fetched or audio synthesized). stop() silences every
 * layer at once and makes any synthesis still running be ignored.
 */
export function createLayeredReadAloud(options: ReadAloudOptions = {}): ReadAloud {
  const synth = 'synth' in options ? (options.synth ?? undefined) : globalThis.speechSynthesis;
  const audio = 'audio' in options ? (options.audio ?? undefined) : createWebAudioOut();
  const clips = 'clips' in options ? (options.clips ?? undefined) : createClipSource({ base: import.meta.env.BASE_URL });
  const loadOffline =
    'offline' in options ? (options.offline ?? undefined) : typeof WebAssembly === 'object' ? loadOfflineSynth : undefined;
  const deviceRate = options.deviceRate ?? 0.9; // a little slower: many listeners are not native speakers
  let voiceWaitMs = options.voiceWaitMs ?? 700;
  /** Languages whose device voice failed to speak: the offline layer takes over for them. */
  const deviceFailed = new Set<string>();

  let generation = 0;
  let speaking = false;
  let layer: VoiceLayer | undefined;
  let offline: Promise<OfflineSynth | undefined> | undefined;
  let offlineReady: OfflineSynth | undefined;
  /** Ends the waits of the current reading at once (a synthesis or an utterance may never answer). */
  let abortCurrent: (() => void) | undefined;

  const offlineSynth = () =>
    (offline ??= (loadOffline ? loadOffline() : Promise.resolve(undefined)).then(
      (s) => (offlineReady = s),
      () => {
        offline = undefined; // a failed load may succeed later (e.g. once precached)
        return undefined;
      },
    ));

  const planVoice = async (lang: string, live: () => boolean): Promise<VoicePlan> => {
    if (synth) {
      const voices = await voicesOf(synth, voiceWaitMs);
      voiceWaitMs = 0; // waited once: from now on take what the device has
      const voice = deviceFailed.has(lang) ? undefined : voiceFor(voices, lang);
      if (voice) return { layer: 'device', voice };
    }
    // Stopped while waiting for the device's voices (e.g. the session was wiped and a new version
    // took over): load nothing more for a reading nobody will hear.
    if (!live()) return { layer: 'none', outcome: 'stopped' };
    if (loadOffline && audio) {
      const s = await offlineSynth();
      if (s?.supports(lang)) return { layer: 'offline', synth: s };
    }
    return { layer: 'none', outcome: !synth && !(loadOffline && audio) ? 'unsupported' : 'no-voice' };
  };

  return {
    get speaking() {
      return speaking;
    },
    get layer() {
      return layer;
    },
    async read(text, lang, readOptions = {}) {
      this.stop();
      const mine = ++generation;
      const live = () => mine === generation;
      const aborted = new Promise<'stopped'>((resolve) => (abortCurrent = () => resolve('stopped')));
      /** Waits for `work`, or not at all once the reading is stopped. */
      const unlessStopped = <T>(work: Promise<T>) => Promise.race([work, aborted]);
      audio?.unlock(); // inside the tap: lets audio start later without another gesture
      layer = undefined;
      const sentences = splitSentences(text);
      if (sentences.length === 0) return 'done';
      speaking = true;

      let plan: Promise<VoicePlan> | undefined;
      const prepare = async (sentence: string): Promise<Piece> => {
        const clip = audio && clips ? await clips.find(sentence, lang).catch(() => undefined) : undefined;
        if (clip) return { layer: 'clip', audio: clip };
        const voice = await (plan ??= planVoice(lang, live));
        if (voice.layer === 'none') return voice;
        const spoken = speakableText(sentence, lang);
        if (voice.layer === 'device') return { layer: 'device', voice: voice.voice, text: spoken };
        try {
          return { layer: 'offline', audio: await voice.synth.synthesize(spoken, lang) };
        } catch {
          return { layer: 'none', outcome: 'no-voice' };
        }
      };
      const pieces = new Map<number, Promise<Piece>>();
      const pieceAt = (i: number) => {
        let piece = pieces.get(i);
        if (!piece) pieces.set(i, (piece = prepare(sentences[i]!)));
        return piece;
      };

      try {
        for (let i = 0; i < sentences.length; i++) {
          if (!live()) return 'stopped';
          const piece = await unlessStopped(pieceAt(i));
          if (piece === 'stopped' || !live()) return 'stopped';
          if (piece.layer === 'none') return piece.outcome;
          if (i + 1 < sentences.length) void pieceAt(i + 1); // prepared while this one plays
          layer = piece.layer;
          options.onSentence?.(i, sentences[i]!);
          readOptions.onSentence?.(i, sentences[i]!);
          if (piece.layer === 'device') {
            const spoken = await unlessStopped(speakWith(synth!, piece.voice, piece.text, deviceRate));
            if (spoken === 'failed' && live() && !deviceFailed.has(lang)) {
              // The device's voice is there but cannot speak: this sentence and the rest go offline.
              deviceFailed.add(lang);
              plan = undefined;
              pieces.clear();
              i--;
            }
          } else await unlessStopped(audio!.play(piece.audio));
        }
        return live() ? 'done' : 'stopped';
      } finally {
        if (live()) speaking = false;
      }
    },
    stop() {
      generation++;
      speaking = false;
      abortCurrent?.();
      abortCurrent = undefined;
      audio?.stop();
      synth?.cancel();
      offlineReady?.cancel();
    },
  };
}
