import { Fragment, type ComponentChild, type ComponentChildren } from 'preact';
import type { TFunction } from 'i18next';
import { findLanguage } from './languages';
import './isolate.css';

/** The writing direction of a language code; left to right when the kiosk does not know it. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return findLanguage(lang)?.dir ?? 'ltr';
}

/**
 * Text that keeps its own order whatever the sentence around it: a phone number, an address, a
 * web address, a code, a date, or text in another language. Written plainly inside Arabic, the
 * Unicode bidi algorithm lays "02 279 22 11" out as "11 22 279 02" and moves a French
 * sentence's full stop to its front; isolated (`<bdi dir>`: unicode-bidi: isolate), it reads as
 * written, on screen and on paper. `dir="auto"` takes the direction of the text's first letter
 * (for names whose language is unknown).
 */
export function Isolate({
  children,
  dir = 'ltr',
  lang,
  whole,
  class: className,
  ...data
}: {
  children: ComponentChildren;
  dir?: 'ltr' | 'rtl' | 'auto';
  lang?: string | undefined;
  /** Never broken over two lines (a phone number, a code: half a number on each line misleads). */
  whole?: boolean;
  class?: string | undefined;
  /** e.g. data-read-as="digits" for the read-aloud. */
  [data: `data-${string}`]: string | undefined;
}) {
  return (
    <bdi dir={dir} lang={lang} class={[whole ? 'isolate--whole' : '', className ?? ''].join(' ').trim() || undefined} {...data}>
      {children}
    </bdi>
  );
}

/** Marks a value's place in a translated text; U+0000 never occurs in locale files. */
const MARK = '\u0000';

/**
 * A translated text with some values as elements instead of strings, so they can be isolated
 * (e.g. "Use {{code}}." with the code in an <Isolate>). `values` are plain (count, …); `parts`
 * are the elements, placed where their {{name}} stands in the text of the language.
 */
export function textWith(
  t: TFunction,
  key: string,
  values: Record<string, unknown>,
  parts: Record<string, ComponentChild>,
): ComponentChild[] {
  const marks = Object.fromEntries(Object.keys(parts).map((name) => [name, `${MARK}${name}${MARK}`]));
  const text = String(t(key, { ...values, ...marks }));
  return text.split(MARK).map((piece, i) => <Fragment key={i}>{i % 2 === 1 && piece in parts ? parts[piece] : piece}</Fragment>);
}
