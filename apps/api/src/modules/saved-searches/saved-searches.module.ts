import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { SavedSearchesResolver } from './saved-searches.resolver';
import { SavedSearchesService } from './saved-searches.service';

@Module({ imports: [SearchModule], providers: [SavedSearchesResolver, SavedSearchesService], exports: [SavedSearchesService] })
export class SavedSearchesModule {}
