import { WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { FlagDecision } from '@jobbridge/contracts';
import { App, Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/utils/format';
import { POSTING_FLAGS_FOR_REVIEW_QUERY, SCREENING_DECISION_MUTATION, type ScreeningDecisionData } from '../oversight.graphql';
import { DecisionReasonModal } from './DecisionReasonModal';

/** The API keeps a decision's evidence to 200 characters. */
const EVIDENCE_KEY_LENGTH = 200;
const DECISION_COLORS: Record<FlagDecision, string> = { [FlagDecision.UPHOLD]: 'red', [FlagDecision.DISMISS]: 'default' };

interface Deciding {
  code: string;
  evidence: string;
  decision: FlagDecision;
}

/**
 * 风险提示核查, in the officer's review drawer: each screening flag with the words that raised it, the rule it breaks
 * and where that rule is written, the decision already taken, and 维持 / 驳回提示 with a required reason. Read with
 * `no-cache` (see POSTING_FLAGS_FOR_REVIEW_QUERY) and read again after each decision.
 */
export function FlagDecisionsPanel({ jobId }: { jobId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const { data, error, refetch } = useQuery(POSTING_FLAGS_FOR_REVIEW_QUERY, { variables: { id: jobId }, fetchPolicy: 'no-cache' });
  const [decide, { loading }] = useMutation(SCREENING_DECISION_MUTATION);
  const posting = data?.jobPosting;

  if (error && !posting) {
    return (
      <Typography.Text type="danger" data-testid="flag-decisions-error">
        {t('oversight.flags.loadFailed')}
      </Typography.Text>
    );
  }
  if (!posting) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (!posting.screeningFlags.length) return null;

  const flagLabel = (code: string) => {
    const key = `bureau.screeningFlags.${code}`;
    return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : code;
  };
  const decisionOf = (code: string, evidence: string): ScreeningDecisionData | undefined =>
    posting.screeningDecisions.find((d) => d.code === code && d.evidence === evidence.slice(0, EVIDENCE_KEY_LENGTH));

  const confirm = async ({ reason }: { reason: string }) => {
    if (!deciding) return;
    try {
      await decide({ variables: { input: { jobPostingId: jobId, ...deciding, reason } } });
      void message.success(t('oversight.flags.saved'));
      setDeciding(null);
      await refetch();
    } catch (e) {
      handleError(e);
    }
  };

  return (
    <Card
      size="small"
      title={t('oversight.flags.title')}
      extra={
        <Link to={`/bureau/employers/${posting.employer.id}/credit`} data-testid="flag-decisions-credit">
          {t('oversight.flags.credit')}
        </Link>
      }
      data-testid="flag-decisions"
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('oversight.flags.intro')}
      </Typography.Paragraph>
      <Flex vertical gap={12}>
        {posting.screeningFlags.map((flag, i) => {
          const decided = decisionOf(flag.code, flag.evidence);
          return (
            <div
              key={`${flag.code}-${i}`}
              style={{ borderTop: i ? '1px solid #f0f0f0' : undefined, paddingTop: i ? 12 : 0 }}
              data-testid="flag-decision"
              data-code={flag.code}
              data-decision={decided?.decision ?? ''}
            >
              <Flex justify="space-between" align="flex-start" gap={8} wrap>
                <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                  <Tag color="warning" icon={<WarningOutlined />}>
                    {flagLabel(flag.code)}
                  </Tag>
                  <div data-testid="flag-evidence">{t('oversight.flags.evidence', { evidence: flag.evidence })}</div>
                  {flag.clause ? (
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="flag-clause">
                      {t('oversight.flags.clause')}：{flag.clause}
                      {flag.clauseSource ? (
                        <span data-testid="flag-clause-source">
                          {' '}
                          （{t('oversight.flags.source')}：{flag.clauseSource}）
                        </span>
                      ) : null}
                    </Typography.Paragraph>
                  ) : null}
                </div>
                <Flex gap={8}>
                  <Button
                    size="small"
                    danger
                    type={decided?.decision === FlagDecision.UPHOLD ? 'primary' : 'default'}
                    onClick={() => setDeciding({ code: flag.code, evidence: flag.evidence, decision: FlagDecision.UPHOLD })}
                    data-testid="flag-uphold"
                  >
                    {t('oversight.flags.uphold')}
                  </Button>
                  <Button
                    size="small"
                    type={decided?.decision === FlagDecision.DISMISS ? 'primary' : 'default'}
                    onClick={() => setDeciding({ code: flag.code, evidence: flag.evidence, decision: FlagDecision.DISMISS })}
                    data-testid="flag-dismiss"
                  >
                    {t('oversight.flags.dismiss')}
                  </Button>
                </Flex>
              </Flex>
              {decided ? (
                <div style={{ marginTop: 6 }} data-testid="flag-decided">
                  <Tag color={DECISION_COLORS[decided.decision]}>{t(`oversight.flags.decision.${decided.decision}`)}</Tag>
                  <Typography.Text type="secondary">
                    {formatDateTime(decided.decidedAt)} · {decided.reason}
                  </Typography.Text>
                </div>
              ) : null}
            </div>
          );
        })}
      </Flex>
      {deciding ? (
        <DecisionReasonModal
          title={t(`oversight.flags.decisionTitle.${deciding.decision}`)}
          label={t('oversight.flags.reason')}
          placeholder={t(`oversight.flags.reasonPlaceholder.${deciding.decision}`)}
          requiredMessage={t('oversight.flags.reasonRequired')}
          confirming={loading}
          onConfirm={confirm}
          onCancel={() => setDeciding(null)}
          testId="flag-reason"
        />
      ) : null}
    </Card>
  );
}
