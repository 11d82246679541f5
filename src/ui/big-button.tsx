import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { Pictogram, type PictogramId } from './pictogram';

/**
 * Presses closer together than this count as one, across all buttons: a tremor or an impatient
 * double tap must not also press the button that appears in the same place on the next screen.
 */
export const DOUBLE_TAP_MS = 500;

let lastPress = Number.NEGATIVE_INFINITY;

/** Whether a press now is a real one (not the echo of the previous press); records it if so. */
export function acceptPress(now: number = performance.now()): boolean {
  if (now - lastPress < DOUBLE_TAP_MS) return false;
  lastPress = now;
  return true;
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type' | 'class'> & {
  class?: string | undefined;
  onPress: () => void;
  pictogram?: PictogramId | undefined;
  variant?: 'primary' | 'secondary' | 'option' | 'danger' | 'tile' | 'control';
  children: ComponentChildren;
};

/** A large button with an optional pictogram; ignores presses within DOUBLE_TAP_MS of the last one. */
export function BigButton({ onPress, pictogram, variant = 'secondary', children, class: extra, ...rest }: ButtonProps) {
  const onClick = () => {
    if (acceptPress()) onPress();
  };
  return (
    <button type="button" class={`btn btn--${variant}${extra ? ` ${extra}` : ''}`} onClick={onClick} {...rest}>
      {pictogram && <Pictogram id={pictogram} size={variant === 'tile' ? 'xl' : variant === 'control' ? 'sm' : 'md'} />}
      <span class="btn__label">{children}</span>
    </button>
  );
}
