import { ErrorCode, Role } from '@jobbridge/contracts';
import { assessLayoffPlan, assessStableJobsRefund, StableJobsRefundAssessment } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { saveOnce } from '../../common/database/save-once';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { AppError, forbidden, notFound } from '../../common/errors/app-error';
import { EmployersService } from '../employers/employers.service';
import { LayoffPlanInput } from './dto/oversight.input';
import { LayoffPlanEntity } from './oversight.entity';
import { oversightRegion, regionLike } from './region-scope';

/**
 * Layoff reports (004 §5, 003 §12): an employer files a reduction plan; the rule (20 or more at once, or 10% of the
 * staff, filed 30 days ahead) is judged by libs/domain when it is filed and stored with the filing. Officers see the
 * filings of their region; the 稳岗返还 test is computed per employer from its filings.
 */
@Injectable()
export class LayoffsService {
  constructor(
    private readonly ds: DataSource,
    private readonly employers: EmployersService,
  ) {}

  async file(user: AuthUser, input: LayoffPlanInput, now = new Date()): Promise<LayoffPlanEntity> {
    const employer = await this.employers.requireOwn(user);
    const verdict = assessLayoffPlan({
      staffCount: input.staffNow,
      peopleToCut: input.peopleToCut,
      layoffDate: input.layoffDate,
      filedOn: now,
    });
    const reasons = input.reasons.trim();
    if (!reasons) throw new AppError(ErrorCode.VALIDATION_FAILED, '请填写裁员原因', 'reasons');
    const repo = this.ds.getRepository(LayoffPlanEntity);
    return saveOnce(repo, input.idempotencyKey ? { employerId: employer.id, idempotencyKey: input.idempotencyKey } : null, () =>
      repo.create({
        employerId: employer.id,
        regionCode: employer.regionCode,
        staffNow: input.staffNow,
        peopleToCut: input.peopleToCut,
        layoffDate: input.layoffDate,
        reasons,
        consulted: input.consulted,
        consultationNote: input.consultationNote?.trim() || null,
        reportable: verdict.reportable,
        onTime: verdict.onTime,
        daysBefore: verdict.daysBefore,
        verdictReasons: verdict.reasons,
        filedByUserId: user.id,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
    );
  }

  /** Officers: the filings of a region (theirs by default), newest layoff date first. Employers: their own. */
  async list(user: AuthUser, regionCode?: string | null): Promise<LayoffPlanEntity[]> {
    const qb = this.ds
      .getRepository(LayoffPlanEntity)
      .createQueryBuilder('l')
      .orderBy('l.layoff_date', 'DESC')
      .addOrderBy('l.filed_at', 'DESC');
    if (user.role === Role.EMPLOYER) {
      const employer = await this.employers.requireOwn(user);
      qb.where('l.employer_id = :e', { e: employer.id });
    } else {
      const region = oversightRegion(user, regionCode);
      if (region) qb.where('l.region_code LIKE :r', { r: regionLike(region) });
    }
    return qb.take(500).getMany();
  }

  /** The 稳岗返还 test for an employer from its filings (its own team, or officers over its region). */
  async stableJobsRefund(user: AuthUser, employerId: string, insuredStaff: number, now = new Date()): Promise<StableJobsRefundAssessment> {
    const employer = await this.employers.findById(employerId);
    if (!employer) throw notFound('单位');
    const own = user.role === Role.EMPLOYER && (await this.employers.actsFor(user, employerId));
    if (!own && !officerCovers(user, employer.regionCode) && !isAdmin(user)) throw forbidden();
    const plans = await this.ds.getRepository(LayoffPlanEntity).findBy({ employerId });
    return assessStableJobsRefund({
      insuredStaff,
      layoffs: plans.map((p) => ({ layoffDate: p.layoffDate, peopleCut: p.peopleToCut })),
      asOf: now,
    });
  }

  /**
   * Layoffs nobody filed: employers of the region whose project rosters lost 20 or more workers (or 10% of the roster)
   * in the last 30 days, or who closed 10 or more postings in 14 days, with no filing dated within 30 days of it.
   * Read-only SQL over the rosters and postings (the oversight module reads, never writes, those tables).
   */
  async unfiledSignals(user: AuthUser, regionCode?: string | null, now = new Date()): Promise<UnfiledLayoffSignal[]> {
    const region = oversightRegion(user, regionCode);
    const rows: {
      employer_id: string;
      name: string;
      region_code: string;
      roster_left: number;
      roster_size: number;
      postings_closed: number;
    }[] = await this.ds.query(
      `WITH left_roster AS (
           SELECT p.employer_id, count(*) FILTER (WHERE w.end_date > ($1::timestamptz - interval '30 days')::date AND w.end_date <= $1::date)::int AS roster_left,
                  count(*)::int AS roster_size
             FROM project_workers w JOIN projects p ON p.id = w.project_id
            WHERE w.end_date IS NULL OR w.end_date > ($1::timestamptz - interval '30 days')::date
            GROUP BY p.employer_id),
         closed AS (
           SELECT employer_id, count(*)::int AS postings_closed FROM job_postings
            WHERE status = 'CLOSED' AND closed_at > $1::timestamptz - interval '14 days' AND closed_at <= $1 GROUP BY employer_id)
         SELECT e.id AS employer_id, e.name, e.region_code, coalesce(r.roster_left, 0) AS roster_left, coalesce(r.roster_size, 0) AS roster_size,
                coalesce(c.postings_closed, 0) AS postings_closed
           FROM employers e LEFT JOIN left_roster r ON r.employer_id = e.id LEFT JOIN closed c ON c.employer_id = e.id
          WHERE ($2::text IS NULL OR e.region_code LIKE $2)
            AND ((r.roster_left >= 20 OR (r.roster_left > 0 AND r.roster_left * 10 >= r.roster_size)) OR c.postings_closed >= 10)
            AND NOT EXISTS (SELECT 1 FROM layoff_plans l WHERE l.employer_id = e.id AND l.layoff_date BETWEEN ($1::timestamptz - interval '60 days')::date AND ($1::timestamptz + interval '30 days')::date)
          ORDER BY roster_left DESC, postings_closed DESC LIMIT 200`,
      [now, region ? regionLike(region) : null],
    );
    return rows.map((r) => ({
      employerId: r.employer_id,
      employerName: r.name,
      regionCode: r.region_code,
      rosterLeft: r.roster_left,
      rosterSize: r.roster_size,
      postingsClosed: r.postings_closed,
    }));
  }
}

export interface UnfiledLayoffSignal {
  employerId: string;
  employerName: string;
  regionCode: string;
  rosterLeft: number;
  rosterSize: number;
  postingsClosed: number;
}
