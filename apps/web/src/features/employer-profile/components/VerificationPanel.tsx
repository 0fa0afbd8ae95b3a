import { VerificationStatus } from '@jobbridge/contracts';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { VerificationBadge } from '../../../shared/components/StatusTags';
import type { MyEmployerData } from '../employer-profile.graphql';

export function VerificationPanel({ employer }: { employer: MyEmployerData | null }) {
  const { t } = useTranslation();
  if (!employer) return <Alert type="warning" showIcon title={t('employer.company.notCreated')} style={{ marginBottom: 16 }} />;
  return (
    <Alert
      type={
        employer.verificationStatus === VerificationStatus.REJECTED
          ? 'error'
          : employer.verificationStatus === VerificationStatus.VERIFIED
            ? 'success'
            : 'info'
      }
      style={{ marginBottom: 16 }}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text>{t('employer.company.verification')}：</Typography.Text>
          <VerificationBadge status={employer.verificationStatus} />
        </Flex>
      }
      description={
        employer.verificationNote ? (
          <span data-testid="verification-note">{t('employer.company.verificationNote', { note: employer.verificationNote })}</span>
        ) : undefined
      }
    />
  );
}
