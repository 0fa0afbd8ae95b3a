import { FindOptionsWhere, ObjectLiteral, QueryFailedError, Repository } from 'typeorm';

/**
 * Saves a new row at most once per idempotency key: with `key` (the owner and the key, matching a unique index), a
 * retry — or two copies racing — gets the row the first one saved. Without a key it simply saves.
 */
export async function saveOnce<T extends ObjectLiteral>(repo: Repository<T>, key: FindOptionsWhere<T> | null, row: () => T): Promise<T> {
  if (key) {
    const first = await repo.findOneBy(key);
    if (first) return first;
  }
  try {
    return await repo.save(row());
  } catch (e) {
    const again = key && e instanceof QueryFailedError ? await repo.findOneBy(key) : null;
    if (again) return again;
    throw e;
  }
}
