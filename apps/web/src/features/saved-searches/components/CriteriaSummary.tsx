import type { TFunction } from 'i18next';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobSearchInput } from '../../../graphql/generated/graphql';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatPay } from '../../../shared/utils/format';
import { useRegionName } from '../../../shared/regions';

type EnumLabel = ReturnType<typeof useEnumLabel>;

/** "关键词：电焊 · 地区：临夏县 · 6000元/月以上 · 类型：全职" (the region's code until its name has loaded). */
export function describeCriteria(t: TFunction, label: EnumLabel, criteria: JobSearchInput, regionName: string | undefined): string[] {
  const parts: string[] = [];
  const separator = t('savedSearches.criteria.separator');
  if (criteria.keyword) parts.push(t('savedSearches.criteria.keyword', { value: criteria.keyword }));
  if (criteria.regionCode) parts.push(t('savedSearches.criteria.region', { value: regionName ?? criteria.regionCode }));
  if (criteria.near) parts.push(t('savedSearches.criteria.near', { km: criteria.near.radiusKm }));
  if (criteria.payMin != null && criteria.payMax != null) parts.push(formatPay(t, criteria.payMin, criteria.payMax));
  else if (criteria.payMin != null) parts.push(t('savedSearches.criteria.payAtLeast', { min: criteria.payMin }));
  else if (criteria.payMax != null) parts.push(t('savedSearches.criteria.payAtMost', { max: criteria.payMax }));
  if (criteria.kinds?.length)
    parts.push(t('savedSearches.criteria.kinds', { value: criteria.kinds.map((k) => label('jobKind', k)).join(separator) }));
  if (criteria.industries?.length) parts.push(t('savedSearches.criteria.industries', { value: criteria.industries.join(separator) }));
  if (criteria.postedWithinDays != null) parts.push(t('savedSearches.criteria.postedWithin', { days: criteria.postedWithinDays }));
  return parts.length ? parts : [t('savedSearches.criteria.any')];
}

export function CriteriaSummary({ criteria, testId = 'saved-search-summary' }: { criteria: JobSearchInput; testId?: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const regionName = useRegionName(criteria.regionCode);
  return (
    <Typography.Text type="secondary" data-testid={testId}>
      {describeCriteria(t, label, criteria, regionName).join(' · ')}
    </Typography.Text>
  );
}
