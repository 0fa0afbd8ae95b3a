import { BankOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VerificationBadge } from '../../../shared/components/StatusTags';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import type { EmployerSummary } from '../jobs.graphql';

export function EmployerCard({ employer }: { employer: EmployerSummary }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card title={t('jobs.detail.employer')} data-testid="employer-card">
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <BankOutlined />
        <Typography.Text strong data-testid="employer-name">
          {employer.name}
        </Typography.Text>
        <VerificationBadge status={employer.verificationStatus} />
      </Flex>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'industry', label: t('jobs.detail.industry'), children: employer.industry },
          { key: 'size', label: t('jobs.detail.size'), children: label('employerSize', employer.size) },
          { key: 'region', label: t('employer.company.region'), children: employer.region.fullName },
        ]}
      />
      {employer.description ? (
        <Typography.Paragraph type="secondary" className="pre-wrap" ellipsis={{ rows: 4, expandable: true }} style={{ marginTop: 8 }}>
          {employer.description}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
