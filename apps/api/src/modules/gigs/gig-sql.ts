/**
 * Metres between two points as SQL arithmetic (the equirectangular approximation on a 6,371 km sphere, as libs/domain
 * `distanceMeters`): within 0.1% of the great-circle distance up to 50 km, and a small fraction of the cost of
 * earthdistance's `earth_distance(ll_to_earth(…), ll_to_earth(…))`, which dominates telling tens of thousands of workers
 * about a gig. The GiST index still picks the candidates (`earth_box`); this only measures them.
 */
export function sqlDistanceMeters(lat1: string, lng1: string, lat2: string, lng2: string): string {
  return `(6371000 * sqrt(power(radians(${lat2} - ${lat1}), 2) + power(cos(radians((${lat1} + ${lat2}) / 2)) * radians(${lng2} - ${lng1}), 2)))`;
}
