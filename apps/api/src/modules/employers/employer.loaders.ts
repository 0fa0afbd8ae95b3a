import { In } from 'typeorm';
import { byKey, loaderKind } from '../../common/loaders/loaders';
import { EmployerMemberEntity } from './employer-member.entity';
import { EmployerEntity } from './employer.entity';

export const employerById = loaderKind<string, EmployerEntity | null>('employerById', async (ds, ids) =>
  byKey(ids, await ds.getRepository(EmployerEntity).findBy({ id: In([...ids]) }), (r) => r.id),
);

/** The employer whose team a user is on (null for none), by user id. */
export const teamEmployerIdByUser = loaderKind<string, string | null>('teamEmployerIdByUser', async (ds, userIds) =>
  (await ds.getRepository(EmployerMemberEntity).findBy({ userId: In([...userIds]) })).reduce(
    (acc, m) => {
      acc[userIds.indexOf(m.userId!)] = m.employerId;
      return acc;
    },
    userIds.map((): string | null => null),
  ),
);
