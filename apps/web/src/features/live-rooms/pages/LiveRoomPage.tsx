import { useQuery } from '@apollo/client/react';
import { ErrorCode, LiveRoomStatus, ReportTargetType } from '@jobbridge/contracts';
import { DEFAULT_LIVE_CHAT_RULES } from '@jobbridge/domain';
import { App, Card, Col, Flex, Grid, Result, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { hasErrorCode } from '../../../shared/errors';
import { loginPath, useAuth } from '../../auth';
import { ReportButton } from '../../oversight';
import { AskHostPanel } from '../components/AskHostPanel';
import { HlsPlayer } from '../components/HlsPlayer';
import { LikeButton } from '../components/LikeButton';
import { LineupList } from '../components/LineupList';
import { LiveApplyButton } from '../components/LiveApplyButton';
import { LiveChatPanel } from '../components/LiveChatPanel';
import { LiveComposer } from '../components/LiveComposer';
import { LiveCounters } from '../components/LiveCounters';
import { LiveRoomHeader } from '../components/LiveRoomHeader';
import { LiveShareCard } from '../components/LiveShareCard';
import { LiveStatusBanner } from '../components/LiveStatusBanner';
import { PinnedJobCard } from '../components/PinnedJobCard';
import { useLiveRoom } from '../hooks/use-live-room';
import { laterStatus } from '../live-room-state';
import { LIVE_ROOM_QUERY } from '../live-rooms.graphql';

const { maxChatLength, maxQuestionLength } = DEFAULT_LIVE_CHAT_RULES;

/**
 * The viewer's page (`/live/:id`, anyone; the shared link and QR code lead here): the video (or a placeholder), the
 * pinned job card with its 岗位真相卡 and 立即报名, chat, likes, questions to the host, live counters, the lineup and
 * the room's QR code. On phones, one column: video, card, chat, then the rest.
 */
export function LiveRoomPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const wide = Boolean(screens.lg);
  const { data, loading, error, refetch } = useQuery(LIVE_ROOM_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const room = data?.liveRoom;
  const live = useLiveRoom(room ? room.id : null);
  const { state } = live;

  if (loading && !data) return <PageLoading />;
  if (!room) {
    const missing = !error || hasErrorCode(error, ErrorCode.NOT_FOUND) || hasErrorCode(error, ErrorCode.VALIDATION_FAILED);
    return missing ? (
      <Result status="404" title={t('live.room.notFound')} data-testid="live-room-not-found" />
    ) : (
      <QueryErrorResult error={error} onRetry={() => void refetch()} />
    );
  }

  // The socket knows first when the room goes live or ends.
  const status = laterStatus(state.status, room.status);
  const isLive = status === LiveRoomStatus.LIVE;
  const ended = status === LiveRoomStatus.ENDED;
  const joined = state.connection === 'joined';
  const you = state.you;
  const back = `/live/${room.id}`;

  /** Why the viewer cannot write (chat or question), or undefined when they can. */
  const blockedReason = (kind: 'chat' | 'question'): ReactNode => {
    if (!user) {
      return (
        <span>
          {t('live.chat.loginToChat')}{' '}
          <Link to={loginPath(back)} data-testid="live-login-link">
            {t('live.chat.login')}
          </Link>
        </span>
      );
    }
    if (!joined || !you) return t('live.room.connecting');
    if (!you.canInteract || (kind === 'question' && you.role !== 'SEEKER')) return t('live.chat.seekerOnly');
    if (you.muted) return t('live.chat.muted');
    if (!isLive) return t('live.chat.notLive');
    return undefined;
  };

  const player = (
    <HlsPlayer
      src={room.streamUrl}
      poster={room.coverUrl}
      active={isLive}
      offlineText={ended ? t('live.player.ended') : t('live.player.notStarted')}
    />
  );
  const interaction = (
    <Flex justify="space-between" align="center" gap={12} className="live-interaction-bar">
      <LiveCounters viewers={state.stats?.viewers ?? room.viewers ?? 0} likes={state.likes} />
      <LikeButton onLike={live.like} disabled={!joined || !isLive} />
    </Flex>
  );
  const banner = <LiveStatusBanner status={status} scheduledStart={room.scheduledStart} connection={state.connection} />;
  const card = ended ? null : (
    <PinnedJobCard
      card={state.pinned}
      action={
        state.pinned ? (
          <LiveApplyButton
            key={state.pinned.jobPostingId}
            roomId={room.id}
            jobPostingId={state.pinned.jobPostingId}
            applied={Boolean(you?.appliedJobIds.includes(state.pinned.jobPostingId))}
            live={joined && isLive}
            onApply={live.apply}
          />
        ) : null
      }
    />
  );
  const chat = ended ? null : (
    <LiveChatPanel
      messages={state.chat}
      meId={user?.id ?? null}
      height={wide ? 340 : 240}
      composer={
        <LiveComposer
          max={maxChatLength}
          placeholder={t('live.chat.placeholder')}
          submitText={t('live.chat.send')}
          onSend={live.sendChat}
          blocked={blockedReason('chat')}
          testId="live-chat"
        />
      }
    />
  );
  const questions = ended ? null : (
    <AskHostPanel
      answered={state.answered}
      composer={
        <LiveComposer
          max={maxQuestionLength}
          placeholder={t('live.question.placeholder')}
          submitText={t('live.question.submit')}
          onSend={async (text) => {
            const result = await live.askQuestion(text);
            if (result.ok) void message.success(t('live.question.sent'));
            return result;
          }}
          blocked={blockedReason('question')}
          testId="live-question"
        />
      }
    />
  );
  const lineup = (
    <LineupList
      jobs={room.lineup.map((l) => l.jobPosting)}
      pinnedId={state.pinned?.jobPostingId ?? null}
      appliedIds={you?.appliedJobIds ?? []}
    />
  );
  const description = room.description ? (
    <Card size="small" title={t('live.room.description')}>
      <Typography.Paragraph className="pre-wrap" style={{ margin: 0 }}>
        {room.description}
      </Typography.Paragraph>
    </Card>
  ) : null;
  const share = <LiveShareCard roomId={room.id} />;
  // 举报 beside the title (seekers; visitors are asked to sign in first).
  const header = (
    <Flex justify="space-between" align="flex-start" gap={8}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <LiveRoomHeader room={room} status={status} />
      </div>
      <ReportButton targetType={ReportTargetType.LIVE_ROOM} targetId={room.id} size="small" type="text" />
    </Flex>
  );

  return (
    <div
      className="page live-room-page"
      data-testid="live-room"
      data-room-id={room.id}
      data-status={status}
      data-connection={state.connection}
      data-last-join={state.lastJoin ?? ''}
      data-role={you?.role ?? ''}
    >
      {wide ? (
        <Row gutter={[16, 16]}>
          <Col span={16}>
            <Flex vertical gap={12}>
              {player}
              {header}
              {interaction}
              {banner}
              {card}
              {lineup}
              {description}
            </Flex>
          </Col>
          <Col span={8}>
            <Flex vertical gap={12}>
              {chat}
              {questions}
              {share}
            </Flex>
          </Col>
        </Row>
      ) : isLive ? (
        <Flex vertical gap={12}>
          {player}
          {header}
          {interaction}
          {banner}
          {card}
          {chat}
          {questions}
          {lineup}
          {description}
          {share}
        </Flex>
      ) : (
        // A phone, and the room not live (yet, or any more): no empty player, pinned card, chat or question boxes
        // ahead of the jobs; the banner says when it starts, the job list comes first (issue 10).
        <Flex vertical gap={12} data-testid="live-room-offline-layout">
          {header}
          {banner}
          {lineup}
          {description}
          {chat}
          {questions}
          {share}
        </Flex>
      )}
    </div>
  );
}
