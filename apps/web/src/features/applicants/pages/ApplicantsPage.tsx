import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ApplicationStatus } from '@jobbridge/contracts';
import { App, Button, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { APPLICATION_STATUSES } from '../../../shared/enums/enum-values';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { useApplicationChanges } from '../../../shared/realtime/use-application-changes';
import { useLocalHiringGuard } from '../../projects';
import { APPLICANTS_QUERY, MOVE_APPLICATION_MUTATION, type MovedApplication } from '../applicants.graphql';
import { ApplicantCard } from '../components/ApplicantCard';
import { MoveStatusModal, type MoveDetails } from '../components/MoveStatusModal';
import type { EmployerMove } from '../employer-moves';

const PAGE_SIZE = 20;

export function ApplicantsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [status, setStatus] = useState<ApplicationStatus | undefined>();
  const [pending, setPending] = useState<{ applicationId: string; to: EmployerMove } | null>(null);
  // What each hire made here brought ("预计可享受 …"), from the move itself: the list never asks for subsidies.
  const [hireSubsidies, setHireSubsidies] = useState<Record<string, MovedApplication['subsidies']>>({});

  const { data, error, refetch, fetchMore } = useQuery(APPLICANTS_QUERY, {
    variables: { jobPostingId: id, status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [move, { loading: moving }] = useMutation(MOVE_APPLICATION_MUTATION);
  // A hire on a major project's job joins its roster: below the local-hiring threshold it needs a reason (WARN) or is
  // refused (BLOCK).
  const { guard, dialog } = useLocalHiringGuard();
  const connection = data?.applicationsForJob;
  // New applicants and withdrawals appear without a reload.
  useApplicationChanges((event) => {
    if (event.jobPostingId === id) void refetch();
  });

  const confirmMove = async ({ note, contractMonths }: MoveDetails) => {
    if (!pending) return;
    const input = { applicationId: pending.applicationId, toStatus: pending.to, note, ...(contractMonths ? { contractMonths } : {}) };
    try {
      const moved = await guard((localHiringAcknowledgement) => move({ variables: { input: { ...input, localHiringAcknowledgement } } }));
      if (!moved) {
        setPending(null); // cancelled at the acknowledgement, or refused by the project's rule
        return;
      }
      const application = moved.data?.moveApplication;
      if (application && pending.to === ApplicationStatus.HIRED)
        setHireSubsidies((all) => ({ ...all, [application.id]: application.subsidies }));
      void message.success(t('employer.applicants.moved', { status: label('applicationStatus', pending.to) }));
      setPending(null);
      if (status) void refetch(); // the card may have left the filtered status
    } catch (e) {
      handleError(e);
    }
  };

  const { loadingMore, loadMore } = useLoadMore(fetchMore);

  return (
    <div className="page">
      <PageHeader
        title={t('employer.applicants.title')}
        subtitle={data?.jobPosting ? t('employer.applicants.subtitle', { title: data.jobPosting.title }) : undefined}
        extra={
          <>
            <Link to={`/employer/jobs/${id}/candidates`} data-testid="applicants-to-candidates">
              <Button>{t('employer.jobs.candidates')}</Button>
            </Link>
            <Link to="/employer/jobs">
              <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
            </Link>
          </>
        }
      />
      <Flex style={{ marginBottom: 12 }}>
        <EnumSelect
          group="applicationStatus"
          values={APPLICATION_STATUSES}
          value={status}
          onChange={(v) => setStatus(v as ApplicationStatus | undefined)}
          allowClear
          placeholder={t('employer.applicants.allStatuses')}
          style={{ minWidth: 180 }}
          data-testid="applicants-status-filter"
        />
      </Flex>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : connection.edges.length === 0 ? (
        <Empty description={t('employer.applicants.empty')} data-testid="applicants-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="applicants-list">
          {connection.edges.map(({ node }) => (
            <ApplicantCard
              key={node.id}
              application={node}
              busy={moving && pending?.applicationId === node.id}
              hireSubsidies={hireSubsidies[node.id]}
              onMove={(applicationId, to) => setPending({ applicationId, to })}
            />
          ))}
          <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
        </Flex>
      )}
      {dialog}
      <MoveStatusModal
        target={pending?.to ?? null}
        confirming={moving}
        onConfirm={(details) => void confirmMove(details)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
