import { parseWav } from './wav';

/** How playing one piece of audio ended. */
export type PlayEnd = 'ended' | 'stopped';

/** Plays encoded audio (WAV, or whatever the browser decodes: Opus, MP3…), one piece at a time. */
export interface AudioOut {
  /** Makes sure audio may start (call it synchronously inside the tap that asked to read). */
  unlock(): void;
  play(audio: ArrayBuffer | Uint8Array): Promise<PlayEnd>;
  /** Stops what plays now at once; its play() resolves 'stopped'. */
  stop(): void;
}

type AudioContextClass = new () => AudioContext;

/**
 * Web Audio output. The AudioContext is made on the first unlock()/play() and kept. WAV PCM is
 * turned into an AudioBuffer directly; other formats go through decodeAudioData. A play never
 * hangs: if the context cannot run (no audio device, autoplay refused), it ends after the
 * audio's duration plus a margin.
 */
export function createWebAudioOut(Context: AudioContextClass | undefined = globalThis.AudioContext): AudioOut | undefined {
  if (!Context) return undefined;
  let context: AudioContext | undefined;
  let current: { source?: AudioBufferSourceNode; end: (how: PlayEnd) => void } | undefined;

  const ctx = () => {
    context ??= new Context();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    return context;
  };

  const bufferOf = async (audio: ArrayBuffer | Uint8Array): Promise<AudioBuffer> => {
    const c = ctx();
    const pcm = parseWav(audio);
    if (pcm) {
      const frames = pcm.channels[0]?.length ?? 0;
      const buffer = c.createBuffer(pcm.channels.length, Math.max(1, frames), pcm.sampleRate);
      pcm.channels.forEach((samples, i) => buffer.copyToChannel(samples, i));
      return buffer;
    }
    const bytes = audio instanceof Uint8Array ? audio.slice().buffer : audio.slice(0);
    return c.decodeAudioData(bytes);
  };

  return {
    unlock() {
      try {
        ctx();
      } catch {
        // No audio output at all: play() will fail and the reader moves on.
      }
    },
    play(audio) {
      this.stop();
      return new Promise<PlayEnd>((resolve) => {
        let settled = false;
        let guard: ReturnType<typeof setTimeout> | undefined;
        const me: NonNullable<typeof current> = {
          end(how) {
            if (settled) return;
            settled = true;
            clearTimeout(guard);
            if (current === me) current = undefined;
            try {
              me.source?.stop();
            } catch {
              // Never started, or already ended.
            }
            me.source?.disconnect();
            resolve(how);
          },
        };
        current = me;
        bufferOf(audio).then(
          (buffer) => {
            if (settled) return;
            const c = ctx();
            const source = c.createBufferSource();
            source.buffer = buffer;
            source.connect(c.destination);
            source.onended = () => me.end('ended');
            me.source = source;
            source.start();
            guard = setTimeout(() => me.end('ended'), buffer.duration * 1000 + 1500);
          },
          () => me.end('ended'), // undecodable: nothing to hear, go on
        );
      });
    },
    stop() {
      current?.end('stopped');
    },
  };
}
