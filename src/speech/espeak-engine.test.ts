// @vitest-environment node
// The real offline engine (eSpeak NG compiled to WebAssembly), run in Node as in the worker.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileEngine, synthesizeWav } from './espeak-engine';
import { ESPEAK_VOICES } from './espeak-voices';
import { parseWav } from './wav';

let engine: WebAssembly.Module;

beforeAll(async () => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm'));
  engine = await compileEngine(wasm);
}, 30_000);

/** Seconds of audio and loudest sample of a WAV. */
function measure(wav: Uint8Array) {
  const pcm = parseWav(wav)!;
  const samples = pcm.channels[0]!;
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  return { seconds: samples.length / pcm.sampleRate, sampleRate: pcm.sampleRate, peak };
}

const SAMPLE: Record<string, string> = {
  fr: 'Votre dossier santé vous appartient.',
  nl: 'Uw gezondheidsdossier is van u.',
  en: 'Your health record belongs to you.',
  ar: 'ملفك الصحي ملك لك.',
  tr: 'Sağlık dosyanız size aittir.',
  es: 'Su historial de salud le pertenece.',
  pt: 'O seu processo de saúde pertence-lhe.',
  ro: 'Dosarul dumneavoastră medical vă aparține.',
  pl: 'Twoja dokumentacja medyczna należy do ciebie.',
};

describe('eSpeak NG (offline voice)', () => {
  // Every voice named in locales/languages.json: a wrong id there fails here, not on a kiosk.
  it.each(Object.keys(ESPEAK_VOICES))('speaks %s', async (lang) => {
    // A language added without a sample sentence here is tried on digits, which every voice reads.
    const wav = await synthesizeWav(engine, { text: SAMPLE[lang] ?? '1 2 3 4 5 6 7 8 9 10', voice: ESPEAK_VOICES[lang]! });
    const { seconds, sampleRate, peak } = measure(wav);
    expect(sampleRate).toBe(22050);
    expect(seconds).toBeGreaterThan(0.8);
    expect(seconds).toBeLessThan(8);
    expect(peak).toBeGreaterThan(0.1);
  });

  it('reads text that starts like an option, and slower when asked', async () => {
    const normal = measure(await synthesizeWav(engine, { text: '-v en --help 0 2', voice: 'fr-be', speed: 175 }));
    const slow = measure(await synthesizeWav(engine, { text: '-v en --help 0 2', voice: 'fr-be', speed: 120 }));
    expect(normal.seconds).toBeGreaterThan(0.5);
    expect(slow.seconds).toBeGreaterThan(normal.seconds * 1.2);
  });

  it('fails clearly for a voice it does not have', async () => {
    await expect(synthesizeWav(engine, { text: 'Bonjour.', voice: 'xx-nothing' })).rejects.toThrow(/xx-nothing/);
  });
});
