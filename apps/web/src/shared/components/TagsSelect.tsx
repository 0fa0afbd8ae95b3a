import { Select, type SelectProps } from 'antd';

/** Free-text tags (skills, occupations): type and press Enter; commas also split. */
export function TagsSelect(props: Omit<SelectProps<string[]>, 'mode'> & { 'data-testid'?: string }) {
  return <Select<string[]> {...props} mode="tags" tokenSeparators={[',', '，', '、']} />;
}
