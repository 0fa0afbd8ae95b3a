// Public surface of the jobs feature, for other features that show a whole posting (bureau review).
export { EmployerCard } from './components/EmployerCard';
export { JobDescription } from './components/JobDescription';
export { JobRequirementsView } from './components/JobRequirementsView';
export { JobSummary } from './components/JobSummary';
export { ShareQrCard } from './components/ShareQrCard';
export { TruthPerks } from './components/TruthPerks';
export { TruthCardView } from './components/TruthCardView';
export { JOB_DETAIL_FIELDS, type JobDetailData } from './jobs.graphql';
// The job list's URL query (`/jobs?q=&region=…`), for links that open the list with filters (saved searches).
export { DISTANCE_OPTIONS, toSearchParams, type JobFilterValues } from './hooks/use-job-filters';
// Apply from elsewhere (a recommendation card), recorded under the channel it came through.
export { ApplyPanel } from './components/ApplyPanel';
export { JobCard } from './components/JobCard';
export { jobPath, type JobChannel } from './application-channel';
