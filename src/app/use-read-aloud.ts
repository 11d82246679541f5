import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readScreen } from '../shell/read-screen';
import type { ReadAloud } from '../speech/read-aloud';
import type { KioskActor } from './use-kiosk-lifecycle';

export interface ReadAloudOptions {
  reader: ReadAloud;
  i18n: I18n;
  kiosk: KioskActor;
  /** What is on screen: a new value is a new screen (a new view, step or language). */
  screen: object;
  welcome: boolean;
  warning: boolean;
  confirmingStop: boolean;
  /** The "auto read" setting: each new screen is read without a tap. */
  autoRead: boolean;
}

export interface ReadAloudControl {
  /** A reading is under way (the Listen control shows it). */
  reading: boolean;
  /** Said plainly when no voice can read the screen. */
  message: string | undefined;
  /** The Listen control: reads the screen (or says "Stop and erase everything?" again while it waits), or stops a reading. */
  listen: () => void;
  /** Stops a reading under way. */
  stop: () => void;
  /** Forgets the reading and its message (part of the privacy reset). */
  forget: () => void;
}

/**
 * Reading aloud on request: the screen from the top, each piece in its own language; the
 * kiosk's questions ("Are you still there?", "Stop and erase everything?") are said aloud as they
 * appear, for a person who cannot read them. A reading stops when the screen changes.
 */
export function useReadAloud({
  reader,
  i18n,
  kiosk,
  screen,
  welcome,
  warning,
  confirmingStop,
  autoRead,
}: ReadAloudOptions): ReadAloudControl {
  const [reading, setReading] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);

  const forget = useCallback(() => {
    setReading(false);
    setMessage(undefined);
  }, []);

  const stop = useCallback(() => {
    reader.stop();
    setReading(false);
  }, [reader]);

  /** Reads the screen from the top; says so plainly when no voice can read it. */
  const startReading = useCallback(async () => {
    const main = document.getElementById('main');
    if (!main) return;
    setMessage(undefined);
    setReading(true);
    const outcome = await readScreen(reader, main, i18n.language);
    setReading(false);
    if (outcome === 'no-voice') setMessage(i18n.t('speech.noVoice'));
    if (outcome === 'unsupported') setMessage(i18n.t('speech.unsupported'));
  }, [reader, i18n]);

  /** "Stop and erase everything?" said aloud, like the warning. */
  const sayStopQuestion = useCallback(() => {
    const say = `${i18n.t('stopConfirm.title')} ${i18n.t('stopConfirm.body', { count: kiosk.getSnapshot().context.remaining })}`;
    void reader.read(say, i18n.language);
  }, [reader, i18n, kiosk]);

  // Reading stops when the screen changes, and its message goes.
  useEffect(() => {
    reader.stop();
    forget();
  }, [reader, forget, screen, warning, confirmingStop]);

  // Auto read (a setting): each new screen is read aloud without a tap, once it is painted. Not
  // again when "Are you still there?" is answered: the screen did not change.
  useEffect(() => {
    if (!autoRead || welcome || kiosk.getSnapshot().matches({ inUse: 'warning' })) return;
    const timer = setTimeout(() => void startReading(), 300);
    return () => clearTimeout(timer);
  }, [autoRead, welcome, kiosk, screen, startReading]);

  // "Are you still there?" is also said aloud: a person who cannot read it must hear it.
  useEffect(() => {
    if (!warning) return;
    const say = `${i18n.t('idle.title')} ${i18n.t('idle.body', { count: kiosk.getSnapshot().context.remaining })}`;
    void reader.read(say, i18n.language);
  }, [warning, reader, i18n, kiosk]);

  useEffect(() => {
    if (confirmingStop) sayStopQuestion();
  }, [confirmingStop, sayStopQuestion]);

  const listen = () => {
    if (kiosk.getSnapshot().matches({ inUse: 'confirmStop' })) return sayStopQuestion();
    if (reading) return stop();
    void startReading();
  };

  return { reading, message, listen, stop, forget };
}
