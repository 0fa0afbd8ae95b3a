import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '../../common/auth/access.decorators';
import { pagedResultComplexity } from '../../common/graphql/complexity.plugin';
import type { GqlContext } from '../../common/auth/gql-context';
import { SearchJobsArgs } from './dto/job-search.input';
import { JobSearchResultModel } from './dto/job-search.model';
import { SearchService } from './search.service';

@Resolver(() => JobSearchResultModel)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Query(() => JobSearchResultModel, {
    description: 'Full-text job search in Chinese with filters, distance, facets, sorting and highlights (published postings).',
    complexity: pagedResultComplexity,
  })
  async searchJobs(@Args() args: SearchJobsArgs, @Ctx() ctx: GqlContext): Promise<JobSearchResultModel> {
    return this.search.searchJobs(args, ctx.loaders, ctx.user);
  }
}
