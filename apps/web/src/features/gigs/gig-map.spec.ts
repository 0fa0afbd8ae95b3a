import { describe, expect, it } from 'vitest';
import { offsetKm, placeDot, ringDistances, spreadOverlaps, unitsPerKm } from './gig-map';

// 临夏县 county seat.
const CENTRE = { lat: 35.4924, lng: 103.0075 };
const FRAME = { size: 300, radiusKm: 10, padding: 14 };

describe('the dot map’s projection', () => {
  it('measures kilometres east and north, a degree of longitude shrinking with the latitude', () => {
    expect(offsetKm(CENTRE, CENTRE)).toEqual({ east: 0, north: 0 });
    const north = offsetKm(CENTRE, { lat: CENTRE.lat + 0.1, lng: CENTRE.lng });
    expect(north.east).toBe(0);
    expect(north.north).toBeCloseTo(11.13, 2);
    const east = offsetKm(CENTRE, { lat: CENTRE.lat, lng: CENTRE.lng + 0.1 });
    expect(east.east).toBeCloseTo(11.132 * Math.cos((CENTRE.lat * Math.PI) / 180), 2); // about 9.06 km at 35.5°N
    expect(east.north).toBe(0);
  });

  it('draws the centre in the middle, north up and east right, the radius at the outer ring', () => {
    const scale = unitsPerKm(FRAME);
    expect(scale).toBeCloseTo((150 - 14) / 10);
    expect(placeDot(CENTRE, CENTRE, FRAME)).toEqual({ x: 150, y: 150, outside: false });
    const fiveNorth = placeDot(CENTRE, { lat: CENTRE.lat + 5 / 111.32, lng: CENTRE.lng }, FRAME);
    expect(fiveNorth).toEqual({ x: 150, y: 82, outside: false }); // halfway from the middle to the ring, above
    const west = placeDot(CENTRE, { lat: CENTRE.lat, lng: CENTRE.lng - 0.05 }, FRAME);
    expect(west.x).toBeLessThan(150);
    expect(west.y).toBe(150);
  });

  it('pins a gig beyond the radius to the ring in its direction', () => {
    const far = placeDot(CENTRE, { lat: CENTRE.lat - 0.5, lng: CENTRE.lng }, FRAME); // ~55 km south
    expect(far).toEqual({ x: 150, y: 286, outside: true });
    const northEast = placeDot(CENTRE, { lat: CENTRE.lat + 1, lng: CENTRE.lng + 1 }, FRAME);
    expect(Math.hypot(northEast.x - 150, northEast.y - 150)).toBeCloseTo(136, 0);
    expect(northEast.x).toBeGreaterThan(150);
    expect(northEast.y).toBeLessThan(150);
  });

  it('keeps working with a tiny radius (no division by zero)', () => {
    const d = placeDot(CENTRE, { lat: CENTRE.lat + 0.001, lng: CENTRE.lng }, { size: 300, radiusKm: 0 });
    expect(Number.isFinite(d.x) && Number.isFinite(d.y)).toBe(true);
  });

  it('draws the radius and one ring at a round distance about half of it', () => {
    expect(ringDistances(10)).toEqual([5, 10]);
    expect(ringDistances(5)).toEqual([2, 5]);
    expect(ringDistances(20)).toEqual([10, 20]);
    expect(ringDistances(50)).toEqual([25, 50]);
    expect(ringDistances(0.5)).toEqual([0.5]);
  });

  it('fans out dots at one spot so each stays clickable, leaving separate dots alone', () => {
    const same = { x: 100, y: 100, outside: false };
    const spread = spreadOverlaps([same, same, same, { x: 200, y: 200, outside: false }]);
    expect(spread[0]).toEqual(same);
    expect(spread[3]).toEqual({ x: 200, y: 200, outside: false });
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(Math.hypot(spread[i].x - spread[j].x, spread[i].y - spread[j].y)).toBeGreaterThanOrEqual(9.9);
  });
});
