/**
 * "A voice that always works": on a kiosk with no speech synthesis at all (no installed voice)
 * the Écouter control still reads the screen aloud, with the offline synthesizer shipped with
 * the app (eSpeak NG in WebAssembly, in a worker), and Stop silences it at once.
 *
 * The page's audio output is watched by wrapping Web Audio and media playback in an init
 * script: every buffer started (its duration and loudest sample), every stop and end.
 */
import type { Page, Request } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { launchKiosk, openKiosk, shown, stopAndWipe, tap, text, type Kiosk, startSession } from './kiosk';

const TOPIC = 'shared-record';

let kiosk: Kiosk | undefined;
let page: Page;

interface Heard {
  /** One entry per AudioBufferSourceNode started: duration in s, loudest sample. */
  started: { duration: number; peak: number; at: number }[];
  /** How many started sources are still sounding (neither ended nor stopped). */
  sounding: number;
  /** HTMLMediaElement.play() calls (clips could use them). */
  mediaPlays: number;
  /** Whether the page could see a speech synthesis. */
  speechSynthesis: boolean;
}

declare global {
  interface Window {
    __heard: Heard;
  }
}

/** Runs in the page before any of its scripts: no speech synthesis, and a record of all audio. */
function noVoiceAndRecordAudio(): void {
  // The device has no speech synthesis at all (as on a kiosk without any installed voice).
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });

  const heard: Heard = {
    started: [],
    sounding: 0,
    mediaPlays: 0,
    speechSynthesis: 'speechSynthesis' in window && window.speechSynthesis != null,
  };
  window.__heard = heard;
  const live = new WeakSet<AudioBufferSourceNode>();
  const finish = (node: AudioBufferSourceNode) => {
    if (live.delete(node)) heard.sounding--;
  };
  const proto = AudioBufferSourceNode.prototype;
  const start = proto.start;
  const stop = proto.stop;
  proto.start = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['start']>) {
    const buffer = this.buffer;
    let peak = 0;
    if (buffer) {
      for (let c = 0; c < buffer.numberOfChannels; c++) {
        for (const sample of buffer.getChannelData(c)) peak = Math.max(peak, Math.abs(sample));
      }
    }
    heard.started.push({ duration: buffer?.duration ?? 0, peak, at: performance.now() });
    live.add(this);
    heard.sounding++;
    this.addEventListener('ended', () => finish(this));
    return start.apply(this, args);
  };
  proto.stop = function (this: AudioBufferSourceNode, ...args: Parameters<AudioBufferSourceNode['stop']>) {
    finish(this);
    return stop.apply(this, args);
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    heard.mediaPlays++;
    return play.call(this);
  };
}

beforeEach(async () => {
  kiosk = await launchKiosk();
  page = kiosk.page;
  await page.addInitScript(noVoiceAndRecordAudio);
});

afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

const button = (name: string) => page.getByRole('button', { name, exact: true });
const heard = () => page.evaluate(() => window.__heard);

test('with no speech synthesis on the device, Écouter reads a topic step with the offline voice, and Stop silences it', async () => {
  // Requests of the page and its workers for the voice (not the service worker's precaching).
  const requested: string[] = [];
  const onRequest = (request: Request) => {
    if (!request.serviceWorker() && /espeak|offline-synth|layered-reader/.test(request.url())) requested.push(request.url());
  };
  kiosk!.context.on('request', onRequest);
  const voiceRequests = () => requested;
  await openKiosk(page);
  expect((await heard()).speechSynthesis, 'the page must see no speech synthesis').toBe(false);
  // The engine is never part of the first screen.
  expect(voiceRequests()).toEqual([]);

  await startSession(page, 'fr', { topic: TOPIC, open: false });

  const read = button(text('fr', 'controls.read'));
  await tap(read);
  await expect.poll(() => read.getAttribute('aria-pressed')).toBe('true');

  // The first sentence is synthesized (engine compiled on first use) and played as real sound.
  await expect.poll(async () => (await heard()).started.length, { timeout: 30_000 }).toBeGreaterThan(0);
  const first = (await heard()).started[0]!;
  expect(first.duration, 'seconds of speech in the first sentence').toBeGreaterThan(0.3);
  expect(first.peak, 'loudest sample of the first sentence').toBeGreaterThan(0.05);
  expect(await page.locator('.kiosk__message').innerText()).toBe('');

  // Sentence after sentence: the next one follows without another tap.
  await expect.poll(async () => (await heard()).started.length, { timeout: 30_000 }).toBeGreaterThan(1);
  // Loaded when needed: the reader's chunks, the worker, the engine's .wasm (from the worker).
  expect(voiceRequests().some((url) => /layered-reader-[\w-]+\.js$/.test(url))).toBe(true);
  expect(voiceRequests().some((url) => /offline-synth-[\w-]+\.js$/.test(url))).toBe(true);
  expect(voiceRequests().some((url) => /espeak\.worker-[\w-]+\.js$/.test(url))).toBe(true);
  expect(voiceRequests().some((url) => /espeak-ng-[\w-]+\.wasm$/.test(url))).toBe(true);
  kiosk!.context.off('request', onRequest);

  // Stop (the kiosk's reset) silences the reading at once, and nothing more is heard after.
  await stopAndWipe(page, 'fr');
  await shown(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
  await expect.poll(async () => (await heard()).sounding, { timeout: 2_000 }).toBe(0);
  const afterStop = (await heard()).started.length;
  await page.waitForTimeout(3_000);
  expect((await heard()).started.length, 'sentences started after Stop').toBe(afterStop);
  expect(kiosk!.errors).toEqual([]);
});

test('Écouter again stops the offline voice (the control toggles)', async () => {
  await openKiosk(page);
  await tap(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
  await tap(button(text('fr', `${TOPIC}:tile`)));
  const read = button(text('fr', 'controls.read'));
  await tap(read);
  await expect.poll(async () => (await heard()).started.length, { timeout: 30_000 }).toBeGreaterThan(0);
  await tap(read);
  await expect.poll(() => read.getAttribute('aria-pressed')).toBe('false');
  await expect.poll(async () => (await heard()).sounding, { timeout: 2_000 }).toBe(0);
  const afterStop = (await heard()).started.length;
  await page.waitForTimeout(2_500);
  expect((await heard()).started.length).toBe(afterStop);
  expect(kiosk!.errors).toEqual([]);
});

test('offline after one load: the precached engine still reads aloud, and no request needs the network', async () => {
  const { context } = kiosk!;
  await openKiosk(page);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
  // The precache holds the engine (an 18 MB .wasm): the install is done once the worker is active.
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).length > 0 && (await navigator.serviceWorker.ready).active?.state), {
      timeout: 30_000,
    })
    .toBe('activated');

  const aborted: string[] = [];
  await context.route('**/*', (route) => {
    aborted.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  await page.reload();

  await tap(page.getByRole('button', { name: text('fr', 'welcome.touch') }));
  await tap(button(text('fr', `${TOPIC}:tile`)));
  await tap(button(text('fr', 'controls.read')));
  const tapped = await page.evaluate(() => performance.now());
  await expect.poll(async () => (await heard()).started.length, { timeout: 30_000 }).toBeGreaterThan(0);
  const first = (await heard()).started[0]!;
  expect(first.duration).toBeGreaterThan(0.3);
  expect(first.peak).toBeGreaterThan(0.05);
  // Time from the tap to the first sound, engine compiled from the precache (for the record).
  console.info(`offline voice: first sound ${Math.round(first.at - tapped)} ms after the tap`);

  const swScript = new URL('/sw.js', page.url()).href;
  expect(
    aborted.filter((url) => url !== swScript),
    'requests that needed the network while offline',
  ).toEqual([]);
  await stopAndWipe(page, 'fr');
  await expect.poll(async () => (await heard()).sounding, { timeout: 2_000 }).toBe(0);
  expect(kiosk!.errors).toEqual([]);
});
