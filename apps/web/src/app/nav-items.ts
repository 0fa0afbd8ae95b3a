import { Role } from '@jobbridge/contracts';
import type { Messages } from '../i18n/zh-CN';

export interface NavItem {
  path: string;
  labelKey: `nav.${keyof Messages['nav']}`;
  testId: string;
  /** A count shown on the entry: unread saved-search alerts. */
  badge?: 'searchAlerts';
}

const JOBS: NavItem = { path: '/jobs', labelKey: 'nav.jobs', testId: 'nav-jobs' };

/** Top-nav links per role (signed out: the public job list only). */
export function navItemsFor(role: Role | null): NavItem[] {
  switch (role) {
    case Role.JOB_SEEKER:
      return [
        JOBS,
        { path: '/me/recommendations', labelKey: 'nav.recommendations', testId: 'nav-recommendations' },
        { path: '/me/applications', labelKey: 'nav.myApplications', testId: 'nav-my-applications' },
        { path: '/me/subscriptions', labelKey: 'nav.subscriptions', testId: 'nav-subscriptions', badge: 'searchAlerts' },
        { path: '/me/profile', labelKey: 'nav.myProfile', testId: 'nav-my-profile' },
      ];
    case Role.EMPLOYER:
      return [
        { path: '/employer/jobs', labelKey: 'nav.myJobs', testId: 'nav-employer-jobs' },
        { path: '/employer/jobs/new', labelKey: 'nav.newJob', testId: 'nav-employer-new-job' },
        { path: '/employer/projects', labelKey: 'nav.myProjects', testId: 'nav-employer-projects' },
        { path: '/employer/company', labelKey: 'nav.company', testId: 'nav-employer-company' },
        JOBS,
      ];
    case Role.OFFICER:
      return [
        { path: '/bureau/review', labelKey: 'nav.review', testId: 'nav-bureau-review' },
        { path: '/bureau/employers', labelKey: 'nav.employers', testId: 'nav-bureau-employers' },
        { path: '/bureau/projects', labelKey: 'nav.projects', testId: 'nav-bureau-projects' },
        JOBS,
      ];
    default:
      return [JOBS];
  }
}

/** The nav entry a path belongs to (longest matching prefix), for highlighting. */
export function activeNavPath(items: NavItem[], pathname: string): string | undefined {
  const path = pathname === '/' ? '/jobs' : pathname;
  return items
    .filter((item) => path === item.path || path.startsWith(`${item.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
