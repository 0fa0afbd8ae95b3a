import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VerificationBadge } from '../../../shared/components/StatusTags';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatDateTime } from '../../../shared/utils/format';
import type { EmployerForReview } from '../bureau.graphql';

export function EmployerReviewCard({
  employer,
  busy,
  onVerify,
  onReject,
}: {
  employer: EmployerForReview;
  busy: boolean;
  onVerify: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card size="small" data-testid="employer-review-item" data-employer-id={employer.id}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div>
          <Typography.Text strong>{employer.name}</Typography.Text>
          <div>
            <VerificationBadge status={employer.verificationStatus} />
          </div>
        </div>
        <Flex gap={8}>
          <Button danger onClick={onReject} disabled={busy} data-testid="employer-reject">
            {t('bureau.employers.reject')}
          </Button>
          <Button type="primary" onClick={onVerify} loading={busy} data-testid="employer-verify">
            {t('bureau.employers.verify')}
          </Button>
        </Flex>
      </Flex>
      <Descriptions
        size="small"
        style={{ marginTop: 8 }}
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'code',
            label: t('employer.company.creditCode'),
            children: <span data-testid="employer-credit-code">{employer.creditCode}</span>,
          },
          { key: 'region', label: t('employer.company.region'), children: employer.region.fullName },
          { key: 'industry', label: t('employer.company.industry'), children: employer.industry },
          { key: 'size', label: t('employer.company.size'), children: label('employerSize', employer.size) },
          { key: 'contact', label: t('employer.company.contactName'), children: employer.contactName },
          { key: 'phone', label: t('employer.company.contactPhone'), children: employer.contactPhone ?? employer.contactPhoneMasked },
          { key: 'createdAt', label: t('bureau.employers.registeredAt'), children: formatDateTime(employer.createdAt) },
        ]}
      />
      {employer.description ? (
        <Typography.Paragraph type="secondary" className="pre-wrap" ellipsis={{ rows: 3, expandable: true }}>
          {employer.description}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
