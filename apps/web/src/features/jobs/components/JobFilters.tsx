import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { INPUT_LIMITS, JobSearchSort } from '@jobbridge/contracts';
import { Button, Card, Col, Form, Grid, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { JOB_KINDS, JOB_SEARCH_SORTS } from '../../../shared/enums/enum-values';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { DISTANCE_OPTIONS, type JobFilterValues } from '../hooks/use-job-filters';

interface FilterFormValues {
  region?: string[];
  kind?: JobFilterValues['kind'];
  payMin?: number | null;
  payMax?: number | null;
  keyword?: string;
  distanceKm?: number | null;
  sort?: JobSearchSort;
}

/** What the page knows about the browser's position, for the "附近" filter's state and hint. */
export interface GeoState {
  supported: boolean;
  locating: boolean;
  failed: boolean;
}

const SORTS_WITHOUT_DISTANCE = JOB_SEARCH_SORTS.filter((s) => s !== JobSearchSort.DISTANCE);

const toForm = (v: JobFilterValues): FilterFormValues => ({
  region: v.regionCode ? regionPath(v.regionCode) : undefined,
  kind: v.kind,
  payMin: v.payMin ?? null,
  payMax: v.payMax ?? null,
  keyword: v.keyword ?? '',
  distanceKm: v.distanceKm ?? null,
  sort: v.sort ?? JobSearchSort.RELEVANCE,
});

function fromForm(v: FilterFormValues): JobFilterValues {
  let payMin = v.payMin ?? undefined;
  let payMax = v.payMax ?? undefined;
  if (payMin !== undefined && payMax !== undefined && payMin > payMax) [payMin, payMax] = [payMax, payMin];
  const distanceKm = v.distanceKm ?? undefined;
  const sort = v.sort === JobSearchSort.RELEVANCE || (v.sort === JobSearchSort.DISTANCE && !distanceKm) ? undefined : v.sort;
  return {
    regionCode: lastCode(v.region),
    kind: v.kind ?? undefined,
    payMin,
    payMax,
    keyword: v.keyword?.trim() || undefined,
    distanceKm,
    sort,
  };
}

/**
 * Region (any level), kind, pay range, keyword, "附近" distance and sort. Region, kind, distance and sort apply as
 * soon as they change; keyword and pay apply on 搜索 (or Enter in the keyword box). The form mirrors the URL, so
 * back/forward restores it. `kindCounts` (search facets) are shown beside the kind options.
 */
export function JobFilters({
  values,
  onChange,
  geo,
  kindCounts,
}: {
  values: JobFilterValues;
  onChange: (values: JobFilterValues) => void;
  geo: GeoState;
  kindCounts?: Partial<Record<string, number>>;
}) {
  const { t } = useTranslation();
  const distanceHint = !geo.supported
    ? t('jobs.filters.geolocationUnsupported')
    : values.distanceKm && geo.locating
      ? t('jobs.filters.locating')
      : values.distanceKm && geo.failed
        ? t('jobs.filters.geolocationFailed')
        : undefined;
  const [form] = Form.useForm<FilterFormValues>();
  const compact = !Grid.useBreakpoint().md;
  const activeCount = [values.regionCode, values.kind, values.payMin ?? values.payMax, values.distanceKm, values.sort].filter(
    (v) => v !== undefined,
  ).length;
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
          if ('region' in changed || 'kind' in changed || 'distanceKm' in changed || 'sort' in changed) apply();
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
                maxLength={INPUT_LIMITS.searchKeyword}
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
              <EnumSelect
                group="jobKind"
                values={JOB_KINDS}
                counts={kindCounts}
                allowClear
                placeholder={t('jobs.filters.anyKind')}
                data-testid="filter-kind"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16} lg={7} style={more}>
            <Form.Item
              label={`${t('jobs.filters.payMin')} / ${t('jobs.filters.payMax')}`}
              extra={<span data-testid="filter-pay-hint">{t('jobs.filters.payOverlapHint')}</span>}
              style={{ marginBottom: 0 }}
            >
              <Space.Compact block>
                <Form.Item name="payMin" noStyle>
                  <InputNumber
                    min={0}
                    max={INPUT_LIMITS.monthlyPay}
                    step={500}
                    precision={0}
                    placeholder={t('jobs.filters.payMin')}
                    style={{ width: '50%' }}
                    data-testid="filter-pay-min"
                  />
                </Form.Item>
                <Form.Item name="payMax" noStyle>
                  <InputNumber
                    min={0}
                    max={INPUT_LIMITS.monthlyPay}
                    step={500}
                    precision={0}
                    placeholder={t('jobs.filters.payMax')}
                    style={{ width: '50%' }}
                    data-testid="filter-pay-max"
                  />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={7} style={more}>
            <Form.Item
              name="distanceKm"
              label={t('jobs.filters.distance')}
              help={distanceHint}
              validateStatus={distanceHint && (geo.failed || !geo.supported) ? 'warning' : undefined}
            >
              <Select<number>
                allowClear
                disabled={!geo.supported}
                placeholder={t('jobs.filters.anyDistance')}
                options={DISTANCE_OPTIONS.map((km) => ({ value: km, label: t('jobs.filters.distanceOption', { km }) }))}
                optionRender={(option) => <span data-testid={`filter-distance-option-${String(option.value)}`}>{option.label}</span>}
                data-testid="filter-distance"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={6} style={more}>
            <Form.Item name="sort" label={t('jobs.filters.sort')}>
              <EnumSelect
                group="jobSearchSort"
                values={values.distanceKm ? JOB_SEARCH_SORTS : SORTS_WITHOUT_DISTANCE}
                data-testid="filter-sort"
              />
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
