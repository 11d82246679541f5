import { render, screen } from '@testing-library/preact';
import type { i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import inventory from '../../public/data/inventory.json';
import { Providers, testI18n } from '../../tests/render-kit';
import type { Commune } from '../data/place';
import { CommuneMap } from './commune-map';
import { breakName, sketchOf } from './sketch';

const communes = inventory.communes as Commune[];
let i18n: I18n;

beforeAll(async () => {
  i18n = await testI18n('en');
});

function drawn(lang: string, props: { here?: string; highlight?: string; size?: 'card' | 'paper' }) {
  void i18n.changeLanguage(lang);
  return render(
    <Providers i18n={i18n}>
      <CommuneMap communes={communes} size={props.size ?? 'card'} here={props.here} highlight={props.highlight} />
    </Providers>,
  );
}

describe('the sketch of the communes', () => {
  it('draws the 19 communes, each labelled with its French and Dutch names (one when they are the same)', () => {
    const { container } = drawn('en', { here: 'Anderlecht', highlight: 'Schaerbeek' });
    expect(container.querySelectorAll('path.commune-map__cell')).toHaveLength(19);
    for (const c of communes) {
      const label = container.querySelector(`g[data-commune="${c.id}"]`);
      const fr = [...(label?.querySelectorAll('text[lang="fr"]') ?? [])]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/- /g, '-');
      const nl = [...(label?.querySelectorAll('text[lang="nl"]') ?? [])]
        .map((t) => t.textContent)
        .join(' ')
        .replace(/- /g, '-');
      expect(fr, `${c.id}: French name`).toBe(c.nameFr);
      expect(nl, `${c.id}: Dutch name`).toBe(c.nameFr === c.nameNl ? '' : c.nameNl);
    }
  });

  it('marks the kiosk\'s commune "You are here" and highlights the place\'s commune by more than colour', () => {
    const { container } = drawn('en', { here: 'Anderlecht', highlight: 'Schaerbeek' });
    const highlighted = container.querySelectorAll('path.commune-map__cell--highlight');
    expect([...highlighted].map((p) => p.getAttribute('data-commune'))).toEqual(['schaerbeek']);
    // A pattern (hatching) and a class with its own thick outline: not colour alone.
    expect(highlighted[0]!.getAttribute('fill')).toMatch(/^url\(#.+\)$/);
    const here = container.querySelector('g[data-commune="anderlecht"]');
    expect(here?.querySelector('.commune-map__pin')).not.toBeNull();
    expect([...(here?.querySelectorAll('.commune-map__here-text') ?? [])].map((t) => t.textContent).join(' ')).toBe('You are here');
    expect(container.querySelectorAll('.commune-map__pin')).toHaveLength(2); // on the map, and in the key
    expect(container.querySelectorAll('.commune-map__here-text').length).toBeGreaterThan(0);
    expect(container.querySelector('figcaption')?.textContent).toContain('You are here: Anderlecht.');
  });

  it('is one image whose name says what is highlighted and where the person is, with the caption in their language', () => {
    drawn('en', { here: 'Bruxelles', highlight: 'Schaerbeek' });
    expect(screen.getByRole('img', { name: 'Schaerbeek / Schaarbeek is highlighted. You are here: Bruxelles / Brussel.' })).toBeTruthy();
    expect(screen.getByText('Sketch of the 19 communes — not a street map, not to scale.')).toBeTruthy();
    const ar = drawn('ar', { here: 'Bruxelles', highlight: 'Jette' }).container;
    expect(screen.getByRole('img', { name: 'Jette مميّزة. أنتم هنا: Bruxelles / Brussel.' })).toBeTruthy();
    // In a small cell the pin stands alone; the key under the map says it, in the person's language.
    expect(ar.querySelector('g[data-commune="bruxelles"] .commune-map__pin')).not.toBeNull();
    expect(ar.querySelector('figcaption')?.textContent).toContain('أنتم هنا: Bruxelles / Brussel.');
  });

  it('takes nothing from elsewhere: no link, no image, no address outside the page', () => {
    const { container } = drawn('en', { here: 'Anderlecht', highlight: 'Uccle', size: 'paper' });
    const external = [...container.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /href|src/i.test(a.name) || /url\((?!#)/.test(a.value))
        .map((a) => `${el.tagName} ${a.name}=${a.value}`),
    );
    expect(external).toEqual([]);
    expect(container.querySelectorAll('a, image, img, foreignObject')).toHaveLength(0);
  });

  it('keeps every cell inside the sketch and gives each commune room for its name', () => {
    const sketch = sketchOf(communes);
    for (const cell of sketch.cells) {
      expect(cell.polygon.length, cell.commune.id).toBeGreaterThanOrEqual(3);
      for (const p of cell.polygon) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(sketch.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(sketch.height);
      }
      expect(cell.labelWidth, cell.commune.id).toBeGreaterThan(120);
    }
  });

  it('breaks long names at hyphens, never inside a word', () => {
    expect(breakName('Sint-Lambrechts-Woluwe', 12)).toEqual(['Sint-', 'Lambrechts-', 'Woluwe']);
    expect(breakName('Woluwe-Saint-Lambert', 14)).toEqual(['Woluwe-Saint-', 'Lambert']);
    expect(breakName('Jette', 3)).toEqual(['Jette']);
  });

  it("staff choosing the kiosk's point: their commune tinted and in bold, and every name drawn is inside the zoomed map", () => {
    for (const commune of ['Uccle', 'Anderlecht', 'Evere']) {
      const { container, unmount } = render(
        <Providers i18n={i18n}>
          <CommuneMap communes={communes} size="card" pick={{ commune, mark: undefined, onPick: () => undefined }} />
        </Providers>,
      );
      const id = communes.find((c) => c.nameFr === commune)!.id;
      expect(container.querySelector(`path[data-commune="${id}"]`)?.getAttribute('class')).toContain('commune-map__cell--here');
      expect(container.querySelector(`g[data-commune="${id}"] text.commune-map__name--strong`)?.textContent).toBe(commune);
      const [x, y, width, height] = container.querySelector('svg[role="img"]')!.getAttribute('viewBox')!.split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const names = [...container.querySelectorAll('text.commune-map__name')];
      expect(names.length, commune).toBeGreaterThan(2);
      for (const name of names) {
        // A name's middle (text-anchor: middle) and baseline are inside the part of the sketch on show.
        const [nx, ny] = [Number(name.getAttribute('x')), Number(name.getAttribute('y'))];
        const half = ((name.textContent ?? '').length * 0.56 * Number(name.getAttribute('font-size'))) / 2;
        expect(nx - half, `${commune}: ${name.textContent} cut on the left`).toBeGreaterThanOrEqual(x);
        expect(nx + half, `${commune}: ${name.textContent} cut on the right`).toBeLessThanOrEqual(x + width);
        expect(ny, `${commune}: ${name.textContent} cut at the top or bottom`).toBeGreaterThan(y);
        expect(ny, `${commune}: ${name.textContent} cut at the top or bottom`).toBeLessThan(y + height);
      }
      unmount();
    }
  });
});
