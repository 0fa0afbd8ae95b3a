import { BarChartOutlined, EditOutlined, EyeOutlined, PlayCircleOutlined, PoweroffOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode, LiveRoomStatus, Role, type LiveChatMessage } from '@jobbridge/contracts';
import { DEFAULT_LIVE_CHAT_RULES } from '@jobbridge/domain';
import { Alert, App, Button, Col, Flex, Grid, Popconfirm, Result, Row, type ButtonProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { hasErrorCode, useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { HostLineup } from '../components/HostLineup';
import { HostQuestionQueue } from '../components/HostQuestionQueue';
import { HostStats } from '../components/HostStats';
import { LiveChatPanel } from '../components/LiveChatPanel';
import { LiveComposer } from '../components/LiveComposer';
import { LiveRoomFormModal } from '../components/LiveRoomFormModal';
import { LiveRoomHeader } from '../components/LiveRoomHeader';
import { useLiveRoom } from '../hooks/use-live-room';
import { liveErrorText } from '../live-format';
import { laterStatus } from '../live-room-state';
import {
  END_LIVE_ROOM_MUTATION,
  LIVE_ROOM_QUERY,
  LIVE_ROOM_QUESTIONS_QUERY,
  START_LIVE_ROOM_MUTATION,
  type HostQuestion,
  type LineupJob,
} from '../live-rooms.graphql';

/**
 * The host console (`/host/live/:id`, the room's host): go live and end (GraphQL), pin and unpin lineup jobs, the
 * question queue (`liveRoomQuestions`, then live `host.question` pushes) answered inline, chat with moderation
 * (remove a message, mute its author) and live counters, all over the room's socket.
 */
export function HostConsolePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user, role } = useAuth();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const screens = Grid.useBreakpoint();
  const { data, loading, error, refetch } = useQuery(LIVE_ROOM_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const room = data?.liveRoom;
  const isHost = Boolean(room?.isHost);
  const live = useLiveRoom(room && isHost ? room.id : null);
  const { state } = live;
  const questionsQuery = useQuery(LIVE_ROOM_QUESTIONS_QUERY, { variables: { id }, skip: !isHost, fetchPolicy: 'cache-and-network' });
  const [startRoom, startState] = useMutation(START_LIVE_ROOM_MUTATION);
  const [endRoom, endState] = useMutation(END_LIVE_ROOM_MUTATION);
  const [busyPin, setBusyPin] = useState<string | null>(null);
  const [mutedIds, setMutedIds] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState(false);

  // Questions pushed while the socket was down are not replayed: re-read the queue after every re-join.
  const wasJoined = useRef(false);
  const refetchQuestions = questionsQuery.refetch;
  useEffect(() => {
    const joined = state.connection === 'joined';
    if (joined && !wasJoined.current && state.seq > 0) void refetchQuestions().catch(() => undefined);
    wasJoined.current = joined;
  }, [state.connection, state.seq, refetchQuestions]);

  // Questions left open at the end became their job's FAQ: re-read the queue when the room ends.
  const ended = state.status === LiveRoomStatus.ENDED;
  useEffect(() => {
    if (ended) void refetchQuestions().catch(() => undefined);
  }, [ended, refetchQuestions]);

  const questions = useMemo(() => {
    const byId = new Map<string, HostQuestion>();
    (questionsQuery.data?.liveRoomQuestions ?? []).forEach((q) => byId.set(q.id, q));
    state.incomingQuestions.forEach((q) => byId.set(q.id, { ...byId.get(q.id), ...q }));
    // Answers pushed to the room (this console's own, or another tab's) settle the queue's entries.
    state.answered.forEach((q) => byId.has(q.id) && byId.set(q.id, { ...byId.get(q.id)!, ...q }));
    return [...byId.values()].sort((a, b) => a.askedAt.localeCompare(b.askedAt));
  }, [questionsQuery.data, state.incomingQuestions, state.answered]);

  const jobs = useMemo(() => room?.lineup.map((l) => l.jobPosting) ?? [], [room]);
  const jobTitles = useMemo(() => new Map(jobs.map((j) => [j.id, j.title])), [jobs]);

  if (loading && !data) return <PageLoading />;
  if (!room) {
    const missing = !error || hasErrorCode(error, ErrorCode.NOT_FOUND) || hasErrorCode(error, ErrorCode.VALIDATION_FAILED);
    return missing ? (
      <Result status="404" title={t('live.room.notFound')} />
    ) : (
      <QueryErrorResult error={error} onRetry={() => void refetch()} />
    );
  }
  if (!isHost) {
    return (
      <Result
        status="403"
        title={t('live.host.notHost')}
        data-testid="host-not-host"
        extra={
          role === Role.OFFICER || role === Role.ADMIN ? (
            <Link to={`/host/live/${room.id}/report`}>
              <Button>{t('live.host.report')}</Button>
            </Link>
          ) : null
        }
      />
    );
  }

  const status = laterStatus(state.status, room.status);
  const joined = state.connection === 'joined';
  const isLive = status === LiveRoomStatus.LIVE;
  const canAct = joined && isLive;

  const start = async () => {
    try {
      await startRoom({ variables: { id: room.id } });
      void message.success(t('live.host.started'));
    } catch (e) {
      handleError(e);
    }
  };
  const end = async () => {
    try {
      await endRoom({ variables: { id: room.id } });
      void message.success(t('live.host.ended'));
    } catch (e) {
      handleError(e);
    }
  };
  const pin = async (job: LineupJob) => {
    setBusyPin(job.id);
    try {
      const result = await live.pin(job.id);
      if (result.ok) void message.success(t('live.host.lineup.pinnedOk', { title: job.title }));
      else void message.error(liveErrorText(t, result.code));
    } finally {
      setBusyPin(null);
    }
  };
  const unpin = async () => {
    setBusyPin(state.pinned?.jobPostingId ?? null);
    try {
      const result = await live.unpin();
      if (result.ok) void message.success(t('live.host.lineup.unpinnedOk'));
      else void message.error(liveErrorText(t, result.code));
    } finally {
      setBusyPin(null);
    }
  };
  const remove = async (m: LiveChatMessage) => {
    const result = await live.removeMessage(m.id);
    if (result.ok) void message.success(t('live.chat.removed'));
    else void message.error(liveErrorText(t, result.code));
  };
  const mute = async (m: LiveChatMessage, muted: boolean) => {
    const result = await live.mute(m.userId, muted);
    if (!result.ok) {
      void message.error(liveErrorText(t, result.code));
      return;
    }
    setMutedIds((ids) => {
      const next = new Set(ids);
      if (muted) next.add(m.userId);
      else next.delete(m.userId);
      return next;
    });
    void message.success(muted ? t('live.chat.mutedUser', { name: m.userName }) : t('live.chat.unmutedUser', { name: m.userName }));
  };

  const actions = (
    <Flex gap={8} wrap>
      {status === LiveRoomStatus.SCHEDULED ? (
        <Button
          type="primary"
          size="large"
          icon={<PlayCircleOutlined />}
          loading={startState.loading}
          onClick={() => void start()}
          data-testid="host-start"
        >
          {t('live.host.goLive')}
        </Button>
      ) : null}
      {status === LiveRoomStatus.LIVE ? (
        <Popconfirm
          title={t('live.host.endConfirm')}
          okText={t('live.host.end')}
          cancelText={t('common.cancel')}
          onConfirm={() => void end()}
          okButtonProps={{ danger: true, 'data-testid': 'host-end-confirm' } as ButtonProps}
        >
          <Button danger size="large" icon={<PoweroffOutlined />} loading={endState.loading} data-testid="host-end">
            {t('live.host.end')}
          </Button>
        </Popconfirm>
      ) : null}
      {status !== LiveRoomStatus.ENDED ? (
        <Button icon={<EditOutlined />} size="large" onClick={() => setEditing(true)} data-testid="host-edit">
          {t('live.host.edit')}
        </Button>
      ) : null}
      <Link to={`/live/${room.id}`} target="_blank" data-testid="host-viewer-link">
        <Button icon={<EyeOutlined />} size="large">
          {t('live.host.viewerPage')}
        </Button>
      </Link>
      {status !== LiveRoomStatus.SCHEDULED ? (
        <Link to={`/host/live/${room.id}/report`} data-testid="host-report-link">
          <Button icon={<BarChartOutlined />} size="large" type={status === LiveRoomStatus.ENDED ? 'primary' : 'default'}>
            {t('live.host.report')}
          </Button>
        </Link>
      ) : null}
    </Flex>
  );

  const chat = (
    <LiveChatPanel
      title={t('live.host.chat.title')}
      messages={state.chat}
      meId={user?.id ?? null}
      height={screens.lg ? 420 : 260}
      testId="host-chat"
      moderation={{ onRemove: (m) => void remove(m), onMute: (m, muted) => void mute(m, muted), mutedUserIds: mutedIds }}
      composer={
        <LiveComposer
          max={DEFAULT_LIVE_CHAT_RULES.maxChatLength}
          placeholder={t('live.chat.placeholder')}
          submitText={t('live.chat.send')}
          onSend={live.sendChat}
          blocked={
            canAct
              ? undefined
              : status === LiveRoomStatus.ENDED
                ? t('live.host.ended')
                : joined
                  ? t('live.chat.notLive')
                  : t('live.room.connecting')
          }
          testId="host-chat"
        />
      }
    />
  );

  return (
    <div
      className="page host-console"
      data-testid="host-console"
      data-room-id={room.id}
      data-status={status}
      data-connection={state.connection}
    >
      <Flex vertical gap={12}>
        <LiveRoomHeader room={room} status={status} />
        {actions}
        {status === LiveRoomStatus.SCHEDULED ? (
          <Alert type="info" showIcon title={t('live.host.scheduledHint', { time: formatDateTime(room.scheduledStart) })} />
        ) : null}
        {status === LiveRoomStatus.ENDED ? (
          <Alert type="success" showIcon title={t('live.host.endedHint')} data-testid="host-ended" />
        ) : null}
        {state.connection === 'reconnecting' ? <Alert type="warning" showIcon banner title={t('live.room.reconnecting')} /> : null}
        <HostStats stats={state.stats} likes={state.likes} />
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Flex vertical gap={12}>
              <HostLineup
                jobs={jobs}
                pinnedId={state.pinned?.jobPostingId ?? null}
                applications={state.stats?.applications ?? {}}
                canPin={canAct}
                busyId={busyPin}
                onPin={(job) => void pin(job)}
                onUnpin={() => void unpin()}
              />
              <HostQuestionQueue questions={questions} jobTitles={jobTitles} canAnswer={canAct} onAnswer={live.answer} />
            </Flex>
          </Col>
          <Col xs={24} lg={10}>
            {chat}
          </Col>
        </Row>
      </Flex>
      <LiveRoomFormModal
        open={editing}
        officer={role === Role.OFFICER}
        room={room}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void message.success(t('live.form.updated'));
        }}
      />
    </div>
  );
}
