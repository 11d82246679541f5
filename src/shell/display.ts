/** How the screen looks for this person; lasts for the session only. */
export interface DisplayPrefs {
  /** 1 = default, 2 = larger, 3 = largest. */
  textSize: 1 | 2 | 3;
  highContrast: boolean;
  /** Atkinson Hyperlegible, a font designed for low vision. */
  hyperlegible: boolean;
}

/** The look every session starts with. */
export const defaultDisplay: DisplayPrefs = { textSize: 1, highContrast: false, hyperlegible: false };

/** Applies display preferences to <html>, where the stylesheets read them (src/styles/themes.css). */
export function applyDisplay(prefs: DisplayPrefs, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = String(prefs.textSize);
  if (prefs.highContrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
  if (prefs.hyperlegible) root.dataset.font = 'hyperlegible';
  else delete root.dataset.font;
}
