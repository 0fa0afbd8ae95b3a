import { GiftOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { MY_SUBSIDIES_QUERY, type HireSubsidyData } from '../subsidies.graphql';
import { amountText } from '../subsidy-format';
import { HireSubsidyDetails } from './HireSubsidyDetails';

/**
 * On a hired applicant: what the hire brings the employer ("预计可享受：一次性吸纳就业补贴 1000元（待人社部门审核）"), each
 * line with its conditions and citation in a popover. Right after the hire the lines come with the move itself
 * (`subsidies`); for an earlier hire "查看预计补贴" reads them from 我的补贴 (this application's), on demand, so the
 * applicants list never asks for them.
 */
export function HireSubsidies({ applicationId, subsidies }: { applicationId: string; subsidies?: readonly HireSubsidyData[] }) {
  const { t } = useTranslation();
  const handleError = useGraphQLErrorHandler();
  const [load, { data, loading }] = useLazyQuery(MY_SUBSIDIES_QUERY, { fetchPolicy: 'cache-and-network' });
  const lines =
    subsidies ?? data?.mySubsidies.proposals.filter((p) => p.evidence.kind === 'APPLICATION' && p.evidence.id === applicationId);

  if (!lines) {
    return (
      <Button
        type="link"
        size="small"
        icon={<GiftOutlined />}
        loading={loading}
        style={{ paddingInline: 0 }}
        onClick={() => void load().catch(handleError)}
        data-testid="hire-subsidies-show"
      >
        {t('subsidies.hire.show')}
      </Button>
    );
  }

  return (
    <Alert
      type={lines.length ? 'success' : 'info'}
      showIcon
      icon={<GiftOutlined />}
      style={{ margin: '8px 0' }}
      data-testid="hire-subsidies"
      data-count={lines.length}
      title={lines.length ? t('subsidies.hire.expected') : t('subsidies.hire.none')}
      description={
        <Flex vertical gap={4}>
          {lines.map((s) => (
            <Flex key={s.id} gap={4} align="baseline" wrap data-testid="hire-subsidy" data-status={s.status} data-subsidy-id={s.id}>
              <Typography.Text data-testid="hire-subsidy-text">
                {t('subsidies.hire.line', {
                  name: s.ruleName,
                  amount: amountText(s),
                  status: t(`subsidies.statusOnHire.${s.status}`),
                })}
              </Typography.Text>
              <Popover trigger="click" title={t('subsidies.hire.details')} content={<HireSubsidyDetails subsidy={s} />}>
                <Button type="link" size="small" icon={<InfoCircleOutlined />} data-testid="hire-subsidy-details-open">
                  {t('subsidies.hire.details')}
                </Button>
              </Popover>
            </Flex>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('subsidies.noApplication')} <Link to="/employer/subsidies">{t('subsidies.hire.mine')}</Link>
          </Typography.Text>
        </Flex>
      }
    />
  );
}
