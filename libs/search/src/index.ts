export * from './search-port';
export * from './engines/postgres/postgres-engine';
export * from './engines/postgres/geo-cells';
export * from './engines/meilisearch/meilisearch-engine';
export * from './text/analyzer';
export * from './text/highlight';
export * from './text/synonyms';
export * from './cached-engine';
