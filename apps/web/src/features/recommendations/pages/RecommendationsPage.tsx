import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@jobbridge/contracts';
import { Button, Col, Empty, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { extractAppErrors } from '../../../shared/errors';
import { JobMatchCard } from '../components/JobMatchCard';
import { RECOMMENDED_JOBS_QUERY } from '../recommendations.graphql';

const COUNT = 20;

/** /me/recommendations: jobs matched to the seeker's labour profile, best first. */
export function RecommendationsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RECOMMENDED_JOBS_QUERY, {
    variables: { first: COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const matches = data?.recommendedJobs;
  const profileRequired = Boolean(error && extractAppErrors(error).some((e) => e.code === ErrorCode.JOB_SEEKER_PROFILE_REQUIRED));

  const goProfile = (
    <Link to="/me/profile">
      <Button type="primary" data-testid="recommendations-go-profile">
        {t('recommendations.goProfile')}
      </Button>
    </Link>
  );

  return (
    <div className="page">
      <PageHeader title={t('recommendations.title')} subtitle={t('recommendations.intro')} />
      {profileRequired ? (
        <Empty description={t('recommendations.profileRequired')} data-testid="recommendations-profile-required">
          {goProfile}
        </Empty>
      ) : error && !matches ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !matches ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : matches.length === 0 ? (
        <Empty description={t('recommendations.empty')} data-testid="recommendations-empty">
          {goProfile}
        </Empty>
      ) : (
        <Row gutter={[12, 12]} data-testid="recommendations">
          {matches.map((match) => (
            <Col key={match.job.id} xs={24} md={12} xl={8}>
              <JobMatchCard match={match} onStale={() => void refetch()} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
