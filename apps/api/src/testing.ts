/**
 * The API's one public entry point for test harnesses and benchmarks (`@jobbridge/api/testing`): libs/testing, the
 * browser journeys and scripts start the real API in-process through these and nothing deeper. ESLint's module
 * boundaries rule allows exactly this path into the app (docs/adr/0014).
 */
export { createApp } from './app.factory';
export { loadConfig } from './config/app-config';
export { createDataSource } from './database/data-source';
export { QueryCounter } from './database/query-counter';
export { SearchSyncWorker } from './modules/search-index/search-sync.worker';
export { UserEntity } from './modules/users/user.entity';
