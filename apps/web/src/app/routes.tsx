import { Role } from '@jobbridge/contracts';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireRole } from '../features/auth';
import { PageLoading } from '../shared/components/PageLoading';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

// Route-level code splitting: each page is its own chunk.
const JobListPage = lazy(() => import('../features/jobs/pages/JobListPage'));
const JobDetailPage = lazy(() => import('../features/jobs/pages/JobDetailPage'));
const LoginPage = lazy(() => import('../features/auth/pages/LoginPage'));
const RegisterPage = lazy(() => import('../features/auth/pages/RegisterPage'));
const ProfilePage = lazy(() => import('../features/seeker-profile/pages/ProfilePage'));
const MyApplicationsPage = lazy(() => import('../features/applications/pages/MyApplicationsPage'));
const CompanyPage = lazy(() => import('../features/employer-profile/pages/CompanyPage'));
const MyJobsPage = lazy(() => import('../features/employer-jobs/pages/MyJobsPage'));
const JobEditorPage = lazy(() => import('../features/employer-jobs/pages/JobEditorPage'));
const ApplicantsPage = lazy(() => import('../features/applicants/pages/ApplicantsPage'));
const ReviewQueuePage = lazy(() => import('../features/bureau-review/pages/ReviewQueuePage'));
const EmployerReviewPage = lazy(() => import('../features/bureau-review/pages/EmployerReviewPage'));

const page = (node: ReactNode) => <Suspense fallback={<PageLoading />}>{node}</Suspense>;
const only = (roles: readonly Role[], node: ReactNode) => page(<RequireRole roles={roles}>{node}</RequireRole>);

const SEEKER = [Role.JOB_SEEKER] as const;
const EMPLOYER = [Role.EMPLOYER] as const;
const OFFICER = [Role.OFFICER] as const;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={page(<JobListPage />)} />
        <Route path="jobs" element={page(<JobListPage />)} />
        <Route path="jobs/:id" element={page(<JobDetailPage />)} />
        <Route path="login" element={page(<LoginPage />)} />
        <Route path="register" element={page(<RegisterPage />)} />

        <Route path="me/profile" element={only(SEEKER, <ProfilePage />)} />
        <Route path="me/applications" element={only(SEEKER, <MyApplicationsPage />)} />

        <Route path="employer/company" element={only(EMPLOYER, <CompanyPage />)} />
        <Route path="employer/jobs" element={only(EMPLOYER, <MyJobsPage />)} />
        <Route path="employer/jobs/new" element={only(EMPLOYER, <JobEditorPage />)} />
        <Route path="employer/jobs/:id/edit" element={only(EMPLOYER, <JobEditorPage />)} />
        <Route path="employer/jobs/:id/applicants" element={only(EMPLOYER, <ApplicantsPage />)} />

        <Route path="bureau/review" element={only(OFFICER, <ReviewQueuePage />)} />
        <Route path="bureau/employers" element={only(OFFICER, <EmployerReviewPage />)} />

        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
