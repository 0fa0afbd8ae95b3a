import { CheckCircleFilled, SendOutlined } from '@ant-design/icons';
import { Role } from '@jobbridge/contracts';
import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { loginPath, useAuth } from '../../auth';
import type { LiveRoomControls } from '../hooks/use-live-room';
import { liveErrorText } from '../live-format';

/**
 * 立即报名 on the pinned card: one tap applies (`card.apply`). One idempotency key per tap attempt: taps while the
 * first is on its way are the same attempt (a double tap makes one application), a lost answer is retried with the
 * same key, and only a refusal starts a new attempt. Signed-out viewers go to the login page and come back.
 */
export function LiveApplyButton({
  roomId,
  jobPostingId,
  applied,
  live,
  onApply,
}: {
  roomId: string;
  jobPostingId: string;
  applied: boolean;
  /** In the room and the room is live: the API takes applications. */
  live: boolean;
  onApply: LiveRoomControls['apply'];
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const back = `/live/${roomId}`;

  if (applied) {
    return (
      <Flex vertical gap={4} align="stretch">
        <Button
          size="large"
          block
          disabled
          icon={<CheckCircleFilled />}
          className="live-apply-button live-apply-button-done"
          data-testid="live-apply-button"
          data-state="applied"
        >
          {t('live.card.applied')}
        </Button>
        <Typography.Text type="secondary" className="live-apply-hint" data-testid="live-applied-hint">
          {t('live.card.appliedHint')} <Link to="/me/applications">{t('live.card.viewProgress')}</Link>
        </Typography.Text>
      </Flex>
    );
  }

  if (!user) {
    return (
      <Button
        type="primary"
        size="large"
        block
        icon={<SendOutlined />}
        className="live-apply-button"
        onClick={() => navigate(loginPath(back))}
        data-testid="live-apply-button"
        data-state="login"
      >
        {t('live.card.loginToApply')}
      </Button>
    );
  }

  if (user.role !== Role.JOB_SEEKER) {
    return (
      <Tooltip title={t('live.card.seekerOnly')}>
        <Button
          type="primary"
          size="large"
          block
          disabled
          className="live-apply-button"
          data-testid="live-apply-button"
          data-state="seeker-only"
        >
          {t('live.card.apply')}
        </Button>
      </Tooltip>
    );
  }

  const apply = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await onApply(jobPostingId, idempotencyKey);
      if (result.ok) {
        void message.success(t('live.card.success'));
        return;
      }
      // Without an answer the application may exist: a retry keeps the key. A refusal makes the next tap a new attempt.
      if (result.code !== 'NETWORK' && result.code !== 'NOT_CONNECTED') setIdempotencyKey(newIdempotencyKey());
      if (result.code === 'JOB_SEEKER_PROFILE_REQUIRED') {
        modal.confirm({
          title: t('live.errors.JOB_SEEKER_PROFILE_REQUIRED'),
          content: t('live.card.profileRequired'),
          okText: t('live.card.goProfile'),
          cancelText: t('common.cancel'),
          onOk: () => navigate(`/me/profile?redirect=${encodeURIComponent(back)}`),
        });
      } else if (result.code === 'ALREADY_APPLIED') {
        void message.info(liveErrorText(t, result.code));
      } else if (result.code === 'UNAUTHENTICATED') {
        navigate(loginPath(back));
      } else {
        void message.error({ content: liveErrorText(t, result.code), duration: result.code === 'LOCAL_FIRST_WINDOW' ? 6 : 3 });
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };

  return (
    <Button
      type="primary"
      size="large"
      block
      icon={<SendOutlined />}
      loading={busy}
      disabled={!live}
      className="live-apply-button"
      onClick={() => void apply()}
      data-testid="live-apply-button"
      data-state={busy ? 'applying' : 'ready'}
      data-idempotency-key={idempotencyKey}
    >
      {busy ? t('live.card.applying') : t('live.card.apply')}
    </Button>
  );
}
