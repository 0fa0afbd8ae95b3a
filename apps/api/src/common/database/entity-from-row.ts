import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A row as raw SQL returns it (snake_case columns, e.g. `RETURNING *`), turned into the entity by the ORM's column metadata. */
export function entityFromRow<T extends ObjectLiteral>(
  db: DataSource | EntityManager,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const ds = 'connection' in db ? db.connection : db;
  const meta = ds.getMetadata(target);
  const entity = meta.create() as T;
  for (const column of meta.columns) column.setEntityValue(entity, ds.driver.prepareHydratedValue(row[column.databaseName], column));
  return entity;
}
