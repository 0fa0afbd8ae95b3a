import { Select, type SelectProps } from 'antd';
import { useEnumOptions, type EnumGroup, type EnumGroups } from '../enums/enum-labels';

export interface EnumSelectProps<G extends EnumGroup> extends Omit<SelectProps, 'options'> {
  group: G;
  values: readonly EnumGroups[G][];
  'data-testid'?: string;
}

/**
 * A Select over one contracts enum with i18n labels. Each option renders `data-testid="<testid>-option-<VALUE>"`,
 * so browser tests can pick values without depending on the Chinese label.
 */
export function EnumSelect<G extends EnumGroup>({ group, values, ...props }: EnumSelectProps<G>) {
  const options = useEnumOptions(group, values);
  const testId = props['data-testid'];
  return (
    <Select
      {...props}
      options={options}
      optionRender={(option) => (
        <span data-testid={testId ? `${testId}-option-${String(option.value)}` : undefined}>{option.label}</span>
      )}
    />
  );
}
