import { useRegionName } from '../../../shared/regions';

/** A region code's short name once loaded (the code until then). */
export function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code) ?? code}</>;
}
