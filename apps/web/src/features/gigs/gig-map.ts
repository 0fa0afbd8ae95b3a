/**
 * The "map" of gigs near a point, without map tiles (none are reachable from a county office's network): each gig a
 * dot placed by its offset from the centre in kilometres, north up, inside a circle of the search radius.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Kilometres per degree of latitude (and of longitude at the equator). */
const KM_PER_DEGREE = 111.32;

/**
 * Kilometres east and north of `center` (equirectangular: exact enough across the tens of kilometres a worker
 * travels; a degree of longitude shrinks with the cosine of the latitude).
 */
export function offsetKm(center: LatLng, point: LatLng): { east: number; north: number } {
  const cos = Math.cos((center.lat * Math.PI) / 180);
  return { east: (point.lng - center.lng) * KM_PER_DEGREE * cos, north: (point.lat - center.lat) * KM_PER_DEGREE };
}

export interface DotMapFrame {
  /** Width and height of the square drawing (SVG user units). */
  size: number;
  /** Kilometres from the centre to the outer ring. */
  radiusKm: number;
  /** Room kept between the outer ring and the edge (for the dots' own size). */
  padding?: number;
}

export interface PlacedDot {
  x: number;
  y: number;
  /** Farther than the radius: drawn on the outer ring, in its direction. */
  outside: boolean;
}

/** Drawing units per kilometre in a frame. */
export const unitsPerKm = ({ size, radiusKm, padding = 12 }: DotMapFrame): number => (size / 2 - padding) / Math.max(radiusKm, 0.1);

/** Where a point is drawn: the centre in the middle, north up, a point beyond the radius pinned to the ring. */
export function placeDot(center: LatLng, point: LatLng, frame: DotMapFrame): PlacedDot {
  const half = frame.size / 2;
  const scale = unitsPerKm(frame);
  const { east, north } = offsetKm(center, point);
  const distance = Math.hypot(east, north);
  const outside = distance > frame.radiusKm;
  const shrink = outside ? frame.radiusKm / distance : 1;
  return { x: round(half + east * shrink * scale), y: round(half - north * shrink * scale), outside };
}

/**
 * The rings drawn for a radius: the outer one at the radius and one inside at a round distance about half of it
 * (0.5, 1, 2, 5, 10, 25 km), each labelled in km.
 */
export function ringDistances(radiusKm: number): number[] {
  const steps = [0.5, 1, 2, 5, 10, 25];
  const inner = steps.filter((d) => d <= radiusKm / 2).pop();
  return inner ? [inner, radiusKm] : [radiusKm];
}

/**
 * Dots drawn in the order given, except that dots at the same spot (one site, several gigs) are fanned out a little
 * so each stays clickable.
 */
export function spreadOverlaps(dots: PlacedDot[], minGap = 10): PlacedDot[] {
  const placed: PlacedDot[] = [];
  for (const dot of dots) {
    let { x, y } = dot;
    let turn = 0;
    while (placed.some((p) => Math.hypot(p.x - x, p.y - y) < minGap) && turn < 12) {
      turn += 1;
      const angle = (turn * Math.PI) / 3;
      const ring = minGap * Math.ceil(turn / 6);
      x = round(dot.x + Math.cos(angle) * ring);
      y = round(dot.y + Math.sin(angle) * ring);
    }
    placed.push({ ...dot, x, y });
  }
  return placed;
}

const round = (n: number) => Math.round(n * 10) / 10;
