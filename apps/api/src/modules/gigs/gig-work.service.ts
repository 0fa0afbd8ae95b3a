import { ErrorCode, GigAssignmentStatus, GigCheckMethod, GigPayUnit, GigStatus } from '@jobbridge/contracts';
import {
  assertWithinSite,
  checkInDate,
  chinaInstant,
  chinaIsoDateOf,
  dailyMinutes,
  DEFAULT_GIG_POLICY,
  gigAgeProblem,
  gigEndsAt,
  gigPayDueFen,
  isPointInChina,
  minutesWorked,
  normalizeSkill,
  withdrawalKind,
} from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, invalid } from '../../common/errors/app-error';
import { ConfirmAttendanceInput, GigCheckInput, GigPreferencesInput } from './dto/gig.input';
import { GigAssignmentEntity, GigAttendanceEntity, GigEntity, GigPreferenceEntity } from './gig.entity';
import { GigClock } from './gig-clock';
import { GigRecordsService } from './gig-records.service';
import { GigsService } from './gigs.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';

const notOnGig = () => new AppError(ErrorCode.GIG_NOT_PARTICIPANT, '您没有参与这个零工', 'gigId');

/** Whether a code read from a QR holds the gig's secret (the bare secret, or a link carrying it as `code=`). */
export function qrHoldsSecret(code: string, secret: string): boolean {
  const found = /[?&]code=([A-Za-z0-9_-]+)/.exec(code)?.[1] ?? code.trim();
  const a = Buffer.from(found);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The worker's side of a gig: opting in, taking a place (first come first served up to headcount, then the waiting
 * list), withdrawing, and the day at the site (check-in and out by QR or location, the poster's confirmation, the pay
 * due).
 */
@Injectable()
export class GigWorkService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: GigClock,
    private readonly gigs: GigsService,
    private readonly records: GigRecordsService,
    private readonly seekers: JobSeekersService,
  ) {}

  // ---- preferences -----------------------------------------------------------------------------------------------

  async savePreferences(user: AuthUser, input: GigPreferencesInput): Promise<GigPreferenceEntity> {
    if (!isPointInChina({ lat: input.lat, lng: input.lng })) throw invalid('lat', '位置无效，请重新定位或在地图上选择');
    const weekdays = [...new Set(input.weekdays)].sort();
    if (input.enabled && !weekdays.length) throw invalid('weekdays', '请至少选择一天');
    const skills = [...new Set(input.skills.map(normalizeSkill).filter(Boolean))];
    await this.ds.query(
      `INSERT INTO gig_preferences (user_id, enabled, lat, lng, max_distance_km, weekdays, skills, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (user_id) DO UPDATE SET enabled = $2, lat = $3, lng = $4, max_distance_km = $5, weekdays = $6, skills = $7, updated_at = now()`,
      [user.id, input.enabled, input.lat, input.lng, Math.min(input.maxDistanceKm, DEFAULT_GIG_POLICY.maxDistanceKm), weekdays, skills],
    );
    await this.records.refreshWorkerGrade(user.id);
    return (await this.ds.getRepository(GigPreferenceEntity).findOneBy({ userId: user.id }))!;
  }

  preferences(user: AuthUser): Promise<GigPreferenceEntity | null> {
    return this.ds.getRepository(GigPreferenceEntity).findOneBy({ userId: user.id });
  }

  // ---- places ----------------------------------------------------------------------------------------------------

  /**
   * Takes a place: under the gig's row lock, ACCEPTED while places are left, WAITLISTED after, so 20 workers tapping
   * at once never take more than the headcount. A second tap returns the place as it is; a worker who withdrew in
   * time may take it again.
   */
  async accept(user: AuthUser, gigId: string): Promise<GigAssignmentEntity> {
    const now = this.clock.now();
    // Read before the transaction: a second connection taken while holding the gig's lock could wait on a full pool.
    const birthYear = (await this.seekers.findByUser(user.id))?.birthYear;
    return this.ds.transaction(async (em) => {
      const g = await em.getRepository(GigEntity).findOne({ where: { id: gigId }, lock: { mode: 'pessimistic_write' } });
      if (!g || g.status !== GigStatus.PUBLISHED) throw new AppError(ErrorCode.GIG_NOT_OPEN, '该零工未发布或已取消', 'gigId');
      if (await this.gigs.isPoster(user, g, em)) throw new AppError(ErrorCode.GIG_OWN_GIG, '不能接自己发布的零工', 'gigId');
      const age = gigAgeProblem(birthYear, Number(chinaIsoDateOf(now).slice(0, 4)), g);
      if (age) throw new AppError(ErrorCode.GIG_AGE_RESTRICTED, age, 'gigId');
      const repo = em.getRepository(GigAssignmentEntity);
      const mine = await repo.findOneBy({ gigId, workerUserId: user.id });
      if (mine && (mine.status === GigAssignmentStatus.ACCEPTED || mine.status === GigAssignmentStatus.WAITLISTED)) return mine;
      if (now.getTime() >= gigEndsAt(g).getTime()) throw new AppError(ErrorCode.GIG_NOT_OPEN, '该零工已结束', 'gigId');
      if (mine && mine.status !== GigAssignmentStatus.WITHDRAWN)
        throw new AppError(ErrorCode.GIG_NOT_OPEN, '您已临时取消过这个零工，不能再接', 'gigId');
      const accepted = g.acceptedCount < g.headcount;
      if (accepted) await em.update(GigEntity, { id: gigId }, { acceptedCount: g.acceptedCount + 1 });
      const fields = {
        status: accepted ? GigAssignmentStatus.ACCEPTED : GigAssignmentStatus.WAITLISTED,
        acceptedAt: accepted ? now : null,
        withdrawnAt: null,
      };
      // A free withdrawal left no record: the old row goes, so the new one queues from now.
      if (mine) await repo.delete({ id: mine.id });
      return repo.save(repo.create({ gigId, workerUserId: user.id, ...fields }));
    });
  }

  /**
   * Gives a place back. Before the free-withdrawal deadline it leaves no record; after it, LATE_WITHDRAWN counts
   * against the worker's reliability; once the gig has started, withdrawal is refused (the poster records the day).
   * The first on the waiting list moves up and is told.
   */
  async withdraw(user: AuthUser, gigId: string): Promise<GigAssignmentEntity> {
    const now = this.clock.now();
    const { mine, promoted } = await this.ds.transaction(async (em) => {
      const g = await em.getRepository(GigEntity).findOne({ where: { id: gigId }, lock: { mode: 'pessimistic_write' } });
      if (!g) throw notOnGig();
      const repo = em.getRepository(GigAssignmentEntity);
      const a = await repo.findOneBy({ gigId, workerUserId: user.id });
      if (!a) throw notOnGig();
      if (a.status === GigAssignmentStatus.WITHDRAWN || a.status === GigAssignmentStatus.LATE_WITHDRAWN) return { mine: a, promoted: null };
      if (a.status === GigAssignmentStatus.GIG_CANCELLED) throw new AppError(ErrorCode.GIG_NOT_OPEN, '零工已被取消', 'gigId');
      if (a.status === GigAssignmentStatus.WAITLISTED)
        return { mine: await repo.save(Object.assign(a, { status: GigAssignmentStatus.WITHDRAWN, withdrawnAt: now })), promoted: null };
      const kind = withdrawalKind(g, now);
      if (kind === 'STARTED') throw new AppError(ErrorCode.GIG_NOT_OPEN, '已经开工，不能再取消；有急事请直接联系雇主', 'gigId');
      const saved = await repo.save(
        Object.assign(a, {
          status: kind === 'FREE' ? GigAssignmentStatus.WITHDRAWN : GigAssignmentStatus.LATE_WITHDRAWN,
          withdrawnAt: now,
        }),
      );
      const next = await repo.findOne({ where: { gigId, status: GigAssignmentStatus.WAITLISTED }, order: { createdAt: 'ASC', id: 'ASC' } });
      if (next) await repo.save(Object.assign(next, { status: GigAssignmentStatus.ACCEPTED, acceptedAt: now }));
      else await em.update(GigEntity, { id: gigId }, { acceptedCount: Math.max(0, g.acceptedCount - 1) });
      return { mine: saved, promoted: next };
    });
    if (mine.status === GigAssignmentStatus.LATE_WITHDRAWN) await this.records.refreshWorkerGrade(user.id);
    if (promoted)
      this.gigs.events.emit('gig.place_changed', { userId: promoted.workerUserId, gigId, status: GigAssignmentStatus.ACCEPTED });
    return mine;
  }

  /** The worker's places, soonest gig first (upcoming and recent), at most `first`. */
  async mine(user: AuthUser, first: number): Promise<GigAssignmentEntity[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT a.id FROM gig_assignments a JOIN gigs g ON g.id = a.gig_id WHERE a.worker_user_id = $1
        ORDER BY g.start_date DESC, a.created_at DESC LIMIT $2`,
      [user.id, first],
    );
    const found = new Map(
      (await this.ds.getRepository(GigAssignmentEntity).findBy({ id: In(rows.map((r) => r.id)) })).map((a) => [a.id, a]),
    );
    return rows.map((r) => found.get(r.id)!).filter(Boolean);
  }

  /** A gig's places (its poster, officers over the county): accepted first, then the waiting list, then the rest. */
  async forGig(gigId: string): Promise<GigAssignmentEntity[]> {
    const rows = await this.ds.getRepository(GigAssignmentEntity).find({ where: { gigId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const rank = (s: GigAssignmentStatus) => (s === GigAssignmentStatus.ACCEPTED ? 0 : s === GigAssignmentStatus.WAITLISTED ? 1 : 2);
    return rows.sort((a, b) => rank(a.status) - rank(b.status));
  }

  // ---- at the site -----------------------------------------------------------------------------------------------

  private async placeOf(em: EntityManager, user: AuthUser, gigId: string): Promise<{ g: GigEntity; a: GigAssignmentEntity }> {
    const g = await em.getRepository(GigEntity).findOneBy({ id: gigId });
    const a = g
      ? await em
          .getRepository(GigAssignmentEntity)
          .findOne({ where: { gigId, workerUserId: user.id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!g || !a || a.status !== GigAssignmentStatus.ACCEPTED) throw notOnGig();
    if (g.status !== GigStatus.PUBLISHED) throw new AppError(ErrorCode.GIG_NOT_OPEN, '零工已取消', 'gigId');
    return { g, a };
  }

  /** How the worker shows they are at the site: the QR's code, else a location within the radius. */
  private siteProof(g: GigEntity, input: GigCheckInput): { method: GigCheckMethod; distance: number | null } {
    if (input.qrCode) {
      if (!qrHoldsSecret(input.qrCode, g.qrSecret)) throw invalid('qrCode', '二维码不是这个零工的，请扫描现场的二维码');
      return { method: GigCheckMethod.QR, distance: null };
    }
    if (input.lat == null || input.lng == null) throw invalid('location', '请扫描现场二维码，或允许使用定位后签到');
    const distance = assertWithinSite(g, { lat: input.lat, lng: input.lng }, g.checkInRadiusMeters);
    return { method: GigCheckMethod.LOCATION, distance };
  }

  async checkIn(user: AuthUser, input: GigCheckInput): Promise<GigAttendanceEntity> {
    const now = this.clock.now();
    const saved = await this.ds
      .transaction(async (em) => {
        const { g, a } = await this.placeOf(em, user, input.gigId);
        const workDate = checkInDate(g, now);
        const proof = this.siteProof(g, input);
        const repo = em.getRepository(GigAttendanceEntity);
        if (await repo.findOneBy({ assignmentId: a.id, workDate }))
          throw new AppError(ErrorCode.GIG_ALREADY_CHECKED_IN, '今天已经签到过了', 'gigId');
        const day = await repo.save(
          repo.create({
            assignmentId: a.id,
            gigId: g.id,
            workerUserId: user.id,
            workDate,
            checkInAt: now,
            checkInMethod: proof.method,
            checkInDistanceMeters: proof.distance,
          }),
        );
        await this.refreshPayDue(em, g, a.id);
        return day;
      })
      .catch((e) => {
        if (e instanceof QueryFailedError && (e as { constraint?: string }).constraint === 'uq_gig_attendances_assignment_date')
          throw new AppError(ErrorCode.GIG_ALREADY_CHECKED_IN, '今天已经签到过了', 'gigId');
        throw e;
      });
    await this.tellPoster(input.gigId);
    return saved;
  }

  /** Checks out of the day's open check-in; the minutes inside the scheduled hours count for pay. */
  async checkOut(user: AuthUser, input: GigCheckInput): Promise<GigAttendanceEntity> {
    const now = this.clock.now();
    const saved = await this.ds.transaction(async (em) => {
      const { g, a } = await this.placeOf(em, user, input.gigId);
      const repo = em.getRepository(GigAttendanceEntity);
      const open = await repo.findOne({ where: { assignmentId: a.id }, order: { workDate: 'DESC' }, lock: { mode: 'pessimistic_write' } });
      if (!open) throw new AppError(ErrorCode.GIG_NOT_OPEN, '今天还没有签到，请先签到', 'gigId');
      if (open.checkOutAt && open.workDate !== chinaIsoDateOf(now))
        throw new AppError(ErrorCode.GIG_NOT_OPEN, '今天还没有签到，请先签到', 'gigId');
      if (open.checkOutAt) throw new AppError(ErrorCode.GIG_ALREADY_CHECKED_IN, '今天已经签退过了', 'gigId');
      const proof = this.siteProof(g, input);
      const minutes = minutesWorked(
        open.checkInAt,
        now,
        chinaInstant(open.workDate, g.dailyStart),
        chinaInstant(open.workDate, g.dailyEnd),
      );
      const out = await repo.save(
        Object.assign(open, { checkOutAt: now, checkOutMethod: proof.method, minutes: open.confirmedAt ? open.minutes : minutes }),
      );
      await this.refreshPayDue(em, g, a.id);
      return out;
    });
    await this.tellPoster(input.gigId);
    return saved;
  }

  /**
   * The poster confirms a worker's day, setting the minutes (default: from the check-times, or from check-in to the
   * day's end when the worker forgot to check out) and, for piece pay, the pieces. Confirming again corrects it.
   */
  async confirmAttendance(user: AuthUser, input: ConfirmAttendanceInput): Promise<GigAttendanceEntity> {
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const t = await em
        .getRepository(GigAttendanceEntity)
        .findOne({ where: { id: input.attendanceId }, lock: { mode: 'pessimistic_write' } });
      const g = t ? await em.getRepository(GigEntity).findOneBy({ id: t.gigId }) : null;
      if (!t || !g) throw new AppError(ErrorCode.NOT_FOUND, '出勤记录不存在', 'attendanceId');
      if (!(await this.gigs.isPoster(user, g, em)))
        throw new AppError(ErrorCode.FORBIDDEN, '这条出勤记录不属于您发布的零工', 'attendanceId');
      const settled = await em.getRepository(GigAssignmentEntity).findOneBy({ id: t.assignmentId });
      if (settled && settled.payStatus !== 'UNPAID')
        throw new AppError(ErrorCode.GIG_PAY_SETTLED, '工钱已标记支付，出勤不能再改', 'attendanceId');
      if (g.payUnit === GigPayUnit.PIECE && input.pieces == null && t.pieces == null) throw invalid('pieces', '计件的活请填写完成的件数');
      const start = chinaInstant(t.workDate, g.dailyStart);
      const end = chinaInstant(t.workDate, g.dailyEnd);
      const minutes = input.minutes ?? (t.checkOutAt ? t.minutes : minutesWorked(t.checkInAt, end, start, end));
      const saved = await em.save(
        Object.assign(t, { minutes, pieces: input.pieces ?? t.pieces, confirmedAt: now, confirmedByUserId: user.id }),
      );
      await this.refreshPayDue(em, g, t.assignmentId);
      return saved;
    });
  }

  /**
   * Recomputes a worker's pay due on a gig from their days. For day pay, a day checked in and not yet closed (no
   * check-out, not confirmed) counts as a day's work, so the poster's "mark paid" has its amount from the morning on.
   */
  private async refreshPayDue(em: EntityManager, g: GigEntity, assignmentId: string): Promise<void> {
    const days = await em.getRepository(GigAttendanceEntity).findBy({ assignmentId });
    const open = (d: GigAttendanceEntity) => g.payUnit === GigPayUnit.DAY && !d.checkOutAt && !d.confirmedAt;
    const due = gigPayDueFen(
      g.payUnit,
      g.payFen,
      days.map((d) => ({ minutes: open(d) ? dailyMinutes(g) : d.minutes, pieces: d.pieces })),
    );
    await em.update(GigAssignmentEntity, { id: assignmentId }, { payDueFen: due });
  }

  private async tellPoster(gigId: string): Promise<void> {
    const g = await this.ds.getRepository(GigEntity).findOneBy({ id: gigId });
    if (g) this.gigs.events.emit('gig.attendance', { gigId, posterUserIds: await this.gigs.posterUserIds(g) });
  }

  /** Attendance rows of the given assignments (for models). */
  attendanceOf(ids: readonly string[]): Promise<GigAttendanceEntity[]> {
    return ids.length ? this.ds.getRepository(GigAttendanceEntity).findBy({ assignmentId: In([...ids]) }) : Promise.resolve([]);
  }
}
