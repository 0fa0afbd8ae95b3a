import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@jobbridge/contracts';
import { Alert, Card, Flex, Progress, Result, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { VerificationBadge } from '../../../shared/components/StatusTags';
import { hasErrorCode } from '../../../shared/errors';
import { GRADE_COLORS } from '../components/CreditGradeTag';
import { StableJobsRefundCard } from '../components/StableJobsRefundCard';
import { EMPLOYER_CREDIT_QUERY, type CreditReasonData } from '../oversight.graphql';

const KIND_KEYS = [
  'UNPAID',
  'CONDITIONS',
  'LEFT_EARLY',
  'UPHELD_FLAGS',
  'UPHELD_REPORTS',
  'LOCAL_HIRING_BREACH',
  'BROKEN_OFFERS',
  'GIG_ARREARS',
  'GOOD_CHECK_INS',
] as const;
const isKind = (k: string): k is (typeof KIND_KEYS)[number] => (KIND_KEYS as readonly string[]).includes(k);
const SCORE_COLORS: Record<string, string> = { A: '#52c41a', B: '#1677ff', C: '#fa8c16', D: '#f5222d' };

/**
 * 单位信用 (`/bureau/employers/:id/credit`, officers over the employer's region): the score (0–100), the grade, whether
 * seekers see it yet, the reasons that added or took points, and the 稳岗返还 test from the employer's layoff filings.
 */
export function EmployerCreditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EMPLOYER_CREDIT_QUERY, {
    variables: { employerId: id },
    fetchPolicy: 'cache-and-network',
  });
  const credit = data?.employerCredit;
  const employer = data?.employer;

  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 24 }} />;
  if (!credit) {
    const missing =
      error &&
      (hasErrorCode(error, ErrorCode.NOT_FOUND) ||
        hasErrorCode(error, ErrorCode.FORBIDDEN) ||
        hasErrorCode(error, ErrorCode.VALIDATION_FAILED));
    return missing || !error ? (
      <Result status="404" title={t('oversight.credit.notFound')} data-testid="credit-not-found" />
    ) : (
      <QueryErrorResult error={error} onRetry={() => void refetch()} />
    );
  }

  const columns: TableColumnsType<CreditReasonData> = [
    {
      key: 'kind',
      title: t('oversight.credit.columns.kind'),
      render: (_, r) => (isKind(r.kind) ? t(`oversight.credit.kinds.${r.kind}`) : r.kind),
    },
    { key: 'count', title: t('oversight.credit.columns.count'), dataIndex: 'count', align: 'right' },
    {
      key: 'points',
      title: t('oversight.credit.columns.points'),
      align: 'right',
      render: (_, r) => (
        <Typography.Text type={r.points < 0 ? 'danger' : 'success'} data-testid="credit-reason-points">
          {r.points > 0 ? `+${r.points}` : r.points}
        </Typography.Text>
      ),
    },
    { key: 'text', title: t('oversight.credit.columns.text'), dataIndex: 'text' },
  ];

  return (
    <div className="page page-narrow" data-testid="employer-credit" data-grade={credit.grade} data-score={credit.score}>
      <PageHeader
        title={employer ? `${employer.name} · ${t('oversight.credit.title')}` : t('oversight.credit.title')}
        subtitle={t('oversight.credit.intro')}
        extra={employer ? <VerificationBadge status={employer.verificationStatus} /> : null}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={24} align="center" wrap>
            <Flex gap={12} align="center">
              <Progress
                type="circle"
                size={72}
                percent={credit.score}
                format={() => credit.score}
                strokeColor={SCORE_COLORS[credit.grade]}
              />
              <div>
                <Typography.Text type="secondary">{t('oversight.credit.score')}</Typography.Text>
                <div data-testid="credit-page-score">{credit.score} / 100</div>
              </div>
            </Flex>
            <div>
              <Typography.Text type="secondary">{t('oversight.credit.grade')}</Typography.Text>
              <div>
                <Tag
                  color={GRADE_COLORS[credit.grade] ?? 'default'}
                  style={{ fontSize: 20, padding: '4px 12px', marginTop: 4 }}
                  data-testid="credit-page-grade"
                >
                  {credit.grade}
                </Tag>
              </div>
            </div>
          </Flex>
          <Alert
            style={{ marginTop: 12 }}
            type={credit.shownToSeekers ? 'success' : 'info'}
            showIcon
            title={credit.shownToSeekers ? t('oversight.credit.shown') : t('oversight.credit.hidden')}
          />
        </Card>
        {employer ? <Typography.Text type="secondary">{employer.region.fullName}</Typography.Text> : null}
        <Card size="small" title={t('oversight.credit.reasons')}>
          <Table<CreditReasonData>
            rowKey="kind"
            size="small"
            columns={columns}
            dataSource={credit.reasons}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('oversight.credit.noReasons') }}
            data-testid="credit-reasons"
          />
        </Card>
        <StableJobsRefundCard employerId={id} />
      </Flex>
    </div>
  );
}
