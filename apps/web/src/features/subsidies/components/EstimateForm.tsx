import { useLazyQuery } from '@apollo/client/react';
import { Button, Card, Flex, Form, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { ESTIMATE_SUBSIDIES_QUERY, type PolicyPackData } from '../subsidies.graphql';
import { answeredCount, askableQuestions, buildSubsidyAnswers } from '../subsidy-answers';
import { EstimateResult } from './EstimateResult';
import { QuestionField } from './QuestionField';

/** The form field for the workplace (not one of the pack's questions: the region the estimate is judged for). */
const WORKPLACE = '__workplace';

/**
 * "我能享受什么？": the pack's questions, one control each, and the workplace (the pack's region by default; a county of
 * a prefecture's pack can be picked). The answers go to `estimateSubsidies`, judged by the same engine as real events;
 * nothing is stored. Unanswered questions stay unknown.
 */
export function EstimateForm({ pack }: { pack: Pick<PolicyPackData, 'id' | 'regionCode' | 'questions'> }) {
  const { t } = useTranslation();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Record<string, unknown>>();
  const questions = useMemo(() => askableQuestions(pack.questions), [pack.questions]);
  const [answered, setAnswered] = useState(0);
  const [estimate, { data, loading }] = useLazyQuery(ESTIMATE_SUBSIDIES_QUERY, { fetchPolicy: 'network-only' });

  const submit = async (values: Record<string, unknown>) => {
    const answers = buildSubsidyAnswers(questions, values);
    setAnswered(answeredCount(answers));
    const regionCode = lastCode(values[WORKPLACE] as string[] | undefined) ?? pack.regionCode;
    try {
      await estimate({ variables: { regionCode, answers } });
    } catch (e) {
      handleError(e, {
        form,
        fieldMap: { regionCode: WORKPLACE, ...Object.fromEntries(questions.map((q) => [`answers.${q.key}`, q.key])) },
      });
    }
  };

  return (
    <Card title={t('subsidies.estimate.title')} data-testid="estimate" styles={{ title: { whiteSpace: 'normal' } }}>
      <Typography.Paragraph type="secondary">{t('subsidies.estimate.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ [WORKPLACE]: regionPath(pack.regionCode) }}
        onFinish={(values) => void submit(values)}
        data-testid="estimate-form"
      >
        <Form.Item
          name={WORKPLACE}
          label={t('subsidies.estimate.workplace')}
          rules={[{ required: true, message: t('region.placeholder') }]}
        >
          <RegionCascader anyLevel data-testid="estimate-workplace" />
        </Form.Item>
        {questions.length ? (
          questions.map((q) => <QuestionField key={q.key} question={q} />)
        ) : (
          <Typography.Paragraph type="secondary">{t('subsidies.estimate.noQuestions')}</Typography.Paragraph>
        )}
        <Flex gap={8} wrap align="center">
          <Button type="primary" htmlType="submit" loading={loading} data-testid="estimate-submit">
            {t('subsidies.estimate.submit')}
          </Button>
          <Button onClick={() => form.resetFields()} data-testid="estimate-reset">
            {t('subsidies.estimate.reset')}
          </Button>
          {data ? (
            <Typography.Text type="secondary" data-testid="estimate-answered">
              {t('subsidies.estimate.answered', { count: answered })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Form>
      {data ? (
        <div style={{ marginTop: 16 }}>
          <EstimateResult estimate={data.estimateSubsidies} packId={pack.id} />
        </div>
      ) : null}
    </Card>
  );
}
