import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Empty, Flex, Form, Input, Modal, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/utils/format';
import { ANSWER_JOB_FAQ_MUTATION, JOB_FAQS_QUERY, type EmployerJobFaq } from '../employer-jobs.graphql';

const MAX_ANSWER = 500;

function FaqAnswerForm({ faq, onDone }: { faq: EmployerJobFaq; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<{ answer: string }>();
  const [answer, { loading }] = useMutation(ANSWER_JOB_FAQ_MUTATION);

  const submit = async ({ answer: text }: { answer: string }) => {
    try {
      await answer({ variables: { input: { id: faq.id, answer: text.trim() } } });
      void message.success(t('employer.faqs.saved'));
      onDone();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Form form={form} initialValues={{ answer: faq.answer ?? '' }} onFinish={(v) => void submit(v)} data-testid="faq-answer-form">
      <Form.Item
        name="answer"
        rules={[{ required: true, whitespace: true, message: t('employer.faqs.answerRequired') }]}
        style={{ marginBottom: 28 }}
      >
        <Input.TextArea
          rows={2}
          maxLength={MAX_ANSWER}
          showCount
          placeholder={t('employer.faqs.answerPlaceholder')}
          data-testid="faq-answer-input"
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={loading} data-testid="faq-answer-submit">
          {t('employer.faqs.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/**
 * 求职者问答 for one posting: questions left unanswered in live rooms. The employer answers them here; the answers
 * then show on the job page (`answerJobFaq`).
 */
export function JobFaqsModal({ jobId, onClose }: { jobId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(JOB_FAQS_QUERY, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    fetchPolicy: 'cache-and-network',
  });
  const job = data?.jobPosting;
  const faqs = job?.faqs ?? [];
  // Open questions first, then the answered ones.
  const ordered = [...faqs.filter((f) => !f.answer), ...faqs.filter((f) => f.answer)];

  return (
    <Modal open={Boolean(jobId)} title={t('employer.faqs.title')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <div data-testid="job-faqs-modal">
        {error && !data ? (
          <QueryErrorResult error={error} onRetry={() => void refetch()} />
        ) : !job ? (
          <Skeleton active />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('employer.faqs.subtitle', { title: job.title })}</Typography.Paragraph>
            {ordered.length === 0 ? (
              <Empty description={t('employer.faqs.empty')} data-testid="job-faqs-empty" />
            ) : (
              <Flex vertical gap={12}>
                {ordered.map((faq) => (
                  <div
                    key={faq.id}
                    className="employer-faq"
                    data-testid="employer-faq"
                    data-faq-id={faq.id}
                    data-answered={faq.answer ? 'true' : 'false'}
                  >
                    <Flex justify="space-between" align="flex-start" gap={8}>
                      <Typography.Text strong>{faq.question}</Typography.Text>
                      <Tag color={faq.answer ? 'success' : 'warning'} style={{ marginInlineEnd: 0 }}>
                        {faq.answer ? t('employer.faqs.answered') : t('employer.faqs.pending')}
                      </Tag>
                    </Flex>
                    <Typography.Text type="secondary" className="employer-faq-date">
                      {formatDateTime(faq.askedAt)}
                    </Typography.Text>
                    {faq.answer && editing !== faq.id ? (
                      <Flex justify="space-between" align="flex-start" gap={8} className="employer-faq-answer">
                        <Typography.Text className="pre-wrap" data-testid="employer-faq-answer">
                          {faq.answer}
                        </Typography.Text>
                        <Button size="small" type="link" onClick={() => setEditing(faq.id)} data-testid="faq-answer-edit">
                          {t('employer.faqs.edit')}
                        </Button>
                      </Flex>
                    ) : (
                      <FaqAnswerForm faq={faq} onDone={() => setEditing(null)} />
                    )}
                  </div>
                ))}
              </Flex>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
