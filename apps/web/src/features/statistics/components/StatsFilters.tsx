import { PriorityGroup, StatsPeriod } from '@jobbridge/contracts';
import { DatePicker, Flex, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { PRIORITY_GROUPS } from '../../../shared/enums/enum-values';
import { RegionCascader } from '../../../shared/regions';

export interface StatsFilterValue {
  /** Cascader path, province first; the last code is the region asked for. */
  regionPath?: string[];
  period: StatsPeriod;
  /** YYYY-MM-DD; both absent: the API's default range for the period. */
  from?: string;
  to?: string;
  priorityGroup?: PriorityGroup;
}

const PERIODS = [StatsPeriod.DAY, StatsPeriod.WEEK, StatsPeriod.MONTH, StatsPeriod.YEAR];
const ISO = 'YYYY-MM-DD';

/** Region (any level down to county), period, date range and priority group. */
export function StatsFilters({ value, onChange }: { value: StatsFilterValue; onChange: (next: StatsFilterValue) => void }) {
  const { t } = useTranslation();
  const range: [Dayjs, Dayjs] | null = value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null;
  return (
    <Flex gap={8} wrap align="center" className="stats-filters" data-testid="stats-filters">
      <div style={{ minWidth: 240, flex: '1 1 240px', maxWidth: 360 }}>
        <RegionCascader
          anyLevel
          allowClear={false}
          value={value.regionPath}
          onChange={(path) => onChange({ ...value, regionPath: path })}
          placeholder={t('statistics.filters.region')}
          data-testid="stats-region"
        />
      </div>
      <Segmented<StatsPeriod>
        value={value.period}
        options={PERIODS.map((p) => ({ value: p, label: t(`statistics.period.${p}`) }))}
        onChange={(period) => onChange({ ...value, period })}
        data-testid="stats-period"
      />
      <DatePicker.RangePicker
        value={range}
        allowClear
        placeholder={[t('statistics.filters.from'), t('statistics.filters.to')]}
        onChange={(dates) => onChange({ ...value, from: dates?.[0]?.format(ISO) ?? undefined, to: dates?.[1]?.format(ISO) ?? undefined })}
        data-testid="stats-range"
      />
      <EnumSelect
        group="priorityGroup"
        values={PRIORITY_GROUPS}
        value={value.priorityGroup}
        onChange={(v) => onChange({ ...value, priorityGroup: v as PriorityGroup | undefined })}
        allowClear
        placeholder={t('statistics.filters.allGroups')}
        style={{ minWidth: 160 }}
        data-testid="stats-group"
      />
    </Flex>
  );
}
