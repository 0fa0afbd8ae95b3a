import { useQuery } from '@apollo/client/react';
import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OWNER_CANDIDATES_QUERY, type OwnerCandidate } from '../projects.graphql';

type Candidate = Pick<OwnerCandidate, 'id' | 'name' | 'creditCode'> & { region?: OwnerCandidate['region'] };

const SEARCH_DELAY_MS = 300;
const LIST_SIZE = 50;

/**
 * The owner employer of a project, for officers: employers of the officer's region (`employersInRegion`), searched
 * by name or credit code as the officer types. Each option renders `<testid>-option-<employerId>`.
 */
export function OwnerEmployerSelect({
  value,
  onChange,
  initial,
  id,
  ...rest
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The current owner when editing, so its name shows before anything loads. */
  initial?: Candidate;
  id?: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const testId = rest['data-testid'];
  const [keyword, setKeyword] = useState('');
  const [query, setQuery] = useState('');
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const found = useQuery(OWNER_CANDIDATES_QUERY, {
    variables: { keyword: query || undefined, first: LIST_SIZE },
    fetchPolicy: 'cache-first',
  });

  useEffect(() => () => clearTimeout(pending.current), []);

  const onSearch = (text: string) => {
    setKeyword(text);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
  };

  const candidates = useMemo(() => {
    const byId = new Map<string, Candidate>();
    const add = (c: Candidate | undefined) => c && !byId.has(c.id) && byId.set(c.id, c);
    add(initial);
    found.data?.employersInRegion.forEach(add);
    return [...byId.values()];
  }, [initial, found.data]);

  const options = candidates.map((c) => ({ value: c.id, label: c.name, search: `${c.name} ${c.creditCode}`, candidate: c }));

  return (
    <Select
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      allowClear
      placeholder={t('projects.form.ownerPlaceholder')}
      options={options}
      showSearch={{ onSearch, optionFilterProp: 'search' }}
      notFoundContent={found.loading ? <Spin size="small" /> : keyword ? t('projects.form.ownerNone') : null}
      optionRender={(option) => (
        <span data-testid={testId ? `${testId}-option-${String(option.value)}` : undefined}>
          {option.data.candidate.name}
          <Typography.Text type="secondary" className="owner-option-code">
            {option.data.candidate.creditCode}
            {option.data.candidate.region ? ` · ${option.data.candidate.region.name}` : ''}
          </Typography.Text>
        </span>
      )}
      data-testid={testId}
    />
  );
}
