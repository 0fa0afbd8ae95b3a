import { Role } from '@jobbridge/contracts';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { JobSeekerProfileModel } from '../job-seekers/dto/job-seeker-profile.model';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { CandidateMatchModel, JobMatchModel } from './dto/match.model';
import { explanation } from './match-mapping';
import { MatchingService } from './matching.service';

const MAX_MATCHES = 50;
const pageSize = (first: number) => {
  if (first > MAX_MATCHES) throw new AppError('PAGE_SIZE_TOO_LARGE', `最多${MAX_MATCHES}条`, 'first');
  return Math.max(1, first);
};

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Roles(Role.JOB_SEEKER)
  @Query(() => [JobMatchModel], { description: '为你推荐: jobs for the signed-in seeker, best first, each with its reasons.' })
  async recommendedJobs(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<JobMatchModel[]> {
    const matches = await this.matching.recommendedJobs(user, pageSize(first));
    return matches.map(({ job, match }) => ({ job: JobPostingModel.from(job), ...explanation(match) }));
  }

  @Roles(Role.EMPLOYER, Role.OFFICER)
  @Query(() => [CandidateMatchModel], {
    description:
      "Candidates for a posting, best first, with reasons: its employer sees profiles that allow discovery; officers their region's people.",
  })
  async matchCandidates(
    @CurrentUser() user: AuthUser,
    @Args('jobPostingId', { type: () => ID }) jobPostingId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<CandidateMatchModel[]> {
    const matches = await this.matching.matchCandidates(user, jobPostingId, pageSize(first));
    return matches.map(({ candidate, match }) => ({ candidate: JobSeekerProfileModel.from(candidate), ...explanation(match) }));
  }
}
