import { useMutation, useQuery } from '@apollo/client/react';
import { VerificationStatus } from '@jobbridge/contracts';
import { App, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { EMPLOYERS_FOR_REVIEW_QUERY, VERIFY_EMPLOYER_MUTATION } from '../bureau.graphql';
import { EmployerReviewCard } from '../components/EmployerReviewCard';
import { ReasonModal } from '../components/ReasonModal';

/** The API returns a plain list (no cursor), capped at 100. */
const LIST_SIZE = 100;

export function EmployerReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejectingId, setRejectingId] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(EMPLOYERS_FOR_REVIEW_QUERY, {
    variables: { first: LIST_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [verify] = useMutation(VERIFY_EMPLOYER_MUTATION);
  const employers = data?.employersForReview;

  const decide = async (employerId: string, status: VerificationStatus, note?: string) => {
    setBusyId(employerId);
    try {
      await verify({ variables: { employerId, status, note } });
      void message.success(status === VerificationStatus.VERIFIED ? t('bureau.employers.verified') : t('bureau.employers.rejected'));
      setRejectingId(null);
      await refetch();
    } catch (e) {
      handleError(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={t('bureau.employers.title')} subtitle={t('bureau.employers.intro')} />
      {error && !employers ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !employers ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : employers.length === 0 ? (
        <Empty description={t('bureau.employers.empty')} data-testid="employer-review-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="employer-review-list">
          {employers.map((employer) => (
            <EmployerReviewCard
              key={employer.id}
              employer={employer}
              busy={busyId === employer.id}
              onVerify={() => void decide(employer.id, VerificationStatus.VERIFIED)}
              onReject={() => setRejectingId(employer.id)}
            />
          ))}
        </Flex>
      )}
      <ReasonModal
        open={rejectingId !== null}
        title={t('bureau.employers.rejectTitle')}
        label={t('bureau.employers.rejectNote')}
        placeholder={t('bureau.employers.rejectNotePlaceholder')}
        requiredMessage={t('bureau.employers.rejectNoteRequired')}
        confirming={busyId !== null}
        onConfirm={(note) => (rejectingId ? decide(rejectingId, VerificationStatus.REJECTED, note) : undefined)}
        onCancel={() => setRejectingId(null)}
        testId="employer-reject-reason"
      />
    </div>
  );
}
