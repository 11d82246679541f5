/**
 * The offline synthesizer shipped with the app (eSpeak NG in WebAssembly, see
 * espeak-engine.ts). This module is loaded with a dynamic import by the reader only when a
 * sentence has no clip and the device has no local voice for the language; it starts a worker
 * that loads the ~18 MB engine (precached by the service worker) on its first request.
 */
import { ESPEAK_VOICES } from './espeak-voices';
import { DEFAULT_SPEED } from './voices';
import { baseLanguage } from './clips';

/** Turns sentences into WAV audio in a language. */
export interface OfflineSynth {
  /** Whether the engine has a voice for the language. */
  supports(lang: string): boolean;
  /** A WAV file of the sentence spoken; rejects when it cannot be made. */
  synthesize(text: string, lang: string): Promise<ArrayBuffer>;
  /** Drops every request not yet answered (their promises reject with "cancelled"). */
  cancel(): void;
}

type Reply = { id: number; wav: ArrayBuffer } | { id: number; error: string };

/** eSpeak NG in a Web Worker (or on the main thread where workers are missing). */
export function createOfflineSynth(options: { speed?: number } = {}): OfflineSynth {
  const speed = options.speed ?? DEFAULT_SPEED;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (wav: ArrayBuffer) => void; reject: (error: Error) => void }>();

  const failAll = (reason: string) => {
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(new Error(reason));
    }
  };

  const workerOf = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./espeak.worker.ts', import.meta.url), { type: 'module', name: 'espeak-ng' });
    w.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if ('wav' in reply) p.resolve(reply.wav);
      else p.reject(new Error(reply.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      failAll(`The speech engine stopped: ${event.message || 'worker error'}`);
      w.terminate();
      if (worker === w) worker = undefined;
    };
    worker = w;
    return w;
  };

  // Without workers: the same engine on the main thread (the screen pauses while it works).
  let inline: Promise<(text: string, voice: string) => Promise<ArrayBuffer>> | undefined;
  const inlineEngine = () =>
    (inline ??= Promise.all([import('./espeak-engine'), import('espeak-ng/dist/espeak-ng.wasm?url')]).then(async ([engine, url]) => {
      const compiled = await engine.compileEngine(url.default);
      return async (text: string, voice: string) => {
        const wav = await engine.synthesizeWav(compiled, { text, voice, speed });
        return wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength) as ArrayBuffer;
      };
    }));

  const voiceOf = (lang: string) => ESPEAK_VOICES[baseLanguage(lang)];

  return {
    supports: (lang) => voiceOf(lang) !== undefined,
    synthesize(text, lang) {
      const voice = voiceOf(lang);
      if (!voice) return Promise.reject(new Error(`No offline voice for "${lang}"`));
      if (typeof Worker === 'undefined') return inlineEngine().then((speak) => speak(text, voice));
      const id = nextId++;
      return new Promise<ArrayBuffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workerOf().postMessage({ id, text, voice, speed });
      });
    },
    cancel() {
      if (pending.size === 0) return;
      worker?.postMessage({ id: 0, cancel: true });
      failAll('cancelled');
    },
  };
}
