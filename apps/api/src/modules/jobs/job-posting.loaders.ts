import { In } from 'typeorm';
import { byKey, loaderKind } from '../../common/loaders/loaders';
import { JobPostingEntity } from './job-posting.entity';

export const jobPostingById = loaderKind<string, JobPostingEntity | null>('jobPostingById', async (ds, ids) =>
  byKey(ids, await ds.getRepository(JobPostingEntity).findBy({ id: In([...ids]) }), (r) => r.id),
);
