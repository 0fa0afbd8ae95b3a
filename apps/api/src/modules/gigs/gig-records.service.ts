import { GigRatingSide } from '@jobbridge/contracts';
import { GigGradeResult, posterGigCredit, workerReliability } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import type { GigAssignmentModel, GigModel } from './dto/gig.model';
import { GigAssignmentEntity, GigAttendanceEntity, GigEntity, GigRatingEntity } from './gig.entity';
import { GigClock } from './gig-clock';
import { assignmentModel, gigModel, NEW_GRADE } from './gig.mapper';

/** The key a poster's record is kept under: the employer for a company's gigs, the person for an individual's. */
export const posterKey = (g: Pick<GigEntity, 'employerId' | 'posterUserId'>): string => g.employerId ?? g.posterUserId;

/**
 * Gig records and the models built from them: posters' names and gig credit, workers' names and reliability, read in
 * a fixed number of statements for any number of gigs or assignments.
 */
@Injectable()
export class GigRecordsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: GigClock,
  ) {}

  /** Posters' gig credit by poster key (employer id, or the individual's user id). */
  async posterGrades(keys: readonly string[], db: DataSource | EntityManager = this.ds): Promise<Map<string, GigGradeResult>> {
    const ids = [...new Set(keys)];
    const out = new Map<string, GigGradeResult>();
    if (!ids.length) return out;
    const rows: {
      key: string;
      settlements: number;
      paid_confirmed: number;
      unpaid_alerts: number;
      referred: number;
      late_cancellations: number;
      ratings: number;
      paid_on_time: number;
      as_described: number;
    }[] = await db.query(
      `SELECT k.key,
         (SELECT count(*)::int FROM gig_assignments a JOIN gigs g ON g.id = a.gig_id
           WHERE COALESCE(g.employer_id, g.poster_user_id) = k.key AND g.closed_out_at IS NOT NULL
             AND EXISTS (SELECT 1 FROM gig_attendances t WHERE t.assignment_id = a.id)) AS settlements,
         (SELECT count(*)::int FROM gig_assignments a JOIN gigs g ON g.id = a.gig_id
           WHERE COALESCE(g.employer_id, g.poster_user_id) = k.key
             AND (a.pay_status = 'CONFIRMED' OR (a.pay_status = 'RESOLVED' AND a.dispute_outcome <> 'REFERRED_TO_INSPECTION'))) AS paid_confirmed,
         (SELECT count(*)::int FROM gig_alerts al JOIN gigs g ON g.id = al.gig_id
           WHERE COALESCE(g.employer_id, g.poster_user_id) = k.key AND al.kind = 'UNPAID') AS unpaid_alerts,
         (SELECT count(*)::int FROM gig_assignments a JOIN gigs g ON g.id = a.gig_id
           WHERE COALESCE(g.employer_id, g.poster_user_id) = k.key AND a.dispute_outcome = 'REFERRED_TO_INSPECTION') AS referred,
         (SELECT count(*)::int FROM gigs g WHERE COALESCE(g.employer_id, g.poster_user_id) = k.key AND g.late_cancellation) AS late_cancellations,
         r.ratings, r.paid_on_time, r.as_described
       FROM unnest($1::uuid[]) AS k(key)
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS ratings, count(*) FILTER (WHERE on_time)::int AS paid_on_time,
                count(*) FILTER (WHERE as_agreed)::int AS as_described
           FROM gig_ratings WHERE side = $2 AND COALESCE(employer_id, ratee_user_id) = k.key) r ON true`,
      [ids, GigRatingSide.WORKER],
    );
    for (const r of rows)
      out.set(
        r.key,
        posterGigCredit({
          settlements: r.settlements,
          paidConfirmed: r.paid_confirmed,
          unpaidAlerts: r.unpaid_alerts,
          disputesReferred: r.referred,
          lateCancellations: r.late_cancellations,
          ratings: r.ratings,
          paidOnTimeYes: r.paid_on_time,
          asDescribedYes: r.as_described,
        }),
      );
    return out;
  }

  /** Workers' reliability by user id. */
  async workerGrades(userIds: readonly string[], db: DataSource | EntityManager = this.ds): Promise<Map<string, GigGradeResult>> {
    const ids = [...new Set(userIds)];
    const out = new Map<string, GigGradeResult>();
    if (!ids.length) return out;
    const rows: {
      id: string;
      gigs: number;
      attended: number;
      no_shows: number;
      late: number;
      ratings: number;
      arrived: number;
      worked: number;
    }[] = await db.query(
      `SELECT w.id,
         count(a.id) FILTER (WHERE (a.status = 'ACCEPTED' AND g.closed_out_at IS NOT NULL) OR a.status = 'LATE_WITHDRAWN')::int AS gigs,
         count(a.id) FILTER (WHERE EXISTS (SELECT 1 FROM gig_attendances t WHERE t.assignment_id = a.id))::int AS attended,
         count(a.id) FILTER (WHERE a.no_show)::int AS no_shows,
         count(a.id) FILTER (WHERE a.status = 'LATE_WITHDRAWN')::int AS late,
         max(r.ratings) AS ratings, max(r.arrived) AS arrived, max(r.worked) AS worked
       FROM unnest($1::uuid[]) AS w(id)
       LEFT JOIN gig_assignments a ON a.worker_user_id = w.id
       LEFT JOIN gigs g ON g.id = a.gig_id
       LEFT JOIN LATERAL (
         SELECT count(*)::int AS ratings, count(*) FILTER (WHERE on_time)::int AS arrived, count(*) FILTER (WHERE as_agreed)::int AS worked
           FROM gig_ratings WHERE side = $2 AND ratee_user_id = w.id) r ON true
       GROUP BY w.id`,
      [ids, GigRatingSide.POSTER],
    );
    for (const r of rows)
      out.set(
        r.id,
        workerReliability({
          gigs: r.gigs,
          attended: r.attended,
          noShows: r.no_shows,
          lateWithdrawals: r.late,
          ratings: r.ratings ?? 0,
          arrivedYes: r.arrived ?? 0,
          workedYes: r.worked ?? 0,
        }),
      );
    return out;
  }

  /** Keeps the worker's stored grade (which orders who is told of a gig first) in step with their record. */
  async refreshWorkerGrade(userId: string, db: DataSource | EntityManager = this.ds): Promise<void> {
    const grade = (await this.workerGrades([userId], db)).get(userId)?.grade ?? 'NEW';
    await db.query(`UPDATE gig_preferences SET grade = $2 WHERE user_id = $1 AND grade <> $2`, [userId, grade]);
  }

  /** Display names: employers' names, individual posters' "个人雇主·王" (surname only), workers' account names. */
  async posterNames(gigs: readonly GigEntity[]): Promise<Map<string, string>> {
    const employerIds = [...new Set(gigs.map((g) => g.employerId).filter((x): x is string => !!x))];
    const individuals = [...new Set(gigs.filter((g) => !g.employerId).map((g) => g.posterUserId))];
    const out = new Map<string, string>();
    if (employerIds.length) {
      const rows: { id: string; name: string }[] = await this.ds.query(`SELECT id, name FROM employers WHERE id = ANY($1::uuid[])`, [
        employerIds,
      ]);
      for (const r of rows) out.set(r.id, r.name);
    }
    if (individuals.length) {
      const rows: { user_id: string; real_name: string }[] = await this.ds.query(
        `SELECT user_id, real_name FROM gig_posters WHERE user_id = ANY($1::uuid[])`,
        [individuals],
      );
      for (const r of rows) out.set(r.user_id, `个人雇主·${[...r.real_name][0]}**`);
    }
    return out;
  }

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows: { id: string; display_name: string }[] = await this.ds.query(
      `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** Gig models for a list of gigs (two or three statements whatever the number). */
  async gigModels(gigs: readonly GigEntity[], distances?: Map<string, number>): Promise<GigModel[]> {
    const [names, grades] = await Promise.all([this.posterNames(gigs), this.posterGrades(gigs.map(posterKey))]);
    const now = this.clock.now();
    return gigs.map((g) =>
      gigModel(g, now, {
        posterName: names.get(posterKey(g)) ?? '',
        posterGrade: grades.get(posterKey(g)) ?? NEW_GRADE,
        distanceMeters: distances?.get(g.id) ?? null,
      }),
    );
  }

  /** Assignment models with their days, names, grades, waiting-list places and (optionally) their gigs. */
  async assignmentModels(viewer: AuthUser, assignments: readonly GigAssignmentEntity[], withGigs: boolean): Promise<GigAssignmentModel[]> {
    if (!assignments.length) return [];
    const ids = assignments.map((a) => a.id);
    const gigIds = [...new Set(assignments.map((a) => a.gigId))];
    const [attendance, names, grades, ratings, waitlist, gigs] = await Promise.all([
      this.ds.getRepository(GigAttendanceEntity).findBy({ assignmentId: In(ids) }),
      this.userNames(assignments.map((a) => a.workerUserId)),
      this.workerGrades(assignments.map((a) => a.workerUserId)),
      this.ds.getRepository(GigRatingEntity).findBy({ assignmentId: In(ids), raterUserId: viewer.id }),
      this.ds.query(
        `SELECT id, row_number() OVER (PARTITION BY gig_id ORDER BY created_at, id)::int AS position
           FROM gig_assignments WHERE gig_id = ANY($1::uuid[]) AND status = 'WAITLISTED'`,
        [gigIds],
      ) as Promise<{ id: string; position: number }[]>,
      withGigs ? this.ds.getRepository(GigEntity).findBy({ id: In(gigIds) }) : Promise.resolve([] as GigEntity[]),
    ]);
    const gigModels = new Map((await this.gigModels(gigs)).map((g) => [g.id, g]));
    const positions = new Map(waitlist.map((w) => [w.id, w.position]));
    const rated = new Set(ratings.map((r) => r.assignmentId));
    return assignments.map((a) =>
      assignmentModel(a, {
        workerName: names.get(a.workerUserId) ?? '',
        workerGrade: grades.get(a.workerUserId) ?? NEW_GRADE,
        attendance: attendance.filter((t) => t.assignmentId === a.id),
        waitlistPosition: positions.get(a.id) ?? null,
        ratedByMe: rated.has(a.id),
        gig: gigModels.get(a.gigId) ?? null,
      }),
    );
  }
}
