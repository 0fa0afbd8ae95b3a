import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionTree, type RegionOption } from './use-region-tree';

export interface RegionCascaderProps {
  /** Path of codes, province first (see `regionPath`). */
  value?: string[];
  onChange?: (value: string[] | undefined) => void;
  /** 3 = down to county (default), 2 = prefecture, 1 = province. */
  depth?: number;
  /** Allow picking a province or prefecture without going down to `depth` (search filters). */
  anyLevel?: boolean;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  id?: string;
  'data-testid'?: string;
}

/** Province → prefecture → county picker backed by `regions(parentCode)`; the form value is the code path. */
export function RegionCascader({ value, onChange, depth = 3, anyLevel = false, placeholder, ...rest }: RegionCascaderProps) {
  const { t } = useTranslation();
  const { options, loadData, error } = useRegionTree(depth, value);
  const testId = rest['data-testid'];

  return (
    <Cascader<RegionOption>
      {...rest}
      style={{ width: '100%' }}
      options={options}
      loadData={loadData}
      value={value}
      changeOnSelect={anyLevel}
      status={error ? 'error' : undefined}
      placeholder={error ? t('region.loadFailed') : (placeholder ?? (anyLevel ? t('region.anyLevelPlaceholder') : t('region.placeholder')))}
      onChange={(next) => onChange?.(next && next.length ? (next as string[]) : undefined)}
      optionRender={(option) => <span data-testid={testId ? `${testId}-option-${option.value}` : undefined}>{option.label}</span>}
    />
  );
}
