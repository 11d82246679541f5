import { describe, expect, it, vi, type Mock } from 'vitest';
import { createWebAudioOut, type AudioOut, type PlayEnd } from './audio-out';
import { clipKey, createClipSource, type ClipSource } from './clips';
import type { OfflineSynth } from './offline-synth';
import { createReadAloud, type ReadAloudOptions, type VoiceLayer } from './read-aloud';
import { splitSentences } from './sentences';
import { parseWav } from './wav';
import { encodeWav } from './wav.fixture';

/** A fake speech engine that "speaks" each utterance at once and records it. */
function fakeSynth(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: string[] = [];
  const synth = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: vi.fn((u: SpeechSynthesisUtterance) => {
      spoken.push(u.text);
      queueMicrotask(() => {
        u.onend?.(new Event('end') as SpeechSynthesisEvent);
      });
    }),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return { synth: synth as unknown as SpeechSynthesis & { cancel: ReturnType<typeof vi.fn> }, spoken };
}

class FakeUtterance {
  text: string;
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}
vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);

/** An audio output that records what it plays; `hold` keeps each play going until released. */
function fakeAudio(options: { hold?: boolean } = {}) {
  const played: Uint8Array[] = [];
  let release: ((how: PlayEnd) => void) | undefined;
  const audio: AudioOut & { stop: Mock<() => void>; unlock: Mock<() => void> } = {
    unlock: vi.fn<() => void>(),
    play: vi.fn((bytes: ArrayBuffer | Uint8Array) => {
      played.push(new Uint8Array(bytes instanceof Uint8Array ? bytes : bytes.slice(0)));
      if (!options.hold) return Promise.resolve<PlayEnd>('ended');
      return new Promise<PlayEnd>((resolve) => (release = resolve));
    }),
    stop: vi.fn<() => void>(() => release?.('stopped')),
  };
  return { audio, played, end: () => release?.('ended') };
}

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;
const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Clips for some sentences (their audio is the bytes of "clip:<sentence>"). */
function fakeClips(sentences: string[]): ClipSource & { find: ReturnType<typeof vi.fn> } {
  return { find: vi.fn((sentence: string) => Promise.resolve(sentences.includes(sentence) ? bytesOf(`clip:${sentence}`) : undefined)) };
}

/** An offline synthesizer whose audio is the bytes of "synth:<text>". */
function fakeOffline(options: { langs?: string[]; deferred?: boolean } = {}) {
  const requests: string[] = [];
  const waiting: (() => void)[] = [];
  const synth: OfflineSynth & { cancel: Mock<() => void> } = {
    supports: (lang) => (options.langs ?? ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl']).includes(lang),
    synthesize: vi.fn((text: string) => {
      requests.push(text);
      const audio = bytesOf(`synth:${text}`);
      if (!options.deferred) return Promise.resolve(audio);
      return new Promise<ArrayBuffer>((resolve) => waiting.push(() => resolve(audio)));
    }),
    cancel: vi.fn<() => void>(),
  };
  const load = vi.fn(() => Promise.resolve(synth));
  return { synth, load, requests, finishAll: () => waiting.splice(0).forEach((f) => f()) };
}

/** A reader whose every part is a fake; `layers` records which layer spoke each sentence. */
function reader(options: ReadAloudOptions) {
  const layers: (VoiceLayer | undefined)[] = [];
  const sentences: [number, string][] = [];
  const r = createReadAloud({
    voiceWaitMs: 0,
    ...options,
    onSentence: (i, s) => {
      sentences.push([i, s]);
      layers.push(r.layer);
    },
  });
  return { r, layers, sentences };
}

/** Read-aloud through the device's speech synthesis only (no clips, no offline synthesizer). */
const deviceVoiceOnly = (synth: SpeechSynthesis | undefined) =>
  createReadAloud({ synth: synth ?? null, audio: null, clips: null, offline: null });

describe('read aloud with the device voice', () => {
  it('reads sentence by sentence with a voice of the language', async () => {
    const { synth, spoken } = fakeSynth([
      { lang: 'en-GB', localService: true },
      { lang: 'fr-BE', localService: true },
    ]);
    const outcome = await deviceVoiceOnly(synth).read('Votre dossier. Qui peut le voir ?\nSeulement vos soignants.', 'fr');
    expect(outcome).toBe('done');
    expect(spoken).toEqual(['Votre dossier.', 'Qui peut le voir ?', 'Seulement vos soignants.']);
  });

  it('says there is no voice instead of staying silent', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'en-US', localService: true }]);
    expect(await deviceVoiceOnly(synth).read('Bonjour.', 'nl')).toBe('no-voice');
    expect(spoken).toEqual([]);
  });

  it('says reading is unsupported where the browser has no speech synthesis', async () => {
    expect(await deviceVoiceOnly(undefined).read('Bonjour.', 'fr')).toBe('unsupported');
  });

  it('stops at once and cancels the engine', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'fr-FR', localService: true }]);
    const reader = deviceVoiceOnly(synth);
    const reading = reader.read('Un. Deux. Trois.', 'fr');
    reader.stop();
    expect(await reading).toBe('stopped');
    expect(synth.cancel).toHaveBeenCalled();
    expect(spoken.length).toBeLessThan(3);
  });

  it('never uses a network voice: the kiosk is offline and the text must stay on it', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'fr-FR', localService: false, name: 'Google français' }]);
    expect(await deviceVoiceOnly(synth).read('Bonjour.', 'fr')).toBe('no-voice');
    expect(spoken).toEqual([]);
  });

  it('prefers a Belgian local voice when the device has several', async () => {
    const { synth } = fakeSynth([
      { lang: 'fr-FR', localService: true, name: 'France' },
      { lang: 'fr-BE', localService: true, name: 'Belgique' },
    ]);
    await deviceVoiceOnly(synth).read('Bonjour.', 'fr');
    expect((synth.speak as Mock<(u: SpeechSynthesisUtterance) => void>).mock.calls[0]![0].voice?.name).toBe('Belgique');
  });
});

describe('the layers: clip, then local voice, then the offline synthesizer', () => {
  const text = 'Votre dossier. Appelez le 02 279 22 11.';

  it('plays the recorded clip of a sentence, and speaks the others with the local voice', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'fr-BE', localService: true }]);
    const { audio, played } = fakeAudio();
    const offline = fakeOffline();
    const { r, layers, sentences } = reader({ synth, audio, clips: fakeClips(['Votre dossier.']), offline: offline.load });
    expect(await r.read(text, 'fr')).toBe('done');
    expect(played.map(textOf)).toEqual(['clip:Votre dossier.']);
    expect(spoken).toEqual(['Appelez le 0 2, 2 7 9, 2 2, 1 1.']); // digit by digit
    expect(layers).toEqual(['clip', 'device']);
    expect(sentences).toEqual([
      [0, 'Votre dossier.'],
      [1, 'Appelez le 02 279 22 11.'], // the sentence as on screen, for highlighting
    ]);
    expect(offline.load, 'the offline engine is not even loaded when a local voice exists').not.toHaveBeenCalled();
    expect(audio.unlock).toHaveBeenCalled();
  });

  it('uses the offline synthesizer when the device has no local voice for the language', async () => {
    const { synth, spoken } = fakeSynth([
      { lang: 'en-US', localService: true },
      { lang: 'fr-FR', localService: false },
    ]);
    const { audio, played } = fakeAudio();
    const offline = fakeOffline();
    const { r, layers } = reader({ synth, audio, clips: fakeClips([]), offline: offline.load });
    expect(await r.read(text, 'fr')).toBe('done');
    expect(spoken).toEqual([]);
    expect(played.map(textOf)).toEqual(['synth:Votre dossier.', 'synth:Appelez le 0 2, 2 7 9, 2 2, 1 1.']);
    expect(layers).toEqual(['offline', 'offline']);
    expect(r.layer).toBe('offline');
  });

  it('uses the offline synthesizer where the browser has no speech synthesis at all', async () => {
    const { audio, played } = fakeAudio();
    const offline = fakeOffline();
    const { r } = reader({ synth: null, audio, clips: fakeClips(['Votre dossier.']), offline: offline.load });
    expect(await r.read(text, 'fr')).toBe('done');
    expect(played.map(textOf)).toEqual(['clip:Votre dossier.', 'synth:Appelez le 0 2, 2 7 9, 2 2, 1 1.']);
    expect(offline.load).toHaveBeenCalledTimes(1);
    await r.read('Encore.', 'fr');
    expect(offline.load, 'loaded once').toHaveBeenCalledTimes(1);
  });

  it('prepares the next sentence while one plays', async () => {
    const { audio, played, end } = fakeAudio({ hold: true });
    const offline = fakeOffline();
    const { r } = reader({ synth: null, audio, clips: null, offline: offline.load });
    const reading = r.read('Un. Deux. Trois.', 'fr');
    await vi.waitFor(() => expect(played).toHaveLength(1));
    expect(offline.requests).toEqual(['Un.', 'Deux.']);
    end();
    await vi.waitFor(() => expect(played).toHaveLength(2));
    end();
    await vi.waitFor(() => expect(played).toHaveLength(3));
    end();
    expect(await reading).toBe('done');
  });

  it('turns to the offline synthesizer when the device voice fails to speak', async () => {
    const { synth } = fakeSynth([{ lang: 'fr-BE', localService: true }]);
    (synth.speak as Mock).mockImplementation((u: SpeechSynthesisUtterance) =>
      queueMicrotask(() => {
        u.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent);
      }),
    );
    const { audio, played } = fakeAudio();
    const offline = fakeOffline();
    const { r, layers } = reader({ synth, audio, clips: null, offline: offline.load });
    expect(await r.read('Un. Deux.', 'fr')).toBe('done');
    expect(played.map(textOf)).toEqual(['synth:Un.', 'synth:Deux.']);
    expect(layers).toEqual(['device', 'offline', 'offline']); // the first sentence is said again, offline
    expect(synth.speak).toHaveBeenCalledTimes(1);
    await r.read('Trois.', 'fr');
    expect(synth.speak, 'the failed voice is not tried again').toHaveBeenCalledTimes(1);
  });

  it('says there is no voice when no layer has the language', async () => {
    const { synth } = fakeSynth([{ lang: 'en-GB', localService: true }]);
    const { audio } = fakeAudio();
    const { r } = reader({ synth, audio, clips: fakeClips([]), offline: fakeOffline({ langs: ['fr'] }).load });
    expect(await r.read('Merhaba.', 'tr')).toBe('no-voice');
  });

  it('says there is no voice when the offline engine cannot be loaded or fails', async () => {
    const { audio } = fakeAudio();
    const failing = reader({ synth: null, audio, clips: null, offline: () => Promise.reject(new Error('offline, not cached')) });
    expect(await failing.r.read('Bonjour.', 'fr')).toBe('no-voice');
    const broken = fakeOffline();
    broken.synth.synthesize = () => Promise.reject(new Error('engine error'));
    expect(await reader({ synth: null, audio, clips: null, offline: broken.load }).r.read('Bonjour.', 'fr')).toBe('no-voice');
  });

  it('says reading is unsupported when there is neither speech synthesis nor audio output', async () => {
    const { r } = reader({ synth: null, audio: null, clips: fakeClips([]), offline: fakeOffline().load });
    expect(await r.read('Bonjour.', 'fr')).toBe('unsupported');
  });

  it('reads nothing, and is done, for a screen without text', async () => {
    const { audio, played } = fakeAudio();
    const { r, sentences } = reader({ synth: null, audio, clips: null, offline: fakeOffline().load });
    expect(await r.read('  \n ', 'fr')).toBe('done');
    expect(played).toEqual([]);
    expect(sentences).toEqual([]);
  });

  it('calls the per-reading sentence listener with every sentence, in order', async () => {
    const { audio } = fakeAudio();
    const { r } = reader({ synth: null, audio, clips: null, offline: fakeOffline().load });
    const heard: [number, string][] = [];
    const screen = 'Étape 1 sur 7\nVotre dossier. Qui peut le voir ?';
    await r.read(screen, 'fr', { onSentence: (i, s) => heard.push([i, s]) });
    expect(heard).toEqual(splitSentences(screen).map((s, i) => [i, s]));
  });
});

describe('stop', () => {
  it('stops every layer at once: audio, device speech, and synthesis still running', async () => {
    const { synth } = fakeSynth([]);
    const { audio, played } = fakeAudio({ hold: true });
    const offline = fakeOffline({ deferred: true });
    const { r } = reader({ synth, audio, clips: null, offline: offline.load });
    const reading = r.read('Un. Deux.', 'fr');
    await vi.waitFor(() => expect(offline.requests).toEqual(['Un.']));
    expect(r.speaking).toBe(true);
    r.stop();
    expect(await reading).toBe('stopped');
    expect(r.speaking).toBe(false);
    expect(synth.cancel).toHaveBeenCalled();
    expect(audio.stop).toHaveBeenCalled();
    expect(offline.synth.cancel).toHaveBeenCalled();
    // The synthesis that was running finishes later: it is ignored, nothing is played.
    offline.finishAll();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(played).toEqual([]);
  });

  it('cuts the sentence being played and plays no other', async () => {
    const { audio, played } = fakeAudio({ hold: true });
    const { r } = reader({ synth: null, audio, clips: fakeClips(['Un.', 'Deux.']), offline: fakeOffline().load });
    const reading = r.read('Un. Deux.', 'fr');
    await vi.waitFor(() => expect(played).toHaveLength(1));
    r.stop();
    expect(await reading).toBe('stopped');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(played.map(textOf)).toEqual(['clip:Un.']);
  });

  it('a new reading stops the previous one', async () => {
    const { audio, played } = fakeAudio({ hold: true });
    const { r } = reader({ synth: null, audio, clips: null, offline: fakeOffline().load });
    const first = r.read('Premier.', 'fr');
    await vi.waitFor(() => expect(played).toHaveLength(1));
    const second = r.read('Second.', 'fr');
    expect(await first).toBe('stopped');
    await vi.waitFor(() => expect(played).toHaveLength(2));
    r.stop();
    expect(await second).toBe('stopped');
    expect(played.map(textOf)).toEqual(['synth:Premier.', 'synth:Second.']);
  });
});

/** A minimal Web Audio: buffers hold their samples; a started source ends on the next tick. */
class FakeAudioContext {
  static started: { sampleRate: number; samples: Float32Array }[] = [];
  state = 'running';
  destination = {};
  resume = vi.fn(() => Promise.resolve());
  createBuffer(channels: number, length: number, sampleRate: number) {
    const data = Array.from({ length: channels }, () => new Float32Array(length));
    return {
      sampleRate,
      length,
      duration: length / sampleRate,
      numberOfChannels: channels,
      copyToChannel: (samples: Float32Array, c: number) => data[c]!.set(samples),
      getChannelData: (c: number) => data[c]!,
    };
  }
  decodeAudioData = vi.fn(() => Promise.reject(new Error('not a format this fake decodes')));
  createBufferSource() {
    const source = {
      buffer: null as null | ReturnType<FakeAudioContext['createBuffer']>,
      onended: null as null | (() => void),
      connect: vi.fn(),
      disconnect: vi.fn(),
      start: vi.fn(() => {
        FakeAudioContext.started.push({ sampleRate: source.buffer!.sampleRate, samples: source.buffer!.getChannelData(0) });
        setTimeout(() => source.onended?.(), 0);
      }),
      stop: vi.fn(),
    };
    return source;
  }
}

describe('a recorded clip, end to end: manifest, hash, fetch, WAV, Web Audio', () => {
  it('finds the clip of a sentence by the hash of its normalised text and plays its samples', async () => {
    const samples = Float32Array.from({ length: 800 }, (_, i) => Math.sin(i / 5) * 0.5);
    const wav = encodeWav(samples, 8000);
    // Recorded for the sentence written with other spaces and decomposed accents: same key.
    const key = await clipKey(' Votre \n dossier  ' + 'santé.'.normalize('NFD'));
    const served: Record<string, Response> = {
      '/audio/fr/manifest.json': Response.json({ version: 1, clips: { [key]: { file: 'dossier.wav', text: 'Votre dossier santé.' } } }),
      '/audio/fr/dossier.wav': new Response(wav.slice().buffer),
    };
    const fetch = vi.fn((url: string) => Promise.resolve(served[url] ?? new Response('<!doctype html>', { status: 200 })));
    const clips = createClipSource({ base: '/', fetch: fetch as unknown as typeof globalThis.fetch })!;
    FakeAudioContext.started = [];
    const audio = createWebAudioOut(FakeAudioContext as unknown as new () => AudioContext)!;
    const offline = fakeOffline();
    const { r, layers } = reader({ synth: null, audio, clips, offline: offline.load });

    expect(await r.read('Votre dossier santé.', 'fr-BE')).toBe('done');
    expect(layers).toEqual(['clip']);
    expect(FakeAudioContext.started).toHaveLength(1);
    const played = FakeAudioContext.started[0]!;
    expect(played.sampleRate).toBe(8000);
    expect(played.samples).toHaveLength(800);
    expect(Math.max(...played.samples.map((s, i) => Math.abs(s - samples[i]!)))).toBeLessThan(1 / 16000);
    expect(offline.load).not.toHaveBeenCalled();
    expect(fetch.mock.calls.filter(([url]) => url.endsWith('manifest.json'))).toHaveLength(1);

    // A sentence with no clip, and a language without clips (index.html instead of JSON): synthesized.
    expect(await r.read('Autre chose.', 'fr')).toBe('done');
    expect(await r.read('Iets anders.', 'nl')).toBe('done');
    expect(offline.requests).toEqual(['Autre chose.', 'Iets anders.']);
    expect(
      fetch.mock.calls.filter(([url]) => url === '/audio/fr/manifest.json'),
      'a manifest is fetched once',
    ).toHaveLength(1);
  });

  it('stops a clip as it plays', async () => {
    const wav = encodeWav(new Float32Array(8000).fill(0.25), 8000);
    let ended: (() => void) | undefined;
    class HoldingContext extends FakeAudioContext {
      override createBufferSource() {
        const source = super.createBufferSource();
        source.start = vi.fn(() => void (ended = () => source.onended?.()));
        return source;
      }
    }
    const audio = createWebAudioOut(HoldingContext as unknown as new () => AudioContext)!;
    const playing = audio.play(wav);
    await vi.waitFor(() => expect(ended).toBeDefined());
    audio.stop();
    expect(await playing).toBe('stopped');
  });
});

describe('WAV', () => {
  it('round-trips 16-bit PCM and reads what eSpeak NG writes (a streaming data size)', () => {
    const wav = encodeWav([0, 0.5, -0.5, 1, -1], 22050);
    expect(parseWav(wav)?.sampleRate).toBe(22050);
    expect(Array.from(parseWav(wav)!.channels[0]!).map((s) => Math.round(s * 100) / 100)).toEqual([0, 0.5, -0.5, 1, -1]);
    const streamed = wav.slice();
    new DataView(streamed.buffer).setUint32(40, 0x7fffffff, true);
    expect(parseWav(streamed)?.channels[0]).toHaveLength(5);
    expect(parseWav(new TextEncoder().encode('OggS not a wave file'))).toBeUndefined();
  });
});
