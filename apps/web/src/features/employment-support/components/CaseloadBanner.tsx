import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CASELOAD_SUMMARY_QUERY } from '../employment-support.graphql';

/**
 * On the officer's home page: how many people on the caseload are due a follow-up and how many households have nobody
 * in work, with links to both. Nothing when neither; a failed read stays quiet (the caseload page says why).
 */
export function CaseloadBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(CASELOAD_SUMMARY_QUERY, { fetchPolicy: 'cache-and-network' });
  const due = data?.caseload.totalCount ?? 0;
  const households = data?.zeroEmploymentHouseholds.length ?? 0;
  if (!data || (!due && !households)) return null;
  return (
    <Alert
      type="info"
      showIcon
      icon={<TeamOutlined />}
      style={{ marginBottom: 16 }}
      data-testid="caseload-banner"
      data-due={due}
      title={t('employmentSupport.banner.title', { count: due })}
      description={
        <Flex gap={8} wrap align="center">
          <Link to="/bureau/caseload" data-testid="caseload-banner-open">
            <Button size="small" type="primary">
              {t('employmentSupport.banner.open')}
            </Button>
          </Link>
          {households ? (
            <Link to="/bureau/zero-employment" data-testid="caseload-banner-households">
              <Button size="small" danger>
                {t('employmentSupport.banner.households', { count: households })}
              </Button>
            </Link>
          ) : null}
        </Flex>
      }
    />
  );
}
