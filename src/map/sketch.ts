import type { Commune } from '../data/place';

/** A point of the sketch, in its own units (x to the right, y down). */
export interface Point {
  x: number;
  y: number;
}

/** One commune drawn on the sketch: its cell, where its label stands, and its names. */
export interface SketchCell {
  commune: Commune;
  /** The cell's outline (a convex polygon), in sketch units. */
  polygon: Point[];
  /** Where the label's middle stands: the cell's centre of mass. */
  anchor: Point;
  /** Width available for the label at the anchor, in sketch units. */
  labelWidth: number;
  /** Height of the cell through the anchor, in sketch units. */
  labelHeight: number;
}

/** A point on the earth (WGS84 degrees). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The whole sketch: a box `width` × `height`, the region's outline and one cell per commune. */
export interface Sketch {
  width: number;
  height: number;
  outline: Point[];
  cells: SketchCell[];
  /** Where a point of the earth falls on the sketch, by the projection that placed the reference points. */
  pointOf: (at: LatLon) => Point;
  /** The point of the earth a point of the sketch stands for (the inverse of `pointOf`). */
  latLonOf: (point: Point) => LatLon;
}

/** The sketch's width in its own units; its height follows the communes' extent. */
export const SKETCH_WIDTH = 1000;
/** Room kept between the region's outline and the box, in sketch units. */
const PADDING = 20;
/** How far the outline stands beyond the outermost reference points, as a share of the width. */
const MARGIN = 0.1;
/**
 * Relaxation rounds (each moves a cell's point to the cell's centre of mass): the reference
 * points crowd in the north-west, where cells would be too small for a name. Two rounds even the
 * cells out while keeping every commune beside its neighbours: honest for a sketch that says it
 * is not to scale.
 */
const RELAX_ROUNDS = 2;

/**
 * Equirectangular projection around the communes' mean latitude: a degree of longitude is
 * cos(latitude) as long as a degree of latitude. North is up.
 */
export function project(communes: readonly Commune[]): Point[] {
  const lat0 = communes.reduce((s, c) => s + c.lat, 0) / Math.max(1, communes.length);
  const k = Math.cos((lat0 * Math.PI) / 180);
  return communes.map((c) => ({ x: c.lon * k, y: -c.lat }));
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** The convex hull of points (Andrew's monotone chain), counter-clockwise in y-down terms as computed. */
export function convexHull(points: readonly Point[]): Point[] {
  const p = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (p.length < 3) return p;
  const lower: Point[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Point[] = [];
  for (const q of [...p].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** The part of a convex polygon on the side of the line a·x + b·y ≤ c (Sutherland–Hodgman, one edge). */
function clipHalfPlane(polygon: readonly Point[], a: number, b: number, c: number): Point[] {
  const out: Point[] = [];
  const side = (p: Point) => a * p.x + b * p.y - c;
  for (let i = 0; i < polygon.length; i++) {
    const cur = polygon[i]!;
    const next = polygon[(i + 1) % polygon.length]!;
    const sc = side(cur);
    const sn = side(next);
    if (sc <= 0) out.push(cur);
    if ((sc < 0 && sn > 0) || (sc > 0 && sn < 0)) {
      const t = sc / (sc - sn);
      out.push({ x: cur.x + t * (next.x - cur.x), y: cur.y + t * (next.y - cur.y) });
    }
  }
  return out;
}

/** Each site's Voronoi cell inside a convex outline: the points nearer to it than to any other site. */
export function voronoiCells(sites: readonly Point[], outline: readonly Point[]): Point[][] {
  return sites.map((s, i) => {
    let cell: Point[] = [...outline];
    sites.forEach((o, j) => {
      if (i === j) return;
      // Nearer to s than to o: (o − s)·p ≤ (|o|² − |s|²) / 2.
      cell = clipHalfPlane(cell, o.x - s.x, o.y - s.y, (o.x * o.x + o.y * o.y - s.x * s.x - s.y * s.y) / 2);
    });
    return cell;
  });
}

/** The centre of mass of a polygon (its mean vertex when it has no area). */
export function centroid(polygon: readonly Point[]): Point {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    const f = p.x * q.y - q.x * p.y;
    area += f;
    x += (p.x + q.x) * f;
    y += (p.y + q.y) * f;
  }
  if (Math.abs(area) < 1e-9) {
    const n = Math.max(1, polygon.length);
    return { x: polygon.reduce((s, p) => s + p.x, 0) / n, y: polygon.reduce((s, p) => s + p.y, 0) / n };
  }
  return { x: x / (3 * area), y: y / (3 * area) };
}

/** How wide a convex polygon is along the horizontal line through y. */
export function widthAt(polygon: readonly Point[], y: number): number {
  const xs: number[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const q = polygon[(i + 1) % polygon.length]!;
    if ((p.y <= y && q.y >= y) || (p.y >= y && q.y <= y)) {
      xs.push(p.y === q.y ? Math.min(p.x, q.x) : p.x + ((y - p.y) / (q.y - p.y)) * (q.x - p.x));
      if (p.y === q.y) xs.push(Math.max(p.x, q.x));
    }
  }
  return xs.length < 2 ? 0 : Math.max(...xs) - Math.min(...xs);
}

/**
 * The schematic map of the communes, drawn from their reference points only: projected, framed
 * by their convex hull pushed outward (the region's real border is not in the data), cut into
 * Voronoi cells, relaxed a little so that every cell can hold its name (`relaxRounds` 0: cells
 * around the true reference points, for a map where a tap stands for a point of the earth).
 */
export function sketchOf(communes: readonly Commune[], relaxRounds: number = RELAX_ROUNDS): Sketch {
  if (communes.length === 0)
    return {
      width: SKETCH_WIDTH,
      height: SKETCH_WIDTH / 2,
      outline: [],
      cells: [],
      pointOf: () => ({ x: 0, y: 0 }),
      latLonOf: () => ({ lat: 0, lon: 0 }),
    };
  const raw = project(communes);
  const minX = Math.min(...raw.map((p) => p.x));
  const maxX = Math.max(...raw.map((p) => p.x));
  const minY = Math.min(...raw.map((p) => p.y));
  const maxY = Math.max(...raw.map((p) => p.y));
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  // Points scaled so that the outline (points plus margin) fills the width.
  const scale = (SKETCH_WIDTH - 2 * PADDING) / ((maxX - minX || span) + 2 * MARGIN * span);
  const margin = MARGIN * span * scale;
  const sites = raw.map((p) => ({ x: PADDING + margin + (p.x - minX) * scale, y: PADDING + margin + (p.y - minY) * scale }));
  // The same projection for any point (project() above, then the same scale and shift), and back.
  const lat0 = communes.reduce((s, c) => s + c.lat, 0) / communes.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const pointOf = (at: LatLon): Point => ({
    x: PADDING + margin + (at.lon * k - minX) * scale,
    y: PADDING + margin + (-at.lat - minY) * scale,
  });
  const latLonOf = (point: Point): LatLon => ({
    lat: -((point.y - PADDING - margin) / scale + minY),
    lon: ((point.x - PADDING - margin) / scale + minX) / k,
  });
  const height = 2 * PADDING + 2 * margin + (maxY - minY) * scale;
  // The outline: the hull pushed outward from its middle by the margin.
  const hull = convexHull(sites);
  const middle = centroid(hull);
  const outline = hull.map((p) => {
    const dx = p.x - middle.x;
    const dy = p.y - middle.y;
    const d = Math.hypot(dx, dy) || 1;
    return { x: p.x + (dx / d) * margin, y: p.y + (dy / d) * margin };
  });
  let points = sites;
  let cells = voronoiCells(points, outline);
  for (let round = 0; round < relaxRounds; round++) {
    points = cells.map((cell, i) => (cell.length >= 3 ? centroid(cell) : points[i]!));
    cells = voronoiCells(points, outline);
  }
  return {
    width: SKETCH_WIDTH,
    height,
    outline,
    pointOf,
    latLonOf,
    cells: communes.map((commune, i) => {
      const polygon = cells[i]!;
      const anchor = polygon.length >= 3 ? centroid(polygon) : points[i]!;
      const turned = polygon.map((p) => ({ x: p.y, y: p.x }));
      return { commune, polygon, anchor, labelWidth: widthAt(polygon, anchor.y), labelHeight: widthAt(turned, anchor.x) };
    }),
  };
}

/**
 * A name broken into lines no wider than `maxChars`, at hyphens (kept at the line's end) and
 * spaces; a single part longer than that stays whole (a name is never cut inside a word).
 */
export function breakName(name: string, maxChars: number): string[] {
  const parts = name.match(/[^\s-]+-?|\s+/gu)?.filter((p) => p.trim() !== '') ?? [name];
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line === '' ? part : line.endsWith('-') ? line + part : `${line} ${part}`;
    if (line !== '' && joined.length > maxChars) {
      lines.push(line);
      line = part;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

/** An SVG path for a polygon. */
export function pathOf(polygon: readonly Point[]): string {
  return polygon.length === 0 ? '' : `M${polygon.map((p) => `${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('L')}Z`;
}
