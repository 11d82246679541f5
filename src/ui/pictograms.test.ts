// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pictogramIds } from './pictogram';

describe('the pictogram sprite written into index.html', () => {
  const sprite = readFileSync(new URL('./pictograms.svg', import.meta.url), 'utf8');

  it('holds one symbol for every pictogram id, and nothing else (run `npm run pictograms` after editing scripts/pictograms.json)', () => {
    const symbols = [...sprite.matchAll(/<symbol id="pictogram-([^"]+)"/g)].map((m) => m[1]);
    expect(symbols.sort()).toEqual([...pictogramIds].sort());
  });

  it('is hidden from assistive technology and takes no room', () => {
    expect(sprite).toMatch(/^<svg [^>]*class="pictogram-sprite"[^>]*width="0" height="0" aria-hidden="true"/);
  });
});
