import { ApplicationStatus, JobKind, JobPostingStatus, VerificationStatus } from '@jobbridge/contracts';
import { Badge, Tag } from 'antd';
import { useEnumLabel } from '../enums/enum-labels';

const APPLICATION_COLORS: Record<ApplicationStatus, string> = {
  [ApplicationStatus.SUBMITTED]: 'blue',
  [ApplicationStatus.VIEWED]: 'cyan',
  [ApplicationStatus.INTERVIEW]: 'purple',
  [ApplicationStatus.OFFER]: 'gold',
  [ApplicationStatus.HIRED]: 'green',
  [ApplicationStatus.REJECTED]: 'default',
  [ApplicationStatus.WITHDRAWN]: 'default',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={APPLICATION_COLORS[status]} data-testid="application-status" data-status={status}>
      {label('applicationStatus', status)}
    </Tag>
  );
}

const POSTING_COLORS: Record<JobPostingStatus, string> = {
  [JobPostingStatus.DRAFT]: 'default',
  [JobPostingStatus.PENDING_REVIEW]: 'processing',
  [JobPostingStatus.PUBLISHED]: 'success',
  [JobPostingStatus.REJECTED]: 'error',
  [JobPostingStatus.CLOSED]: 'default',
};

export function JobPostingStatusTag({ status }: { status: JobPostingStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={POSTING_COLORS[status]} data-testid="job-status" data-status={status}>
      {label('jobPostingStatus', status)}
    </Tag>
  );
}

const KIND_COLORS: Record<JobKind, string> = {
  [JobKind.FULL_TIME]: 'blue',
  [JobKind.PART_TIME]: 'geekblue',
  [JobKind.GIG]: 'orange',
  [JobKind.INTERNSHIP]: 'cyan',
  [JobKind.PUBLIC_WELFARE]: 'green',
  [JobKind.WORK_RELIEF]: 'volcano',
};

export function JobKindTag({ kind }: { kind: JobKind }) {
  const label = useEnumLabel();
  return (
    <Tag color={KIND_COLORS[kind]} data-testid="job-kind" data-kind={kind}>
      {label('jobKind', kind)}
    </Tag>
  );
}

const VERIFICATION_BADGE: Record<VerificationStatus, 'processing' | 'success' | 'error'> = {
  [VerificationStatus.PENDING]: 'processing',
  [VerificationStatus.VERIFIED]: 'success',
  [VerificationStatus.REJECTED]: 'error',
};

export function VerificationBadge({ status }: { status: VerificationStatus }) {
  const label = useEnumLabel();
  return (
    <span data-testid="verification-status" data-status={status}>
      <Badge status={VERIFICATION_BADGE[status]} text={label('verificationStatus', status)} />
    </span>
  );
}
