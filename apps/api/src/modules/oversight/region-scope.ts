import { ErrorCode, Role } from '@jobbridge/contracts';
import { regionPrefix } from '@jobbridge/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';

/**
 * The region an officer's (or admin's) oversight query covers: the one asked for, which must lie within the officer's
 * own; the officer's own when none is asked. Admins see everything (null: no region filter unless asked).
 */
export function oversightRegion(user: AuthUser, asked?: string | null): string | null {
  if (isAdmin(user)) return asked ?? null;
  if (user.role !== Role.OFFICER || !user.regionCode) throw new AppError(ErrorCode.FORBIDDEN, '仅人社部门工作人员可查看');
  const region = asked ?? user.regionCode;
  if (!officerCovers(user, region)) throw new AppError(ErrorCode.FORBIDDEN, '该地区不在您的辖区', 'regionCode');
  return region;
}

/** SQL LIKE pattern of a region and everything below it. */
export const regionLike = (code: string) => `${regionPrefix(code)}%`;
