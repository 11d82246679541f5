/**
 * Trusted Types (the built app's CSP requires them for scripts): the only script URLs the page
 * may load are its own (workers, lazy chunks) and blob: URLs it made itself (a spreadsheet
 * parser starts a worker from one). HTML and script strings are never trusted: the kiosk never
 * writes HTML from text, so any attempt is a bug or an attack and is refused.
 */
export function installTrustedTypesPolicy(win: Window & typeof globalThis = window): void {
  const tt = (win as unknown as { trustedTypes?: { createPolicy: (name: string, rules: object) => unknown; defaultPolicy: unknown } })
    .trustedTypes;
  if (!tt || tt.defaultPolicy) return;
  tt.createPolicy('default', {
    createScriptURL(input: string): string {
      const url = new URL(input, win.location.href);
      if (url.origin === win.location.origin || url.protocol === 'blob:') return url.href;
      throw new TypeError(`Script from another origin refused: ${url.origin}`);
    },
    createHTML(): string {
      throw new TypeError('HTML from a string is never trusted in the kiosk');
    },
    createScript(): string {
      throw new TypeError('Script from a string is never trusted in the kiosk');
    },
  });
}
