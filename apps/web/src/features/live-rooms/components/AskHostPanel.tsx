import { QuestionCircleOutlined } from '@ant-design/icons';
import type { LiveQuestion } from '@jobbridge/contracts';
import { Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** 向主播提问: the question box, then the questions the host has answered (newest first), pushed to everyone. */
export function AskHostPanel({ answered, composer }: { answered: LiveQuestion[]; composer: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="live-questions"
      title={
        <span>
          <QuestionCircleOutlined /> {t('live.question.title')}
        </span>
      }
    >
      <Flex vertical gap={12}>
        {composer}
        <div>
          <Typography.Text type="secondary" className="live-answered-title">
            {t('live.question.answeredTitle')}
          </Typography.Text>
          {answered.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.question.empty')} data-testid="live-answered-empty" />
          ) : (
            <Flex vertical gap={8} className="live-answered-list" data-testid="live-answered">
              {answered.map((q) => (
                <div key={q.id} className="live-answered-item" data-testid="live-answered-item" data-question-id={q.id}>
                  <div className="live-answered-question">
                    <Typography.Text type="secondary">{t('live.question.askedBy', { name: q.askerName })}</Typography.Text>
                    <Typography.Text strong> {q.text}</Typography.Text>
                  </div>
                  <div className="live-answered-answer">
                    <span className="job-faq-mark job-faq-mark-a">{t('live.question.answer')}</span>
                    <Typography.Text className="pre-wrap" data-testid="live-answered-answer">
                      {q.answer}
                    </Typography.Text>
                  </div>
                </div>
              ))}
            </Flex>
          )}
        </div>
      </Flex>
    </Card>
  );
}
