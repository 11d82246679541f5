/**
 * The help finder's work for one person typing, over 5,000 generated places: search + filters +
 * nearest-first sort, one query per keystroke. Runs in Chromium (bench/finder-page.ts, built for
 * production by bench/kiosk.bench.ts) with the CPU slowed 6×.
 */
import inventory from '../public/data/inventory.json';
import { communeIndex, findPlaces } from '../src/help/finder';
import type { BuiltInInventory, Place } from '../src/data/place';
import { placeFromBuiltIn } from '../src/data/place';

const inv = inventory as BuiltInInventory;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatePlaces(n: number): Place[] {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const base = inv.places.map((p) => placeFromBuiltIn(p, true));
  const tags = [
    'eid-pin-help',
    'computer-access',
    'digital-training',
    'health-info',
    'patient-rights',
    'social-worker',
    'admin-help',
    'literacy',
  ];
  const langs = ['fr', 'nl', 'en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl'];
  return Array.from({ length: n }, (_, i) => {
    const model = pick(base);
    const commune = pick(inv.communes);
    const withCoords = rnd() < 0.6;
    return {
      ...model,
      id: `${model.id}-${i}`,
      name: `${model.name} ${i}`,
      commune: commune.nameFr,
      services: [pick(tags), pick(tags)],
      languages: [pick(langs), pick(langs)],
      lat: withCoords ? commune.lat + (rnd() - 0.5) * 0.02 : null,
      lon: withCoords ? commune.lon + (rnd() - 0.5) * 0.03 : null,
      openingHours: rnd() < 0.5 ? 'Mo-Fr 09:00-12:00,13:00-17:00; PH off' : '',
    };
  });
}

export interface FinderRun {
  /** Milliseconds per keystroke, in the order typed. */
  times: number[];
  /** The first query on a new inventory (folds every text once). */
  coldMs: number;
}

/** Types four searches letter by letter, five rounds with different filters, after one warm-up. */
export function runFinderWorkload(): FinderRun {
  const places = generatePlaces(5000);
  const ctx = {
    communes: communeIndex(inv.communes),
    location: { communeName: 'Schaerbeek', point: { lat: 50.8676, lon: 4.3737 } },
    now: new Date('2026-12-01T10:00'),
  };
  const typed = ['schaerbeek cpas', 'maison medicale', 'epn anderlecht', 'commune ixelles'];
  const times: number[] = [];
  // Warm-up round (JIT, folded-text cache), not measured: the kiosk pays it once per inventory.
  for (const q of typed) findPlaces(places, { needs: ['eid'], topicServices: [], openNow: true, language: 'fr', text: q }, ctx);
  for (let round = 0; round < 5; round++) {
    for (const q of typed) {
      for (let k = 1; k <= q.length; k++) {
        const t0 = performance.now();
        findPlaces(
          places,
          {
            needs: round % 2 ? ['eid'] : [],
            topicServices: ['health-info'],
            openNow: round % 2 === 0,
            language: round < 3 ? 'fr' : undefined,
            text: q.slice(0, k),
          },
          ctx,
        );
        times.push(performance.now() - t0);
      }
    }
  }
  // First query on a fresh inventory (cold: folds 5,000 texts).
  const cold = generatePlaces(5000);
  const t0 = performance.now();
  findPlaces(cold, { needs: [], topicServices: [], openNow: false, text: 's' }, ctx);
  const coldMs = performance.now() - t0;

  return { times, coldMs };
}
