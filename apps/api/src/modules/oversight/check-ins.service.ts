import { ErrorCode } from '@jobbridge/contracts';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { inBackground } from '../../common/database/background';
import { entityFromRow } from '../../common/database/entity-from-row';
import { AppError, invalid } from '../../common/errors/app-error';
import { AnswerCheckInInput } from './dto/oversight.input';
import { HireCheckInEntity } from './oversight.entity';

/** The days after a hire when the worker is asked. */
export const CHECK_IN_DAYS = [7, 30] as const;
const SWEEP_MS = 60_000;

/** A due check-in with what the worker needs to answer it. */
export interface DueCheckIn {
  checkIn: HireCheckInEntity;
  jobTitle: string;
  employerName: string;
  /** The truth card as promised (null where it promised nothing). */
  workingHours: string | null;
  dormitory: string | null;
  meals: string | null;
  socialInsurance: string | null;
}

/**
 * Post-hire check-ins (issue 13). Every hire on the platform — by search, recommendation, live room or fair: any
 * application that reached HIRED — gets two check-ins, at 7 and 30 days. They are made from the hires themselves (an
 * idempotent INSERT … SELECT over hired applications, run for a worker when they look and for everyone each minute),
 * so a hire recorded by any path, on any process, and across restarts is never missed nor asked twice.
 */
@Injectable()
export class CheckInsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CheckInsService.name);
  private sweeper?: NodeJS.Timeout;

  constructor(private readonly ds: DataSource) {}

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => void inBackground(() => this.reconcile()).catch((e) => this.logger.warn(`check-ins: ${e}`)), SWEEP_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** Makes the check-ins of hires that have none yet (for one worker, or all); returns how many were made. */
  async reconcile(workerUserId?: string): Promise<number> {
    const made: { id: string }[] = await this.ds.query(
      `INSERT INTO hire_check_ins (application_id, worker_user_id, employer_id, job_posting_id, hired_at, day, due_at)
       SELECT a.id, p.user_id, j.employer_id, a.job_posting_id, h.hired_at, d.day, h.hired_at + make_interval(days => d.day)
         FROM applications a
         JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id
         JOIN job_postings j ON j.id = a.job_posting_id
         JOIN LATERAL (SELECT coalesce(min(e.created_at), a.updated_at) AS hired_at FROM application_events e
                        WHERE e.application_id = a.id AND e.to_status = 'HIRED') h ON true
         CROSS JOIN unnest($2::int[]) AS d(day)
        WHERE a.status = 'HIRED' AND ($1::uuid IS NULL OR p.user_id = $1)
          AND NOT EXISTS (SELECT 1 FROM hire_check_ins c WHERE c.application_id = a.id AND c.day = d.day)
       ON CONFLICT (application_id, day) DO NOTHING RETURNING id`,
      [workerUserId ?? null, [...CHECK_IN_DAYS]],
    );
    return made.length;
  }

  /** The worker's check-ins that are due and unanswered, oldest first, with the truth card they are asked about. */
  async due(user: AuthUser, now = new Date()): Promise<DueCheckIn[]> {
    await this.reconcile(user.id);
    const rows: (Record<string, unknown> & { title: string; employer_name: string })[] = await this.ds.query(
      `SELECT c.*, j.title, e.name AS employer_name, j.truth_working_hours AS working_hours, j.truth_dormitory AS dormitory, j.truth_meals AS meals, j.truth_social_insurance AS social_insurance
         FROM hire_check_ins c JOIN job_postings j ON j.id = c.job_posting_id JOIN employers e ON e.id = c.employer_id
        WHERE c.worker_user_id = $1 AND c.answered_at IS NULL AND c.due_at <= $2
        ORDER BY c.due_at LIMIT 20`,
      [user.id, now],
    );
    return rows.map((r) => {
      return {
        checkIn: entityFromRow(this.ds, HireCheckInEntity, r),
        jobTitle: r.title,
        employerName: r.employer_name,
        workingHours: (r.working_hours as string | null) ?? null,
        dormitory: (r.dormitory as string | null) ?? null,
        meals: (r.meals as string | null) ?? null,
        socialInsurance: (r.social_insurance as string | null) ?? null,
      };
    });
  }

  /** The worker answers a due check-in, once. */
  async answer(user: AuthUser, input: AnswerCheckInInput, now = new Date()): Promise<HireCheckInEntity> {
    return this.ds.transaction(async (em) => {
      const c = await em.getRepository(HireCheckInEntity).findOne({ where: { id: input.checkInId }, lock: { mode: 'pessimistic_write' } });
      if (!c || c.workerUserId !== user.id) throw new AppError(ErrorCode.NOT_FOUND, '回访不存在', 'checkInId');
      if (c.answeredAt) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '这次回访已经回答过了', 'checkInId');
      if (c.dueAt.getTime() > now.getTime()) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '回访时间还没到', 'checkInId');
      if (input.comment && input.comment.trim().length > 500) throw invalid('comment', '补充说明不超过 500 字');
      return em.save(
        Object.assign(c, {
          answeredAt: now,
          stillWorking: input.stillWorking,
          paidAsPromised: input.paidAsPromised,
          hoursAsStated: input.hoursAsStated ?? null,
          dormitoryAsStated: input.dormitoryAsStated ?? null,
          mealsAsStated: input.mealsAsStated ?? null,
          insuranceAsStated: input.insuranceAsStated ?? null,
          comment: input.comment?.trim() || null,
        }),
      );
    });
  }
}
