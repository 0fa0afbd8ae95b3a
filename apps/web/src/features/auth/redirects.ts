import { Role } from '@jobbridge/contracts';
import type { User } from './auth.graphql';

/** Only same-app paths ("/jobs/1"), never "//evil.example" or absolute URLs. */
export function safeRedirect(value: string | null): string | null {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

export function loginPath(back: string): string {
  return `/login?redirect=${encodeURIComponent(back)}`;
}

/** Where a user lands after signing in when no page asked for them. */
export function homeFor(user: Pick<User, 'role' | 'hasJobSeekerProfile'>): string {
  switch (user.role) {
    case Role.JOB_SEEKER:
      return user.hasJobSeekerProfile ? '/jobs' : '/me/profile';
    case Role.EMPLOYER:
      return '/employer/jobs';
    case Role.OFFICER:
      return '/bureau/review';
    default:
      return '/jobs';
  }
}
