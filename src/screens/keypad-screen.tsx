import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { keypadEvents } from '../../flows/types';
import { Isolate, textWith } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import { BigButton } from '../ui/big-button';
import { Pictogram } from '../ui/pictogram';
import type { ScreenProps } from './screen-props';
import { StepLayout } from './step-layout';
import '../ui/callout.css';
import './keypad-screen.css';

/** The digit keys in the phone layout, row by row; the last row is Erase, 0, OK. */
const DIGIT_ROWS = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
] as const;

/**
 * Keypad presses closer together than this count as one (a tremor's echo). Shorter than the
 * app-wide double-tap guard (DOUBLE_TAP_MS), which would drop digits typed at a normal pace:
 * a digit never changes the screen, so it needs no more.
 */
export const KEY_ECHO_MS = 250;

/** Keypad presses this soon after the step appears are the echo of the tap that opened it. */
export const ARRIVAL_ECHO_MS = 400;

/** A message under the keypad: a text key and its values (tries left, code length — never digits). */
type Message = { key: string; values: Record<string, number> };

/**
 * Practice keypad (`keypad` steps): says first that this is practice and which made-up code to
 * use, then a large phone-layout keypad. Only the practice code opens (PICK.ok); a wrong code
 * shows the tries left (PICK.wrong, stays here); the last wrong try sends PICK.blocked.
 *
 * Privacy: the digits typed live in one ref of this component and nowhere else — not in its
 * state or rendered tree, not in the flow's context or events, not in the page's text,
 * attributes, live regions, storage or console. The page shows masked dots and the number of
 * digits only. The digits are forgotten on OK, on Erase, and when the step goes (unmount).
 */
export function KeypadScreen(props: ScreenProps) {
  const { meta, send } = props;
  const { t } = useT();
  // flow-problems refuses a keypad step without `keypad`.
  const pad = meta.keypad!;
  const length = pad.practiceCode.length;
  const typedRef = useRef('');
  const [count, setCount] = useState(0);
  const [wrongCodes, setWrongCodes] = useState(0);
  const [message, setMessage] = useState<{ id: number; text: Message } | undefined>(undefined);
  // When the step appeared (set as it is first laid out; until then no press counts).
  const shownAtRef = useRef(Number.POSITIVE_INFINITY);
  const lastPressRef = useRef(Number.NEGATIVE_INFINITY);
  useLayoutEffect(() => {
    shownAtRef.current = performance.now();
  }, []);

  // Leaving the step (Back, Stop, another view) forgets whatever was typed.
  useEffect(
    () => () => {
      typedRef.current = '';
    },
    [],
  );

  /** Whether a keypad press now is a real one: not the echo of the tap that opened the step, nor a tremor's. */
  const realPress = (): boolean => {
    // eslint-disable-next-line react-hooks/purity -- runs only from the keys' click handlers, never during render (the compiler takes the closures digitKey makes while rendering for calls)
    const now = performance.now();
    if (now - shownAtRef.current < ARRIVAL_ECHO_MS || now - lastPressRef.current < KEY_ECHO_MS) return false;
    lastPressRef.current = now;
    return true;
  };

  const show = (text: Message | undefined) => setMessage(text && { id: (message?.id ?? 0) + 1, text });

  const digit = (d: string) => {
    if (!realPress() || typedRef.current.length >= length) return;
    typedRef.current += d;
    setCount(typedRef.current.length);
    show(undefined);
  };

  const erase = () => {
    if (!realPress()) return;
    typedRef.current = typedRef.current.slice(0, -1);
    setCount(typedRef.current.length);
  };

  const ok = () => {
    lastPressRef.current = performance.now();
    const matches = typedRef.current === pad.practiceCode;
    const complete = typedRef.current.length === length;
    typedRef.current = '';
    setCount(0);
    if (!complete) return show({ key: pad.texts.incomplete, values: { length } });
    if (matches) return send({ type: keypadEvents.ok });
    const wrong = wrongCodes + 1;
    if (wrong >= pad.tries) return send({ type: keypadEvents.blocked });
    setWrongCodes(wrong);
    show({ key: pad.texts.wrong, values: { count: pad.tries - wrong } });
    send({ type: keypadEvents.wrong });
  };

  const digitKey = (d: string) => (
    <button
      key={d}
      type="button"
      class="btn btn--secondary keypad__key"
      aria-label={t(pad.texts.digit, { digit: d })}
      onClick={() => digit(d)}
    >
      {d}
    </button>
  );

  return (
    <StepLayout
      {...props}
      // The keypad is the way on: pinned above the control bar with what it shows (dots, messages),
      // always in sight whatever the text size; the words above it scroll if they must.
      actions={
        <div class="keypad__panel">
          <div class="keypad__entry">
            <div class="keypad__dots" aria-hidden="true" data-typed={count}>
              {Array.from({ length }, (_, i) => (
                <span key={i} class={`keypad__dot${i < count ? ' keypad__dot--filled' : ''}`} />
              ))}
            </div>
            <p class="visually-hidden" role="status" aria-live="polite">
              {count > 0 ? t(pad.texts.typed, { count }) : ''}
            </p>
            <div class="keypad__alert" role="alert">
              {message && (
                <p key={message.id} class="callout keypad__message">
                  <Pictogram id="info" size="md" />
                  <span>{t(message.text.key, message.text.values)}</span>
                </p>
              )}
            </div>
          </div>
          <div class="keypad" role="group" aria-labelledby="step-title">
            {DIGIT_ROWS.flatMap((row) => row.map(digitKey))}
            <button type="button" class="btn btn--secondary keypad__key keypad__key--erase" onClick={erase}>
              {t(pad.texts.erase)}
            </button>
            {digitKey('0')}
            <BigButton variant="primary" pictogram="check" class="keypad__key keypad__key--ok" onPress={ok}>
              {t(pad.texts.ok)}
            </BigButton>
          </div>
        </div>
      }
    >
      <p class="keypad__warning" role="note">
        <Pictogram id="warning" size="lg" />
        {/* The code reads left to right, as on the keypad, in an Arabic sentence too. */}
        <span>{textWith(t, pad.texts.warning, {}, { code: <Isolate whole>{pad.practiceCode.split('').join(' ')}</Isolate> })}</span>
      </p>
    </StepLayout>
  );
}
