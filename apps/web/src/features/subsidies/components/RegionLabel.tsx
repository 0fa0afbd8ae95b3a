import { useRegionName } from '../../../shared/regions';

/** A region code's name once loaded (the code until then). */
export function RegionLabel({ code }: { code: string }) {
  return <>{useRegionName(code) ?? code}</>;
}
