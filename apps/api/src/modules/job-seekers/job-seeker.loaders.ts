import { In } from 'typeorm';
import { byKey, loaderKind } from '../../common/loaders/loaders';
import { JobSeekerProfileEntity } from './job-seeker-profile.entity';

export const seekerProfileById = loaderKind<string, JobSeekerProfileEntity | null>('seekerProfileById', async (ds, ids) =>
  byKey(ids, await ds.getRepository(JobSeekerProfileEntity).findBy({ id: In([...ids]) }), (r) => r.id),
);

export const seekerProfileByUserId = loaderKind<string, JobSeekerProfileEntity | null>('seekerProfileByUserId', async (ds, ids) =>
  byKey(ids, await ds.getRepository(JobSeekerProfileEntity).findBy({ userId: In([...ids]) }), (r) => r.userId),
);
