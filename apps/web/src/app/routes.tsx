import { Role } from '@jobbridge/contracts';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireRole } from '../features/auth';
// The job list is the first screen for most visits: in the entry chunk, so its search is sent in the same render as
// the session check instead of after a second round of downloads (issue 10).
import { JobListPage } from '../features/jobs/pages/JobListPage';
import { PageLoading } from '../shared/components/PageLoading';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

// Route-level code splitting: every other page is its own chunk. Pages are named exports (house style).
const lazyPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const JobDetailPage = lazyPage(() => import('../features/jobs/pages/JobDetailPage'), 'JobDetailPage');
const LoginPage = lazyPage(() => import('../features/auth/pages/LoginPage'), 'LoginPage');
const RegisterPage = lazyPage(() => import('../features/auth/pages/RegisterPage'), 'RegisterPage');
const ProfilePage = lazyPage(() => import('../features/seeker-profile/pages/ProfilePage'), 'ProfilePage');
const MyApplicationsPage = lazyPage(() => import('../features/applications/pages/MyApplicationsPage'), 'MyApplicationsPage');
const RecommendationsPage = lazyPage(() => import('../features/recommendations/pages/RecommendationsPage'), 'RecommendationsPage');
const SubscriptionsPage = lazyPage(() => import('../features/saved-searches/pages/SubscriptionsPage'), 'SubscriptionsPage');
const CandidatesPage = lazyPage(() => import('../features/applicants/pages/CandidatesPage'), 'CandidatesPage');
const CompanyPage = lazyPage(() => import('../features/employer-profile/pages/CompanyPage'), 'CompanyPage');
const MyJobsPage = lazyPage(() => import('../features/employer-jobs/pages/MyJobsPage'), 'MyJobsPage');
const JobEditorPage = lazyPage(() => import('../features/employer-jobs/pages/JobEditorPage'), 'JobEditorPage');
const ApplicantsPage = lazyPage(() => import('../features/applicants/pages/ApplicantsPage'), 'ApplicantsPage');
const ReviewQueuePage = lazyPage(() => import('../features/bureau-review/pages/ReviewQueuePage'), 'ReviewQueuePage');
const EmployerReviewPage = lazyPage(() => import('../features/bureau-review/pages/EmployerReviewPage'), 'EmployerReviewPage');
const ProjectDashboardPage = lazyPage(() => import('../features/projects/pages/ProjectDashboardPage'), 'ProjectDashboardPage');
const MyProjectsPage = lazyPage(() => import('../features/projects/pages/MyProjectsPage'), 'MyProjectsPage');
const ProjectPage = lazyPage(() => import('../features/projects/pages/ProjectPage'), 'ProjectPage');
const LiveRoomListPage = lazyPage(() => import('../features/live-rooms/pages/LiveRoomListPage'), 'LiveRoomListPage');
const LiveRoomPage = lazyPage(() => import('../features/live-rooms/pages/LiveRoomPage'), 'LiveRoomPage');
const MyLiveRoomsPage = lazyPage(() => import('../features/live-rooms/pages/MyLiveRoomsPage'), 'MyLiveRoomsPage');
const HostConsolePage = lazyPage(() => import('../features/live-rooms/pages/HostConsolePage'), 'HostConsolePage');
const FairListPage = lazyPage(() => import('../features/job-fairs/pages/FairListPage'), 'FairListPage');
const FairPage = lazyPage(() => import('../features/job-fairs/pages/FairPage'), 'FairPage');
const BoothConsolePage = lazyPage(() => import('../features/job-fairs/pages/BoothConsolePage'), 'BoothConsolePage');
const FairAdminPage = lazyPage(() => import('../features/job-fairs/pages/FairAdminPage'), 'FairAdminPage');
const FairDashboardPage = lazyPage(() => import('../features/job-fairs/pages/FairDashboardPage'), 'FairDashboardPage');
const FairCheckInPage = lazyPage(() => import('../features/job-fairs/pages/FairCheckInPage'), 'FairCheckInPage');
const TeamPage = lazyPage(() => import('../features/job-fairs/pages/TeamPage'), 'TeamPage');
const LiveRoomReportPage = lazyPage(() => import('../features/live-rooms/pages/LiveRoomReportPage'), 'LiveRoomReportPage');
const StatisticsPage = lazyPage(() => import('../features/statistics/pages/StatisticsPage'), 'StatisticsPage');
const MyReportsPage = lazyPage(() => import('../features/oversight/pages/MyReportsPage'), 'MyReportsPage');
const ReportsQueuePage = lazyPage(() => import('../features/oversight/pages/ReportsQueuePage'), 'ReportsQueuePage');
const EmployerCreditPage = lazyPage(() => import('../features/oversight/pages/EmployerCreditPage'), 'EmployerCreditPage');
const EmployerLayoffsPage = lazyPage(() => import('../features/oversight/pages/EmployerLayoffsPage'), 'EmployerLayoffsPage');
const BureauLayoffsPage = lazyPage(() => import('../features/oversight/pages/BureauLayoffsPage'), 'BureauLayoffsPage');
const UnemploymentWatchPage = lazyPage(() => import('../features/oversight/pages/UnemploymentWatchPage'), 'UnemploymentWatchPage');
const ScreeningPatternsPage = lazyPage(() => import('../features/oversight/pages/ScreeningPatternsPage'), 'ScreeningPatternsPage');
const UnemploymentRegistrationPage = lazyPage(
  () => import('../features/employment-support/pages/UnemploymentRegistrationPage'),
  'UnemploymentRegistrationPage',
);
const CaseloadPage = lazyPage(() => import('../features/employment-support/pages/CaseloadPage'), 'CaseloadPage');
const SupportCasePage = lazyPage(() => import('../features/employment-support/pages/SupportCasePage'), 'SupportCasePage');
const ZeroEmploymentHouseholdsPage = lazyPage(
  () => import('../features/employment-support/pages/ZeroEmploymentHouseholdsPage'),
  'ZeroEmploymentHouseholdsPage',
);
const PolicyPacksPage = lazyPage(() => import('../features/subsidies/pages/PolicyPacksPage'), 'PolicyPacksPage');
const PolicyPackPage = lazyPage(() => import('../features/subsidies/pages/PolicyPackPage'), 'PolicyPackPage');
const MySubsidiesPage = lazyPage(() => import('../features/subsidies/pages/MySubsidiesPage'), 'MySubsidiesPage');
const SubsidyQueuePage = lazyPage(() => import('../features/subsidies/pages/SubsidyQueuePage'), 'SubsidyQueuePage');
const GigsNearbyPage = lazyPage(() => import('../features/gigs/pages/GigsNearbyPage'), 'GigsNearbyPage');
const GigDetailPage = lazyPage(() => import('../features/gigs/pages/GigDetailPage'), 'GigDetailPage');
const MyGigsPage = lazyPage(() => import('../features/gigs/pages/MyGigsPage'), 'MyGigsPage');
const GigRecordPage = lazyPage(() => import('../features/gigs/pages/GigRecordPage'), 'GigRecordPage');
const PostGigPage = lazyPage(() => import('../features/gigs/pages/PostGigPage'), 'PostGigPage');
const PostedGigsPage = lazyPage(() => import('../features/gigs/pages/PostedGigsPage'), 'PostedGigsPage');
const GigManagePage = lazyPage(() => import('../features/gigs/pages/GigManagePage'), 'GigManagePage');
const GigCheckInPage = lazyPage(() => import('../features/gigs/pages/GigCheckInPage'), 'GigCheckInPage');
const StationScreenPage = lazyPage(() => import('../features/gigs/pages/StationScreenPage'), 'StationScreenPage');
const GigReviewPage = lazyPage(() => import('../features/gigs/pages/GigReviewPage'), 'GigReviewPage');
const GigAlertsPage = lazyPage(() => import('../features/gigs/pages/GigAlertsPage'), 'GigAlertsPage');
const GigStationsPage = lazyPage(() => import('../features/gigs/pages/GigStationsPage'), 'GigStationsPage');

const page = (node: ReactNode) => <Suspense fallback={<PageLoading />}>{node}</Suspense>;
const only = (roles: readonly Role[], node: ReactNode) => page(<RequireRole roles={roles}>{node}</RequireRole>);

const SEEKER = [Role.JOB_SEEKER] as const;
const EMPLOYER = [Role.EMPLOYER] as const;
const OFFICER = [Role.OFFICER] as const;
/** A project's page: its owner, officers over its region (and admins); the API checks which project. */
const PROJECT_MANAGERS = [Role.EMPLOYER, Role.OFFICER, Role.ADMIN] as const;
/** Live rooms are hosted by employers (their own jobs) and bureau officers (their region's). */
const LIVE_HOSTS = [Role.EMPLOYER, Role.OFFICER] as const;
/** A room's report: its host, officers over its region and admins; the API checks which room. */
const LIVE_REPORT_READERS = [Role.EMPLOYER, Role.OFFICER, Role.ADMIN] as const;
/** A fair's dashboard: officers over its region and admins; the API checks which fair. */
const FAIR_OVERSEERS = [Role.OFFICER, Role.ADMIN] as const;
/** Regional statistics: officers (their region and below) and admins (every region). */
const STATS_READERS = [Role.OFFICER, Role.ADMIN] as const;
/** A case of the caseload: officers over its region and admins; the API checks which case. */
const CASE_READERS = [Role.OFFICER, Role.ADMIN] as const;
/** Gigs are posted by employers (for their company) and by seekers registered as individual posters (个人雇主). */
const GIG_POSTERS = [Role.EMPLOYER, Role.JOB_SEEKER] as const;

export function AppRoutes() {
  return (
    <Routes>
      {/* A station's TV screen: full screen, no header, no sign-in. */}
      <Route path="gigs/stations/:id/screen" element={page(<StationScreenPage />)} />
      <Route element={<AppShell />}>
        <Route index element={page(<JobListPage />)} />
        <Route path="jobs" element={page(<JobListPage />)} />
        <Route path="jobs/:id" element={page(<JobDetailPage />)} />
        <Route path="login" element={page(<LoginPage />)} />
        <Route path="register" element={page(<RegisterPage />)} />

        <Route path="me/profile" element={only(SEEKER, <ProfilePage />)} />
        <Route path="me/applications" element={only(SEEKER, <MyApplicationsPage />)} />
        <Route path="me/recommendations" element={only(SEEKER, <RecommendationsPage />)} />
        <Route path="me/subscriptions" element={only(SEEKER, <SubscriptionsPage />)} />
        <Route path="me/reports" element={only(SEEKER, <MyReportsPage />)} />
        <Route path="me/unemployment" element={only(SEEKER, <UnemploymentRegistrationPage />)} />
        <Route path="me/subsidies" element={only(SEEKER, <MySubsidiesPage />)} />

        <Route path="employer/company" element={only(EMPLOYER, <CompanyPage />)} />
        <Route path="employer/jobs" element={only(EMPLOYER, <MyJobsPage />)} />
        <Route path="employer/jobs/new" element={only(EMPLOYER, <JobEditorPage />)} />
        <Route path="employer/jobs/:id/edit" element={only(EMPLOYER, <JobEditorPage />)} />
        <Route path="employer/jobs/:id/applicants" element={only(EMPLOYER, <ApplicantsPage />)} />
        <Route path="employer/jobs/:id/candidates" element={only(EMPLOYER, <CandidatesPage />)} />
        <Route path="employer/projects" element={only(EMPLOYER, <MyProjectsPage />)} />
        <Route path="employer/layoffs" element={only(EMPLOYER, <EmployerLayoffsPage />)} />
        <Route path="employer/subsidies" element={only(EMPLOYER, <MySubsidiesPage />)} />

        <Route path="bureau/review" element={only(OFFICER, <ReviewQueuePage />)} />
        <Route path="bureau/employers" element={only(OFFICER, <EmployerReviewPage />)} />
        <Route path="bureau/projects" element={only(OFFICER, <ProjectDashboardPage />)} />
        <Route path="bureau/statistics" element={only(STATS_READERS, <StatisticsPage />)} />
        <Route path="bureau/reports" element={only(OFFICER, <ReportsQueuePage />)} />
        <Route path="bureau/layoffs" element={only(OFFICER, <BureauLayoffsPage />)} />
        <Route path="bureau/watch" element={only(OFFICER, <UnemploymentWatchPage />)} />
        <Route path="bureau/screening-patterns" element={only(OFFICER, <ScreeningPatternsPage />)} />
        <Route path="bureau/employers/:id/credit" element={only(OFFICER, <EmployerCreditPage />)} />
        <Route path="bureau/caseload" element={only(OFFICER, <CaseloadPage />)} />
        <Route path="bureau/caseload/:id" element={only(CASE_READERS, <SupportCasePage />)} />
        <Route path="bureau/zero-employment" element={only(OFFICER, <ZeroEmploymentHouseholdsPage />)} />
        <Route path="bureau/subsidies" element={only(OFFICER, <SubsidyQueuePage />)} />

        <Route path="projects/:id" element={only(PROJECT_MANAGERS, <ProjectPage />)} />

        <Route path="live" element={page(<LiveRoomListPage />)} />
        <Route path="live/:id" element={page(<LiveRoomPage />)} />
        <Route path="host/live" element={only(LIVE_HOSTS, <MyLiveRoomsPage />)} />
        <Route path="host/live/:id" element={only(LIVE_HOSTS, <HostConsolePage />)} />
        <Route path="host/live/:id/report" element={only(LIVE_REPORT_READERS, <LiveRoomReportPage />)} />

        <Route path="policies" element={page(<PolicyPacksPage />)} />
        <Route path="policies/:id" element={page(<PolicyPackPage />)} />

        <Route path="fairs" element={page(<FairListPage />)} />
        <Route path="fairs/:id" element={page(<FairPage />)} />
        <Route path="fairs/:id/console" element={only(EMPLOYER, <BoothConsolePage />)} />
        <Route path="fairs/:id/checkin" element={only(SEEKER, <FairCheckInPage />)} />
        <Route path="bureau/fairs" element={only(OFFICER, <FairAdminPage />)} />
        <Route path="bureau/fairs/:id" element={only(FAIR_OVERSEERS, <FairDashboardPage />)} />
        <Route path="employer/team" element={only(EMPLOYER, <TeamPage />)} />

        <Route path="gigs/nearby" element={page(<GigsNearbyPage />)} />
        <Route path="gigs/mine" element={only(SEEKER, <MyGigsPage />)} />
        <Route path="gigs/record" element={only(SEEKER, <GigRecordPage />)} />
        <Route path="gigs/post" element={only(GIG_POSTERS, <PostGigPage />)} />
        <Route path="gigs/posted" element={only(GIG_POSTERS, <PostedGigsPage />)} />
        <Route path="gigs/:id" element={page(<GigDetailPage />)} />
        <Route path="gigs/:id/edit" element={only(GIG_POSTERS, <PostGigPage />)} />
        <Route path="gigs/:id/manage" element={only(GIG_POSTERS, <GigManagePage />)} />
        <Route path="gigs/:id/check-in" element={only(SEEKER, <GigCheckInPage />)} />
        <Route path="bureau/gigs" element={only(OFFICER, <GigReviewPage />)} />
        <Route path="bureau/gigs/alerts" element={only(OFFICER, <GigAlertsPage />)} />
        <Route path="bureau/gigs/stations" element={only(OFFICER, <GigStationsPage />)} />

        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
