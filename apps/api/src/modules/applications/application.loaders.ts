import { In } from 'typeorm';
import { byKey, groupByKey, loaderKind } from '../../common/loaders/loaders';
import { ApplicationEntity, ApplicationEventEntity } from './application.entity';

export const applicationCountByJob = loaderKind<string, number>('applicationCountByJob', async (ds, ids) => {
  const rows: { job_posting_id: string; n: number }[] = await ds.query(
    `SELECT job_posting_id, count(*)::int AS n FROM applications WHERE job_posting_id = ANY($1::uuid[]) GROUP BY job_posting_id`,
    [ids],
  );
  const map = new Map(rows.map((r) => [r.job_posting_id, r.n]));
  return ids.map((id) => map.get(id) ?? 0);
});

export const applicationEvents = loaderKind<string, ApplicationEventEntity[]>('applicationEvents', async (ds, ids) =>
  groupByKey(
    ids,
    await ds.getRepository(ApplicationEventEntity).find({ where: { applicationId: In([...ids]) }, order: { createdAt: 'ASC' } }),
    (e) => e.applicationId,
  ),
);

/** key: `${seekerProfileId}:${jobPostingId}` */
export const seekerApplicationForJob = loaderKind<string, ApplicationEntity | null>('seekerApplicationForJob', async (ds, keys) => {
  const pairs = keys.map((k) => k.split(':'));
  const seekerIds = [...new Set(pairs.map((p) => p[0]))];
  const jobIds = pairs.map((p) => p[1]);
  const rows = await ds.getRepository(ApplicationEntity).findBy({ seekerProfileId: In(seekerIds), jobPostingId: In(jobIds) });
  return byKey(keys, rows, (a) => `${a.seekerProfileId}:${a.jobPostingId}`);
});
