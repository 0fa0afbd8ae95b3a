import { LocalScope } from '@jobbridge/contracts';
import { isLocalHukou, localScopeRegionCode } from './local-scope';

// 临夏县 622921 in 临夏回族自治州 622900, 甘肃省 620000; 临夏市 622901 in the same prefecture;
// 西峰区 621002 in 庆阳市 621000, also 甘肃; 西宁 城东区 630102 in 青海.
describe('localScopeRegionCode', () => {
  it.each([
    ['622921', LocalScope.COUNTY, '622921'],
    ['622921', LocalScope.PREFECTURE, '622900'],
    ['622921', LocalScope.PROVINCE, '620000'],
    ['622921100', LocalScope.COUNTY, '622921'],
    ['622921100', LocalScope.PREFECTURE, '622900'],
    ['441900', LocalScope.COUNTY, '441900'], // 东莞: a prefecture-level city without counties
    ['441900', LocalScope.PREFECTURE, '441900'],
    ['441900', LocalScope.PROVINCE, '440000'],
    ['620000', LocalScope.PROVINCE, '620000'],
  ])('%s with scope %s counts hukou within %s', (region, scope, expected) => {
    expect(localScopeRegionCode(region, scope)).toBe(expected);
  });

  it('refuses a malformed region and a narrow scope for a province-level project', () => {
    expect(() => localScopeRegionCode('62292', LocalScope.COUNTY)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REGION', field: 'regionCode' }),
    );
    expect(() => localScopeRegionCode('620000', LocalScope.COUNTY)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'localScope' }),
    );
  });
});

describe('isLocalHukou: scope by county vs prefecture vs province', () => {
  const project = '622921';
  it.each([
    // hukou, county, prefecture, province
    ['622921', true, true, true],
    ['622921101', true, true, true], // a township of the county
    ['622901', false, true, true], // 临夏市: same prefecture
    ['621002', false, false, true], // 庆阳 西峰区: same province
    ['630102', false, false, false], // 青海
  ])('hukou %s: county %s, prefecture %s, province %s', (hukou, county, prefecture, province) => {
    expect(isLocalHukou(hukou, localScopeRegionCode(project, LocalScope.COUNTY))).toBe(county);
    expect(isLocalHukou(hukou, localScopeRegionCode(project, LocalScope.PREFECTURE))).toBe(prefecture);
    expect(isLocalHukou(hukou, localScopeRegionCode(project, LocalScope.PROVINCE))).toBe(province);
  });

  it('an unknown or malformed hukou is never local', () => {
    expect(isLocalHukou(null, '622921')).toBe(false);
    expect(isLocalHukou(undefined, '622921')).toBe(false);
    expect(isLocalHukou('', '622921')).toBe(false);
    expect(isLocalHukou('6229x1', '622900')).toBe(false);
  });

  it('a hukou recorded only at prefecture level is not local to a county scope', () => {
    expect(isLocalHukou('622900', '622921')).toBe(false);
    expect(isLocalHukou('622900', '622900')).toBe(true);
  });
});
