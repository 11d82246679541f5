/// <reference lib="webworker" />
/**
 * The offline synthesizer's worker: compiles eSpeak NG once, then turns each request into a
 * WAV file off the main thread, so the screen stays responsive while a sentence is made.
 *
 * in:  { id, text, voice, speed }        out: { id, wav: ArrayBuffer } | { id, error }
 *      { id, cancel: true } drops the requests still waiting (not the one being made).
 */
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url';
import { compileEngine, synthesizeWav, type SynthRequest } from './espeak-engine';

declare const self: DedicatedWorkerGlobalScope;

type Job = SynthRequest & { id: number };
let engine: Promise<WebAssembly.Module> | undefined;
const queue: Job[] = [];
let busy = false;

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        engine ??= compileEngine(wasmUrl);
        const wav = await synthesizeWav(await engine, job);
        const buffer = wav.buffer.slice(wav.byteOffset, wav.byteOffset + wav.byteLength) as ArrayBuffer;
        self.postMessage({ id: job.id, wav: buffer }, [buffer]);
      } catch (error) {
        if (String(error).includes('Cannot load')) engine = undefined; // try again next time
        self.postMessage({ id: job.id, error: String(error instanceof Error ? error.message : error) });
      }
    }
  } finally {
    busy = false;
  }
}

self.onmessage = (event: MessageEvent<Job | { id: number; cancel: true }>) => {
  const message = event.data;
  if ('cancel' in message) {
    for (const job of queue.splice(0)) self.postMessage({ id: job.id, error: 'cancelled' });
    return;
  }
  queue.push(message);
  void drain();
};
