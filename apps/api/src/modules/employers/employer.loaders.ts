import { In } from 'typeorm';
import { byKey, loaderKind } from '../../common/loaders/loaders';
import { EmployerEntity } from './employer.entity';

export const employerById = loaderKind<string, EmployerEntity | null>('employerById', async (ds, ids) =>
  byKey(ids, await ds.getRepository(EmployerEntity).findBy({ id: In([...ids]) }), (r) => r.id),
);
