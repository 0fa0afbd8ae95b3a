import { Role } from '@jobbridge/contracts';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { RegionStatisticsArgs } from './dto/region-statistics.args';
import { RegionStatisticsModel } from './dto/region-statistics.model';
import { StatisticsService } from './statistics.service';

@Resolver()
@Roles(Role.OFFICER, Role.ADMIN)
export class StatisticsResolver {
  constructor(private readonly service: StatisticsService) {}

  @Query(() => RegionStatisticsModel, {
    complexity: 50,
    description:
      'Figures of a region (province, prefecture or county) per period, with its direct children: postings, seekers, applications, hires, time to hire, live rooms, fairs and the 30% projects. Officers: their region and below; admins: all.',
  })
  regionStatistics(@Args() args: RegionStatisticsArgs, @CurrentUser() user: AuthUser): Promise<RegionStatisticsModel> {
    return this.service.regionStatistics(user, args);
  }
}
