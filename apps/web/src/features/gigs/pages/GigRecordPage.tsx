import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Empty, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useAuth } from '../../auth';
import { MY_GIG_RECORD_QUERY } from '../gigs.graphql';
import { formatAmount, useGigText } from '../use-gig-text';
import '../gigs.css';

/**
 * 零工记录 (`/gigs/record`, workers): proof of work for a subsidy or a loan — days worked, gigs, posters, the earnings
 * the worker confirmed and their reliability, each gig with its dates; printable (the app's header and buttons are
 * left off the page).
 */
export function GigRecordPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const text = useGigText();
  const { data, error, refetch } = useQuery(MY_GIG_RECORD_QUERY, { fetchPolicy: 'network-only' });
  const r = data?.myGigRecord;

  return (
    <div className="page page-narrow gig-record" data-testid="gig-record-page">
      <PageHeader
        title={t('gigs.record.title')}
        subtitle={<span className="no-print">{t('gigs.record.intro')}</span>}
        extra={
          <Button
            className="no-print"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            disabled={!r}
            data-testid="gig-record-print"
          >
            {t('gigs.record.print')}
          </Button>
        }
      />
      {error && !r ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !r ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('gigs.record.name')}>{user?.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('gigs.record.asOf')}>{text.dateTime(r.asOf)}</Descriptions.Item>
          </Descriptions>
          <Row gutter={[8, 8]} data-testid="gig-record-totals">
            <Col xs={12} sm={6}>
              <Statistic title={t('gigs.record.days')} value={r.days} data-testid="gig-record-days" />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('gigs.record.gigs')} value={r.gigs} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('gigs.record.posters')} value={r.posters} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic
                title={t('gigs.record.earnings')}
                value={formatAmount(r.earningsConfirmedYuan)}
                data-testid="gig-record-earnings"
                data-value={r.earningsConfirmedYuan}
              />
            </Col>
          </Row>
          <Typography.Paragraph style={{ margin: '12px 0' }}>
            {t('gigs.record.reliability')}：<Tag color="blue">{r.reliability.label}</Tag>
            {r.reliability.reasons.join('；')}
          </Typography.Paragraph>
          {r.entries.length ? (
            <Table
              size="small"
              rowKey="gigId"
              pagination={false}
              dataSource={r.entries}
              scroll={{ x: 560 }}
              data-testid="gig-record-entries"
              columns={[
                { title: t('gigs.record.gig'), dataIndex: 'title' },
                { title: t('gigs.record.poster'), dataIndex: 'posterName' },
                { title: t('gigs.record.dates'), dataIndex: 'dates', render: (dates: string[]) => dates.join('、') },
                { title: t('gigs.record.paid'), dataIndex: 'paidYuan', align: 'right', render: (v: number) => formatAmount(v) },
                {
                  title: t('gigs.record.confirmed'),
                  dataIndex: 'confirmed',
                  render: (c: boolean) => (c ? t('gigs.record.confirmedYes') : t('gigs.record.confirmedNo')),
                },
              ]}
            />
          ) : (
            <Empty description={t('gigs.record.empty')} />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {t('gigs.record.footnote')}
          </Typography.Paragraph>
        </Card>
      )}
    </div>
  );
}
