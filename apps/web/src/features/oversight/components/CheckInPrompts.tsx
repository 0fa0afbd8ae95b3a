import { useMutation, useQuery } from '@apollo/client/react';
import type { DormitoryProvision, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { Alert, App, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDate } from '../../../shared/utils/format';
import { ANSWER_CHECK_IN_MUTATION, CHECK_INS_DUE_QUERY, type CheckInData } from '../oversight.graphql';

/** The truth-card questions: the answer field, the check-in's promised value, the question's i18n key. */
const ITEMS = [
  { name: 'hoursAsStated', field: 'workingHours', key: 'hours' },
  { name: 'dormitoryAsStated', field: 'dormitory', key: 'dormitory' },
  { name: 'mealsAsStated', field: 'meals', key: 'meals' },
  { name: 'insuranceAsStated', field: 'socialInsurance', key: 'insurance' },
] as const;

type ItemName = (typeof ITEMS)[number]['name'];
type Values = { stillWorking: boolean; paidAsPromised: boolean; comment?: string } & Partial<Record<ItemName, boolean>>;

function YesNo({ testId, value, onChange }: { testId: string; value?: boolean; onChange?: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      optionType="button"
      buttonStyle="solid"
      value={value}
      onChange={(e) => onChange?.(e.target.value as boolean)}
      data-testid={testId}
      options={[
        { value: true, label: <span data-testid={`${testId}-yes`}>{t('oversight.checkIns.yes')}</span> },
        { value: false, label: <span data-testid={`${testId}-no`}>{t('oversight.checkIns.no')}</span> },
      ]}
    />
  );
}

/** One due check-in: still working, paid as promised, and one yes/no per truth-card item the card promised. */
function CheckInForm({ checkIn, onAnswered }: { checkIn: CheckInData; onAnswered: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const [answer, { loading }] = useMutation(ANSWER_CHECK_IN_MUTATION);
  const required = [{ required: true, message: t('oversight.checkIns.answerRequired') }];

  const promised = ITEMS.filter((item) => checkIn[item.field] != null);
  const shown = (field: (typeof ITEMS)[number]['field'], value: string) => {
    switch (field) {
      case 'dormitory':
        return label('dormitory', value as DormitoryProvision);
      case 'meals':
        return label('meals', value as MealProvision);
      case 'socialInsurance':
        return label('socialInsurance', value as SocialInsurance);
      default:
        return value;
    }
  };

  const submit = async (v: Values) => {
    try {
      await answer({
        variables: {
          input: {
            checkInId: checkIn.id,
            stillWorking: v.stillWorking,
            paidAsPromised: v.paidAsPromised,
            ...Object.fromEntries(promised.map((item) => [item.name, v[item.name]])),
            comment: v.comment?.trim() || undefined,
          },
        },
      });
      void message.success(t('oversight.checkIns.thanks'));
      onAnswered();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Card
      size="small"
      type="inner"
      title={t('oversight.checkIns.cardTitle', { day: checkIn.day })}
      data-testid="check-in"
      data-check-in-id={checkIn.id}
    >
      <Typography.Paragraph style={{ marginTop: 0 }}>
        <Typography.Text strong>{t('oversight.checkIns.job', { employer: checkIn.employerName, title: checkIn.jobTitle })}</Typography.Text>
        <br />
        <Typography.Text type="secondary">{t('oversight.checkIns.hiredAt', { date: formatDate(checkIn.hiredAt) })}</Typography.Text>
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="stillWorking" label={t('oversight.checkIns.stillWorking')} rules={required}>
          <YesNo testId="check-in-still-working" />
        </Form.Item>
        <Form.Item name="paidAsPromised" label={t('oversight.checkIns.paidAsPromised')} rules={required}>
          <YesNo testId="check-in-paid" />
        </Form.Item>
        {promised.length ? (
          <>
            <Typography.Paragraph strong style={{ marginBottom: 8 }}>
              {t('oversight.checkIns.conditions')}
            </Typography.Paragraph>
            {promised.map((item) => (
              <Form.Item
                key={item.name}
                name={item.name}
                label={t(`oversight.checkIns.${item.key}`, { value: shown(item.field, checkIn[item.field] ?? '') })}
                rules={required}
              >
                <YesNo testId={`check-in-${item.key}`} />
              </Form.Item>
            ))}
          </>
        ) : null}
        <Form.Item name="comment" label={t('oversight.checkIns.comment')}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            showCount
            placeholder={t('oversight.checkIns.commentPlaceholder')}
            data-testid="check-in-comment"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} block data-testid="check-in-submit">
          {t('oversight.checkIns.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 入职回访 for a hired worker: the check-ins due 7 and 30 days after each hire, each answered once; an answered one
 * leaves the list. Nothing shows when none is due.
 */
export function CheckInPrompts() {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());
  const { data, refetch } = useQuery(CHECK_INS_DUE_QUERY, { fetchPolicy: 'cache-and-network' });
  const due = (data?.checkInsDue ?? []).filter((c) => !answered.has(c.id));
  if (!due.length) return null;

  return (
    <Card title={t('oversight.checkIns.title')} style={{ marginBottom: 16 }} data-testid="check-ins" data-count={due.length}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('oversight.checkIns.intro')} />
      <Flex vertical gap={12}>
        {due.map((c) => (
          <CheckInForm
            key={c.id}
            checkIn={c}
            onAnswered={() => {
              setAnswered((s) => new Set(s).add(c.id));
              void refetch();
            }}
          />
        ))}
      </Flex>
    </Card>
  );
}
