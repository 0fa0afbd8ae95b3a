import { LiveQuestionStatus } from '@jobbridge/contracts';
import { App, Badge, Button, Card, Empty, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatDateTime } from '../../../shared/utils/format';
import type { LiveResult } from '../hooks/use-live-room';
import { liveErrorText } from '../live-format';
import type { HostQuestion } from '../live-rooms.graphql';

const MAX_ANSWER = 500;

function AnswerBox({
  question,
  disabled,
  onAnswer,
}: {
  question: HostQuestion;
  disabled: boolean;
  onAnswer: (id: string, text: string) => Promise<LiveResult>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    if (!text.trim() || sending) return;
    setSending(true);
    try {
      const result = await onAnswer(question.id, text.trim());
      if (result.ok) {
        setText('');
        void message.success(t('live.host.questions.answered'));
      } else {
        void message.error(liveErrorText(t, result.code));
      }
    } finally {
      setSending(false);
    }
  };
  return (
    <Space.Compact block>
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => void send()}
        maxLength={MAX_ANSWER}
        placeholder={t('live.host.questions.answerPlaceholder')}
        disabled={disabled}
        data-testid="host-question-answer-input"
      />
      <Button
        type="primary"
        onClick={() => void send()}
        loading={sending}
        disabled={disabled || !text.trim()}
        data-testid="host-question-answer-submit"
      >
        {t('live.host.questions.answer')}
      </Button>
    </Space.Compact>
  );
}

/**
 * The host's question queue: open questions first (oldest first), each answered inline; the answer reaches every
 * viewer. Answered questions follow; those left open when the room ends become their job's FAQ.
 */
export function HostQuestionQueue({
  questions,
  jobTitles,
  canAnswer,
  onAnswer,
}: {
  questions: HostQuestion[];
  jobTitles: ReadonlyMap<string, string>;
  canAnswer: boolean;
  onAnswer: (id: string, text: string) => Promise<LiveResult>;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const open = questions.filter((q) => q.status === LiveQuestionStatus.OPEN);
  const done = questions.filter((q) => q.status !== LiveQuestionStatus.OPEN).reverse();
  return (
    <Card
      size="small"
      data-testid="host-questions"
      title={
        <Space>
          {t('live.host.questions.title')}
          <Badge count={open.length} data-testid="host-questions-open" data-count={open.length} />
        </Space>
      }
    >
      {questions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.host.questions.empty')} />
      ) : (
        <Flex vertical gap={10} className="host-question-list">
          {[...open, ...done].map((q) => (
            <div
              key={q.id}
              className={`host-question host-question-${q.status.toLowerCase()}`}
              data-testid="host-question"
              data-question-id={q.id}
              data-status={q.status}
            >
              <Flex justify="space-between" gap={8} align="baseline">
                <Typography.Text strong data-testid="host-question-text">
                  {q.text}
                </Typography.Text>
                {q.status !== LiveQuestionStatus.OPEN ? (
                  <Tag color={q.status === LiveQuestionStatus.ANSWERED ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
                    {label('liveQuestionStatus', q.status)}
                  </Tag>
                ) : null}
              </Flex>
              <Typography.Text type="secondary" className="host-question-meta">
                {q.askerName} · {formatDateTime(q.askedAt)}
                {q.jobPostingId && jobTitles.get(q.jobPostingId)
                  ? ` · ${t('live.host.questions.forJob', { title: jobTitles.get(q.jobPostingId) })}`
                  : ''}
              </Typography.Text>
              {q.status === LiveQuestionStatus.OPEN ? (
                <AnswerBox question={q} disabled={!canAnswer} onAnswer={onAnswer} />
              ) : q.answer ? (
                <div className="host-question-answer">
                  <span className="job-faq-mark job-faq-mark-a">{t('live.question.answer')}</span>
                  <Typography.Text className="pre-wrap">{q.answer}</Typography.Text>
                </div>
              ) : null}
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}
