import { describe, expect, it } from 'vitest';
import { visitorLanguage } from './visitor-language';

const offered = ['fr', 'nl', 'en', 'ar'];
/** A window at `search`, framed or not. */
function at(search: string, framed: boolean): Pick<Window, 'self' | 'top' | 'location'> {
  const self = {} as Window & typeof globalThis;
  return { self, top: framed ? ({} as Window) : self, location: { search } as Location };
}

describe('the language of the visitor preview', () => {
  it("opens in the staff's language inside the set-up's frame", () => {
    expect(visitorLanguage(at('?lang=nl', true), offered)).toBe('nl');
  });
  it('is ignored on the public kiosk itself (not in a frame)', () => {
    expect(visitorLanguage(at('?lang=nl', false), offered)).toBeUndefined();
  });
  it('is ignored for a language the kiosk does not offer, or none', () => {
    expect(visitorLanguage(at('?lang=tr', true), offered)).toBeUndefined();
    expect(visitorLanguage(at('', true), offered)).toBeUndefined();
  });
});
