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
/** 直播带岗: the public room list, for everyone. */
const LIVE: NavItem = { path: '/live', labelKey: 'nav.live', testId: 'nav-live' };
/** 直播间: the rooms an employer or officer hosts. */
const HOST_LIVE: NavItem = { path: '/host/live', labelKey: 'nav.hostLive', testId: 'nav-host-live' };
/** 网络招聘会: the public fair list, for everyone. */
const FAIRS: NavItem = { path: '/fairs', labelKey: 'nav.fairs', testId: 'nav-fairs' };
/** 补贴政策: the subsidy policy pages per region, for everyone. */
const POLICIES: NavItem = { path: '/policies', labelKey: 'nav.policies', testId: 'nav-policies' };
/** 数据统计: regional statistics, for officers (their region) and admins (every region). */
const STATISTICS: NavItem = { path: '/bureau/statistics', labelKey: 'nav.statistics', testId: 'nav-bureau-statistics' };

/** Top-nav links per role (signed out: the public job list and live rooms). */
export function navItemsFor(role: Role | null): NavItem[] {
  switch (role) {
    case Role.JOB_SEEKER:
      return [
        JOBS,
        FAIRS,
        LIVE,
        { path: '/me/recommendations', labelKey: 'nav.recommendations', testId: 'nav-recommendations' },
        { path: '/me/applications', labelKey: 'nav.myApplications', testId: 'nav-my-applications' },
        { path: '/me/subscriptions', labelKey: 'nav.subscriptions', testId: 'nav-subscriptions', badge: 'searchAlerts' },
        { path: '/gigs/nearby', labelKey: 'nav.gigsNearby', testId: 'nav-gigs-nearby' },
        { path: '/gigs/mine', labelKey: 'nav.myGigs', testId: 'nav-my-gigs' },
        { path: '/me/profile', labelKey: 'nav.myProfile', testId: 'nav-my-profile' },
        { path: '/me/reports', labelKey: 'nav.myReports', testId: 'nav-my-reports' },
        { path: '/me/unemployment', labelKey: 'nav.unemployment', testId: 'nav-unemployment' },
        { path: '/me/subsidies', labelKey: 'nav.mySubsidies', testId: 'nav-my-subsidies' },
        POLICIES,
      ];
    case Role.EMPLOYER:
      return [
        { path: '/employer/jobs', labelKey: 'nav.myJobs', testId: 'nav-employer-jobs' },
        { path: '/employer/jobs/new', labelKey: 'nav.newJob', testId: 'nav-employer-new-job' },
        { path: '/employer/projects', labelKey: 'nav.myProjects', testId: 'nav-employer-projects' },
        { path: '/gigs/posted', labelKey: 'nav.postedGigs', testId: 'nav-employer-gigs' },
        { path: '/employer/company', labelKey: 'nav.company', testId: 'nav-employer-company' },
        { path: '/employer/team', labelKey: 'nav.team', testId: 'nav-employer-team' },
        { path: '/employer/layoffs', labelKey: 'nav.layoffs', testId: 'nav-employer-layoffs' },
        { path: '/employer/subsidies', labelKey: 'nav.mySubsidies', testId: 'nav-employer-subsidies' },
        HOST_LIVE,
        FAIRS,
        JOBS,
        LIVE,
        POLICIES,
      ];
    case Role.OFFICER:
      return [
        { path: '/bureau/review', labelKey: 'nav.review', testId: 'nav-bureau-review' },
        { path: '/bureau/employers', labelKey: 'nav.employers', testId: 'nav-bureau-employers' },
        { path: '/bureau/projects', labelKey: 'nav.projects', testId: 'nav-bureau-projects' },
        { path: '/bureau/gigs', labelKey: 'nav.gigOversight', testId: 'nav-bureau-gigs' },
        { path: '/bureau/fairs', labelKey: 'nav.bureauFairs', testId: 'nav-bureau-fairs' },
        { path: '/bureau/reports', labelKey: 'nav.reports', testId: 'nav-bureau-reports' },
        { path: '/bureau/layoffs', labelKey: 'nav.layoffs', testId: 'nav-bureau-layoffs' },
        { path: '/bureau/watch', labelKey: 'nav.watch', testId: 'nav-bureau-watch' },
        { path: '/bureau/caseload', labelKey: 'nav.caseload', testId: 'nav-bureau-caseload' },
        { path: '/bureau/subsidies', labelKey: 'nav.subsidyQueue', testId: 'nav-bureau-subsidies' },
        STATISTICS,
        HOST_LIVE,
        JOBS,
        LIVE,
        POLICIES,
      ];
    case Role.ADMIN:
      return [STATISTICS, JOBS, FAIRS, LIVE, POLICIES];
    default:
      return [JOBS, FAIRS, LIVE, POLICIES];
  }
}

/** The nav entry a path belongs to (longest matching prefix), for highlighting. */
export function activeNavPath(items: NavItem[], pathname: string): string | undefined {
  const path = pathname === '/' ? '/jobs' : pathname;
  return items.filter((item) => path === item.path || path.startsWith(`${item.path}/`)).sort((a, b) => b.path.length - a.path.length)[0]
    ?.path;
}
