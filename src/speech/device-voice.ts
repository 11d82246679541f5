/** The device's own speech synthesis (Web Speech API), local voices only. */

/** Voices load asynchronously in Chromium; wait for them at most `waitMs`. */
export function voicesOf(synth: SpeechSynthesis, waitMs: number): Promise<SpeechSynthesisVoice[]> {
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

/**
 * The voice for a language, among the device's LOCAL voices only: a voice with
 * `localService === false` is a network service (e.g. Chrome's "Google" voices), which the
 * offline kiosk must never depend on — and would send the screen's text elsewhere.
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0];
  const local = voices.filter((v) => v.localService !== false && v.lang.toLowerCase().split(/[-_]/)[0] === base);
  // Prefer the Belgian variant where there is one (fr-BE, nl-BE), then the default voice.
  return local.find((v) => v.lang.toLowerCase().replace('_', '-') === `${base}-be`) ?? local.find((v) => v.default) ?? local[0];
}

/**
 * Speaks one utterance. Resolves 'ended' when it ends, is cancelled, or after a generous
 * time-out; 'failed' when the engine reports it could not speak (e.g. "synthesis-failed",
 * "audio-hardware"), so the reader can turn to another layer.
 */
export function speakWith(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, text: string, rate: number): Promise<'ended' | 'failed'> {
  return new Promise((resolve) => {
    const u = new SpeechSynthesisUtterance(text);
    // Some engines never send "end" (a known Chromium flaw with long utterances): do not hang.
    const guard = setTimeout(() => finish('ended'), 4000 + text.length * 200);
    function finish(how: 'ended' | 'failed') {
      clearTimeout(guard);
      resolve(how);
    }
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = rate;
    u.onend = () => finish('ended');
    u.onerror = (event) => {
      const code = (event as Partial<SpeechSynthesisErrorEvent>).error;
      finish(code === 'canceled' || code === 'interrupted' ? 'ended' : 'failed');
    };
    synth.speak(u);
  });
}
