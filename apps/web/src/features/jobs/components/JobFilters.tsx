import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Grid, Input, InputNumber, Row, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { JOB_KINDS } from '../../../shared/enums/enum-values';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import type { JobFilterValues } from '../hooks/use-job-filters';

interface FilterFormValues {
  region?: string[];
  kind?: JobFilterValues['kind'];
  payMin?: number | null;
  payMax?: number | null;
  keyword?: string;
}

const toForm = (v: JobFilterValues): FilterFormValues => ({
  region: v.regionCode ? regionPath(v.regionCode) : undefined,
  kind: v.kind,
  payMin: v.payMin ?? null,
  payMax: v.payMax ?? null,
  keyword: v.keyword ?? '',
});

function fromForm(v: FilterFormValues): JobFilterValues {
  let payMin = v.payMin ?? undefined;
  let payMax = v.payMax ?? undefined;
  if (payMin !== undefined && payMax !== undefined && payMin > payMax) [payMin, payMax] = [payMax, payMin];
  return { regionCode: lastCode(v.region), kind: v.kind ?? undefined, payMin, payMax, keyword: v.keyword?.trim() || undefined };
}

/**
 * Region (any level), kind, pay range and keyword. Region and kind apply as soon as they change; keyword and pay
 * apply on 搜索 (or Enter in the keyword box). The form mirrors the URL, so back/forward restores it.
 */
export function JobFilters({ values, onChange }: { values: JobFilterValues; onChange: (values: JobFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterFormValues>();
  const compact = !Grid.useBreakpoint().md;
  const activeCount = [values.regionCode, values.kind, values.payMin ?? values.payMax].filter((v) => v !== undefined).length;
  const [expanded, setExpanded] = useState(false);
  // On phones only the keyword shows until "筛选" is tapped; hidden fields stay mounted so the form keeps their values.
  const more = compact && !expanded ? { display: 'none' } : undefined;

  useEffect(() => {
    form.setFieldsValue(toForm(values));
  }, [form, values]);

  const apply = () => onChange(fromForm(form.getFieldsValue()));

  return (
    <Card size="small" className="job-filters">
      <Form<FilterFormValues>
        form={form}
        layout="vertical"
        onFinish={apply}
        onValuesChange={(changed) => {
          if ('region' in changed || 'kind' in changed) apply();
        }}
        data-testid="job-filters"
      >
        <Row gutter={[12, 0]}>
          <Col xs={24} md={12} lg={7}>
            <Form.Item name="keyword" label={t('jobs.filters.keyword')}>
              <Input
                allowClear
                prefix={<SearchOutlined />}
                placeholder={t('jobs.filters.keywordPlaceholder')}
                onPressEnter={() => form.submit()}
                data-testid="filter-keyword"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={6} style={more}>
            <Form.Item name="region" label={t('jobs.filters.region')}>
              <RegionCascader anyLevel allowClear data-testid="filter-region" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8} lg={4} style={more}>
            <Form.Item name="kind" label={t('jobs.filters.kind')}>
              <EnumSelect group="jobKind" values={JOB_KINDS} allowClear placeholder={t('jobs.filters.anyKind')} data-testid="filter-kind" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16} lg={7} style={more}>
            <Form.Item label={`${t('jobs.filters.payMin')} / ${t('jobs.filters.payMax')}`} style={{ marginBottom: 0 }}>
              <Space.Compact block>
                <Form.Item name="payMin" noStyle>
                  <InputNumber min={0} step={500} precision={0} placeholder={t('jobs.filters.payMin')} style={{ width: '50%' }} data-testid="filter-pay-min" />
                </Form.Item>
                <Form.Item name="payMax" noStyle>
                  <InputNumber min={0} step={500} precision={0} placeholder={t('jobs.filters.payMax')} style={{ width: '50%' }} data-testid="filter-pay-max" />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => onChange({})} data-testid="filter-reset">
            {t('common.reset')}
          </Button>
          {compact ? (
            <Button type="text" icon={<FilterOutlined />} onClick={() => setExpanded((v) => !v)} data-testid="filter-toggle">
              {t('jobs.filters.more')}
              {activeCount ? ` (${activeCount})` : ''}
            </Button>
          ) : null}
        </Space>
      </Form>
    </Card>
  );
}
