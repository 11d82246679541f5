import type { PictogramId } from '../../flows/content-types.generated';
import pictogramMap from '../../scripts/pictograms.json';

/** A pictogram id of the sprite: a literal union, so a misspelt id fails `tsc` (npm run content-types). */
export type { PictogramId };

/** Every pictogram id the sprite holds (scripts/pictograms.json). */
export const pictogramIds: ReadonlySet<string> = new Set(Object.keys(pictogramMap).filter((k) => !k.startsWith('_')));

/**
 * A decorative pictogram from the sprite, drawn in the current text colour. The text beside it
 * carries the meaning. The sprite's symbols are in index.html itself (src/ui/pictograms.svg,
 * written there by vite.config.ts), so a new screen never loads a sprite document.
 */
export function Pictogram({ id, size = 'md', class: extra }: { id: PictogramId; size?: 'sm' | 'md' | 'lg' | 'xl'; class?: string }) {
  return (
    <svg class={`pictogram pictogram--${size}${extra ? ` ${extra}` : ''}`} aria-hidden="true" focusable="false" data-pictogram={id}>
      <use href={`#pictogram-${id}`} />
    </svg>
  );
}
