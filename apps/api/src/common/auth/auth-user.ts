import { Role } from '@jobbridge/contracts';

/** Who is calling, from the verified JWT. */
export interface AuthUser {
  id: string;
  role: Role;
  displayName: string;
  /** Officers only: the region they act for. */
  regionCode: string | null;
}
