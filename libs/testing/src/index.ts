export * from './graphql-client';
export * from './test-app';
export * from './test-database';
export * from './factories';
export * from './switchable-engine';
export * from './api-process';
export * from './sockets';
export * from './access-fixture';
