import { useQuery } from '@apollo/client/react';
import { JobKind, RegionLevel } from '@jobbridge/contracts';
import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { REGIONS_QUERY } from '../../../shared/regions';

const ZONES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const JOB_KINDS = Object.values(JobKind);

export interface HallFilterValues {
  zone?: string;
  countyCode?: string;
  jobKind?: JobKind;
  keyword: string;
}

/**
 * The hall's filters: zone (by industry), county of the company (the counties of the fair's region; hidden for a fair
 * of one county), job kind, and a keyword over company names and the fair's job titles. Two per row on a phone
 * (390 px), four in one row from 576 px.
 */
export function HallFilters({
  regionCode,
  value,
  onChange,
}: {
  /** The fair's region: its counties are offered. */
  regionCode: string;
  value: HallFilterValues;
  onChange: (next: HallFilterValues) => void;
}) {
  const { t } = useTranslation();
  const regions = useQuery(REGIONS_QUERY, { variables: { parentCode: regionCode } });
  const counties = (regions.data?.regions ?? []).filter((r) => r.level === RegionLevel.COUNTY);
  const set = (patch: Partial<HallFilterValues>) => onChange({ ...value, ...patch });

  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }} data-testid="fair-filters">
      <Col xs={12} sm={6}>
        <Select
          allowClear
          placeholder={t('fairs.page.zoneAll')}
          aria-label={t('fairs.page.zoneAll')}
          style={{ width: '100%' }}
          value={value.zone}
          onChange={(zone?: string) => set({ zone })}
          options={ZONES.map((z) => ({ value: z, label: t('fairs.page.zone', { zone: z }) }))}
          data-testid="fair-filter-zone"
        />
      </Col>
      {counties.length ? (
        <Col xs={12} sm={6}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('fairs.page.countyAll')}
            aria-label={t('fairs.page.countyAll')}
            style={{ width: '100%' }}
            value={value.countyCode}
            onChange={(countyCode?: string) => set({ countyCode })}
            options={counties.map((c) => ({ value: c.code, label: c.name }))}
            optionRender={(o) => <span data-testid={`fair-filter-county-option-${String(o.value)}`}>{o.label}</span>}
            data-testid="fair-filter-county"
          />
        </Col>
      ) : null}
      <Col xs={12} sm={6}>
        <EnumSelect
          group="jobKind"
          values={JOB_KINDS}
          allowClear
          placeholder={t('fairs.page.jobKindAll')}
          aria-label={t('fairs.page.jobKindAll')}
          style={{ width: '100%' }}
          value={value.jobKind}
          onChange={(jobKind?: JobKind) => set({ jobKind })}
          data-testid="fair-filter-job-kind"
        />
      </Col>
      <Col xs={counties.length ? 12 : 24} sm={6}>
        <Input.Search
          allowClear
          placeholder={t('fairs.page.keyword')}
          aria-label={t('fairs.page.keyword')}
          onSearch={(keyword) => set({ keyword })}
          data-testid="fair-filter-keyword"
        />
      </Col>
    </Row>
  );
}
