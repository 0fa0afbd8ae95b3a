import { JobFairStatus, Role } from '@jobbridge/contracts';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource, IsNull, Not } from 'typeorm';
import { CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { forbidden } from '../../common/errors/app-error';
import { JobFairHistoryEntryModel, storedStats } from './dto/job-fair-history.model';
import { JobFairModel } from './dto/job-fair.model';
import { JobFairEntity } from './job-fair.entity';
import { JobFairsService } from './job-fairs.service';

/** How many past fairs of a campaign the comparison shows at most (the latest ones). */
export const FAIR_HISTORY_LIMIT = 20;

/** Year on year: a campaign's past fairs in one region, each with the figures stored when it ended. */
@Resolver(() => JobFairHistoryEntryModel)
export class JobFairHistoryResolver {
  constructor(
    private readonly fairs: JobFairsService,
    private readonly ds: DataSource,
  ) {}

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => [JobFairHistoryEntryModel], {
    description:
      "The ended fairs of this fair's campaign in its region (this one too once it has ended), each with its stored figures, by start date (the latest 20): for the officers over the region and admins.",
  })
  async jobFairHistory(
    @Args('fairId', { type: () => ID }) fairId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<JobFairHistoryEntryModel[]> {
    const fair = await this.fairs.get(user, fairId);
    if (!this.fairs.manages(user, fair)) throw forbidden();
    // Every fair listed has the same region as this one, so the check above covers them all.
    const past = await this.ds.getRepository(JobFairEntity).find({
      where: { campaign: fair.campaign, regionCode: fair.regionCode, status: JobFairStatus.ENDED, finalStats: Not(IsNull()) },
      order: { startDate: 'DESC', id: 'DESC' },
      take: FAIR_HISTORY_LIMIT,
    });
    return past.reverse().map((f) => ({ fair: JobFairModel.from(f), stats: storedStats(f.finalStats ?? {}) }));
  }
}
