import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { searchCacheProvider, searchEngineProvider } from './search-engine.provider';
import { SearchSyncWorker, SYNC_OPTIONS } from './search-sync.worker';

/**
 * The search index's write side: the engine, the outbox features write to in their transactions, and the worker that
 * applies it. Features that change what is indexed (jobs, employers) depend on this, not on the search queries
 * (modules/search), which read job postings: the index sits below the features, the queries above them.
 */
@Module({
  providers: [
    searchCacheProvider,
    searchEngineProvider,
    { provide: SYNC_OPTIONS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => ({ pollMs: c.searchSyncPollMs }) },
    SearchSyncWorker,
  ],
  exports: [SearchSyncWorker, searchCacheProvider, searchEngineProvider],
})
export class SearchIndexModule {}
