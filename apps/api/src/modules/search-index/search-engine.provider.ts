import { MeilisearchEngine, OCCUPATION_SYNONYMS, PostgresSearchEngine, SearchEngine } from '@jobbridge/search';
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

export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [APP_CONFIG, DataSource, WRAP_SEARCH_ENGINE],
  useFactory: async (config: AppConfig, ds: DataSource, wrap: (e: SearchEngine) => SearchEngine) => {
    const engine = wrap(createSearchEngine(config, ds));
    // A search engine that is down at start must not stop the API: writes go on and the outbox catches up.
    await engine.ensureSetup().catch(() => undefined);
    return engine;
  },
};
