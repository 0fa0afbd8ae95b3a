import { FollowUpChannel, FollowUpOutcome } from '@jobbridge/contracts';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { chinaToday } from '../../../shared/utils/format';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { CASELOAD_QUERY, LOG_FOLLOW_UP_MUTATION, type SupportCaseDetail } from '../employment-support.graphql';
import { isContactDateAllowed, previewNextDue } from '../support-helpers';

const CHANNELS = Object.values(FollowUpChannel);
const OUTCOMES = Object.values(FollowUpOutcome);

interface Values {
  contactedOn: Dayjs;
  channel: FollowUpChannel;
  outcome: FollowUpOutcome;
  note: string;
  jobIds: string[];
  fairIds: string[];
}

/**
 * 记录跟进: the contact's date (the case's opening to today), channel, what was found, the note, and the jobs and fairs
 * recommended, picked from the person's matches and the fairs coming up. The next due date the contact will set shows
 * as the officer fills it in. One idempotency key per follow-up: a double tap logs once.
 */
export function FollowUpForm({ kase }: { kase: SupportCaseDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [log, { loading }] = useMutation(LOG_FOLLOW_UP_MUTATION, { refetchQueries: [CASELOAD_QUERY] });
  const today = chinaToday();
  const contactedOn = Form.useWatch('contactedOn', form);
  const outcome = Form.useWatch('outcome', form);
  const next = previewNextDue(kase, contactedOn ? contactedOn.format('YYYY-MM-DD') : null, outcome);

  const submit = async (v: Values) => {
    try {
      const { data } = await log({
        variables: {
          input: {
            caseId: kase.id,
            contactedOn: v.contactedOn.format('YYYY-MM-DD'),
            channel: v.channel,
            outcome: v.outcome,
            note: v.note.trim(),
            recommendedJobPostingIds: v.jobIds ?? [],
            recommendedFairIds: v.fairIds ?? [],
            idempotencyKey,
          },
        },
      });
      const saved = data?.logFollowUp;
      void message.success(
        saved?.status === 'CLOSED'
          ? t('employmentSupport.followUp.closed')
          : t('employmentSupport.followUp.saved', { date: saved?.nextFollowUpDue }),
      );
      form.resetFields();
      setIdempotencyKey(newIdempotencyKey());
    } catch (e) {
      handleError(e, { form, fieldMap: { recommendedJobPostingIds: 'jobIds', recommendedFairIds: 'fairIds' } });
    }
  };

  return (
    <Card size="small" title={t('employmentSupport.followUp.title')} data-testid="follow-up-form-card">
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          contactedOn: dayjs(today),
          channel: FollowUpChannel.PHONE,
          outcome: FollowUpOutcome.CONTINUING,
          jobIds: [],
          fairIds: [],
        }}
        onFinish={(v) => void submit(v)}
        data-testid="follow-up-form"
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="contactedOn"
            label={t('employmentSupport.followUp.contactedOn')}
            rules={[{ required: true, message: t('employmentSupport.followUp.required') }]}
            style={{ flex: '1 1 150px' }}
          >
            <DatePicker
              style={{ width: '100%' }}
              allowClear={false}
              disabledDate={(d) => !isContactDateAllowed(d.format('YYYY-MM-DD'), kase.openedOn, today)}
              data-testid="follow-up-date"
            />
          </Form.Item>
          <Form.Item name="channel" label={t('employmentSupport.followUp.channel')} style={{ flex: '1 1 120px' }}>
            <Select
              data-testid="follow-up-channel"
              options={CHANNELS.map((c) => ({ value: c, label: t(`employmentSupport.channel.${c}`) }))}
              optionRender={(o) => <span data-testid={`follow-up-channel-option-${String(o.value)}`}>{o.label}</span>}
            />
          </Form.Item>
          <Form.Item name="outcome" label={t('employmentSupport.followUp.outcome')} style={{ flex: '1 1 140px' }}>
            <Select
              data-testid="follow-up-outcome"
              options={OUTCOMES.map((o) => ({ value: o, label: t(`employmentSupport.outcome.${o}`) }))}
              optionRender={(o) => <span data-testid={`follow-up-outcome-option-${String(o.value)}`}>{o.label}</span>}
            />
          </Form.Item>
        </Flex>
        {outcome === FollowUpOutcome.EMPLOYED ? (
          <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('employmentSupport.followUp.employedHint')} />
        ) : null}
        {outcome === FollowUpOutcome.NOT_REACHED ? (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('employmentSupport.followUp.notReachedHint')} />
        ) : null}
        <Form.Item
          name="note"
          label={t('employmentSupport.followUp.note')}
          rules={[{ required: true, whitespace: true, message: t('employmentSupport.followUp.noteRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            showCount
            placeholder={t('employmentSupport.followUp.notePlaceholder')}
            data-testid="follow-up-note"
          />
        </Form.Item>
        {kase.recommendedJobs.length ? (
          <Form.Item name="jobIds" label={t('employmentSupport.followUp.jobs')}>
            <Checkbox.Group style={{ width: '100%' }} data-testid="follow-up-jobs">
              <Flex vertical gap={6}>
                {kase.recommendedJobs.map((m) => (
                  <Checkbox key={m.job.id} value={m.job.id} data-testid="follow-up-job-option" data-job-id={m.job.id}>
                    {m.job.title}
                    {m.job.employer ? `（${m.job.employer.name}）` : ''} · {t('match.score', { score: m.score })}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        ) : null}
        {kase.upcomingFairs.length ? (
          <Form.Item name="fairIds" label={t('employmentSupport.followUp.fairs')}>
            <Checkbox.Group style={{ width: '100%' }} data-testid="follow-up-fairs">
              <Flex vertical gap={6}>
                {kase.upcomingFairs.map((f) => (
                  <Checkbox key={f.id} value={f.id} data-testid="follow-up-fair-option">
                    {f.name} · {f.startDate}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          </Form.Item>
        ) : null}
        <Flex gap={12} align="center" wrap>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="follow-up-submit">
            {t('employmentSupport.followUp.submit')}
          </Button>
          {next ? (
            <Typography.Text type="secondary" data-testid="follow-up-next-due">
              {t('employmentSupport.case.nextDue')} {next}
            </Typography.Text>
          ) : null}
        </Flex>
      </Form>
    </Card>
  );
}
