import { Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FollowUpData } from '../employment-support.graphql';

const OUTCOME_COLOR: Record<string, string> = {
  EMPLOYED: 'green',
  TRAINING: 'blue',
  CONTINUING: 'gray',
  NOT_REACHED: 'red',
  DECLINED_HELP: 'orange',
};

/** The follow-ups, latest contact first: date, channel, outcome, the note (officers only) and what was recommended. */
export function FollowUpTimeline({ followUps, emptyText }: { followUps: readonly FollowUpData[]; emptyText: string }) {
  const { t } = useTranslation();
  if (!followUps.length) {
    return (
      <Typography.Text type="secondary" data-testid="follow-ups-empty">
        {emptyText}
      </Typography.Text>
    );
  }
  return (
    <Timeline
      data-testid="follow-ups"
      items={followUps.map((f) => ({
        key: f.id,
        color: OUTCOME_COLOR[f.outcome] ?? 'gray',
        content: (
          <Flex vertical gap={4} data-testid="follow-up" data-outcome={f.outcome}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{f.contactedOn}</Typography.Text>
              <Tag>{t(`employmentSupport.channel.${f.channel}`)}</Tag>
              <Tag color={OUTCOME_COLOR[f.outcome]} data-testid="follow-up-outcome">
                {t(`employmentSupport.outcome.${f.outcome}`)}
              </Tag>
              <Typography.Text type="secondary">{f.officerName}</Typography.Text>
            </Flex>
            {f.note ? <Typography.Paragraph style={{ margin: 0 }}>{f.note}</Typography.Paragraph> : null}
            {f.recommendedJobs.length || f.recommendedFairs.length ? (
              <Flex gap={6} wrap align="center">
                <Typography.Text type="secondary">{t('employmentSupport.case.recommended')}</Typography.Text>
                {f.recommendedJobs.map((j) => (
                  <Link key={j.id} to={`/jobs/${j.id}?from=recommendation`} data-testid="follow-up-job">
                    {j.title}
                    {j.employer ? `（${j.employer.name}）` : ''}
                  </Link>
                ))}
                {f.recommendedFairs.map((fair) => (
                  <Link key={fair.id} to={`/fairs/${fair.id}`} data-testid="follow-up-fair">
                    {fair.name}
                  </Link>
                ))}
              </Flex>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}
