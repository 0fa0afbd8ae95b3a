import { useMutation, useQuery } from '@apollo/client/react';
import type { TicketUpdateEvent } from '@jobbridge/contracts';
import { Button, Card, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { ACCEPT_TALK, LEAVE_QUEUE, MY_TICKETS_QUERY, type FairBoothData, type TicketData } from '../job-fairs.graphql';
import { TalkPanel } from './TalkPanel';

const HOLDING = new Set(['WAITING', 'CALLED', 'IN_TALK']);

function Countdown({ until }: { until: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((new Date(until).getTime() - now) / 1000));
  return <Typography.Text strong>{t('fairs.tickets.called', { seconds })}</Typography.Text>;
}

/**
 * The seeker's own view of a fair: each ticket with its place and wait (as the API pushes them), the call with its
 * deadline, and the talk once accepted.
 */
export function MyTickets({
  fairId,
  booths,
  updates,
}: {
  fairId: string;
  booths: FairBoothData[];
  updates: Record<string, TicketUpdateEvent>;
}) {
  const { t } = useTranslation();
  const handleError = useGraphQLErrorHandler();
  const { data, refetch } = useQuery(MY_TICKETS_QUERY, { variables: { fairId }, fetchPolicy: 'cache-and-network' });
  const [leave] = useMutation(LEAVE_QUEUE);
  const [accept, { loading: accepting }] = useMutation(ACCEPT_TALK);
  const boothOf = useMemo(() => new Map(booths.map((b) => [b.id, b])), [booths]);

  // A pushed state change (called, talk ended, missed) brings the rest of the ticket with it.
  const statusKey = Object.values(updates)
    .map((u) => `${u.ticketId}:${u.status}`)
    .join(',');
  useEffect(() => {
    if (statusKey) void refetch();
  }, [statusKey, refetch]);

  const tickets: TicketData[] = (data?.myQueueTickets ?? []).map((tk) => {
    const u = updates[tk.id];
    return u && u.status === tk.status
      ? { ...tk, place: u.place, estimatedWaitSeconds: u.estimatedWaitSeconds, answerBy: u.answerBy ?? tk.answerBy }
      : tk;
  });
  const open = tickets.filter((tk) => HOLDING.has(tk.status));
  const past = tickets.filter((tk) => !HOLDING.has(tk.status)).slice(0, 5);

  return (
    <Card size="small" title={t('fairs.tickets.title')} data-testid="my-tickets">
      {!tickets.length ? <Empty description={t('fairs.tickets.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
      <Flex vertical gap={12}>
        {open.map((tk) => {
          const booth = boothOf.get(tk.boothId);
          return (
            <div
              key={tk.id}
              className="fair-ticket"
              data-testid="my-ticket"
              data-ticket-id={tk.id}
              data-status={tk.status}
              data-place={tk.place ?? ''}
            >
              <Space wrap>
                <Typography.Text strong>{booth ? `${booth.number ?? ''} ${booth.employer.name}` : tk.number}</Typography.Text>
                <Tag color={tk.status === 'WAITING' ? 'blue' : 'red'}>{t(`fairs.ticketStatus.${tk.status}`)}</Tag>
                <Typography.Text type="secondary">{t('fairs.tickets.number', { number: tk.number })}</Typography.Text>
              </Space>
              {tk.status === 'WAITING' ? (
                <Flex gap={12} align="center" wrap>
                  <Typography.Text strong data-testid="my-ticket-place">
                    {t('fairs.tickets.place', { place: tk.place })}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {tk.estimatedWaitSeconds != null
                      ? t('fairs.page.wait', { minutes: Math.max(1, Math.round(tk.estimatedWaitSeconds / 60)) })
                      : t('fairs.page.waitUnknown')}
                  </Typography.Text>
                  <Button
                    size="small"
                    onClick={() =>
                      void leave({ variables: { ticketId: tk.id } }).then(
                        () => refetch(),
                        (e) => handleError(e),
                      )
                    }
                    data-testid="my-ticket-leave"
                  >
                    {t('fairs.page.leave')}
                  </Button>
                </Flex>
              ) : null}
              {tk.status === 'CALLED' ? (
                <Flex gap={12} align="center" wrap>
                  {tk.answerBy ? <Countdown until={tk.answerBy} /> : null}
                  <Button
                    type="primary"
                    loading={accepting}
                    onClick={() =>
                      void accept({ variables: { ticketId: tk.id } }).then(
                        () => refetch(),
                        (e) => handleError(e),
                      )
                    }
                    data-testid="my-ticket-accept"
                  >
                    {t('fairs.tickets.accept')}
                  </Button>
                </Flex>
              ) : null}
              {tk.status === 'IN_TALK' || tk.status === 'CALLED' ? <TalkPanel ticketId={tk.id} /> : null}
            </div>
          );
        })}
        {past.map((tk) => (
          <div key={tk.id} data-testid="my-ticket" data-ticket-id={tk.id} data-status={tk.status}>
            <Space wrap>
              <Typography.Text>{boothOf.get(tk.boothId)?.employer.name ?? tk.number}</Typography.Text>
              <Tag>{t(`fairs.ticketStatus.${tk.status}`)}</Tag>
              {tk.outcome ? <Tag color="green">{t('fairs.tickets.outcome', { outcome: t(`fairs.outcome.${tk.outcome}`) })}</Tag> : null}
            </Space>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
