import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { MATCH_CANDIDATES_QUERY } from '../applicants.graphql';
import { CandidateCard } from '../components/CandidateCard';

const COUNT = 20;

/** /employer/jobs/:id/candidates: job seekers recommended for one of the employer's postings. */
export function CandidatesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MATCH_CANDIDATES_QUERY, {
    variables: { jobPostingId: id, first: COUNT },
    fetchPolicy: 'cache-and-network',
  });
  const matches = data?.matchCandidates;

  return (
    <div className="page">
      <PageHeader
        title={t('employer.candidates.title')}
        subtitle={data?.jobPosting ? t('employer.candidates.subtitle', { title: data.jobPosting.title }) : t('employer.candidates.intro')}
        extra={
          <>
            <Link to={`/employer/jobs/${id}/applicants`} data-testid="candidates-to-applicants">
              <Button>{t('employer.jobs.applicants')}</Button>
            </Link>
            <Link to="/employer/jobs">
              <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
            </Link>
          </>
        }
      />
      {error && !matches ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !matches ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : matches.length === 0 ? (
        <Empty description={t('employer.candidates.empty')} data-testid="candidates-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="candidates">
          {matches.map((match) => (
            <CandidateCard key={match.candidate.id} match={match} />
          ))}
        </Flex>
      )}
    </div>
  );
}
