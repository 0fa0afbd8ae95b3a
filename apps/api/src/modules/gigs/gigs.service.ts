import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  GigAssignmentStatus,
  GigNearbySort,
  GigPayUnit,
  GigPosterKind,
  GigStatus,
  RegionLevel,
  Role,
  VerificationStatus,
} from '@jobbridge/contracts';
import {
  checkGigMinimumWage,
  DEFAULT_GIG_POLICY,
  dailyMinutes,
  describeGigPay,
  fenOf,
  gigBirthYearLimits,
  gigDates,
  gigEndsAt,
  gigStartsAt,
  regionPrefix,
  chinaIsoDateOf,
  isLateCancellation,
  isPointInChina,
  isoWeekday,
  maskIdNumber,
  normalizeIdNumber,
  normalizeSkill,
  POLICY_PACKS,
  resolvePolicy,
  screenJobPosting,
  validateGigSchedule,
  validateIdNumber,
} from '@jobbridge/domain';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import { AppError, forbidden, invalid } from '../../common/errors/app-error';
import { inBackground } from '../../common/database/background';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { AuditService } from '../audit/audit.service';
import { EmployersService } from '../employers/employers.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { RegionsService } from '../regions/regions.service';
import { GigInput, GigsNearbyArgs, RegisterGigPosterInput } from './dto/gig.input';
import { GigAssignmentEntity, GigEntity, GigPosterEntity } from './gig.entity';
import { GigClock } from './gig-clock';
import { sqlDistanceMeters } from './gig-sql';

/** A new gig told to the workers it suits, most suitable first. */
export interface GigOffered {
  gigId: string;
  title: string;
  payText: string;
  startDate: string;
  dailyStart: string;
  address: string;
  lat: number;
  lng: number;
  /** Worker user ids, most suitable first, with their distance in metres. */
  workers: { userId: string; distanceMeters: number }[];
  publishedAt: Date;
}

/** A worker's place changed without their doing (moved up from the waiting list, the gig was cancelled). */
export interface GigPlaceChanged {
  userId: string;
  gigId: string;
  status: GigAssignmentStatus;
}

export type GigsEvents = {
  'gig.offered': [GigOffered];
  'gig.place_changed': [GigPlaceChanged];
  /** Someone checked in or out: the poster's gig-day page refreshes. */
  'gig.attendance': [{ gigId: string; posterUserIds: string[] }];
};

const uniqueViolation = (e: unknown): string | null =>
  e instanceof QueryFailedError ? ((e as { constraint?: string }).constraint ?? null) : null;

/** How often a process looks for published gigs whose workers were not told (a crash between commit and push). */
const NOTIFY_SWEEP_MS = 5_000;

/**
 * Gigs (零工, issue 15): posting with the same screen as postings plus the minimum-wage check, review, cancellation,
 * gigs near a point, and telling nearby workers who opted in as soon as a gig is published.
 */
@Injectable()
export class GigsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GigsService.name);
  readonly events = new TypedEmitter<GigsEvents>();
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: GigClock,
    private readonly employers: EmployersService,
    private readonly seekers: JobSeekersService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
  ) {}

  onModuleInit(): void {
    this.sweepTimer = setInterval(
      () => void inBackground(() => this.notifyPending()).catch((e) => this.logger.warn(`gig notify sweep: ${e}`)),
      NOTIFY_SWEEP_MS,
    );
    this.sweepTimer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweepTimer);
  }

  // ---- posters ---------------------------------------------------------------------------------------------------

  /**
   * A private person registers to post gigs (个人雇主). The real-name check the platform can make: a valid identity
   * number (GB 11643 check digit, real birth date and region), the same as on their labour profile when it has one,
   * and not already used by another account. A second call returns the registration as it is.
   */
  async registerPoster(user: AuthUser, input: RegisterGigPosterInput): Promise<GigPosterEntity> {
    const existing = await this.ds.getRepository(GigPosterEntity).findOneBy({ userId: user.id });
    if (existing) return existing;
    const idNumber = normalizeIdNumber(input.idNumber);
    if (!validateIdNumber(idNumber).ok) throw new AppError(ErrorCode.INVALID_ID_NUMBER, '身份证号不正确，请核对', 'idNumber');
    const hash = this.pii.blindIndex(idNumber);
    const profile = await this.seekers.findByUser(user.id);
    if (profile?.idNumberHash && profile.idNumberHash !== hash)
      throw new AppError(ErrorCode.ID_NUMBER_MISMATCH, '身份证号与您求职资料中的不一致，请核对', 'idNumber');
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY]);
    try {
      return await this.ds.getRepository(GigPosterEntity).save({
        userId: user.id,
        realName: input.realName.trim(),
        idNumberEncrypted: this.pii.encrypt(idNumber),
        idNumberHash: hash,
        idNumberMasked: maskIdNumber(idNumber),
        regionCode: region.code,
        trustedAt: null,
      });
    } catch (e) {
      if (uniqueViolation(e) === 'uq_gig_posters_id_number_hash')
        throw new AppError(ErrorCode.DUPLICATE_ID_NUMBER, '该身份证号已由其他账号登记为个人雇主', 'idNumber');
      if (uniqueViolation(e) === 'pk_gig_posters') return (await this.ds.getRepository(GigPosterEntity).findOneBy({ userId: user.id }))!;
      throw e;
    }
  }

  myPoster(user: AuthUser): Promise<GigPosterEntity | null> {
    return this.ds.getRepository(GigPosterEntity).findOneBy({ userId: user.id });
  }

  /** Who the caller posts as: their employer (verified or not), or their individual registration. */
  private async posterOf(user: AuthUser): Promise<{ kind: GigPosterKind; employerId: string | null; trusted: boolean }> {
    if (user.role === Role.EMPLOYER) {
      const employer = await this.employers.requireOwn(user);
      if (employer.hiringSuspendedAt) throw new AppError(ErrorCode.FORBIDDEN, '单位招聘已被人社部门暂停，暂不能发布零工', 'employerId');
      return {
        kind: GigPosterKind.EMPLOYER,
        employerId: employer.id,
        trusted: employer.verificationStatus === VerificationStatus.VERIFIED,
      };
    }
    const poster = await this.myPoster(user);
    if (!poster) throw new AppError(ErrorCode.EMPLOYER_PROFILE_REQUIRED, '个人发布零工前请先完成实名登记', 'poster');
    return { kind: GigPosterKind.INDIVIDUAL, employerId: null, trusted: !!poster.trustedAt };
  }

  // ---- posting ---------------------------------------------------------------------------------------------------

  /** The input checked and turned into columns, with the screen's flags and the minimum-wage check. */
  private async fieldsFrom(input: GigInput, now: Date) {
    const schedule = { startDate: input.startDate, endDate: input.endDate, dailyStart: input.dailyStart, dailyEnd: input.dailyEnd };
    validateGigSchedule(schedule, now);
    if (input.headcount > DEFAULT_GIG_POLICY.maxHeadcount)
      throw invalid('headcount', `一条零工最多招${DEFAULT_GIG_POLICY.maxHeadcount}人，更多请分开发布`);
    if (!isPointInChina({ lat: input.lat, lng: input.lng })) throw invalid('lat', '工作地点不在国内，请在地图上重新选择');
    if (input.payUnit === GigPayUnit.PIECE && !input.pieceUnit?.trim()) throw invalid('pieceUnit', '计件的活请填写计件单位（如：箱、亩）');
    const payFen = fenOf(input.payYuan, 'payYuan');
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY]);
    const skills = [...new Set(input.skills.map(normalizeSkill).filter(Boolean))];
    const hourlyMinimum = resolvePolicy(region.code, POLICY_PACKS).minimumWage?.hourlyYuan ?? null;
    const wage = checkGigMinimumWage(input.payUnit, payFen, dailyMinutes(schedule), hourlyMinimum);
    const flags = screenJobPosting({
      title: input.title.trim(),
      description: [input.description, input.safetyNote ?? ''].join('\n'),
      requirementsText: skills.join(' '),
    }).map((f) => ({ code: f.code, evidence: f.evidence }));
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      skills,
      regionCode: region.code,
      address: input.address.trim(),
      lat: input.lat,
      lng: input.lng,
      ...schedule,
      headcount: input.headcount,
      payUnit: input.payUnit,
      payFen,
      pieceUnit: input.payUnit === GigPayUnit.PIECE ? input.pieceUnit!.trim() : null,
      payTiming: input.payTiming,
      payMethod: input.payMethod,
      toolsProvided: input.toolsProvided,
      mealsProvided: input.mealsProvided,
      worksAtHeight: input.worksAtHeight,
      heavyLoads: input.heavyLoads,
      safetyNote: input.safetyNote?.trim() || null,
      checkInRadiusMeters: input.checkInRadiusMeters ?? DEFAULT_GIG_POLICY.checkInRadiusMeters,
      screeningFlags: flags,
      belowMinimumWage: wage.below,
    };
  }

  /**
   * Posts a gig. Published at once for a verified employer (or an individual an officer has trusted) when the screen
   * raises nothing and the pay is not below the minimum wage; otherwise it waits for review. A repeated tap with the
   * same idempotency key returns the first gig.
   */
  async create(user: AuthUser, input: GigInput, idempotencyKey?: string | null): Promise<GigEntity> {
    if (idempotencyKey) {
      const first = await this.ds.getRepository(GigEntity).findOneBy({ posterUserId: user.id, idempotencyKey });
      if (first) return first;
    }
    const poster = await this.posterOf(user);
    const now = this.clock.now();
    const fields = await this.fieldsFrom(input, now);
    const publish = poster.trusted && !fields.screeningFlags.length && !fields.belowMinimumWage;
    let gig: GigEntity;
    try {
      gig = await this.ds.getRepository(GigEntity).save({
        ...fields,
        posterKind: poster.kind,
        employerId: poster.employerId,
        posterUserId: user.id,
        status: publish ? GigStatus.PUBLISHED : GigStatus.PENDING_REVIEW,
        publishedAt: publish ? now : null,
        qrSecret: randomBytes(24).toString('base64url'),
        idempotencyKey: idempotencyKey ?? null,
      });
    } catch (e) {
      if (uniqueViolation(e) === 'uq_gigs_poster_idempotency' && idempotencyKey)
        return (await this.ds.getRepository(GigEntity).findOneBy({ posterUserId: user.id, idempotencyKey }))!;
      throw e;
    }
    if (publish) void inBackground(() => this.notify(gig.id));
    return gig;
  }

  /**
   * Changes a gig before any worker holds a place (after that, cancel and post again, so nobody's agreement changes
   * under them). The changed gig is screened again and published or sent to review as a new one would be.
   */
  async update(user: AuthUser, id: string, input: GigInput): Promise<GigEntity> {
    const poster = await this.posterOf(user);
    const now = this.clock.now();
    const fields = await this.fieldsFrom(input, now);
    const gig = await this.ds.transaction(async (em) => {
      const g = await this.lockOwn(em, user, id);
      if (g.status === GigStatus.CANCELLED) throw new AppError(ErrorCode.GIG_NOT_OPEN, '零工已取消，不能修改', 'id');
      const taken = await em.getRepository(GigAssignmentEntity).countBy({
        gigId: id,
        status: In([GigAssignmentStatus.ACCEPTED, GigAssignmentStatus.WAITLISTED]),
      });
      if (taken) throw new AppError(ErrorCode.GIG_NOT_OPEN, '已有工人接单，不能修改；如需变更请取消后重新发布', 'id');
      const publish = poster.trusted && !fields.screeningFlags.length && !fields.belowMinimumWage;
      return em.save(
        Object.assign(g, fields, {
          status: publish ? GigStatus.PUBLISHED : GigStatus.PENDING_REVIEW,
          publishedAt: publish ? now : null,
          notifiedAt: null,
          rejectionReason: null,
        }),
      );
    });
    if (gig.status === GigStatus.PUBLISHED) void inBackground(() => this.notify(gig.id));
    return gig;
  }

  /**
   * The poster cancels a gig (with a reason): every worker holding or waiting for a place is told; inside the
   * late-cancellation window with workers holding places it counts against the poster. A second tap returns it as is.
   */
  async cancel(user: AuthUser, id: string, reason: string): Promise<GigEntity> {
    if (!reason.trim()) throw invalid('reason', '请说明取消原因，工人会收到通知');
    const now = this.clock.now();
    const { gig, told } = await this.ds.transaction(async (em) => {
      const g = await this.lockOwn(em, user, id);
      if (g.status === GigStatus.CANCELLED) return { gig: g, told: [] as string[] };
      if (g.status === GigStatus.PUBLISHED && now.getTime() > gigEndsAt(g).getTime())
        throw new AppError(ErrorCode.GIG_NOT_OPEN, '零工已结束，不能取消', 'id');
      const [rows]: [{ worker_user_id: string }[], number] = await em.query(
        `UPDATE gig_assignments SET status = $2, updated_at = now() WHERE gig_id = $1 AND status IN ('ACCEPTED', 'WAITLISTED')
         RETURNING worker_user_id`,
        [id, GigAssignmentStatus.GIG_CANCELLED],
      );
      const late = g.acceptedCount > 0 && isLateCancellation(g, now);
      const saved = await em.save(
        Object.assign(g, {
          status: GigStatus.CANCELLED,
          cancelledAt: now,
          cancelReason: reason.trim(),
          lateCancellation: late,
          acceptedCount: 0,
        }),
      );
      return { gig: saved, told: rows.map((r) => r.worker_user_id) };
    });
    for (const userId of told) this.events.emit('gig.place_changed', { userId, gigId: gig.id, status: GigAssignmentStatus.GIG_CANCELLED });
    return gig;
  }

  private async lockOwn(em: EntityManager, user: AuthUser, id: string): Promise<GigEntity> {
    const g = await em.getRepository(GigEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!g) throw new AppError(ErrorCode.NOT_FOUND, '零工不存在或已删除', 'id');
    if (!(await this.isPoster(user, g, em))) throw forbidden();
    return g;
  }

  /** The caller posted the gig, or acts for its employer. */
  async isPoster(user: AuthUser, g: Pick<GigEntity, 'employerId' | 'posterUserId'>, db: DataSource | EntityManager = this.ds) {
    if (g.posterUserId === user.id) return true;
    return !!g.employerId && user.role === Role.EMPLOYER && (await this.employers.actsFor(user, g.employerId, db));
  }

  /** Users who may act for a gig's poster (the individual, or every member of the employer's team). */
  async posterUserIds(g: Pick<GigEntity, 'employerId' | 'posterUserId'>): Promise<string[]> {
    return g.employerId ? this.employers.teamUserIds(g.employerId) : [g.posterUserId];
  }

  /** Published gigs are public; others only for their poster and officers over the county. */
  async get(user: AuthUser | undefined, id: string): Promise<GigEntity> {
    const g = await this.ds.getRepository(GigEntity).findOneBy({ id });
    if (!g) throw new AppError(ErrorCode.NOT_FOUND, '零工不存在或已删除', 'id');
    if (g.status === GigStatus.PUBLISHED || (g.status === GigStatus.CANCELLED && g.publishedAt)) return g;
    if (user && (officerCovers(user, g.regionCode) || isAdmin(user) || (await this.isPoster(user, g)))) return g;
    throw new AppError(ErrorCode.NOT_FOUND, '零工不存在或已删除', 'id');
  }

  /** The caller's posted gigs (theirs, or their employer's), newest start first. */
  async posted(user: AuthUser, first: number): Promise<GigEntity[]> {
    const employer = user.role === Role.EMPLOYER ? await this.employers.findForMember(user.id) : null;
    return this.ds.getRepository(GigEntity).find({
      where: employer ? { employerId: employer.id } : { posterUserId: user.id },
      order: { startDate: 'DESC', createdAt: 'DESC' },
      take: first,
    });
  }

  // ---- review ----------------------------------------------------------------------------------------------------

  reviewQueue(user: AuthUser, first: number): Promise<GigEntity[]> {
    return this.ds
      .getRepository(GigEntity)
      .createQueryBuilder('g')
      .where('g.status = :s', { s: GigStatus.PENDING_REVIEW })
      .andWhere('g.region_code LIKE :r', { r: `${regionPrefix(user.regionCode ?? '')}%` })
      .orderBy('g.start_date', 'ASC')
      .addOrderBy('g.created_at', 'ASC')
      .take(first)
      .getMany();
  }

  /** An officer over the county approves (publishes, and trusts an individual poster from then on) or rejects a gig. */
  async review(user: AuthUser, id: string, approve: boolean, reason?: string | null): Promise<GigEntity> {
    if (!approve && !reason?.trim()) throw invalid('reason', '驳回时请填写原因');
    const now = this.clock.now();
    const gig = await this.ds.transaction(async (em) => {
      const g = await em.getRepository(GigEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!g) throw new AppError(ErrorCode.NOT_FOUND, '零工不存在或已删除', 'id');
      if (!officerCovers(user, g.regionCode)) throw forbidden();
      if (g.status !== GigStatus.PENDING_REVIEW) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '该零工不在待审核状态', 'id');
      if (approve && now.getTime() >= gigStartsAt(g).getTime())
        throw new AppError(ErrorCode.GIG_NOT_OPEN, '开工时间已过，不能再发布；请驳回并让发布者改期', 'id');
      Object.assign(g, {
        status: approve ? GigStatus.PUBLISHED : GigStatus.REJECTED,
        publishedAt: approve ? now : null,
        reviewedByUserId: user.id,
        rejectionReason: approve ? null : reason!.trim(),
      });
      const saved = await em.save(g);
      if (approve && !g.employerId) await em.update(GigPosterEntity, { userId: g.posterUserId, trustedAt: IsNull() }, { trustedAt: now });
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.GIG_REVIEWED,
        targetType: AuditTargetType.GIG,
        targetId: g.id,
        regionCode: g.regionCode,
        after: { status: saved.status },
        reason: saved.rejectionReason,
      });
      return saved;
    });
    if (approve) void inBackground(() => this.notify(gig.id));
    return gig;
  }

  // ---- nearby ----------------------------------------------------------------------------------------------------

  /**
   * Published gigs within a radius of a point that have not ended (and, with `date`, run that day), nearest first or
   * soonest first. One indexed statement: the GiST index on the site answers the box, the distance trims it.
   */
  async nearby(args: GigsNearbyArgs): Promise<{ gigs: GigEntity[]; distances: Map<string, number> }> {
    if (!isPointInChina({ lat: args.lat, lng: args.lng })) throw invalid('lat', '位置无效，请重新定位');
    if (args.date && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw invalid('date', '日期格式应为 YYYY-MM-DD');
    const now = this.clock.now();
    const radius = args.radiusKm * 1000;
    const order =
      args.sort === GigNearbySort.START_TIME ? 'g.start_date, g.daily_start, distance' : 'distance, g.start_date, g.daily_start';
    const rows: (GigEntity & { distance: number })[] = await this.ds.query(
      `SELECT g.id, earth_distance(ll_to_earth($1, $2), ll_to_earth(g.lat, g.lng)) AS distance
         FROM gigs g
        WHERE g.status = 'PUBLISHED'
          AND earth_box(ll_to_earth($1, $2), $3) @> ll_to_earth(g.lat, g.lng)
          AND earth_distance(ll_to_earth($1, $2), ll_to_earth(g.lat, g.lng)) <= $3
          AND (g.end_date + g.daily_end::time - interval '8 hours') > ($4::timestamptz AT TIME ZONE 'UTC')
          AND ($5::date IS NULL OR $5::date BETWEEN g.start_date AND g.end_date)
        ORDER BY ${order}
        LIMIT $6`,
      [args.lat, args.lng, radius, now, args.date ?? null, args.first],
    );
    const distances = new Map(rows.map((r) => [r.id, Math.round(r.distance)]));
    const gigs = await this.ds.getRepository(GigEntity).findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(gigs.map((g) => [g.id, g]));
    return { gigs: rows.map((r) => byId.get(r.id)!).filter(Boolean), distances };
  }

  // ---- telling nearby workers ------------------------------------------------------------------------------------

  /**
   * Tells the workers a published gig suits, once: claims the gig (notified_at), finds opted-in workers within their
   * own distance (the GiST index holds each worker's reach, a box of their distance around their point, so the lookup
   * asks "whose reach holds this site" and reads only those), on days they take, with every skill it needs, ranks them
   * (nearer, more reliable first) and raises `gig.offered`. Runs right after publishing; the sweep catches any gig a crash left untold.
   */
  async notify(gigId: string): Promise<number> {
    try {
      const [claimed]: [GigEntity[], number] = await this.ds.query(
        `UPDATE gigs SET notified_at = now() WHERE id = $1 AND status = 'PUBLISHED' AND notified_at IS NULL
         RETURNING id, title, lat, lng, skills, start_date::text AS "startDate", end_date::text AS "endDate", daily_start AS "dailyStart",
                   pay_unit AS "payUnit", pay_fen AS "payFen", piece_unit AS "pieceUnit", address, poster_user_id AS "posterUserId",
                   employer_id AS "employerId", published_at AS "publishedAt", heavy_loads AS "heavyLoads", works_at_height AS "worksAtHeight"`,
        [gigId],
      );
      const g = claimed[0];
      if (!g) return 0;
      const weekdays = [...new Set(gigDates({ startDate: g.startDate, endDate: g.endDate }).map(isoWeekday))];
      const excluded = await this.posterUserIds(g);
      // Not offered to those the law keeps off it (under 16; under 18 for heavy work or work at height).
      const years = gigBirthYearLimits(Number(chinaIsoDateOf(new Date()).slice(0, 4)));
      // The distance is measured once per candidate (the CTE is materialised), in plain arithmetic (gig-sql.ts).
      const rows: { user_id: string; distance: number }[] = await this.ds.query(
        `WITH near AS MATERIALIZED (
           SELECT p.user_id, p.max_distance_km, p.grade, ${sqlDistanceMeters('$1::float8', '$2::float8', 'p.lat', 'p.lng')} AS distance
             FROM gig_preferences p
            WHERE p.enabled
              AND earth_box(ll_to_earth(p.lat, p.lng), p.max_distance_km * 1000.0) @> ll_to_earth($1, $2)
              AND p.weekdays @> $3::smallint[]
              AND p.skills @> $4::text[]
              AND p.user_id <> ALL($5::uuid[]))
         SELECT n.user_id, n.distance FROM near n
          WHERE n.distance <= n.max_distance_km * 1000
            AND NOT EXISTS (SELECT 1 FROM job_seeker_profiles s WHERE s.user_id = n.user_id AND s.birth_year > $6)
          ORDER BY 50 * (1 - n.distance / (n.max_distance_km * 1000.0))
                 + CASE n.grade WHEN 'A' THEN 30 WHEN 'B' THEN 22 WHEN 'NEW' THEN 18 WHEN 'C' THEN 10 ELSE 0 END DESC`,
        [g.lat, g.lng, weekdays, g.skills, excluded, g.heavyLoads || g.worksAtHeight ? years.heavyOrHeight : years.any],
      );
      this.events.emit('gig.offered', {
        gigId: g.id,
        title: g.title,
        payText: describeGigPay(g.payUnit, g.payFen, g.pieceUnit),
        startDate: g.startDate,
        dailyStart: g.dailyStart,
        address: g.address,
        lat: g.lat,
        lng: g.lng,
        workers: rows.map((r) => ({ userId: r.user_id, distanceMeters: Math.round(r.distance) })),
        publishedAt: g.publishedAt ?? new Date(),
      });
      return rows.length;
    } catch (e) {
      this.logger.warn(`gig ${gigId} not told to workers: ${(e as Error).message}`);
      return 0;
    }
  }

  /** Tells workers of published gigs left untold for more than a few seconds (another process died mid-way). */
  async notifyPending(): Promise<number> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM gigs WHERE status = 'PUBLISHED' AND notified_at IS NULL AND published_at < now() - interval '5 seconds' LIMIT 100`,
    );
    let told = 0;
    for (const r of rows) told += await this.notify(r.id);
    return told;
  }
}
