import { LocalScope } from '@jobbridge/contracts';
import { DomainError } from '../errors';
import { isWithinRegion, normalizeRegionCode, parentRegionCode, regionLevelOf } from '../region-code';
import { RegionLevel } from '@jobbridge/contracts';

/**
 * The region whose hukou counts as local for a project ("属地化原则", 000 §1): the project's county by
 * default, or its prefecture or province. A township project counts from its county; a project
 * registered at prefecture level (a city without counties, such as 东莞) has that prefecture as its
 * narrowest scope. Throws UNKNOWN_REGION for a malformed code, VALIDATION_FAILED for a
 * province-level project region with a narrower scope.
 */
export function localScopeRegionCode(projectRegionCode: string, scope: LocalScope): string {
  const code = normalizeRegionCode(projectRegionCode);
  if (code === null) throw new DomainError('UNKNOWN_REGION', `地区代码无效："${projectRegionCode}"`, 'regionCode');
  let county = code;
  if (regionLevelOf(code) === RegionLevel.TOWNSHIP) county = parentRegionCode(code)!;
  const level = regionLevelOf(county);
  if (level === RegionLevel.PROVINCE && scope !== LocalScope.PROVINCE) {
    throw new DomainError('VALIDATION_FAILED', '项目地区为省级时，本地范围只能是全省', 'localScope');
  }
  switch (scope) {
    case LocalScope.COUNTY:
      return county;
    case LocalScope.PREFECTURE:
      return level === RegionLevel.COUNTY ? parentRegionCode(county)! : county;
    case LocalScope.PROVINCE:
      return `${county.slice(0, 2)}0000`;
  }
}

/**
 * True when the worker's hukou region lies within the project's local scope. An unknown or malformed
 * hukou is not local: the ledger counts only what it can show.
 */
export function isLocalHukou(hukouRegionCode: string | null | undefined, localScopeCode: string): boolean {
  return !!hukouRegionCode && isWithinRegion(hukouRegionCode, localScopeCode);
}
