import { CachedSearchEngine, MeilisearchEngine, OCCUPATION_SYNONYMS, PostgresSearchEngine, SearchEngine } from '@jobbridge/search';
import { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
/** (engine) => engine; tests may wrap the real engine to inject faults. */
export const WRAP_SEARCH_ENGINE = Symbol('WRAP_SEARCH_ENGINE');

/** Meilisearch when MEILI_URL is set; otherwise PostgreSQL full-text search in the application's own database. */
export function createSearchEngine(config: AppConfig, ds: DataSource): SearchEngine {
  if (config.meili) {
    return new MeilisearchEngine({
      host: config.meili.url,
      apiKey: config.meili.masterKey,
      indexUid: config.meili.index,
      synonyms: OCCUPATION_SYNONYMS,
    });
  }
  return new PostgresSearchEngine((sql, params) => ds.query(sql, params));
}

/** The engine behind a short-lived answer cache (SEARCH_CACHE_MS, ADR 0022); the GraphQL response cache follows it. */
export const SEARCH_CACHE = Symbol('SEARCH_CACHE');

export const searchCacheProvider: Provider = {
  provide: SEARCH_CACHE,
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, ds: DataSource) =>
    new CachedSearchEngine(createSearchEngine(config, ds), { ttlMs: config.searchCacheMs }),
};

export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [SEARCH_CACHE, WRAP_SEARCH_ENGINE],
  useFactory: async (cached: CachedSearchEngine, wrap: (e: SearchEngine) => SearchEngine) => {
    // The answer cache sits inside any test wrapper, so a simulated outage fails engine searches whatever is cached
    // (the GraphQL response cache for signed-out searches sits above it: outage tests run with SEARCH_CACHE_MS=0).
    const engine = wrap(cached);
    // A search engine that is down at start must not stop the API: writes go on and the outbox catches up.
    await engine.ensureSetup().catch(() => undefined);
    return engine;
  },
};
