/** A point on Earth (WGS84 degrees). */
export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Walking time for a straight-line distance: streets are about 1.3× longer than the straight
 * line, and an older person walks about 4 km/h. Rounded up to 5 minutes: an estimate, said as one.
 */
export function walkingMinutes(km: number): number {
  const minutes = ((km * 1.3) / 4) * 60;
  return Math.max(5, Math.ceil(minutes / 5) * 5);
}
