import { Role } from '@jobbridge/contracts';
import { isWithinRegion } from '@jobbridge/domain';
import type { AuthUser } from './auth-user';

/** Officers act on their own region and every region below it. */
export function officerCovers(user: AuthUser | undefined, regionCode: string | null | undefined): boolean {
  return !!user && user.role === Role.OFFICER && !!user.regionCode && !!regionCode && isWithinRegion(regionCode, user.regionCode);
}

export const isAdmin = (user: AuthUser | undefined) => user?.role === Role.ADMIN;
