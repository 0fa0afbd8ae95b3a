import { useMutation, useQuery } from '@apollo/client/react';
import { TalkOutcome } from '@jobbridge/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Row,
  Radio,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { TalkPanel } from '../components/TalkPanel';
import { useBoothStaff } from '../hooks/use-fair-socket';
import {
  ANSWER_CALLBACK,
  BOOTH_CALLBACKS_QUERY,
  BOOTH_QUEUE_QUERY,
  CALL_NEXT,
  END_TALK,
  FAIR_BOOTHS_QUERY,
  JOB_FAIR_QUERY,
  type BoothTicketData,
  type FairBoothData,
} from '../job-fairs.graphql';

interface EndValues {
  outcome: TalkOutcome;
  jobPostingId?: string;
  note?: string;
  interviewAt?: Dayjs;
  interviewPlace?: string;
}

function EndTalkForm({ ticket, booth, onDone }: { ticket: BoothTicketData; booth: FairBoothData; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<EndValues>();
  const outcome = Form.useWatch('outcome', form);
  const [end, { loading }] = useMutation(END_TALK);
  const submit = async (v: EndValues) => {
    try {
      await end({
        variables: {
          input: {
            ticketId: ticket.id,
            outcome: v.outcome,
            jobPostingId: v.jobPostingId,
            note: v.note,
            interviewAt: v.interviewAt?.toISOString(),
            interviewPlace: v.interviewPlace,
          },
        },
      });
      message.success(t('fairs.console.ended'));
      onDone();
    } catch (e) {
      handleError(e, { form });
    }
  };
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      data-testid="end-talk-form"
      initialValues={{ jobPostingId: booth.jobPostings[0]?.id }}
    >
      <Form.Item name="outcome" label={t('fairs.console.outcome')} rules={[{ required: true }]}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="end-talk-outcome">
          {Object.values(TalkOutcome).map((o) => (
            <Radio.Button key={o} value={o} data-testid={`end-talk-outcome-${o}`}>
              {t(`fairs.outcome.${o}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      {outcome === TalkOutcome.AGREEMENT || outcome === TalkOutcome.INTERVIEW ? (
        <Form.Item name="jobPostingId" label={t('fairs.console.job')} rules={[{ required: true }]}>
          <Select data-testid="end-talk-job" options={booth.jobPostings.map((j) => ({ value: j.id, label: j.title }))} />
        </Form.Item>
      ) : null}
      {outcome === TalkOutcome.INTERVIEW ? (
        <>
          <Form.Item name="interviewAt" label={t('fairs.console.interviewAt')} rules={[{ required: true }]}>
            <DatePicker showTime format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="interviewPlace" label={t('fairs.console.interviewPlace')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="note" label={t('fairs.console.note')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="end-talk-note" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading} data-testid="end-talk-submit">
        {t('fairs.console.endTalk')}
      </Button>
    </Form>
  );
}

/**
 * A rep's booth console (`/fairs/:id/console`): online at the booth while open, the queue as it changes, call the
 * next seeker, the talk (text and video) with the seeker's labour profile, and the outcome; call-back requests.
 */
export function BoothConsolePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const handleError = useGraphQLErrorHandler();
  const fair = useQuery(JOB_FAIR_QUERY, { variables: { id } });
  const booths = useQuery(FAIR_BOOTHS_QUERY, { variables: { fairId: id } });
  const booth = booths.data?.fairBooths.find((b) => b.employerId === user?.employerId) ?? null;
  const queue = useQuery(BOOTH_QUEUE_QUERY, { variables: { boothId: booth?.id ?? '' }, skip: !booth, fetchPolicy: 'cache-and-network' });
  const callbacks = useQuery(BOOTH_CALLBACKS_QUERY, { variables: { boothId: booth?.id ?? '' }, skip: !booth });
  const online = useBoothStaff(booth?.id ?? null, () => {
    void queue.refetch();
    void callbacks.refetch();
  });
  const [callNext, { loading: calling }] = useMutation(CALL_NEXT);
  const [answer] = useMutation(ANSWER_CALLBACK);

  const failed = fair.error ?? booths.error;
  if (failed && (!fair.data || !booths.data))
    return <QueryErrorResult error={failed} onRetry={() => void Promise.all([fair.refetch(), booths.refetch()])} />;
  if (!fair.data || !booths.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!booth) return <Empty description={t('fairs.console.noBooth')} data-testid="console-no-booth" />;

  const tickets = queue.data?.boothQueue ?? [];
  const current = tickets.find((tk) => (tk.status === 'CALLED' || tk.status === 'IN_TALK') && tk.repUserId === user?.id) ?? null;
  const waiting = tickets.filter((tk) => tk.status === 'WAITING');

  return (
    <div className="page" data-testid="booth-console" data-booth-id={booth.id}>
      <PageHeader
        title={t('fairs.console.title', { number: booth.number })}
        subtitle={fair.data.jobFair.name}
        extra={
          <Tag color={online?.ok ? 'green' : 'default'} data-testid="console-online" data-online={online?.ok ? 'yes' : 'no'}>
            {online?.ok ? t('fairs.console.online') : t('fairs.console.offline')}
          </Tag>
        }
      />
      {online && !online.ok ? <Alert type="warning" showIcon message={online.message} style={{ marginBottom: 12 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card
            size="small"
            title={t('fairs.console.waiting', { count: waiting.length })}
            extra={
              <Button
                type="primary"
                disabled={!!current || !waiting.length}
                loading={calling}
                onClick={() =>
                  void callNext({ variables: { boothId: booth.id } }).then(
                    () => queue.refetch(),
                    (e) => handleError(e),
                  )
                }
                data-testid="console-call-next"
              >
                {t('fairs.console.callNext')}
              </Button>
            }
          >
            {!waiting.length ? <Empty description={t('fairs.console.queueEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
            <List
              size="small"
              dataSource={waiting}
              data-testid="console-queue"
              renderItem={(tk) => (
                <List.Item data-testid="console-queue-item" data-ticket-id={tk.id}>
                  <Space>
                    <Tag>{tk.place}</Tag>
                    <span>{tk.seeker?.fullName ?? tk.number}</span>
                    {tk.onSite ? <Tag color="orange">{t('fairs.checkIn.onSite')}</Tag> : null}
                    <Typography.Text type="secondary">{tk.number}</Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('fairs.console.callbacks')} style={{ marginTop: 16 }}>
            <List
              size="small"
              locale={{ emptyText: t('fairs.console.noCallbacks') }}
              dataSource={callbacks.data?.boothCallbacks ?? []}
              renderItem={(c) => (
                <List.Item
                  actions={[
                    c.answeredAt ? (
                      <Tag key="done">{t('fairs.console.answered')}</Tag>
                    ) : (
                      <Button
                        key="answer"
                        size="small"
                        onClick={() => void answer({ variables: { id: c.id } }).then(() => callbacks.refetch())}
                      >
                        {t('fairs.console.markAnswered')}
                      </Button>
                    ),
                  ]}
                >
                  <div>
                    <div>{c.message}</div>
                    <Typography.Text type="secondary">{formatDateTime(c.createdAt)}</Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {current ? (
            <Flex vertical gap={12} data-testid="console-current" data-ticket-id={current.id} data-status={current.status}>
              <Card size="small" title={t('fairs.console.profile')}>
                {current.seeker ? (
                  <Descriptions size="small" column={2}>
                    <Descriptions.Item label={t('fairs.console.fields.name')}>{current.seeker.fullName}</Descriptions.Item>
                    <Descriptions.Item label={t('fairs.console.fields.hukou')}>
                      {current.seeker.hukouRegion?.fullName ?? '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('fairs.console.fields.skills')}>
                      {current.seeker.skills.join('、') || '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('fairs.console.fields.desired')}>
                      {current.seeker.desiredOccupations.join('、') || '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('fairs.console.fields.groups')}>
                      {current.seeker.priorityGroups.map((g) => t(`enums.priorityGroup.${g}`)).join('、') || '—'}
                    </Descriptions.Item>
                  </Descriptions>
                ) : null}
              </Card>
              {current.status === 'CALLED' ? <Alert type="info" showIcon message={t('fairs.console.waitingCall')} /> : null}
              <TalkPanel ticketId={current.id} />
              {current.status === 'IN_TALK' ? (
                <Card size="small" title={t('fairs.console.endTalk')}>
                  <EndTalkForm ticket={current} booth={booth} onDone={() => void queue.refetch()} />
                </Card>
              ) : null}
            </Flex>
          ) : (
            <Empty description={t('fairs.console.current')} />
          )}
        </Col>
      </Row>
    </div>
  );
}
