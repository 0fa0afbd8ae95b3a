import { Alert, Button, Drawer, Flex, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmployerCard, JobDescription, JobRequirementsView, JobSummary, TruthCardView, type JobDetailData } from '../../jobs';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { FlagDecisionsPanel } from '../../oversight';

/** The whole posting under review, with 通过 / 驳回. */
export function ReviewDrawer({
  job,
  busy,
  onApprove,
  onReject,
  onClose,
}: {
  job: JobDetailData | null;
  busy: boolean;
  onApprove: () => void;
  onReject: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();

  return (
    <Drawer
      open={job !== null}
      onClose={onClose}
      title={t('bureau.review.drawerTitle')}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button danger onClick={onReject} disabled={busy} data-testid="review-reject">
            {t('bureau.review.reject')}
          </Button>
          <Button type="primary" onClick={onApprove} loading={busy} data-testid="review-approve">
            {t('bureau.review.approve')}
          </Button>
        </Flex>
      }
    >
      {job ? (
        <Flex vertical gap={16} data-testid="review-drawer" data-job-id={job.id}>
          {job.screeningFlags.length ? (
            <Alert
              type="warning"
              showIcon
              title={t('bureau.review.flags')}
              description={<ScreeningFlagTags flags={job.screeningFlags} />}
            />
          ) : null}
          {job.screeningFlags.length ? <FlagDecisionsPanel jobId={job.id} /> : null}
          <JobSummary job={job} />
          <TruthCardView truthCard={job.truthCard} />
          <JobDescription description={job.description} />
          <JobRequirementsView requirements={job.requirements} skills={job.skills} />
          <EmployerCard employer={job.employer} />
        </Flex>
      ) : null}
    </Drawer>
  );
}
