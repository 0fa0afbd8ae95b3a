import { Role } from '@jobbridge/contracts';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { SavedSearchModel, SaveSearchInput, SearchAlertModel } from './dto/saved-search.dto';
import { SavedSearchEntity } from './saved-search.entity';
import { SavedSearchesService } from './saved-searches.service';

const toModel = (s: SavedSearchEntity): SavedSearchModel => ({
  id: s.id,
  name: s.name,
  criteriaJson: JSON.stringify(s.criteria),
  createdAt: s.createdAt,
});

@Resolver()
@Roles(Role.JOB_SEEKER)
export class SavedSearchesResolver {
  constructor(private readonly saved: SavedSearchesService) {}

  @Mutation(() => SavedSearchModel, { description: 'Saves a search; newly published matching postings raise alerts.' })
  async saveSearch(@Args('input') input: SaveSearchInput, @CurrentUser() user: AuthUser): Promise<SavedSearchModel> {
    return toModel(await this.saved.save(user, input.name, input.criteria));
  }

  @Mutation(() => Boolean)
  deleteSavedSearch(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<boolean> {
    return this.saved.remove(user, id);
  }

  @Query(() => [SavedSearchModel])
  async mySavedSearches(@CurrentUser() user: AuthUser): Promise<SavedSearchModel[]> {
    return (await this.saved.list(user)).map(toModel);
  }

  @Query(() => [SearchAlertModel], { description: 'Alerts from saved searches, newest first.' })
  async mySearchAlerts(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<SearchAlertModel[]> {
    const alerts = await this.saved.alerts(user, unreadOnly, Math.min(Math.max(first, 1), 100));
    return alerts.map((a) => ({
      id: a.id,
      savedSearchName: a.savedSearch!.name,
      jobPosting: JobPostingModel.from(a.jobPosting!),
      createdAt: a.createdAt,
      readAt: a.readAt,
    }));
  }

  @Mutation(() => Int, { description: 'Marks the caller’s alerts read; returns how many changed.' })
  markSearchAlertsRead(@Args('ids', { type: () => [ID] }) ids: string[], @CurrentUser() user: AuthUser): Promise<number> {
    return this.saved.markRead(user, ids);
  }
}
