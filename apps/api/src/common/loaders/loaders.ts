import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ApplicationEntity, ApplicationEventEntity } from '../../modules/applications/application.entity';
import { EmployerEntity } from '../../modules/employers/employer.entity';
import { JobSeekerProfileEntity } from '../../modules/job-seekers/job-seeker-profile.entity';
import { JobPostingEntity } from '../../modules/jobs/job-posting.entity';
import { RegionEntity } from '../../modules/regions/region.entity';
import { UserEntity } from '../../modules/users/user.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const r of rows) map.set(key(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

function groupByKey<K, V>(keys: readonly K[], rows: V[], key: (v: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One DataLoader per relation, created per request so nothing leaks between callers. */
export interface Loaders {
  region: DataLoader<string, RegionEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  employer: DataLoader<string, EmployerEntity | null>;
  jobPosting: DataLoader<string, JobPostingEntity | null>;
  seekerProfile: DataLoader<string, JobSeekerProfileEntity | null>;
  seekerProfileByUser: DataLoader<string, JobSeekerProfileEntity | null>;
  applicationCountByJob: DataLoader<string, number>;
  applicationEvents: DataLoader<string, ApplicationEventEntity[]>;
  /** key: `${seekerProfileId}:${jobPostingId}` */
  seekerApplicationForJob: DataLoader<string, ApplicationEntity | null>;
}

@Injectable()
export class LoaderFactory {
  /**
   * Regions are reference data that never change while the process runs (the dataset loads before it starts), so
   * they are cached for the process: most requests then need no region query at all.
   */
  private readonly regions = new Map<string, RegionEntity | null>();

  constructor(private readonly ds: DataSource) {}

  private async loadRegions(codes: readonly string[]): Promise<(RegionEntity | null)[]> {
    const missing = codes.filter((c) => !this.regions.has(c));
    if (missing.length) {
      const rows = await this.ds.getRepository(RegionEntity).findBy({ code: In(missing) });
      for (const c of missing) this.regions.set(c, null);
      for (const r of rows) this.regions.set(r.code, r);
    }
    return codes.map((c) => this.regions.get(c) ?? null);
  }

  create(): Loaders {
    const ds = this.ds;
    return {
      region: new DataLoader((codes) => this.loadRegions(codes)),
      user: new DataLoader(async (ids) => byKey(ids, await ds.getRepository(UserEntity).findBy({ id: In([...ids]) }), (r) => r.id)),
      employer: new DataLoader(async (ids) => byKey(ids, await ds.getRepository(EmployerEntity).findBy({ id: In([...ids]) }), (r) => r.id)),
      jobPosting: new DataLoader(async (ids) =>
        byKey(ids, await ds.getRepository(JobPostingEntity).findBy({ id: In([...ids]) }), (r) => r.id),
      ),
      seekerProfile: new DataLoader(async (ids) =>
        byKey(ids, await ds.getRepository(JobSeekerProfileEntity).findBy({ id: In([...ids]) }), (r) => r.id),
      ),
      seekerProfileByUser: new DataLoader(async (ids) =>
        byKey(ids, await ds.getRepository(JobSeekerProfileEntity).findBy({ userId: In([...ids]) }), (r) => r.userId),
      ),
      applicationCountByJob: new DataLoader(async (ids) => {
        const rows: { job_posting_id: string; n: number }[] = await ds.query(
          `SELECT job_posting_id, count(*)::int AS n FROM applications WHERE job_posting_id = ANY($1::uuid[]) GROUP BY job_posting_id`,
          [ids],
        );
        const map = new Map(rows.map((r) => [r.job_posting_id, r.n]));
        return ids.map((id) => map.get(id) ?? 0);
      }),
      applicationEvents: new DataLoader(async (ids) =>
        groupByKey(
          ids,
          await ds.getRepository(ApplicationEventEntity).find({ where: { applicationId: In([...ids]) }, order: { createdAt: 'ASC' } }),
          (e) => e.applicationId,
        ),
      ),
      seekerApplicationForJob: new DataLoader(async (keys) => {
        const pairs = keys.map((k) => k.split(':'));
        const seekerIds = [...new Set(pairs.map((p) => p[0]))];
        const jobIds = pairs.map((p) => p[1]);
        const rows = await ds.getRepository(ApplicationEntity).findBy({ seekerProfileId: In(seekerIds), jobPostingId: In(jobIds) });
        return byKey(keys, rows, (a) => `${a.seekerProfileId}:${a.jobPostingId}`);
      }),
    };
  }
}
