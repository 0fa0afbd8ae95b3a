import { useLazyQuery, useQuery } from '@apollo/client/react';
import { JobPostingStatus } from '@jobbridge/contracts';
import { Select, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatPay } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { LINEUP_OWN_JOBS_QUERY, LINEUP_SEARCH_QUERY, type LineupCandidate } from '../live-rooms.graphql';

const SEARCH_DELAY_MS = 300;
const LIST_SIZE = 50;

/**
 * The lineup picker, in the order picked. Employers choose among their own postings (`myJobPostings`); officers
 * search the region's published postings (`searchJobs` in the officer's region: there is no list of other
 * employers' postings). Options render `<testid>-option-<jobId>`.
 */
export function LineupSelect({
  value,
  onChange,
  initial = [],
  officer,
  id,
  ...rest
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** The current lineup (editing), so the chosen jobs show before anything loads. */
  initial?: LineupCandidate[];
  officer: boolean;
  id?: string;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { user } = useAuth();
  const testId = rest['data-testid'];
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const own = useQuery(LINEUP_OWN_JOBS_QUERY, { variables: { first: LIST_SIZE }, skip: officer, fetchPolicy: 'cache-and-network' });
  const region = user?.regionCode ?? undefined;
  const regionJobs = useQuery(LINEUP_SEARCH_QUERY, {
    variables: { input: { regionCode: region }, first: LIST_SIZE },
    skip: !officer,
    fetchPolicy: 'cache-and-network',
  });
  const [search, searched] = useLazyQuery(LINEUP_SEARCH_QUERY);
  useEffect(() => () => clearTimeout(pending.current), []);

  const onSearch = (text: string) => {
    if (!officer) return;
    clearTimeout(pending.current);
    const trimmed = text.trim();
    if (!trimmed) return;
    pending.current = setTimeout(() => {
      void search({ variables: { input: { keyword: trimmed, regionCode: region }, first: LIST_SIZE } }).catch(() => undefined);
    }, SEARCH_DELAY_MS);
  };

  const candidates = useMemo(() => {
    const byId = new Map<string, LineupCandidate>();
    const add = (job: LineupCandidate) => !byId.has(job.id) && byId.set(job.id, job);
    initial.forEach(add);
    // A lineup takes published postings only (the API refuses drafts, postings in review and closed ones).
    own.data?.myJobPostings.edges.forEach((e) => e.node.status === JobPostingStatus.PUBLISHED && add(e.node));
    regionJobs.data?.searchJobs.hits.forEach((h) => add(h.node));
    searched.data?.searchJobs.hits.forEach((h) => add(h.node));
    return [...byId.values()];
  }, [initial, own.data, regionJobs.data, searched.data]);

  const options = candidates.map((job) => ({ value: job.id, label: job.title, search: `${job.title} ${job.employer.name}`, job }));
  const loading = own.loading || regionJobs.loading || searched.loading;

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={(v: string[]) => onChange?.(v)}
      options={options}
      placeholder={t('live.form.lineupSearch')}
      showSearch={{ onSearch, optionFilterProp: 'search' }}
      notFoundContent={loading ? <Spin size="small" /> : t('live.form.lineupNone')}
      optionRender={(option) => {
        const job = option.data.job;
        return (
          <span className="lineup-option" data-testid={testId ? `${testId}-option-${job.id}` : undefined}>
            <span>
              {job.title}
              {job.status !== JobPostingStatus.PUBLISHED ? (
                <Tag style={{ marginInlineStart: 6 }}>{label('jobPostingStatus', job.status)}</Tag>
              ) : null}
              {!job.truthCard ? (
                <Tag color="warning" style={{ marginInlineStart: 6 }}>
                  {t('live.host.lineup.noTruthCard')}
                </Tag>
              ) : null}
            </span>
            <Typography.Text type="secondary" className="lineup-option-meta">
              {job.employer.name} · {job.workRegion.name} · {formatPay(t, job.payMin, job.payMax)}
            </Typography.Text>
          </span>
        );
      }}
      data-testid={testId}
    />
  );
}
