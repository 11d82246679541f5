import { useEffect, useState } from 'preact/hooks';
import { loadPlaces, type PlacesData } from '../data/places-source';

/** The finder's data: null while loading, an Error when even the built-in file failed. */
export function usePlacesData(): PlacesData | null | Error {
  const [data, setData] = useState<PlacesData | null | Error>(null);
  useEffect(() => {
    let live = true;
    loadPlaces().then(
      (d) => live && setData(d),
      (e: unknown) => live && setData(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, []);
  return data;
}
