import { SendOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { ApplicationSource, ErrorCode, JobPostingStatus, Role } from '@jobbridge/contracts';
import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { loginPath, useAuth } from '../../auth';
import { ApplicationStatusTag } from '../../../shared/components/StatusTags';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { SUBMIT_APPLICATION_MUTATION, type MyApplicationRef } from '../jobs.graphql';

interface ApplyPanelProps {
  jobId: string;
  jobStatus: JobPostingStatus;
  myApplication: MyApplicationRef | null;
  /** Re-reads the posting (e.g. when the API says the seeker already applied). */
  onStale: () => void;
  /** The channel the seeker came through (see application-channel.ts). */
  source: ApplicationSource;
  /** A smaller button, for a card in a list. */
  compact?: boolean;
}

/**
 * 立即投递. One idempotency key per page view: a double tap, or a retry after a lost response, is the same
 * application to the API. After applying (or when already applied) the current status shows instead.
 */
export function ApplyPanel({ jobId, jobStatus, myApplication, onStale, source, compact = false }: ApplyPanelProps) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const inFlight = useRef(false);
  const [submit, { loading }] = useMutation(SUBMIT_APPLICATION_MUTATION);

  if (myApplication) {
    return (
      <Flex align="center" gap={8} wrap data-testid="apply-status">
        <Typography.Text>{t('jobs.apply.alreadyApplied')}</Typography.Text>
        <ApplicationStatusTag status={myApplication.status} />
        <Link to="/me/applications" data-testid="apply-view-progress">
          {t('jobs.apply.viewProgress')}
        </Link>
      </Flex>
    );
  }

  if (jobStatus !== JobPostingStatus.PUBLISHED) {
    return user?.role === Role.JOB_SEEKER ? <Typography.Text type="secondary">{t('jobs.apply.closed')}</Typography.Text> : null;
  }

  if (!user) {
    return (
      <Button
        type="primary"
        size="large"
        icon={<SendOutlined />}
        onClick={() => navigate(loginPath(`/jobs/${jobId}`))}
        data-testid="apply-button"
      >
        {t('jobs.apply.loginToApply')}
      </Button>
    );
  }

  if (user.role !== Role.JOB_SEEKER) {
    return (
      <Tooltip title={t('jobs.apply.seekerOnly')}>
        <Button type="primary" size="large" disabled data-testid="apply-button">
          {t('jobs.apply.button')}
        </Button>
      </Tooltip>
    );
  }

  const apply = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await submit({ variables: { input: { jobPostingId: jobId, source, idempotencyKey } } });
      void message.success(t('jobs.apply.success'));
    } catch (error) {
      handleError(error, {
        onCode: {
          [ErrorCode.JOB_SEEKER_PROFILE_REQUIRED]: () => {
            modal.confirm({
              title: t('jobs.apply.profileRequired'),
              okText: t('jobs.apply.goProfile'),
              cancelText: t('common.cancel'),
              onOk: () => navigate(`/me/profile?redirect=${encodeURIComponent(`/jobs/${jobId}`)}`),
            });
            return true;
          },
          [ErrorCode.ALREADY_APPLIED]: () => void onStale(),
          [ErrorCode.JOB_NOT_PUBLISHED]: () => void onStale(),
          // The key was used for a different request: the next tap is a new attempt.
          [ErrorCode.IDEMPOTENCY_KEY_REUSED]: () => void setIdempotencyKey(newIdempotencyKey()),
        },
      });
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Button
      type="primary"
      size={compact ? 'middle' : 'large'}
      icon={<SendOutlined />}
      loading={loading}
      disabled={loading}
      onClick={() => void apply()}
      data-testid="apply-button"
      data-source={source}
      data-idempotency-key={idempotencyKey}
    >
      {loading ? t('jobs.apply.submitting') : t('jobs.apply.button')}
    </Button>
  );
}
