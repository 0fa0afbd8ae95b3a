import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function JobDescription({ description }: { description: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('jobs.detail.description')}>
      <Typography.Paragraph className="pre-wrap" style={{ marginBottom: 0 }} data-testid="job-description">
        {description}
      </Typography.Paragraph>
    </Card>
  );
}
