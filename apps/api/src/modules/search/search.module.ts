import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Job search queries (searchJobs): reads the index and the postings it points to. */
@Module({
  imports: [RegionsModule, SearchIndexModule],
  providers: [SearchResolver, SearchService],
  exports: [SearchService, SearchIndexModule],
})
export class SearchModule {}
