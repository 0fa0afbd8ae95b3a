/**
 * Grid cells for keyword searches within a radius. Each indexed posting with a point carries, in its search vector,
 * the lexemes of the cells that hold it at three sizes (SQL function search_geo_cells, migration 1765500000000):
 * '~<level>:<floor(lat / size)>:<floor(lng / size)>'. This computes, with the same formula, the cells a circle's
 * bounding box touches, so PostgreSQL can intersect a keyword with them inside the GIN index (ADR 0022).
 */

/** Cell sizes in degrees of levels 1, 2 and 3; search_geo_cells uses the same. */
export const GEO_CELL_SIZES = [0.1, 0.5, 2.5] as const;

/**
 * Kilometres per degree of latitude, rounded down from earthdistance's sphere (6,378.168 km: 111.32 km per degree),
 * so the box is a little wider than the circle, never narrower.
 */
const KM_PER_DEGREE = 110;

/** The cell lexeme of a point at a level (1-based), as search_geo_cells writes it. */
export function geoCellLexeme(level: number, lat: number, lng: number): string {
  const size = GEO_CELL_SIZES[level - 1];
  return `~${level}:${Math.floor(lat / size)}:${Math.floor(lng / size)}`;
}

/**
 * A tsquery (text) matching any cell that the bounding box of the circle touches, at the finest level needing at most
 * `maxCells` cells; undefined when no level does, or when the box reaches a pole or crosses the antimeridian (the
 * search then goes without cells).
 */
export function geoCellsQuery(lat: number, lng: number, radiusKm: number, maxCells = 64): string | undefined {
  if (![lat, lng, radiusKm].every(Number.isFinite) || radiusKm < 0) return undefined;
  const dLat = radiusKm / KM_PER_DEGREE;
  const edgeLat = Math.max(Math.abs(lat - dLat), Math.abs(lat + dLat));
  if (edgeLat >= 85) return undefined;
  const dLng = radiusKm / (KM_PER_DEGREE * Math.cos((edgeLat * Math.PI) / 180));
  if (lng - dLng < -180 || lng + dLng > 180) return undefined;
  for (const [i, size] of GEO_CELL_SIZES.entries()) {
    const [lat0, lat1] = [Math.floor((lat - dLat) / size), Math.floor((lat + dLat) / size)];
    const [lng0, lng1] = [Math.floor((lng - dLng) / size), Math.floor((lng + dLng) / size)];
    if ((lat1 - lat0 + 1) * (lng1 - lng0 + 1) > maxCells) continue;
    const cells: string[] = [];
    for (let a = lat0; a <= lat1; a++) for (let b = lng0; b <= lng1; b++) cells.push(`'~${i + 1}:${a}:${b}'`);
    return cells.join(' | ');
  }
  return undefined;
}
