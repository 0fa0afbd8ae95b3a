import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryCounter } from './query-counter';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, queryCounter?: QueryCounter): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger: queryCounter,
    logging: queryCounter ? ['query'] : false,
    extra: { max: 20, application_name: 'jobbridge-api' },
  };
}

export function createDataSource(url: string, queryCounter?: QueryCounter): DataSource {
  return new DataSource(dataSourceOptions(url, queryCounter));
}
