/**
 * eSpeak NG (npm `espeak-ng` 1.0.2, GPL-3.0-or-later): the command-line program compiled to
 * WebAssembly with every language's data inside its one .wasm file. Each sentence runs the
 * program once in a fresh instance of the compiled module — `espeak-ng -v VOICE -w out.wav` —
 * and returns the WAV it wrote to its in-memory file system. Compiling the .wasm is the slow
 * part and happens once; an instance takes a few hundred ms.
 *
 * This module is only ever loaded by the offline-synth worker (or, where a page has no
 * workers, by offline-synth.ts): never on the first-screen path.
 */
import ESpeakNg from 'espeak-ng';
import { DEFAULT_SPEED } from './voices';

/** What to say and how. */
export interface SynthRequest {
  text: string;
  /** An eSpeak NG voice name, e.g. "fr-be". */
  voice: string;
  /** Words per minute (eSpeak's default is 175). */
  speed?: number;
}

/** Compiles the engine's .wasm once (streaming when the server says application/wasm). */
export async function compileEngine(source: string | ArrayBuffer | Uint8Array, fetchFn: typeof fetch = fetch): Promise<WebAssembly.Module> {
  if (typeof source !== 'string') return WebAssembly.compile(source instanceof Uint8Array ? source.slice() : source);
  const response = await fetchFn(source);
  if (!response.ok) throw new Error(`Cannot load the speech engine (${response.status} ${source})`);
  if (typeof WebAssembly.compileStreaming === 'function' && response.headers.get('content-type')?.startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Runs eSpeak NG once on `text`; resolves to a 16-bit mono WAV file (22,050 Hz). */
export async function synthesizeWav(engine: WebAssembly.Module, request: SynthRequest): Promise<Uint8Array> {
  const errors: string[] = [];
  // -b 1: the text is UTF-8; -f: read it from a file, so no text is ever taken for an option.
  const args = [
    '-b',
    '1',
    '-v',
    request.voice,
    '-s',
    String(Math.round(request.speed ?? DEFAULT_SPEED)),
    '-w',
    '/out.wav',
    '-f',
    '/in.txt',
  ];
  const espeak = await ESpeakNg({
    arguments: args,
    preRun: [(m) => m.FS.writeFile('/in.txt', request.text)],
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(engine, imports).then(
        (instance) => receive(instance, engine),
        (error: unknown) => errors.push(String(error)),
      );
      return {};
    },
    // The .wasm is given above; this only keeps the loader from computing a URL of its own.
    locateFile: (path) => path,
    print: () => undefined,
    printErr: (line) => {
      if (!/stdio streams had content|program exited|keepRuntimeAlive/.test(line)) errors.push(line);
    },
  });
  let wav: Uint8Array;
  try {
    wav = espeak.FS.readFile('/out.wav');
  } catch {
    throw new Error(`eSpeak NG wrote no audio for voice "${request.voice}"${errors.length ? `: ${errors.join(' ')}` : ''}`);
  }
  if (wav.byteLength <= 44)
    throw new Error(`eSpeak NG produced silence for voice "${request.voice}"${errors.length ? `: ${errors.join(' ')}` : ''}`);
  return wav;
}
