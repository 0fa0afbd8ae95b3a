import { useQuery } from '@apollo/client/react';
import { ErrorCode, JobPostingStatus, ReportTargetType } from '@jobbridge/contracts';
import { Alert, Card, Col, Flex, Result, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { hasErrorCode } from '../../../shared/errors';
import { CreditGradeTag, ReportButton, usePostingOversight } from '../../oversight';
import { applicationSourceOf } from '../application-channel';
import { ApplyPanel } from '../components/ApplyPanel';
import { EmployerCard } from '../components/EmployerCard';
import { JobFaqCard } from '../components/JobFaqCard';
import { JobDescription } from '../components/JobDescription';
import { JobRequirementsView } from '../components/JobRequirementsView';
import { JobSummary } from '../components/JobSummary';
import { ShareQrCard } from '../components/ShareQrCard';
import { TruthCardView } from '../components/TruthCardView';
import { JOB_DETAIL_QUERY } from '../jobs.graphql';

export function JobDetailPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const source = applicationSourceOf(params);
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { data, loading, error, refetch } = useQuery(JOB_DETAIL_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const job = data?.jobPosting;
  const oversight = usePostingOversight(job?.id);

  if (loading && !data) return <PageLoading />;
  // A malformed id in the address (VALIDATION_FAILED on `id`) is a posting that does not exist, too.
  const missing =
    error &&
    (hasErrorCode(error, ErrorCode.NOT_FOUND) ||
      hasErrorCode(error, ErrorCode.FORBIDDEN) ||
      hasErrorCode(error, ErrorCode.VALIDATION_FAILED));
  if (error && !data && !missing) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  if (!job) return <Result status="404" title={t('jobs.detail.notFound')} data-testid="job-not-found" />;

  return (
    <div className="page" data-testid="job-detail" data-job-id={job.id}>
      {job.status !== JobPostingStatus.PUBLISHED ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('jobs.detail.notPublishedNotice', { status: label('jobPostingStatus', job.status) })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={16}>
            <Card className="job-header-card">
              <JobSummary
                job={job}
                extra={
                  <Flex gap={4} align="center">
                    <CreditGradeTag grade={oversight.grade} />
                    <ReportButton targetType={ReportTargetType.JOB_POSTING} targetId={job.id} size="small" type="text" />
                  </Flex>
                }
              />
              <div className="apply-bar">
                <ApplyPanel
                  jobId={job.id}
                  jobStatus={job.status}
                  myApplication={job.myApplication}
                  onStale={() => void refetch()}
                  source={source}
                />
              </div>
            </Card>
            <TruthCardView truthCard={job.truthCard} verified={oversight.verified} />
            <JobDescription description={job.description} />
            <JobRequirementsView requirements={job.requirements} skills={job.skills} />
            <JobFaqCard faqs={job.faqs} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={16}>
            <EmployerCard employer={job.employer} />
            <ShareQrCard url={window.location.href} />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
