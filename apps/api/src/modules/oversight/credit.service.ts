import { Role } from '@jobbridge/contracts';
import { EmployerCredit, employerCredit, EmployerCreditInput, TruthCardItem, verifiedTruthCardItems } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import { ErrorCode } from '@jobbridge/contracts';
import { EmployersService } from '../employers/employers.service';
import { ProjectsService } from '../projects/projects.service';

/**
 * Employer credit (issue 13): the figure and its reasons from post-hire check-ins, upheld screening flags, reports acted
 * on, breaches of the 30% rule and broken offers, computed by libs/domain from counts read in one statement for any
 * number of employers. Officers see the figure with its reasons; seekers see only the grade, and only once enough
 * workers have answered.
 */
@Injectable()
export class CreditService {
  constructor(
    private readonly ds: DataSource,
    private readonly employers: EmployersService,
    private readonly projects: ProjectsService,
  ) {}

  async forEmployer(user: AuthUser, employerId: string): Promise<EmployerCredit> {
    const employer = await this.employers.findById(employerId);
    const own = user.role === Role.EMPLOYER && employer && (await this.employers.actsFor(user, employerId));
    if (!employer || (!officerCovers(user, employer.regionCode) && !isAdmin(user) && !own))
      throw new AppError(ErrorCode.NOT_FOUND, '单位不存在或不在您的辖区', 'employerId');
    return (await this.forEmployers([employerId])).get(employerId)!;
  }

  /** Credit for many employers at once (two statements and the ledger read, whatever the number). */
  async forEmployers(employerIds: readonly string[]): Promise<Map<string, EmployerCredit>> {
    const ids = [...new Set(employerIds)];
    const out = new Map<string, EmployerCredit>();
    if (!ids.length) return out;
    const [rows, breaches] = await Promise.all([
      this.ds.query(
        `SELECT e.id,
           (SELECT row_to_json(c) FROM (
              SELECT count(*)::int AS answered,
                     count(*) FILTER (WHERE still_working)::int AS still_working,
                     count(*) FILTER (WHERE paid_as_promised)::int AS paid,
                     count(*) FILTER (WHERE coalesce(hours_as_stated, true) AND coalesce(dormitory_as_stated, true)
                                        AND coalesce(meals_as_stated, true) AND coalesce(insurance_as_stated, true))::int AS conditions
                FROM hire_check_ins WHERE employer_id = e.id AND answered_at IS NOT NULL) c) AS check_ins,
           (SELECT count(*)::int FROM screening_decisions d WHERE d.employer_id = e.id AND d.decision = 'UPHOLD') AS upheld_flags,
           (SELECT count(*)::int FROM content_reports r WHERE r.employer_id = e.id AND r.status = 'RESOLVED' AND r.action <> 'DISMISS') AS upheld_reports,
           (SELECT count(*)::int FROM application_events ev JOIN applications a ON a.id = ev.application_id JOIN job_postings j ON j.id = a.job_posting_id
             WHERE j.employer_id = e.id AND ev.from_status = 'OFFER' AND ev.to_status = 'REJECTED') AS broken_offers,
           (SELECT count(DISTINCT ga.id)::int FROM gig_assignments ga JOIN gigs g ON g.id = ga.gig_id
             WHERE g.employer_id = e.id AND (ga.dispute_outcome = 'REFERRED_TO_INSPECTION'
               OR EXISTS (SELECT 1 FROM gig_alerts al WHERE al.assignment_id = ga.id AND al.kind = 'UNPAID'))) AS gig_arrears
         FROM unnest($1::uuid[]) AS e(id)`,
        [ids],
      ) as Promise<
        {
          id: string;
          check_ins: { answered: number; still_working: number; paid: number; conditions: number };
          upheld_flags: number;
          upheld_reports: number;
          broken_offers: number;
          gig_arrears: number;
        }[]
      >,
      this.projects.breachesOf(ids),
    ]);
    for (const r of rows) {
      const input: EmployerCreditInput = {
        checkIns: {
          answered: r.check_ins.answered,
          stillWorking: r.check_ins.still_working,
          paidAsPromised: r.check_ins.paid,
          conditionsAsStated: r.check_ins.conditions,
        },
        upheldFlags: r.upheld_flags,
        upheldReports: r.upheld_reports,
        localHiringBreaches: breaches.get(r.id) ?? 0,
        brokenOffers: r.broken_offers,
        gigArrears: r.gig_arrears,
      };
      out.set(r.id, employerCredit(input));
    }
    return out;
  }

  /** The truth-card items of each posting that its hires' check-ins confirmed ("核实"). */
  async verifiedItems(jobPostingIds: readonly string[]): Promise<Map<string, TruthCardItem[]>> {
    const ids = [...new Set(jobPostingIds)];
    const out = new Map<string, TruthCardItem[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows: { job_posting_id: string; answered: number; hours: number; dormitory: number; meals: number; insurance: number }[] =
      await this.ds.query(
        `SELECT job_posting_id, count(*)::int AS answered,
                count(*) FILTER (WHERE hours_as_stated)::int AS hours, count(*) FILTER (WHERE dormitory_as_stated)::int AS dormitory,
                count(*) FILTER (WHERE meals_as_stated)::int AS meals, count(*) FILTER (WHERE insurance_as_stated)::int AS insurance
           FROM hire_check_ins WHERE job_posting_id = ANY($1::uuid[]) AND answered_at IS NOT NULL GROUP BY job_posting_id`,
        [ids],
      );
    for (const r of rows)
      out.set(
        r.job_posting_id,
        verifiedTruthCardItems({
          answered: r.answered,
          yes: { WORKING_HOURS: r.hours, DORMITORY: r.dormitory, MEALS: r.meals, SOCIAL_INSURANCE: r.insurance },
        }),
      );
    return out;
  }
}
