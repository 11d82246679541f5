import { useId, useMemo } from 'preact/hooks';
import type { Commune } from '../data/place';
import { dirOf, Isolate, textWith } from '../i18n/isolate';
import { useT } from '../i18n/use-t';
import { bilingualName, findCommune } from './commune-names';
import { breakName, pathOf, sketchOf, type LatLon, type SketchCell } from './sketch';
import './commune-map.css';

/** Label sizes in sketch units (the sketch is 1000 wide): names of other communes, and of the two that matter. */
const FONT = 26;
const FONT_STRONG = 34;
/** An average letter's width as a share of the font size (Noto Sans / Atkinson Hyperlegible). */
const LETTER = 0.56;
/** Cell colours (the place's cell is hatched yellow): light, so that dark names read at more than 12:1. */
const CELL_FILL = '#eef0f3';
const HERE_FILL = '#dce8f7';
/** The pin's height in sketch units. */
const PIN = 46;

export interface CommuneMapProps {
  /** The 19 communes with their reference points (the inventory's `communes`). */
  communes: readonly Commune[];
  /** The kiosk's commune (French or Dutch name): marked "You are here". */
  here?: string | undefined;
  /** The place's commune (French or Dutch name): highlighted by colour, hatching and a thick outline. */
  highlight?: string | undefined;
  /** "card": on screen, as wide as its box; "paper": on the printed slip, in millimetres. */
  size: 'card' | 'paper';
  /**
   * Staff choosing the kiosk's exact point: the map shows this commune and its neighbours, drawn
   * around the true reference points (not relaxed), the pin at `mark`, and a tap calls `onPick`
   * with the point of the earth it stands for.
   */
  pick?: { commune: string; mark: LatLon | undefined; onPick: (at: LatLon) => void } | undefined;
}

/** A map pin whose point is at (0, 0), drawn here: the map draws nothing from elsewhere. */
function Pin({ x, y, scale = 1 }: { x: number; y: number; scale?: number | undefined }) {
  const s = (PIN / 46) * scale;
  return (
    <g class="commune-map__pin" transform={`translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${s})`}>
      <path d="M0 0C-6-12-17-20-17-31A17 17 0 1 1 17-31C17-20 6-12 0 0Z" />
      <circle cx="0" cy="-31" r="7" />
    </g>
  );
}

/** A rectangle of the sketch, in sketch units. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `value` brought within [low, high] (low wins when the range is empty). */
function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}

/** Whether a point lies inside a box. */
function inside(box: Box, at: { x: number; y: number }): boolean {
  return at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
}

/** One commune's name(s) in its cell: French, then Dutch when different; the kiosk's cell adds the pin and "You are here". */
function Label({
  cell,
  strong,
  hereText,
  lang,
  scale = 1,
  within,
}: {
  cell: SketchCell;
  strong: boolean;
  hereText: string | undefined;
  lang: string;
  /** Names drawn smaller on a zoomed map, so that they keep their size on screen. */
  scale?: number | undefined;
  /** The part of the sketch on show (a zoomed map): the names are moved inside it, never cut at its edge. */
  within?: Box | undefined;
}) {
  const font = (strong ? FONT_STRONG : FONT) * scale;
  const maxChars = Math.max(6, Math.floor((cell.labelWidth - 16) / (LETTER * font)));
  const fr = breakName(cell.commune.nameFr, maxChars);
  const nl = cell.commune.nameNl === cell.commune.nameFr ? [] : breakName(cell.commune.nameNl, maxChars);
  const line = font * 1.15;
  // "You are here" beside the pin when the cell has room for it; the key under the map says it always.
  const namesHeight = (fr.length + nl.length) * line;
  const hereLines = hereText === undefined ? [] : breakName(hereText, maxChars);
  const hereFits =
    hereLines.length > 0 &&
    Math.max(...hereLines.map((l) => l.length)) <= maxChars &&
    namesHeight + PIN + hereLines.length * line <= cell.labelHeight - 16;
  const here = hereFits ? hereLines : [];
  const height = (hereText === undefined ? 0 : PIN + here.length * line) + namesHeight;
  const width = Math.max(...[...fr, ...nl].map((l) => l.length)) * LETTER * font;
  let y = cell.anchor.y - height / 2;
  let x = cell.anchor.x;
  if (within) {
    // A neighbour's name at the edge of a zoomed map slides inside it rather than being cut.
    const pad = 8 * scale;
    x = clamp(x, within.x + width / 2 + pad, within.x + within.width - width / 2 - pad);
    y = clamp(y, within.y + pad, within.y + within.height - height - pad);
  }
  const rows: preact.JSX.Element[] = [];
  if (hereText !== undefined) {
    y += PIN;
    rows.push(<Pin key="pin" x={x} y={y} />);
    for (const [i, text] of here.entries()) {
      y += line;
      rows.push(
        <text
          key={`here${i}`}
          x={x}
          y={y - line * 0.25}
          class="commune-map__here-text"
          font-size={FONT_STRONG}
          direction={dirOf(lang)}
          lang={lang}
        >
          {text}
        </text>,
      );
    }
  }
  // The French name, then the Dutch one under it (both official; Dutch in its own, lighter class).
  const names = [
    { lang: 'fr', lines: fr, class: strong ? 'commune-map__name commune-map__name--strong' : 'commune-map__name' },
    { lang: 'nl', lines: nl, class: 'commune-map__name commune-map__name--nl' },
  ];
  for (const name of names) {
    for (const [i, text] of name.lines.entries()) {
      y += line;
      rows.push(
        <text key={`${name.lang}${i}`} x={x} y={y - line * 0.25} font-size={font} lang={name.lang} direction="ltr" class={name.class}>
          {text}
        </text>,
      );
    }
  }
  return <g data-commune={cell.commune.id}>{rows}</g>;
}

/**
 * A sketch of the 19 communes of Brussels, drawn from their reference points only (no map
 * tiles, nothing from the network): each commune a cell with its French and Dutch names, the
 * kiosk's commune marked with a pin and "You are here", the place's commune highlighted by
 * colour, hatching and a thick outline (never colour alone: paper is often black and white).
 * A caption says it is a sketch, not a street map, not to scale. For assistive technology it
 * is one image whose name says which commune is highlighted and where the person is.
 * Texts are in the person's language; commune names stay as written (left to right).
 */
export function CommuneMap({ communes, here, highlight, size, pick }: CommuneMapProps) {
  const { t, lang } = useT();
  const picking = pick !== undefined;
  const sketch = useMemo(() => sketchOf(communes, picking ? 0 : undefined), [communes, picking]);
  const zoom = pick ? zoomOn(sketch.cells, findCommune(communes, pick.commune)) : undefined;
  const mark = pick?.mark && sketch.pointOf(pick.mark);
  const hatch = `commune-map-hatch-${useId()}`;
  // Staff choosing the point: their commune is tinted and named in bold, as "You are here" would be.
  const hereCommune = findCommune(communes, pick ? pick.commune : here);
  const placeCommune = findCommune(communes, highlight);
  const hereName = hereCommune && bilingualName(hereCommune, lang);
  const placeName = placeCommune && bilingualName(placeCommune, lang);
  const label =
    placeName && hereName
      ? t('print:slip.map.label', { place: placeName, here: hereName })
      : placeName
        ? t('print:slip.map.labelPlace', { place: placeName })
        : hereName
          ? t('print:slip.map.labelHere', { here: hereName })
          : t('print:slip.map.labelNone');
  const hereText = t('print:slip.map.here');
  const order = [...sketch.cells].sort((a, b) => Number(a.commune === placeCommune) - Number(b.commune === placeCommune));
  return (
    <figure class={`commune-map commune-map--${size}`} data-here={hereCommune?.id} data-highlight={placeCommune?.id}>
      <svg
        class="commune-map__svg"
        viewBox={
          zoom
            ? `${zoom.box.x.toFixed(1)} ${zoom.box.y.toFixed(1)} ${zoom.box.width.toFixed(1)} ${zoom.box.height.toFixed(1)}`
            : `0 0 ${sketch.width} ${sketch.height.toFixed(0)}`
        }
        role="img"
        aria-label={label}
        preserveAspectRatio="xMidYMid meet"
        dir="ltr"
        onClick={
          pick &&
          ((event) => {
            // The tap's point in sketch units, then the point of the earth it stands for.
            const matrix = event.currentTarget.getScreenCTM();
            if (!matrix) return;
            const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
            pick.onPick(sketch.latLonOf({ x: at.x, y: at.y }));
          })
        }
      >
        <defs>
          <pattern id={hatch} width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="14" height="14" class="commune-map__hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="14" class="commune-map__hatch-line" />
          </pattern>
        </defs>
        <path d={pathOf(sketch.outline)} class="commune-map__outline" />
        {order.map((cell) => (
          <path
            key={cell.commune.id}
            d={pathOf(cell.polygon)}
            data-commune={cell.commune.id}
            class={`commune-map__cell${cell.commune === placeCommune ? ' commune-map__cell--highlight' : ''}${cell.commune === hereCommune ? ' commune-map__cell--here' : ''}`}
            // The fill is an attribute (no inline style: the kiosk's content security policy), so no stylesheet rule sets it.
            fill={cell.commune === placeCommune ? `url(#${hatch})` : cell.commune === hereCommune ? HERE_FILL : CELL_FILL}
          />
        ))}
        {order
          // On a zoomed map, only the communes whose middle is in sight are named (a sliver at the edge is not).
          .filter((cell) => !zoom || inside(zoom.box, cell.anchor))
          .map((cell) => (
            <Label
              key={cell.commune.id}
              cell={cell}
              strong={cell.commune === placeCommune || cell.commune === hereCommune}
              // While picking, the pin is where staff tap, not in the middle of the commune.
              hereText={cell.commune === hereCommune && !pick ? hereText : undefined}
              lang={lang}
              scale={zoom?.scale}
              within={zoom?.box}
            />
          ))}
        {mark && <Pin x={mark.x} y={mark.y} scale={zoom?.scale} />}
      </svg>
      <figcaption class="commune-map__caption">
        {placeName && (
          <span class="commune-map__key">
            <svg class="commune-map__swatch" viewBox="0 0 28 20" aria-hidden="true">
              <rect x="1.5" y="1.5" width="25" height="17" fill={`url(#${hatch})`} class="commune-map__swatch-place" />
            </svg>
            <span>{textWith(t, 'print:slip.map.legendPlace', {}, { place: <Isolate lang="fr">{placeName}</Isolate> })}</span>
          </span>
        )}
        {hereName && (
          <span class="commune-map__key">
            <svg class="commune-map__swatch" viewBox="-20 -50 40 52" aria-hidden="true">
              <Pin x={0} y={0} />
            </svg>
            <span>{textWith(t, 'print:slip.map.legendHere', {}, { here: <Isolate lang="fr">{hereName}</Isolate> })}</span>
          </span>
        )}
        <span class="commune-map__note">{t('print:slip.map.caption')}</span>
      </figcaption>
    </figure>
  );
}

/**
 * The part of the sketch to show when staff choose a point: the commune's cell with room around it
 * (its neighbours in sight), and how much smaller names and pin are drawn to keep their size.
 */
function zoomOn(cells: readonly SketchCell[], commune: Commune | undefined): { box: Box; scale: number } | undefined {
  const cell = cells.find((c) => c.commune === commune);
  if (!cell || cell.polygon.length < 3) return undefined;
  const xs = cell.polygon.map((p) => p.x);
  const ys = cell.polygon.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  // Half the cell's size again on each side, and never less than a fifth of the whole sketch.
  const side = Math.max(width, height, 100) * 2;
  const x = (Math.min(...xs) + Math.max(...xs)) / 2 - side / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2 - side / 2;
  return { box: { x, y, width: side, height: side }, scale: Math.max(0.35, side / 1000) };
}
