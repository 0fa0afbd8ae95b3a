import { Role } from '@jobbridge/contracts';

/** Who is calling: the user behind a verified token, as the user is now in the database (ADR 0010). */
export interface AuthUser {
  id: string;
  role: Role;
  displayName: string;
  /** Officers only: the region they act for. */
  regionCode: string | null;
}
