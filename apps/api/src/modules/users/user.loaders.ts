import { In } from 'typeorm';
import { byKey, loaderKind } from '../../common/loaders/loaders';
import { UserEntity } from './user.entity';

export const userById = loaderKind<string, UserEntity | null>('userById', async (ds, ids) =>
  byKey(ids, await ds.getRepository(UserEntity).findBy({ id: In([...ids]) }), (r) => r.id),
);
