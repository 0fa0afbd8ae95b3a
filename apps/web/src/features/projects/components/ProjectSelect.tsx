import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROJECT_OPTIONS_QUERY } from '../projects.graphql';

/**
 * 所属项目: one of the employer's major projects (or none), for a job posting's `projectId`. Options render
 * `<testid>-option-<projectId>`.
 */
export function ProjectSelect({
  value,
  onChange,
  id,
  ...rest
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  disabled?: boolean;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const testId = rest['data-testid'];
  const { data, loading } = useQuery(PROJECT_OPTIONS_QUERY, { variables: { first: 50, sort: 'NAME' }, fetchPolicy: 'cache-and-network' });
  const options = data?.projects.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      allowClear
      loading={loading}
      disabled={rest.disabled}
      placeholder={t('projects.projectSelect.placeholder')}
      options={options}
      optionRender={(option) => <span data-testid={testId ? `${testId}-option-${String(option.value)}` : undefined}>{option.label}</span>}
      data-testid={testId}
    />
  );
}
