import { describe, expect, it, vi } from 'vitest';
import { createSpeechSynthesisReader } from './read-aloud';
import { splitSentences } from './sentences';

/** A fake speech engine that "speaks" each utterance at once and records it. */
function fakeSynth(voices: Partial<SpeechSynthesisVoice>[]) {
  const spoken: string[] = [];
  const synth = {
    getVoices: () => voices as SpeechSynthesisVoice[],
    speak: vi.fn((u: SpeechSynthesisUtterance) => {
      spoken.push(u.text);
      queueMicrotask(() => u.onend?.(new Event('end') as SpeechSynthesisEvent));
    }),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return { synth: synth as unknown as SpeechSynthesis, spoken };
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

describe('read aloud with the device voice', () => {
  it('reads sentence by sentence with a voice of the language', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'en-GB', localService: true }, { lang: 'fr-BE', localService: true }]);
    const outcome = await createSpeechSynthesisReader(synth).read('Votre dossier. Qui peut le voir ?\nSeulement vos soignants.', 'fr');
    expect(outcome).toBe('done');
    expect(spoken).toEqual(['Votre dossier.', 'Qui peut le voir ?', 'Seulement vos soignants.']);
  });

  it('says there is no voice instead of staying silent', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'en-US', localService: true }]);
    expect(await createSpeechSynthesisReader(synth).read('Bonjour.', 'nl')).toBe('no-voice');
    expect(spoken).toEqual([]);
  });

  it('says reading is unsupported where the browser has no speech synthesis', async () => {
    expect(await createSpeechSynthesisReader(undefined).read('Bonjour.', 'fr')).toBe('unsupported');
  });

  it('stops at once and cancels the engine', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'fr-FR', localService: true }]);
    const reader = createSpeechSynthesisReader(synth);
    const reading = reader.read('Un. Deux. Trois.', 'fr');
    reader.stop();
    expect(await reading).toBe('stopped');
    expect(synth.cancel).toHaveBeenCalled();
    expect(spoken.length).toBeLessThan(3);
  });
});

describe('sentences', () => {
  it('splits on sentence ends and lines, never leaving empty pieces', () => {
    expect(splitSentences('Étape 1 sur 7\nVotre dossier.  Il est à vous !   ')).toEqual(['Étape 1 sur 7', 'Votre dossier.', 'Il est à vous !']);
  });
});
