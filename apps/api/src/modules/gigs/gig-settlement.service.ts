import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  GigAlertKind,
  GigAssignmentStatus,
  GigDisputeOutcome,
  GigPayStatus,
  GigRatingSide,
} from '@jobbridge/contracts';
import { DEFAULT_GIG_POLICY, fenOf, GigGradeResult, payDueAt, regionPrefix } from '@jobbridge/domain';
import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden } from '../../common/errors/app-error';
import { inBackground } from '../../common/database/background';
import { AuditService } from '../audit/audit.service';
import { DisputeGigPayInput, MarkGigPaidInput, RateGigInput, ResolveGigDisputeInput } from './dto/gig.input';
import { GigAlertEntity, GigAssignmentEntity, GigAttendanceEntity, GigEntity, GigRatingEntity } from './gig.entity';
import { GigClock } from './gig-clock';
import { GigRecordsService, posterKey } from './gig-records.service';
import { GigsService } from './gigs.service';

const SWEEP_MS = 60_000;

export interface GigWorkEntry {
  gigId: string;
  title: string;
  posterName: string;
  dates: string[];
  paidFen: number;
  confirmed: boolean;
}

export interface GigWorkRecord {
  days: number;
  gigs: number;
  posters: number;
  earningsConfirmedFen: number;
  reliability: GigGradeResult;
  entries: GigWorkEntry[];
}

/**
 * Settlement and what follows a gig: the poster marks each worker's pay, the worker confirms or disputes it; disputes
 * and pay overdue reach the county's officers (no wage arrears, 003 §7); ratings both ways; no-shows recorded when a
 * gig ends; a worker's record as proof of work.
 */
@Injectable()
export class GigSettlementService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(GigSettlementService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: GigClock,
    private readonly gigs: GigsService,
    private readonly records: GigRecordsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void inBackground(() => this.sweep()).catch((e) => this.logger.warn(`gig sweep: ${e}`)), SWEEP_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async lockAssignment(em: EntityManager, id: string): Promise<{ a: GigAssignmentEntity; g: GigEntity }> {
    const a = await em.getRepository(GigAssignmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const g = a ? await em.getRepository(GigEntity).findOneBy({ id: a.gigId }) : null;
    if (!a || !g) throw new AppError(ErrorCode.NOT_FOUND, '接单记录不存在', 'assignmentId');
    return { a, g };
  }

  /** The poster marks a worker's pay as paid (amount, method). Again before the worker answers, it corrects it. */
  async markPaid(user: AuthUser, input: MarkGigPaidInput): Promise<GigAssignmentEntity> {
    const paidFen = fenOf(input.amountYuan, 'amountYuan');
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const { a, g } = await this.lockAssignment(em, input.assignmentId);
      if (!(await this.gigs.isPoster(user, g, em)))
        throw new AppError(ErrorCode.FORBIDDEN, '只有发布者可以标记这个零工的工钱', 'assignmentId');
      if (a.payStatus === GigPayStatus.CONFIRMED || a.payStatus === GigPayStatus.RESOLVED)
        throw new AppError(ErrorCode.GIG_PAY_SETTLED, '这笔工钱已确认或已处理，不能再更改', 'assignmentId');
      if (a.payStatus === GigPayStatus.DISPUTED)
        throw new AppError(ErrorCode.GIG_PAY_SETTLED, '工人对这笔工钱有异议，请等待人社部门处理', 'assignmentId');
      if (!(await em.getRepository(GigAttendanceEntity).countBy({ assignmentId: a.id })))
        throw new AppError(ErrorCode.VALIDATION_FAILED, '该工人没有出勤记录，无需结算', 'assignmentId');
      const saved = await em.save(Object.assign(a, { payStatus: GigPayStatus.PAID, paidFen, paidMethod: input.method, paidAt: now }));
      await em.update(GigAlertEntity, { assignmentId: a.id, kind: GigAlertKind.UNPAID, resolvedAt: IsNull() }, { resolvedAt: now });
      return saved;
    });
  }

  /** The worker confirms the pay marked as paid. A second tap returns it as it is. */
  async confirmPay(user: AuthUser, assignmentId: string): Promise<GigAssignmentEntity> {
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const { a } = await this.lockAssignment(em, assignmentId);
      if (a.workerUserId !== user.id) throw new AppError(ErrorCode.FORBIDDEN, '您没有参与这个零工', 'assignmentId');
      if (a.payStatus === GigPayStatus.CONFIRMED) return a;
      if (a.payStatus !== GigPayStatus.PAID)
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '雇主还没有标记付款，暂不能确认', 'assignmentId');
      return em.save(Object.assign(a, { payStatus: GigPayStatus.CONFIRMED, payConfirmedAt: now }));
    });
  }

  /**
   * The worker disputes the pay: the amount marked paid, or pay not marked once it is overdue. The county's officers
   * are alerted with the check-in record. A second tap returns the dispute as it is.
   */
  async disputePay(user: AuthUser, input: DisputeGigPayInput): Promise<GigAssignmentEntity> {
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const { a, g } = await this.lockAssignment(em, input.assignmentId);
      if (a.workerUserId !== user.id) throw new AppError(ErrorCode.FORBIDDEN, '您没有参与这个零工', 'assignmentId');
      if (a.payStatus === GigPayStatus.DISPUTED) return a;
      if (a.payStatus === GigPayStatus.CONFIRMED || a.payStatus === GigPayStatus.RESOLVED)
        throw new AppError(ErrorCode.GIG_PAY_SETTLED, '这笔工钱已确认或已处理，不能再申诉', 'assignmentId');
      const days = await em.getRepository(GigAttendanceEntity).findBy({ assignmentId: a.id });
      if (!days.length) throw new AppError(ErrorCode.GIG_NOT_PARTICIPANT, '您在这个零工没有出勤记录', 'assignmentId');
      if (
        a.payStatus === GigPayStatus.UNPAID &&
        now.getTime() <
          payDueAt(
            g,
            g.payTiming,
            days.map((d) => d.workDate),
          ).getTime()
      )
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '还没到约定的付款时间，请先等雇主结算', 'assignmentId');
      const saved = await em.save(
        Object.assign(a, { payStatus: GigPayStatus.DISPUTED, disputeReason: input.reason.trim(), disputedAt: now }),
      );
      await em
        .createQueryBuilder()
        .insert()
        .into(GigAlertEntity)
        .values({ kind: GigAlertKind.DISPUTE, gigId: g.id, assignmentId: a.id, regionCode: g.regionCode })
        .orIgnore()
        .execute();
      return saved;
    });
  }

  /** An officer over the county settles a dispute; REFERRED_TO_INSPECTION counts against the poster's credit. */
  async resolveDispute(user: AuthUser, input: ResolveGigDisputeInput): Promise<GigAssignmentEntity> {
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const { a, g } = await this.lockAssignment(em, input.assignmentId);
      if (!officerCovers(user, g.regionCode)) throw forbidden();
      if (a.payStatus !== GigPayStatus.DISPUTED)
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '这笔工钱没有待处理的异议', 'assignmentId');
      const saved = await em.save(
        Object.assign(a, {
          payStatus: GigPayStatus.RESOLVED,
          disputeOutcome: input.outcome,
          resolutionNote: input.note.trim(),
          resolvedByUserId: user.id,
          resolvedAt: now,
        }),
      );
      await em.update(GigAlertEntity, { assignmentId: a.id, resolvedAt: IsNull() }, { resolvedAt: now });
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.GIG_DISPUTE_RESOLVED,
        targetType: AuditTargetType.GIG,
        targetId: g.id,
        regionCode: g.regionCode,
        after: { assignmentId: a.id, outcome: input.outcome },
        reason: input.note.trim(),
      });
      return saved;
    });
  }

  /**
   * A rating after a gig: the worker rates the poster (paid on time, as described), the poster rates the worker
   * (arrived on time, worked as agreed). Only those on the gig, once it has a day worked (or, for a no-show, ended);
   * a second rating from the same side returns the first.
   */
  async rate(user: AuthUser, input: RateGigInput): Promise<GigRatingEntity> {
    const rating = await this.ds.transaction(async (em) => {
      const { a, g } = await this.lockAssignment(em, input.assignmentId);
      const side =
        a.workerUserId === user.id ? GigRatingSide.WORKER : (await this.gigs.isPoster(user, g, em)) ? GigRatingSide.POSTER : null;
      if (!side) throw new AppError(ErrorCode.FORBIDDEN, '只有参与这个零工的双方可以评价', 'assignmentId');
      const repo = em.getRepository(GigRatingEntity);
      const first = await repo.findOneBy({ assignmentId: a.id, side });
      if (first) return first;
      const worked = await em.getRepository(GigAttendanceEntity).countBy({ assignmentId: a.id });
      if (!worked && !(side === GigRatingSide.POSTER && a.noShow))
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '出工之后才能评价', 'assignmentId');
      return repo.save(
        repo.create({
          assignmentId: a.id,
          gigId: g.id,
          side,
          raterUserId: user.id,
          rateeUserId: side === GigRatingSide.WORKER ? g.posterUserId : a.workerUserId,
          employerId: side === GigRatingSide.WORKER ? g.employerId : null,
          onTime: input.onTime,
          asAgreed: input.asAgreed,
          stars: input.stars,
          comment: input.comment?.trim() || null,
        }),
      );
    });
    if (rating.side === GigRatingSide.POSTER) await this.records.refreshWorkerGrade(rating.rateeUserId);
    return rating;
  }

  /**
   * What time does to gigs, run every minute on every process (each step is a single idempotent statement): gigs that
   * ended record their no-shows; pay not marked paid `payGraceHours` after it fell due raises an UNPAID alert.
   */
  async sweep(now: Date = this.clock.now()): Promise<{ closedOut: number; alerts: number }> {
    const [closed]: [{ id: string }[], number] = await this.ds.query(
      `UPDATE gigs SET closed_out_at = $1
        WHERE status = 'PUBLISHED' AND closed_out_at IS NULL
          AND (end_date + daily_end::time - interval '8 hours') < ($1::timestamptz AT TIME ZONE 'UTC')
        RETURNING id`,
      [now],
    );
    if (closed.length) {
      const [noShows]: [{ worker_user_id: string }[], number] = await this.ds.query(
        `UPDATE gig_assignments a SET no_show = true, updated_at = now()
          WHERE a.gig_id = ANY($1::uuid[]) AND a.status = $2 AND NOT a.no_show
            AND NOT EXISTS (SELECT 1 FROM gig_attendances t WHERE t.assignment_id = a.id)
          RETURNING a.worker_user_id`,
        [closed.map((c) => c.id), GigAssignmentStatus.ACCEPTED],
      );
      for (const w of new Set(noShows.map((r) => r.worker_user_id))) await this.records.refreshWorkerGrade(w);
    }
    const alerts: { id: string }[] = await this.ds.query(
      `INSERT INTO gig_alerts (kind, gig_id, assignment_id, region_code)
       SELECT 'UNPAID', g.id, a.id, g.region_code
         FROM gig_assignments a
         JOIN gigs g ON g.id = a.gig_id
         JOIN LATERAL (SELECT max(t.work_date) AS last_day FROM gig_attendances t WHERE t.assignment_id = a.id) d ON d.last_day IS NOT NULL
        WHERE a.pay_status = 'UNPAID'
          AND ((CASE WHEN g.pay_timing = 'SAME_DAY' THEN d.last_day ELSE g.end_date END) + g.daily_end::time - interval '8 hours')
              + make_interval(hours => $2) < ($1::timestamptz AT TIME ZONE 'UTC')
       ON CONFLICT (assignment_id, kind) DO NOTHING
       RETURNING id`,
      [now, DEFAULT_GIG_POLICY.payGraceHours],
    );
    return { closedOut: closed.length, alerts: alerts.length };
  }

  /** Open (or all) alerts of the officer's region, newest first. */
  alerts(user: AuthUser, openOnly: boolean, first: number): Promise<GigAlertEntity[]> {
    const qb = this.ds
      .getRepository(GigAlertEntity)
      .createQueryBuilder('al')
      .where('al.region_code LIKE :r', { r: `${regionPrefix(user.regionCode ?? '')}%` })
      .orderBy('al.created_at', 'DESC')
      .take(first);
    if (openOnly) qb.andWhere('al.resolved_at IS NULL');
    return qb.getMany();
  }

  /** A worker's gig record (proof of work): days worked, gigs, posters, and the earnings they confirmed. */
  async workRecord(workerUserId: string): Promise<GigWorkRecord> {
    const assignments = await this.ds.getRepository(GigAssignmentEntity).find({
      where: { workerUserId, status: In([GigAssignmentStatus.ACCEPTED, GigAssignmentStatus.LATE_WITHDRAWN]) },
      order: { createdAt: 'DESC' },
    });
    const days = assignments.length
      ? await this.ds.getRepository(GigAttendanceEntity).findBy({ assignmentId: In(assignments.map((a) => a.id)) })
      : [];
    const worked = assignments.filter((a) => days.some((d) => d.assignmentId === a.id));
    const gigs = worked.length ? await this.ds.getRepository(GigEntity).findBy({ id: In(worked.map((a) => a.gigId)) }) : [];
    const names = await this.records.posterNames(gigs);
    const byId = new Map(gigs.map((g) => [g.id, g]));
    const confirmed = (a: GigAssignmentEntity) =>
      a.payStatus === GigPayStatus.CONFIRMED ||
      (a.payStatus === GigPayStatus.RESOLVED && a.disputeOutcome !== GigDisputeOutcome.REFERRED_TO_INSPECTION);
    const entries = worked.map((a) => {
      const g = byId.get(a.gigId)!;
      return {
        gigId: g.id,
        title: g.title,
        posterName: names.get(posterKey(g)) ?? '',
        dates: days
          .filter((d) => d.assignmentId === a.id)
          .map((d) => d.workDate)
          .sort(),
        paidFen: a.paidFen ?? 0,
        confirmed: confirmed(a),
      };
    });
    return {
      days: entries.reduce((n, e) => n + e.dates.length, 0),
      gigs: entries.length,
      posters: new Set(gigs.map(posterKey)).size,
      earningsConfirmedFen: worked.filter(confirmed).reduce((n, a) => n + (a.paidFen ?? 0), 0),
      reliability: (await this.records.workerGrades([workerUserId])).get(workerUserId)!,
      entries,
    };
  }
}
