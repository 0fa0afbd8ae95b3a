import { Card, Flex } from 'antd';
import { MatchDetails, MatchScore } from '../../../shared/components/MatchInfo';
import { JobCard } from '../../jobs/components/JobCard';
import type { JobMatchData } from '../recommendations.graphql';

/** A recommended job: the score and why, then the usual job card (links to the job page). */
export function JobMatchCard({ match }: { match: JobMatchData }) {
  return (
    <Card size="small" className="match-card" data-testid="recommendation" data-job-id={match.job.id}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <MatchScore score={match.score} />
      </Flex>
      <MatchDetails match={match} />
      <JobCard job={match.job} />
    </Card>
  );
}
