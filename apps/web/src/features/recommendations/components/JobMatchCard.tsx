import { ApplicationSource, JobPostingStatus } from '@jobbridge/contracts';
import { Card, Flex } from 'antd';
import { MatchDetails, MatchScore } from '../../../shared/components/MatchInfo';
import { ApplyPanel, JobCard } from '../../jobs';
import type { JobMatchData } from '../recommendations.graphql';

/**
 * A recommended job: the score and why, its own 投递 button (recorded as 为你推荐), then the usual job card, whose
 * page also records an application as coming from the recommendation.
 */
export function JobMatchCard({ match, onStale }: { match: JobMatchData; onStale: () => void }) {
  return (
    <Card size="small" className="match-card" data-testid="recommendation" data-job-id={match.job.id}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <MatchScore score={match.score} />
        {match.eligible ? (
          <ApplyPanel
            jobId={match.job.id}
            jobStatus={JobPostingStatus.PUBLISHED}
            myApplication={match.job.myApplication ?? null}
            onStale={onStale}
            source={ApplicationSource.RECOMMENDATION}
            compact
          />
        ) : null}
      </Flex>
      <MatchDetails match={match} />
      <JobCard job={match.job} channel="recommendation" />
    </Card>
  );
}
