/**
 * "Try it as a visitor" in the staff set-up shows the public kiosk in a frame, in the staff's
 * language (`/?lang=nl`): honoured only inside a frame and for an offered language. The session's
 * reset goes back to `/`, so the kiosk's own default language returns after that one walk.
 */
export function visitorLanguage(win: Pick<Window, 'self' | 'top' | 'location'>, offered: readonly string[]): string | undefined {
  if (win.self === win.top) return undefined;
  const asked = new URLSearchParams(win.location.search).get('lang');
  return asked !== null && offered.includes(asked) ? asked : undefined;
}
