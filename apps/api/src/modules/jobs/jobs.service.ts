import { AuditAction, AuditTargetType, ErrorCode, JobPostingStatus, RegionLevel, Role } from '@jobbridge/contracts';
import {
  assertJobPostingTransition,
  assertJobPostingWithdrawal,
  decodeCursor,
  encodeCursor,
  isJobPostingEditable,
  regionPrefix,
  screenPostingDraft,
  validatePayRange,
} from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, In, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { escapeLike } from '../../common/database/like';
import { AppError, forbidden, invalid, notFound } from '../../common/errors/app-error';
import { keysetCursor, Page, toPage } from '../../common/graphql/connection';
import { AuditService } from '../audit/audit.service';
import { EmployersService } from '../employers/employers.service';
import { OutboxTopic, recordOutbox } from '../search-index/outbox';
import { SearchSyncWorker } from '../search-index/search-sync.worker';
import { RegionsService } from '../regions/regions.service';
import { JobPostingFilter, JobPostingInput, ReviewQueueOrder } from './dto/job-posting.input';
import { JobPostingEntity } from './job-posting.entity';

/** A posting's 岗位真相卡 is complete: working hours, dormitory, meals and social insurance are all stated. */
export const truthCardComplete = (job: Pick<JobPostingEntity, 'truthCard'>): boolean =>
  !!(job.truthCard?.workingHours && job.truthCard.dormitory && job.truthCard.meals && job.truthCard.socialInsurance);

/** What jobs asks of projects; supplied by the projects module (see JobsService.useProjectOwnership). */
export interface ProjectOwnership {
  /** The employer that owns the project, or null when there is no such project. */
  employerOf(projectId: string): Promise<string | null>;
}

@Injectable()
export class JobsService {
  constructor(
    private readonly ds: DataSource,
    private readonly employers: EmployersService,
    private readonly regions: RegionsService,
    private readonly sync: SearchSyncWorker,
    private readonly audit: AuditService,
  ) {}

  private projectOwnership?: ProjectOwnership;

  /**
   * Who owns a project, so a posting can be linked to one: the projects module sits above jobs (it reads postings), so
   * it hands this in at startup instead of jobs reading its table.
   */
  useProjectOwnership(ownership: ProjectOwnership): void {
    this.projectOwnership = ownership;
  }

  /** A posting by id; `db` is the caller's transaction when it has one. */
  findById(id: string, db: DataSource | EntityManager = this.ds): Promise<JobPostingEntity | null> {
    return db.getRepository(JobPostingEntity).findOneBy({ id });
  }

  async findByIds(
    ids: readonly string[],
    db: DataSource | EntityManager = this.ds,
    where: FindOptionsWhere<JobPostingEntity> = {},
  ): Promise<JobPostingEntity[]> {
    return ids.length ? db.getRepository(JobPostingEntity).findBy({ ...where, id: In([...ids]) }) : [];
  }

  /** A project's postings, newest first. */
  listByProject(projectId: string, take = 100): Promise<JobPostingEntity[]> {
    return this.ds.getRepository(JobPostingEntity).find({ where: { projectId }, order: { createdAt: 'DESC' }, take });
  }

  /** Whether the user acts for the posting's employer. */
  actsFor(user: Pick<AuthUser, 'id' | 'role'>, job: Pick<JobPostingEntity, 'employerId'>, db: DataSource | EntityManager = this.ds) {
    return this.employers.actsFor(user, job.employerId, db);
  }

  /** Published (and once-published, now closed) postings are public; the rest only for the owner and officers over the region. */
  canView(user: AuthUser | undefined, job: JobPostingEntity, ownerUserId: string | null): boolean {
    if (job.publishedAt) return true;
    if (!user) return false;
    return ownerUserId === user.id || officerCovers(user, job.workRegionCode) || user.role === Role.ADMIN;
  }

  async create(user: AuthUser, input: JobPostingInput): Promise<JobPostingEntity> {
    const employer = await this.employers.requireOwn(user);
    const fields = await this.fieldsFrom(input, employer.id);
    return this.change((em) =>
      em.save(em.create(JobPostingEntity, { ...fields, employerId: employer.id, status: JobPostingStatus.DRAFT })),
    );
  }

  /**
   * Every change to a posting goes through here: the change and its outbox event commit together, then the search
   * sync is woken. (Drafts are announced too; the sync decides what the index should hold.)
   */
  private async change(work: (em: EntityManager) => Promise<JobPostingEntity>): Promise<JobPostingEntity> {
    const job = await this.ds.transaction(async (em) => {
      const saved = await work(em);
      await recordOutbox(em, OutboxTopic.JOB_POSTING_CHANGED, saved.id);
      return saved;
    });
    this.sync.nudge();
    return job;
  }

  async update(user: AuthUser, id: string, input: JobPostingInput): Promise<JobPostingEntity> {
    const employer = await this.employers.requireOwn(user);
    const fields = await this.fieldsFrom(input, employer.id);
    return this.change(async (em) => {
      const job = await this.lockOwn(em, user, id);
      if (!isJobPostingEditable(job.status)) {
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '只有草稿或被驳回的岗位可以修改；已发布的岗位请先关闭再重新发布');
      }
      // Editing a rejected posting turns it back into a draft; the old reason stays until it is resubmitted.
      return em.save(Object.assign(job, fields, { status: JobPostingStatus.DRAFT }));
    });
  }

  async submit(user: AuthUser, id: string): Promise<JobPostingEntity> {
    return this.change(async (em) => {
      const job = await this.lockOwn(em, user, id);
      assertJobPostingTransition(job.status, JobPostingStatus.PENDING_REVIEW);
      if ((await this.employers.findById(job.employerId, em))?.hiringSuspendedAt)
        throw new AppError(ErrorCode.FORBIDDEN, '单位招聘已被人社部门暂停，暂不能提交岗位', 'employerId');
      if (!truthCardComplete(job)) {
        throw new AppError(ErrorCode.TRUTH_CARD_REQUIRED, '提交审核前请填写岗位真相卡（工作时间、住宿、餐食、社保）', 'truthCard');
      }
      return em.save(Object.assign(job, { status: JobPostingStatus.PENDING_REVIEW, submittedAt: new Date(), rejectionReason: null }));
    });
  }

  /**
   * The owner takes a posting back from review to edit it (PENDING_REVIEW → DRAFT). A second tap, on a posting this
   * already made a draft, answers the draft as it is.
   */
  async withdraw(user: AuthUser, id: string): Promise<JobPostingEntity> {
    return this.change(async (em) => {
      const job = await this.lockOwn(em, user, id);
      if (job.status === JobPostingStatus.DRAFT && job.submittedAt) return job;
      assertJobPostingWithdrawal(job.status);
      return em.save(Object.assign(job, { status: JobPostingStatus.DRAFT }));
    });
  }

  async review(user: AuthUser, id: string, approve: boolean, reason: string | undefined): Promise<JobPostingEntity> {
    return this.change(async (em) => {
      const job = await em.getRepository(JobPostingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!job || !officerCovers(user, job.workRegionCode)) throw forbidden();
      const to = approve ? JobPostingStatus.PUBLISHED : JobPostingStatus.REJECTED;
      assertJobPostingTransition(job.status, to);
      if (!approve && !reason?.trim()) throw invalid('reason', '驳回时请填写原因');
      const now = new Date();
      const before = { title: job.title, status: job.status, rejectionReason: job.rejectionReason };
      const saved = await em.save(
        Object.assign(job, {
          status: to,
          rejectionReason: approve ? null : reason!.trim(),
          reviewedByUserId: user.id,
          reviewedAt: now,
          publishedAt: approve ? now : job.publishedAt,
        }),
      );
      await this.audit.record(em, {
        actor: user,
        action: approve ? AuditAction.JOB_POSTING_APPROVED : AuditAction.JOB_POSTING_REJECTED,
        targetType: AuditTargetType.JOB_POSTING,
        targetId: saved.id,
        regionCode: saved.workRegionCode,
        before,
        after: { status: saved.status, rejectionReason: saved.rejectionReason },
        reason: saved.rejectionReason,
      });
      return saved;
    });
  }

  /**
   * An officer's sanction closes every open posting of an employer (published or in review), in the caller's
   * transaction, each with its outbox event so the index drops them; the caller audits the sanction.
   */
  async closeAllOf(em: EntityManager, employerId: string, now = new Date()): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE job_postings SET status = 'CLOSED', closed_at = $2, updated_at = $2 WHERE employer_id = $1 AND status IN ('PUBLISHED', 'PENDING_REVIEW') RETURNING id`,
      [employerId, now],
    );
    for (const r of rows) await recordOutbox(em, OutboxTopic.JOB_POSTING_CHANGED, r.id);
    return rows.map((r) => r.id);
  }

  /** Wakes the search sync after a caller's transaction changed postings (closeAllOf). */
  nudgeIndex(): void {
    this.sync.nudge();
  }

  async close(user: AuthUser, id: string): Promise<JobPostingEntity> {
    return this.change(async (em) => {
      const job = await em.getRepository(JobPostingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!job) throw forbidden();
      const owner = user.role === Role.EMPLOYER && (await this.employers.findForMember(user.id))?.id === job.employerId;
      if (!owner && !officerCovers(user, job.workRegionCode)) throw forbidden();
      assertJobPostingTransition(job.status, JobPostingStatus.CLOSED);
      const before = { title: job.title, status: job.status };
      const saved = await em.save(Object.assign(job, { status: JobPostingStatus.CLOSED, closedAt: new Date() }));
      if (!owner) {
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.JOB_POSTING_CLOSED_BY_OFFICER,
          targetType: AuditTargetType.JOB_POSTING,
          targetId: saved.id,
          regionCode: saved.workRegionCode,
          before,
          after: { status: saved.status },
        });
      }
      return saved;
    });
  }

  async get(user: AuthUser | undefined, id: string): Promise<JobPostingEntity> {
    const job = await this.ds.getRepository(JobPostingEntity).findOneBy({ id });
    if (!job) throw notFound('岗位');
    if (!this.canView(user, job, user && (await this.actsFor(user, job)) ? user.id : null)) throw forbidden();
    return job;
  }

  /** Published postings, newest first, with filters. Keyset pagination on (published_at, id). */
  async listPublished(filter: JobPostingFilter | undefined, first: number, after?: string): Promise<Page<JobPostingEntity>> {
    const qb = this.ds
      .getRepository(JobPostingEntity)
      .createQueryBuilder('j')
      .where('j.status = :published', { published: JobPostingStatus.PUBLISHED });
    // A project job in its local-first window is for local seekers only (search shows it to them by their hukou); this
    // list knows no viewer, so it leaves such jobs out, as search does for anonymous viewers.
    qb.andWhere(
      `NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = j.project_id AND p.local_first_days IS NOT NULL AND j.published_at + make_interval(days => p.local_first_days) > now())`,
    );
    await this.applyFilter(qb, filter);
    return this.page(qb, 'published_at', 'publishedAt', first, after, 'after');
  }

  async listOwn(user: AuthUser, status: JobPostingStatus | undefined, first: number, after?: string): Promise<Page<JobPostingEntity>> {
    const employer = await this.employers.findForMember(user.id);
    if (!employer) return toPage([], first, 0, () => '');
    const qb = this.ds.getRepository(JobPostingEntity).createQueryBuilder('j').where('j.employer_id = :e', { e: employer.id });
    if (status) qb.andWhere('j.status = :status', { status });
    return this.page(qb, 'updated_at', 'updatedAt', first, after, 'after');
  }

  /**
   * PENDING_REVIEW postings in the officer's region, optionally only the flagged (or clean) ones, or those with one flag
   * code; oldest submission first (the order of service), newest first, or the flagged ones first.
   */
  async reviewQueue(
    user: AuthUser,
    first: number,
    after?: string,
    options: { flagged?: boolean; flagCode?: string; order?: ReviewQueueOrder } = {},
  ): Promise<Page<JobPostingEntity>> {
    const qb = this.ds
      .getRepository(JobPostingEntity)
      .createQueryBuilder('j')
      .where('j.status = :s', { s: JobPostingStatus.PENDING_REVIEW })
      .andWhere(`j.work_region_code LIKE :prefix`, { prefix: `${regionPrefix(user.regionCode!)}%` });
    if (options.flagged === true) qb.andWhere(`jsonb_array_length(j.screening_flags) > 0`);
    if (options.flagged === false) qb.andWhere(`jsonb_array_length(j.screening_flags) = 0`);
    if (options.flagCode)
      qb.andWhere(`j.screening_flags @> jsonb_build_array(jsonb_build_object('code', :flagCode::text))`, { flagCode: options.flagCode });
    if (options.order === ReviewQueueOrder.FLAGGED_FIRST) {
      const flaggedRank = {
        sql: `(jsonb_array_length(j.screening_flags) > 0)::int`,
        of: (j: JobPostingEntity) => (j.screeningFlags.length > 0 ? 1 : 0),
      };
      return this.page(qb, 'submitted_at', 'submittedAt', first, after, 'asc', flaggedRank);
    }
    return this.page(qb, 'submitted_at', 'submittedAt', first, after, options.order === ReviewQueueOrder.NEWEST_FIRST ? 'after' : 'asc');
  }

  private async applyFilter(qb: SelectQueryBuilder<JobPostingEntity>, f: JobPostingFilter | undefined): Promise<void> {
    if (!f) return;
    if (f.regionCode) {
      const region = await this.regions.require(f.regionCode, 'filter.regionCode');
      qb.andWhere(`j.work_region_code LIKE :prefix`, { prefix: `${regionPrefix(region.code)}%` });
    }
    if (f.kind) qb.andWhere('j.kind = :kind', { kind: f.kind });
    if (f.payMin != null && f.payMax != null && f.payMin > f.payMax) {
      throw new AppError(ErrorCode.PAY_RANGE_INVALID, '最低薪资不能高于最高薪资', 'filter.payMin');
    }
    if (f.payMin != null) qb.andWhere('j.pay_max >= :payMin', { payMin: f.payMin });
    if (f.payMax != null) qb.andWhere('j.pay_min <= :payMax', { payMax: f.payMax });
    const keyword = f.keyword?.trim();
    if (keyword) {
      // Substring match for now; the search issue replaces this with a full-text engine.
      qb.andWhere(`(j.title ILIKE :kw OR j.occupation ILIKE :kw OR j.description ILIKE :kw OR array_to_string(j.skills, ' ') ILIKE :kw)`, {
        kw: `%${escapeLike(keyword)}%`,
      });
    }
  }

  /**
   * One page by keyset on (column, id) plus the total: two statements whatever the page size. With a `rank` (0 or 1,
   * higher first) the keyset is (rank, column, id) and the cursor carries the row's rank as a third value.
   */
  private async page(
    qb: SelectQueryBuilder<JobPostingEntity>,
    column: string,
    property: 'publishedAt' | 'updatedAt' | 'submittedAt',
    first: number,
    after: string | undefined,
    direction: 'after' | 'asc',
    rank?: { sql: string; of: (row: JobPostingEntity) => number },
  ): Promise<Page<JobPostingEntity>> {
    const total = await qb.clone().getCount();
    const desc = direction === 'after';
    if (after) {
      const cursor = rank ? rankedCursor(after) : keysetCursor(after);
      // The cursor's instant has milliseconds; the row's own microseconds come from the row, so rows written in the
      // same millisecond (one transaction) are neither skipped nor repeated.
      const tail = `(j.${column}, j.id) ${desc ? '<' : '>'} (COALESCE((SELECT c.${column} FROM job_postings c WHERE c.id = :c1::uuid), :c0::timestamptz), :c1::uuid)`;
      const params = { c0: cursor[0], c1: cursor[1] };
      // Ranks sort high to low: after a row come the rest of its rank, then every lower rank.
      if (rank) qb.andWhere(`(${rank.sql} < :c2 OR (${rank.sql} = :c2 AND ${tail}))`, { ...params, c2: cursor[2] });
      else qb.andWhere(tail, params);
    }
    if (rank) qb.orderBy(rank.sql, 'DESC').addOrderBy(`j.${column}`, desc ? 'DESC' : 'ASC');
    else qb.orderBy(`j.${column}`, desc ? 'DESC' : 'ASC');
    const rows = await qb
      .addOrderBy('j.id', desc ? 'DESC' : 'ASC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, total, (j) =>
      encodeCursor(rank ? [(j[property] as Date).toISOString(), j.id, rank.of(j)] : [(j[property] as Date).toISOString(), j.id]),
    );
  }

  private async lockOwn(em: EntityManager, user: AuthUser, id: string): Promise<JobPostingEntity> {
    const employer = await this.employers.requireOwn(user);
    const job = await em.getRepository(JobPostingEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!job || job.employerId !== employer.id) throw forbidden();
    return job;
  }

  /** Validates an input and turns it into column values (including the screening flags). */
  private async fieldsFrom(input: JobPostingInput, employerId: string): Promise<Partial<JobPostingEntity>> {
    const payError = validatePayRange(input.payMin, input.payMax);
    if (payError) throw payError;
    if (input.projectId) {
      if (!this.projectOwnership) throw new Error('JobsService: no project ownership registered (ProjectsModule not loaded)');
      if ((await this.projectOwnership.employerOf(input.projectId)) !== employerId)
        throw new AppError(ErrorCode.FORBIDDEN, '只能关联本单位的项目', 'projectId');
    }
    const region = await this.regions.require(input.workRegionCode, 'workRegionCode', [RegionLevel.COUNTY, RegionLevel.TOWNSHIP]);
    if ((input.lat == null) !== (input.lng == null)) throw invalid(input.lat == null ? 'lat' : 'lng', '经纬度需同时填写');
    const t = input.truthCard;
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      occupation: input.occupation.trim(),
      headcount: input.headcount,
      payMin: input.payMin,
      payMax: input.payMax,
      workRegionCode: region.code,
      address: input.address?.trim() || null,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      kind: input.kind,
      projectId: input.projectId ?? null,
      skills: [...new Set((input.skills ?? []).map((s) => s.trim()).filter(Boolean))],
      education: input.education ?? null,
      minExperienceYears: input.minExperienceYears ?? null,
      certificates: (input.certificates ?? []).map((c) => ({ name: c.name.trim(), level: c.level ?? null })),
      truthCard: {
        workingHours: t?.workingHours.trim() ?? null,
        shifts: t?.shifts?.trim() || null,
        dormitory: t?.dormitory ?? null,
        meals: t?.meals ?? null,
        socialInsurance: t?.socialInsurance ?? null,
        note: t?.note?.trim() || null,
      },
      // The editor previews the same call on the same fields (screenPostingDraft), so the employer sees these flags.
      screeningFlags: screenPostingDraft({
        title: input.title,
        description: input.description,
        truthCardNote: t?.note,
        certificateNames: (input.certificates ?? []).map((c) => c.name),
        education: input.education ?? null,
        occupation: input.occupation,
        jobKind: input.kind,
      }).map((f) => ({ code: f.code, evidence: f.evidence })),
    };
  }
}

/** A ranked keyset cursor (instant, id, rank 0 or 1) from `after`, or VALIDATION_FAILED on `after`. */
function rankedCursor(after: string): [string, string, number] {
  const c = decodeCursor(after);
  if (!c || c.length !== 3 || (c[2] !== 0 && c[2] !== 1)) throw invalid('after', '分页游标无效');
  const [instant, id] = keysetCursor(encodeCursor(c.slice(0, 2)));
  return [instant, id, c[2]];
}
