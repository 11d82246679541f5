import { useEffect, useState } from 'preact/hooks';
import type { BuiltInInventory, Place } from './place';

let cached: Promise<Place[]> | undefined;

/** The built-in places, fetched once from the precached file (never another origin). */
export function loadBuiltInPlaces(): Promise<Place[]> {
  cached ??= fetch('/data/inventory.json')
    .then((r) => {
      if (!r.ok) throw new Error(`inventory: HTTP ${r.status}`);
      return r.json() as Promise<BuiltInInventory>;
    })
    .then((inv) => inv.places)
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

/** The places, or null while loading, or an Error. */
export function usePlaces(): Place[] | null | Error {
  const [places, setPlaces] = useState<Place[] | null | Error>(null);
  useEffect(() => {
    let live = true;
    loadBuiltInPlaces().then(
      (p) => live && setPlaces(p),
      (e: unknown) => live && setPlaces(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, []);
  return places;
}
