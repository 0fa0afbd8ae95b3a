import {
  AuditAction,
  AuditTargetType,
  BoothStatus,
  ErrorCode,
  FairCampaign,
  FairMode,
  JobFairStatus,
  JobPostingStatus,
  PriorityGroup,
  RegionLevel,
  Role,
} from '@jobbridge/contracts';
import {
  assertJobFairTransition,
  boothZoneOf,
  chinaInstant,
  FAIR_DEFAULTS,
  estimatedWaitSeconds,
  isJobFairEditable,
  nextBoothNumber,
  priorityWindowEnd,
  regionPrefix,
  validateFairSchedule,
} from '@jobbridge/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden, invalid, notFound } from '../../common/errors/app-error';
import type { SearchEngine } from '@jobbridge/search';
import { AuditService } from '../audit/audit.service';
import { EmployersService } from '../employers/employers.service';
import { JobsService, truthCardComplete } from '../jobs/jobs.service';
import { RegionsService } from '../regions/regions.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { SEARCH_ENGINE } from '../search-index/search-engine.provider';
import {
  BoothApplicationInput,
  FairBoothsArgs,
  JobFairInput,
  JobFairsArgs,
  ProjectFairInput,
  ReviewBoothInput,
} from './dto/job-fair.input';
import { FairBoothEntity, FairInvitationEntity, FairRegistrationEntity, JobFairEntity } from './job-fair.entity';
import { ProjectsService } from '../projects/projects.service';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { FairPresence } from './fair-presence';

const FAIR_LEVELS = [RegionLevel.PREFECTURE, RegionLevel.COUNTY];

export type JobFairsEvents = { 'fair.invited': [{ fairId: string; fairName: string; userIds: string[] }] };

/** Live figures of a booth for the hall: reps online, queue length, the wait for someone joining now. */
export interface BoothLive {
  repsOnline: number;
  queueLength: number;
  estimatedWaitSeconds: number | null;
  /** The booth's last talks, oldest first, in seconds (for waits at other places). */
  recentTalkSeconds: number[];
}

/**
 * Job fairs (issue 12): the bureau's fair and its lifecycle, employers' booth applications and their review, seekers'
 * pre-registration, and the hall's booth list with live figures. Queues and talks are in FairQueueService.
 */
@Injectable()
export class JobFairsService {
  /** After-commit: seekers invited to a fair (the notifications gateway pushes it to them). */
  readonly events = new TypedEmitter<JobFairsEvents>();

  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly employers: EmployersService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly presence: FairPresence,
    private readonly projects: ProjectsService,
    private readonly seekers: JobSeekersService,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Who may put a live room on the fair's programme: its officers, and employers with an approved booth at it. */
  async mayAttachLiveRoom(user: AuthUser, fairId: string): Promise<boolean> {
    const fair = await this.ds.getRepository(JobFairEntity).findOneBy({ id: fairId });
    if (!fair || fair.status === JobFairStatus.ENDED) return false;
    if (this.manages(user, fair)) return true;
    const own = user.role === Role.EMPLOYER ? await this.employers.findForMember(user.id) : null;
    return (
      !!own &&
      (await this.ds.getRepository(FairBoothEntity).exists({ where: { fairId, employerId: own.id, status: BoothStatus.APPROVED } }))
    );
  }

  /* ------------------------------------------------------------------------------------------- on site */

  /** The venue's check-in code of a fair (printed as a QR code at the entrance): derived from the fair and a secret. */
  checkInCode(fairId: string): string {
    return createHmac('sha256', this.config.jwt.secret).update(`fair-checkin:${fairId}`).digest('base64url').slice(0, 16);
  }

  /** The code for the officers who run the fair (the dashboard shows it as a QR code); only on-site and hybrid fairs have one. */
  async checkInCodeFor(user: AuthUser, fairId: string): Promise<string | null> {
    const fair = await this.get(user, fairId);
    if (!this.manages(user, fair)) throw forbidden();
    return fair.mode === FairMode.ONLINE ? null : this.checkInCode(fair.id);
  }

  /**
   * A seeker scans the venue's QR code: checked in for today. From then on the seeker's tickets are on-site tickets
   * (the rep calls out their short number); they queue in the same queues as online seekers.
   */
  async checkIn(user: AuthUser, fairId: string, code: string, now = new Date()): Promise<FairRegistrationEntity> {
    const fair = await this.get(user, fairId);
    if (fair.mode === FairMode.ONLINE) throw invalid('fairId', '线上招聘会无需现场签到');
    if (fair.status !== JobFairStatus.LIVE) throw new AppError(ErrorCode.FAIR_NOT_OPEN, '招聘会进行中才能现场签到', 'fairId');
    const expected = Buffer.from(this.checkInCode(fair.id));
    const given = Buffer.from(code);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid('code', '签到码不正确，请扫描现场二维码');
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(FairRegistrationEntity)
      .values({ fairId: fair.id, userId: user.id, boothIds: [], checkedInAt: now })
      .orUpdate(['checked_in_at'], ['fair_id', 'user_id'])
      .execute();
    return (await this.registration(user.id, fair.id))!;
  }

  /**
   * A fair for a major project in one step (meant for projects whose local hiring is AT_RISK or BREACH): published at
   * once, with one approved booth holding the project's published jobs (truth cards complete), staffed by the
   * employer's team, booth applications closed (the bureau chose the booth), and an in-app invitation to every seeker
   * whose hukou is local to the project and whose skills or wished occupations fit its jobs.
   */
  async createForProject(user: AuthUser, input: ProjectFairInput): Promise<{ fair: JobFairEntity; invited: number }> {
    const project = await this.projects.get(user, input.projectId);
    if (!officerCovers(user, project.regionCode)) throw new AppError(ErrorCode.FORBIDDEN, '项目不在您的辖区', 'projectId');
    const jobs = (await this.jobs.listByProject(project.id)).filter((j) => j.status === JobPostingStatus.PUBLISHED && truthCardComplete(j));
    if (!jobs.length) throw invalid('projectId', '该项目没有已发布且真相卡完整的岗位');
    const now = new Date();
    const firstOpening = (() => {
      try {
        return chinaInstant(input.startDate, input.opensAt);
      } catch {
        throw invalid('startDate', '开始日期格式不正确');
      }
    })();
    const fields = await this.fieldsFrom(user, {
      name: input.name?.trim() || `${project.name}专场招聘会`.slice(0, 80),
      campaign: FairCampaign.OTHER,
      theme: '重大项目本地用工专场',
      regionCode: project.regionCode,
      targetGroups: [PriorityGroup.POVERTY_ALLEVIATED, PriorityGroup.MIGRANT_WORKER, PriorityGroup.REGISTERED_UNEMPLOYED],
      mode: input.mode,
      venueAddress: input.venueAddress,
      boothApplyFrom: new Date(Math.min(now.getTime(), firstOpening.getTime()) - 60_000),
      boothApplyUntil: new Date(Math.min(now.getTime(), firstOpening.getTime())),
      startDate: input.startDate,
      endDate: input.endDate,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      boothCapacity: 20,
      priorityWindowMinutes: null,
      answerWindowSeconds: FAIR_DEFAULTS.answerWindowSeconds,
      maxQueuesPerSeeker: FAIR_DEFAULTS.maxQueuesPerSeeker,
    });
    const staff = await this.employers.teamUserIds(project.employerId);
    const employer = await this.employers.findById(project.employerId);
    const { fair, invitees } = await this.ds.transaction(async (em) => {
      const fair = await em.save(
        em.create(JobFairEntity, {
          ...fields,
          status: JobFairStatus.PUBLISHED,
          publishedAt: now,
          projectId: project.id,
          createdByUserId: user.id,
        }),
      );
      const zone = boothZoneOf(employer?.industry);
      await em.save(
        em.create(FairBoothEntity, {
          fairId: fair.id,
          employerId: project.employerId,
          status: BoothStatus.APPROVED,
          intro: `${project.name}：本地优先招聘`,
          jobPostingIds: jobs.map((j) => j.id),
          staffUserIds: staff,
          number: nextBoothNumber(zone, []),
          zone: zone.letter,
          reviewedByUserId: user.id,
          reviewedAt: now,
        }),
      );
      // Seekers local to the project whose skills or wished occupations meet its jobs (read in one statement).
      const skills = [...new Set(jobs.flatMap((j) => j.skills))];
      const occupations = [...new Set(jobs.map((j) => j.occupation))];
      const rows: { user_id: string }[] = await em.query(
        `SELECT p.user_id FROM job_seeker_profiles p
          WHERE p.hukou_region_code LIKE $1 AND (p.skills && $2::text[] OR p.desired_occupations && $3::text[]) LIMIT 5000`,
        [`${regionPrefix(project.localScopeRegionCode)}%`, skills, occupations],
      );
      if (rows.length)
        await em.insert(
          FairInvitationEntity,
          rows.map((r) => ({ fairId: fair.id, userId: r.user_id })),
        );
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.JOB_FAIR_STATUS_CHANGED,
        targetType: AuditTargetType.JOB_FAIR,
        targetId: fair.id,
        regionCode: fair.regionCode,
        after: { status: fair.status, projectId: project.id, invited: rows.length },
      });
      return { fair, invitees: rows.map((r) => r.user_id) };
    });
    if (invitees.length) this.events.emit('fair.invited', { fairId: fair.id, fairName: fair.name, userIds: invitees });
    return { fair, invited: invitees.length };
  }

  /** Fairs the seeker was invited to that have not ended, soonest first. */
  async invitationsOf(user: AuthUser): Promise<JobFairEntity[]> {
    return this.ds
      .getRepository(JobFairEntity)
      .createQueryBuilder('f')
      .innerJoin(FairInvitationEntity, 'i', 'i.fair_id = f.id AND i.user_id = :u', { u: user.id })
      .where(`f.status IN ('PUBLISHED', 'LIVE')`)
      .orderBy('f.start_date', 'ASC')
      .take(20)
      .getMany();
  }

  /* ------------------------------------------------------------------------------------------- fairs */

  async create(user: AuthUser, input: JobFairInput): Promise<JobFairEntity> {
    const fields = await this.fieldsFrom(user, input);
    return this.ds
      .getRepository(JobFairEntity)
      .save(this.ds.getRepository(JobFairEntity).create({ ...fields, status: JobFairStatus.DRAFT, createdByUserId: user.id }));
  }

  async update(user: AuthUser, id: string, input: JobFairInput): Promise<JobFairEntity> {
    return this.ds.transaction(async (em) => {
      const fair = await this.lockManaged(em, user, id);
      if (!isJobFairEditable(fair.status)) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '招聘会开始后不能再修改设置');
      return em.save(Object.assign(fair, await this.fieldsFrom(user, input)));
    });
  }

  /** DRAFT → PUBLISHED → LIVE → ENDED, by an officer over the fair's region; audited with the change. */
  async move(user: AuthUser, id: string, to: JobFairStatus, onEnd?: (em: EntityManager, fair: JobFairEntity) => Promise<void>) {
    return this.ds.transaction(async (em) => {
      const fair = await this.lockManaged(em, user, id);
      const from = fair.status;
      assertJobFairTransition(from, to);
      const now = new Date();
      fair.status = to;
      if (to === JobFairStatus.PUBLISHED) fair.publishedAt = now;
      if (to === JobFairStatus.LIVE) fair.startedAt = now;
      if (to === JobFairStatus.ENDED) {
        fair.endedAt = now;
        await onEnd?.(em, fair);
      }
      await em.save(fair);
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.JOB_FAIR_STATUS_CHANGED,
        targetType: AuditTargetType.JOB_FAIR,
        targetId: fair.id,
        regionCode: fair.regionCode,
        before: { status: from },
        after: { status: to },
      });
      return fair;
    });
  }

  /** Published, live and past fairs are public; a draft only for officers over its region (and admins). */
  async get(user: AuthUser | undefined, id: string): Promise<JobFairEntity> {
    const fair = await this.ds.getRepository(JobFairEntity).findOneBy({ id });
    if (!fair) throw notFound('招聘会');
    if (fair.status === JobFairStatus.DRAFT && !this.manages(user, fair)) throw notFound('招聘会');
    return fair;
  }

  /** Fairs of a region (and below), soonest first; drafts only for the officers who manage them. */
  async list(user: AuthUser | undefined, args: JobFairsArgs): Promise<JobFairEntity[]> {
    const qb = this.ds.getRepository(JobFairEntity).createQueryBuilder('f');
    if (args.regionCode) {
      const region = await this.regions.require(args.regionCode, 'regionCode');
      qb.andWhere('f.region_code LIKE :prefix', { prefix: `${regionPrefix(region.code)}%` });
    }
    if (args.status) qb.andWhere('f.status = :status', { status: args.status });
    if (user?.role === Role.OFFICER && user.regionCode)
      qb.andWhere(`(f.status <> 'DRAFT' OR f.region_code LIKE :mine)`, { mine: `${regionPrefix(user.regionCode)}%` });
    else if (user?.role !== Role.ADMIN) qb.andWhere(`f.status <> 'DRAFT'`);
    return qb
      .orderBy(`CASE f.status WHEN 'LIVE' THEN 0 WHEN 'PUBLISHED' THEN 1 WHEN 'DRAFT' THEN 2 ELSE 3 END`)
      .addOrderBy('f.start_date', 'ASC')
      .addOrderBy('f.id')
      .take(args.first)
      .getMany();
  }

  priorityWindowEndsAt(fair: JobFairEntity, now = new Date()): Date | null {
    return priorityWindowEnd(fair, now);
  }

  manages(user: AuthUser | undefined, fair: Pick<JobFairEntity, 'regionCode'>): boolean {
    return !!user && (user.role === Role.ADMIN || officerCovers(user, fair.regionCode));
  }

  private async lockManaged(em: EntityManager, user: AuthUser, id: string): Promise<JobFairEntity> {
    const fair = await em.getRepository(JobFairEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!fair) throw notFound('招聘会');
    if (!this.manages(user, fair)) throw forbidden();
    return fair;
  }

  private async fieldsFrom(user: AuthUser, input: JobFairInput): Promise<Partial<JobFairEntity>> {
    const region = await this.regions.require(input.regionCode, 'regionCode', FAIR_LEVELS);
    if (user.role === Role.OFFICER && !officerCovers(user, region.code))
      throw new AppError(ErrorCode.FORBIDDEN, '招聘会所在地不在您的辖区', 'regionCode');
    const schedule = {
      ...input,
      priorityWindowMinutes: input.priorityWindowMinutes ?? null,
      venueAddress: input.venueAddress?.trim() || null,
    };
    validateFairSchedule(schedule); // a DomainError reaches the client with its code and field (format-error)
    return {
      name: input.name.trim(),
      campaign: input.campaign,
      theme: input.theme?.trim() || null,
      regionCode: region.code,
      targetGroups: input.targetGroups,
      mode: input.mode,
      venueAddress: schedule.venueAddress,
      boothApplyFrom: input.boothApplyFrom,
      boothApplyUntil: input.boothApplyUntil,
      startDate: input.startDate,
      endDate: input.endDate,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      boothCapacity: input.boothCapacity,
      priorityWindowMinutes: schedule.priorityWindowMinutes,
      answerWindowSeconds: input.answerWindowSeconds,
      maxQueuesPerSeeker: input.maxQueuesPerSeeker,
    };
  }

  /* ------------------------------------------------------------------------------------------- booths */

  /**
   * An employer applies for a booth (or updates its pending or rejected application, which goes back to review) with
   * its published jobs, each with a complete truth card, and team members to staff it. Open while the fair is published
   * and its booth-application window runs; a fair's capacity counts pending and approved booths.
   */
  async applyForBooth(user: AuthUser, input: BoothApplicationInput): Promise<FairBoothEntity> {
    const employer = await this.employers.requireOwn(user);
    return this.ds.transaction(async (em) => {
      const fair = await em.getRepository(JobFairEntity).findOne({ where: { id: input.fairId }, lock: { mode: 'pessimistic_write' } });
      if (!fair || fair.status === JobFairStatus.DRAFT) throw new AppError(ErrorCode.NOT_FOUND, '招聘会不存在', 'fairId');
      const now = new Date();
      if (fair.status !== JobFairStatus.PUBLISHED || now < fair.boothApplyFrom || now > fair.boothApplyUntil)
        throw new AppError(ErrorCode.FAIR_NOT_OPEN, '不在展位申请时间内', 'fairId');
      const jobs = new Map((await this.jobs.findByIds(input.jobPostingIds, em)).map((j) => [j.id, j]));
      input.jobPostingIds.forEach((id, i) => {
        const job = jobs.get(id);
        const field = `jobPostingIds.${i}`;
        if (!job || job.employerId !== employer.id) throw new AppError(ErrorCode.FORBIDDEN, '只能选择本单位的岗位', field);
        if (job.status !== JobPostingStatus.PUBLISHED) throw new AppError(ErrorCode.JOB_NOT_PUBLISHED, `「${job.title}」尚未发布`, field);
        if (!truthCardComplete(job)) throw new AppError(ErrorCode.TRUTH_CARD_REQUIRED, `「${job.title}」的岗位真相卡不完整`, field);
      });
      const team = new Set((await this.employers.teamUserIds(employer.id, em)).filter(Boolean));
      input.staffUserIds.forEach((id, i) => {
        if (!team.has(id)) throw invalid(`staffUserIds.${i}`, '只能安排本单位的招聘成员');
      });
      const repo = em.getRepository(FairBoothEntity);
      const existing = await repo.findOneBy({ fairId: fair.id, employerId: employer.id });
      if (existing?.status === BoothStatus.APPROVED)
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '展位已审核通过，不能再修改申请');
      if (!existing) {
        const taken = await repo.count({ where: { fairId: fair.id, status: In([BoothStatus.PENDING, BoothStatus.APPROVED]) } });
        if (taken >= fair.boothCapacity) throw new AppError(ErrorCode.FAIR_NOT_OPEN, '展位已满', 'fairId');
      }
      return repo.save(
        Object.assign(existing ?? repo.create({ fairId: fair.id, employerId: employer.id }), {
          status: BoothStatus.PENDING,
          intro: input.intro.trim(),
          jobPostingIds: input.jobPostingIds,
          staffUserIds: input.staffUserIds,
          callbackThresholdSeconds: input.callbackThresholdSeconds ?? null,
          rejectionReason: null,
        }),
      );
    });
  }

  /** An officer over the fair approves a booth (it gets a number in its industry's zone) or rejects it with a reason. */
  async reviewBooth(user: AuthUser, input: ReviewBoothInput): Promise<FairBoothEntity> {
    if (!input.approve && !input.reason?.trim()) throw invalid('reason', '驳回展位申请时请填写原因');
    try {
      return await this.ds.transaction(async (em) => {
        const booth = await em
          .getRepository(FairBoothEntity)
          .findOne({ where: { id: input.boothId }, lock: { mode: 'pessimistic_write' } });
        if (!booth) throw new AppError(ErrorCode.NOT_FOUND, '展位申请不存在', 'boothId');
        // The fair's row is the lock for booth numbers: two approvals at once cannot take the same number.
        const fair = await this.lockManaged(em, user, booth.fairId);
        if (fair.status === JobFairStatus.ENDED) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '招聘会已结束');
        if (booth.status !== BoothStatus.PENDING)
          throw new AppError(
            ErrorCode.INVALID_STATUS_TRANSITION,
            booth.status === BoothStatus.APPROVED ? '展位已审核通过' : '展位申请已驳回',
          );
        const before = { status: booth.status };
        if (input.approve) {
          const employer = await this.employers.findById(booth.employerId, em);
          const zone = boothZoneOf(employer?.industry);
          const taken = (await em.getRepository(FairBoothEntity).find({ where: { fairId: fair.id }, select: { number: true } }))
            .map((b) => b.number)
            .filter((n): n is string => !!n);
          Object.assign(booth, {
            status: BoothStatus.APPROVED,
            number: nextBoothNumber(zone, taken),
            zone: zone.letter,
            rejectionReason: null,
          });
        } else Object.assign(booth, { status: BoothStatus.REJECTED, rejectionReason: input.reason!.trim() });
        Object.assign(booth, { reviewedByUserId: user.id, reviewedAt: new Date() });
        const saved = await em.save(booth);
        await this.audit.record(em, {
          actor: user,
          action: input.approve ? AuditAction.FAIR_BOOTH_APPROVED : AuditAction.FAIR_BOOTH_REJECTED,
          targetType: AuditTargetType.FAIR_BOOTH,
          targetId: booth.id,
          regionCode: fair.regionCode,
          before,
          after: { status: booth.status, number: booth.number },
          reason: booth.rejectionReason,
        });
        return saved;
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e as { constraint?: string }).constraint === 'uq_fair_booths_fair_number')
        throw new AppError(ErrorCode.CONFLICT, '展位编号冲突，请重试');
      throw e;
    }
  }

  /**
   * The hall: approved booths, filtered by zone, county, job kind and keyword (company name or a title of its fair
   * jobs), by number. Officers over the fair (and a booth's own employer, for its own) see other statuses too.
   */
  async booths(user: AuthUser | undefined, args: FairBoothsArgs): Promise<FairBoothEntity[]> {
    const fair = await this.get(user, args.fairId);
    const status = args.status ?? BoothStatus.APPROVED;
    const qb = this.ds.getRepository(FairBoothEntity).createQueryBuilder('b').where('b.fair_id = :fair', { fair: fair.id });
    qb.andWhere('b.status = :status', { status });
    if (status !== BoothStatus.APPROVED && !this.manages(user, fair)) {
      const own = user?.role === Role.EMPLOYER ? await this.employers.findForMember(user.id) : null;
      if (!own) throw forbidden();
      qb.andWhere('b.employer_id = :own', { own: own.id });
    }
    if (args.zone) qb.andWhere('b.zone = :zone', { zone: args.zone });
    // Employer and job columns are read in the same statement (a join for filtering only, not a write).
    if (args.countyCode)
      qb.andWhere('EXISTS (SELECT 1 FROM employers e WHERE e.id = b.employer_id AND e.region_code LIKE :county)', {
        county: `${regionPrefix(args.countyCode)}%`,
      });
    if (args.jobKind)
      qb.andWhere('EXISTS (SELECT 1 FROM job_postings j WHERE j.id = ANY(b.job_posting_ids) AND j.kind = :kind)', { kind: args.jobKind });
    const booths = await qb.orderBy('b.number', 'ASC', 'NULLS LAST').addOrderBy('b.created_at').take(500).getMany();
    const keyword = args.keyword?.trim();
    if (!keyword || !booths.length) return booths;
    // The keyword goes through the search engine (segmentation, synonyms; title, occupation, skills, employer name and
    // description), restricted to these booths' jobs; a booth is kept when one of its jobs matches. A project job in its
    // local-first window is found only by a seeker whose hukou is local, as in every search.
    const ids = [...new Set(booths.flatMap((b) => b.jobPostingIds))];
    const viewer = user?.role === Role.JOB_SEEKER ? await this.seekers.findByUser(user.id) : null;
    const found = await this.engine.searchJobs({
      keyword,
      ids,
      offset: 0,
      limit: ids.length,
      withTotal: false,
      viewerHukouRegionCode: viewer?.hukouRegionCode ?? null,
    });
    const matched = new Set(found.hits.map((h) => h.id));
    return booths.filter((b) => b.jobPostingIds.some((id) => matched.has(id)));
  }

  /** Reps online, queue length and the wait for someone joining now, for each booth (two queries for any number). */
  async live(booths: readonly Pick<FairBoothEntity, 'id'>[]): Promise<Map<string, BoothLive>> {
    const ids = booths.map((b) => b.id);
    if (!ids.length) return new Map();
    const [reps, rows] = await Promise.all([
      this.presence.repsOnline(ids),
      this.ds.query(
        `SELECT b.id,
           (SELECT count(*)::int FROM fair_tickets t WHERE t.booth_id = b.id AND t.status = 'WAITING') AS waiting,
           (SELECT coalesce(array_agg(s), '{}') FROM (SELECT extract(epoch FROM t.ended_at - t.accepted_at)::int AS s FROM fair_tickets t
              WHERE t.booth_id = b.id AND t.status = 'DONE' AND t.accepted_at IS NOT NULL ORDER BY t.ended_at DESC LIMIT 10) recent) AS talks
         FROM unnest($1::uuid[]) AS b(id)`,
        [ids],
      ),
    ]);
    return new Map(
      (rows as { id: string; waiting: number; talks: number[] }[]).map((r) => {
        const repsOnline = reps.get(r.id) ?? 0;
        const recentTalkSeconds = [...r.talks].reverse();
        const live: BoothLive = {
          repsOnline,
          queueLength: r.waiting,
          recentTalkSeconds,
          estimatedWaitSeconds: estimatedWaitSeconds(r.waiting + 1, recentTalkSeconds, repsOnline),
        };
        return [r.id, live];
      }),
    );
  }

  async booth(id: string, db: DataSource | EntityManager = this.ds): Promise<FairBoothEntity | null> {
    return db.getRepository(FairBoothEntity).findOneBy({ id });
  }

  /** The user's place on an employer's team (for checks done inside a guarded statement). */
  membershipOf(userId: string) {
    return this.employers.membershipOf(userId);
  }

  /** Whether the user staffs the booth: one of its reps and still on its employer's team. */
  async staffs(user: AuthUser, booth: FairBoothEntity, db: DataSource | EntityManager = this.ds): Promise<boolean> {
    return booth.staffUserIds.includes(user.id) && (await this.employers.actsFor(user, booth.employerId, db));
  }

  /* ------------------------------------------------------------------------------------------- seekers */

  /** A seeker pre-registers for a published or live fair, with the booths they mean to visit (again: the list is replaced). */
  async register(user: AuthUser, fairId: string, boothIds: string[]): Promise<FairRegistrationEntity> {
    const fair = await this.get(user, fairId);
    if (fair.status !== JobFairStatus.PUBLISHED && fair.status !== JobFairStatus.LIVE)
      throw new AppError(ErrorCode.FAIR_NOT_OPEN, '招聘会已结束，不能再报名', 'fairId');
    if (boothIds.length) {
      const found = await this.ds
        .getRepository(FairBoothEntity)
        .findBy({ id: In(boothIds), fairId: fair.id, status: BoothStatus.APPROVED });
      const ok = new Set(found.map((b) => b.id));
      boothIds.forEach((id, i) => {
        if (!ok.has(id)) throw invalid(`boothIds.${i}`, '展位不存在或未通过审核');
      });
    }
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(FairRegistrationEntity)
      .values({ fairId: fair.id, userId: user.id, boothIds })
      .orUpdate(['booth_ids'], ['fair_id', 'user_id'])
      .execute();
    return (await this.ds.getRepository(FairRegistrationEntity).findOneBy({ fairId: fair.id, userId: user.id }))!;
  }

  registration(userId: string, fairId: string): Promise<FairRegistrationEntity | null> {
    return this.ds.getRepository(FairRegistrationEntity).findOneBy({ fairId, userId });
  }
}
