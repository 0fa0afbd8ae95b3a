import { MessageOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/utils/format';
import type { JobFaqData } from '../jobs.graphql';

/** 求职者问答: questions seekers asked in live rooms about this job, with the employer's answers or "待企业回答". */
export function JobFaqCard({ faqs }: { faqs: JobFaqData[] }) {
  const { t } = useTranslation();
  if (!faqs.length) return null;
  return (
    <Card
      data-testid="job-faqs"
      title={
        <span>
          <MessageOutlined /> {t('jobs.faqs.title')}
        </span>
      }
      extra={<Typography.Text type="secondary">{t('jobs.faqs.subtitle')}</Typography.Text>}
    >
      <Flex vertical gap={12}>
        {faqs.map((faq) => (
          <div key={faq.id} className="job-faq" data-testid="job-faq" data-faq-id={faq.id} data-answered={faq.answer ? 'true' : 'false'}>
            <div className="job-faq-question">
              <span className="job-faq-mark job-faq-mark-q">{t('jobs.faqs.q')}</span>
              <Typography.Text strong data-testid="job-faq-question">
                {faq.question}
              </Typography.Text>
            </div>
            <div className="job-faq-answer">
              <span className="job-faq-mark job-faq-mark-a">{t('jobs.faqs.a')}</span>
              {faq.answer ? (
                <Typography.Text className="pre-wrap" data-testid="job-faq-answer">
                  {faq.answer}
                </Typography.Text>
              ) : (
                <Tag color="default" data-testid="job-faq-pending">
                  {t('jobs.faqs.pending')}
                </Tag>
              )}
            </div>
            <Typography.Text type="secondary" className="job-faq-date">
              {t('jobs.faqs.askedAt', { date: formatDate(faq.askedAt) })}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
