import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RegionsModule } from '../regions/regions.module';
import { searchEngineProvider } from './search-engine.provider';
import { SearchSyncWorker, SYNC_OPTIONS } from './search-sync.worker';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [RegionsModule],
  providers: [
    searchEngineProvider,
    { provide: SYNC_OPTIONS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => ({ pollMs: c.searchSyncPollMs }) },
    SearchResolver,
    SearchService,
    SearchSyncWorker,
  ],
  exports: [SearchService, SearchSyncWorker, searchEngineProvider],
})
export class SearchModule {}
