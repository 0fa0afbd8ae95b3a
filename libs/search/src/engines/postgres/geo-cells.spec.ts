import { pointAt } from '../../conformance/job-search.conformance';
import { GEO_CELL_SIZES, geoCellLexeme, geoCellsQuery } from './geo-cells';

const cellsOf = (query: string) => new Set(query.split(' | ').map((c) => c.slice(1, -1)));
const levelOf = (query: string) => Number(query.split(':')[0].slice(2));

describe('geo cells', () => {
  it('names a point cell by level and the floor of its coordinates over the cell size', () => {
    expect(geoCellLexeme(1, 35.63, 103.21)).toBe('~1:356:1032');
    expect(geoCellLexeme(2, 35.63, 103.21)).toBe('~2:71:206');
    expect(geoCellLexeme(3, 35.63, 103.21)).toBe('~3:14:41');
    // floor, not truncation: just south of the equator and west of Greenwich fall in cell -1
    expect(geoCellLexeme(1, -0.05, -0.01)).toBe('~1:-1:-1');
    expect(GEO_CELL_SIZES).toEqual([0.1, 0.5, 2.5]);
  });

  it('takes the finest level whose cells over the box are at most the limit', () => {
    expect(levelOf(geoCellsQuery(35.6, 103.2, 5)!)).toBe(1);
    expect(cellsOf(geoCellsQuery(35.6, 103.2, 5)!).size).toBeLessThanOrEqual(64);
    expect(levelOf(geoCellsQuery(35.6, 103.2, 50)!)).toBe(2);
    expect(levelOf(geoCellsQuery(35.6, 103.2, 300)!)).toBe(3);
    expect(geoCellsQuery(35.6, 103.2, 3000)).toBeUndefined();
    expect(levelOf(geoCellsQuery(35.6, 103.2, 50, 400)!)).toBe(1);
  });

  it('goes without cells near a pole, across the antimeridian, or for a radius that is not a number', () => {
    expect(geoCellsQuery(84.9, 10, 50)).toBeUndefined();
    expect(geoCellsQuery(10, 179.9, 50)).toBeUndefined();
    expect(geoCellsQuery(10, -179.9, 50)).toBeUndefined();
    expect(geoCellsQuery(10, 100, Number.NaN)).toBeUndefined();
    expect(geoCellsQuery(10, 100, -1)).toBeUndefined();
  });

  it('covers every point within the radius: points on the circle in every direction fall in a cell of the query', () => {
    // Centres across China (18°N–54°N), on cell corners and inside cells; radii from 0.5 to 500 km.
    const centres: [number, number][] = [
      [35.6, 103.2],
      [18.25, 109.5],
      [53.49, 122.37],
      [39.9042, 116.4074],
      [36.0611, 103.8343],
      [43.8256, 87.6168],
    ];
    let checked = 0;
    for (const [lat, lng] of centres) {
      for (const radius of [0.5, 1, 3, 5, 10, 20, 30, 50, 100, 200, 500]) {
        const query = geoCellsQuery(lat, lng, radius);
        if (!query) continue;
        const cells = cellsOf(query);
        const level = levelOf(query);
        for (let bearing = 0; bearing < 360; bearing += 7.5) {
          for (const share of [0.999, 0.7, 0.3, 0]) {
            const [plat, plng] = pointAt(lat, lng, radius * share, bearing);
            expect(cells.has(geoCellLexeme(level, plat, plng))).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(6 * 10 * 48 * 4 * 0.9);
  });
});
