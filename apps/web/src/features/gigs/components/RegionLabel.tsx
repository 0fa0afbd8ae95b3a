import { useRegion } from '../../../shared/regions';

/** A region code's full name once loaded (the code until then). */
export function RegionLabel({ code }: { code: string }) {
  const region = useRegion(code);
  return <>{region?.fullName ?? region?.name ?? code}</>;
}
