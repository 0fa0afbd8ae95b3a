import { Select, type SelectProps } from 'antd';
import { useEnumOptions, type EnumGroup, type EnumGroups } from '../enums/enum-labels';

export interface EnumSelectProps<G extends EnumGroup> extends Omit<SelectProps, 'options'> {
  group: G;
  values: readonly EnumGroups[G][];
  /** Optional counts (e.g. search facets) shown beside each option's label. */
  counts?: Partial<Record<string, number>>;
  'data-testid'?: string;
}

/**
 * A Select over one contracts enum with i18n labels. Each option renders `data-testid="<testid>-option-<VALUE>"`,
 * so browser tests can pick values without depending on the Chinese label.
 */
export function EnumSelect<G extends EnumGroup>({ group, values, counts, ...props }: EnumSelectProps<G>) {
  const options = useEnumOptions(group, values);
  const testId = props['data-testid'];
  return (
    <Select
      {...props}
      options={options}
      optionRender={(option) => {
        const count = counts?.[String(option.value)];
        return (
          <span data-testid={testId ? `${testId}-option-${String(option.value)}` : undefined}>
            {option.label}
            {counts ? (
              <span className="option-count" data-testid={testId ? `${testId}-count-${String(option.value)}` : undefined}>
                {count ?? 0}
              </span>
            ) : null}
          </span>
        );
      }}
    />
  );
}
