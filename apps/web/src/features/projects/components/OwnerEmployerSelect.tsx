import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { OWNER_CANDIDATES_QUERY, OWNER_SEARCH_QUERY, PROJECT_PAGE_SIZE, PROJECTS_QUERY, type OwnerCandidate } from '../projects.graphql';

type Candidate = Pick<OwnerCandidate, 'id' | 'name' | 'creditCode'> & { region?: OwnerCandidate['region'] };

const SEARCH_DELAY_MS = 300;
const LIST_SIZE = 50;

/**
 * The owner employer of a project, for officers. There is no employer search in the API, so the choices are the
 * employers an officer can already see: those awaiting verification in the region, the owners of the region's
 * projects, and — typing a name — employers with published postings in the region (the search index holds employer
 * names). Each option renders `<testid>-option-<employerId>`.
 */
export function OwnerEmployerSelect({ value, onChange, initial, id, ...rest }: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The current owner when editing, so its name shows before anything loads. */
  initial?: Candidate;
  id?: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const testId = rest['data-testid'];
  const [keyword, setKeyword] = useState('');
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const review = useQuery(OWNER_CANDIDATES_QUERY, { variables: { first: 100 }, fetchPolicy: 'cache-first' });
  const owners = useQuery(PROJECTS_QUERY, { variables: { first: PROJECT_PAGE_SIZE }, fetchPolicy: 'cache-first' });
  const [search, searched] = useLazyQuery(OWNER_SEARCH_QUERY);

  useEffect(() => () => clearTimeout(pending.current), []);

  const onSearch = (text: string) => {
    setKeyword(text);
    clearTimeout(pending.current);
    const trimmed = text.trim();
    if (trimmed.length < 2) return;
    pending.current = setTimeout(() => {
      void search({ variables: { keyword: trimmed, regionCode: user?.regionCode ?? undefined, first: LIST_SIZE } }).catch(() => undefined);
    }, SEARCH_DELAY_MS);
  };

  const candidates = useMemo(() => {
    const byId = new Map<string, Candidate>();
    const add = (c: Candidate | undefined) => c && !byId.has(c.id) && byId.set(c.id, c);
    add(initial);
    owners.data?.projects.edges.forEach((e) => add(e.node.employer));
    review.data?.employersForReview.forEach(add);
    searched.data?.searchJobs.hits.forEach((h) => add(h.node.employer));
    return [...byId.values()];
  }, [initial, owners.data, review.data, searched.data]);

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
      notFoundContent={searched.loading ? <Spin size="small" /> : keyword ? t('projects.form.ownerNone') : null}
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
