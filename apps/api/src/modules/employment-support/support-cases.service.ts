import {
  ApplicationStatus,
  AuditAction,
  AuditTargetType,
  CaseloadFilter,
  ErrorCode,
  SupportCaseKind,
  SupportCaseStatus,
} from '@jobbridge/contracts';
import { chinaIsoDateOf, decodeCursor, DUE_SOON_DAYS, encodeCursor, nextFollowUpDue, SUPPORT_DIFFICULTY_GROUPS } from '@jobbridge/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { inBackground } from '../../common/database/background';
import { entityFromRow } from '../../common/database/entity-from-row';
import { AppError, invalid } from '../../common/errors/app-error';
import { Page, toPage } from '../../common/graphql/connection';
import { ApplicationChanged, ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import { oversightRegion, regionLike } from '../oversight/region-scope';
import { CaseloadArgs } from './dto/employment-support.input';
import { SupportCaseEntity } from './employment-support.entity';
import { caseSelect, CasePersonColumns, zeroEmploymentSql } from './support-sql';

/** How often every region's difficulty cases are opened and hired people's cases closed, in the background. */
const SWEEP_MS = 5 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CaseRow = { kase: SupportCaseEntity; person: CasePersonColumns };

/** Which open cases a closing pass looks at. */
export interface HireScope {
  regionCode?: string | null;
  userId?: string;
  caseId?: string;
}

/**
 * The caseload (帮扶台账, issue 14). Cases open with a registration (UnemploymentRegistrationsService) or here, by an
 * idempotent INSERT … SELECT over difficulty-group seekers without a hire; they close as EMPLOYED on a hire. Both passes
 * are plain SQL over the hiring data, run on every read of a region (and every few minutes for all), so a case is
 * exact even when the in-process 'application.changed' event was missed (a crash between commit and event). The event
 * only makes the close immediate.
 */
@Injectable()
export class SupportCasesService implements OnModuleInit, OnModuleDestroy, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SupportCasesService.name);
  private sweeper?: NodeJS.Timeout;

  private readonly onApplicationChanged = (e: ApplicationChanged) => {
    if (e.status !== ApplicationStatus.HIRED) return;
    void this.closeOnHires({ userId: e.seekerUserId }).catch((err) => this.logger.warn(`support cases on hire: ${err}`));
  };

  constructor(
    private readonly ds: DataSource,
    private readonly applications: ApplicationsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.applications.events.on('application.changed', this.onApplicationChanged);
  }

  onModuleDestroy(): void {
    this.applications.events.off('application.changed', this.onApplicationChanged);
  }

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(
      () =>
        void inBackground(async () => {
          await this.openDifficultyCases(null);
          await this.closeOnHires({});
        }).catch((e) => this.logger.warn(`support sweep: ${e}`)),
      SWEEP_MS,
    );
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /**
   * Opens a DIFFICULTY case for each seeker of the region (null: everywhere) in a difficulty group (libs/domain
   * SUPPORT_DIFFICULTY_GROUPS) or a zero-employment household who has no hire and has never had a case. One statement;
   * the open-case unique index makes two sweeps at once open one case. Returns how many it opened.
   */
  async openDifficultyCases(regionCode: string | null, now = new Date()): Promise<number> {
    const today = chinaIsoDateOf(now);
    const made: { id: string }[] = await this.ds.query(
      `INSERT INTO support_cases (seeker_profile_id, user_id, kind, region_code, opened_on, next_follow_up_due)
       SELECT p.id, p.user_id, $1, reg.code, $2::date, $3::date
         FROM job_seeker_profiles p
         JOIN LATERAL (SELECT CASE WHEN length(x.code) = 9 THEN left(x.code, 6) ELSE x.code END AS code
                         FROM (SELECT coalesce(p.residence_region_code, p.hukou_region_code) AS code) x) reg ON reg.code IS NOT NULL
         JOIN regions rg ON rg.code = reg.code
        WHERE ($4::text IS NULL OR reg.code LIKE $4)
          AND (p.priority_groups && $5::text[]
               OR EXISTS (SELECT 1 FROM households h WHERE h.head_id_number_hash = p.id_number_hash AND ${zeroEmploymentSql('h')})
               OR EXISTS (SELECT 1 FROM unemployment_registrations ur JOIN households h ON h.id = ur.household_id
                           WHERE ur.seeker_profile_id = p.id AND ${zeroEmploymentSql('h')}))
          AND NOT EXISTS (SELECT 1 FROM support_cases c WHERE c.seeker_profile_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.seeker_profile_id = p.id AND a.status = 'HIRED')
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        SupportCaseKind.DIFFICULTY,
        today,
        nextFollowUpDue(today, null),
        regionCode ? regionLike(regionCode) : null,
        [...SUPPORT_DIFFICULTY_GROUPS],
      ],
    );
    return made.length;
  }

  /**
   * Closes, as EMPLOYED, the open cases whose person was hired on the platform after the case opened (the application
   * recorded on the case), with their registrations; each close is audited as the system's. Returns the cases closed.
   */
  async closeOnHires(scope: HireScope): Promise<{ id: string; regionCode: string; applicationId: string }[]> {
    if (scope.caseId && !UUID.test(scope.caseId)) return [];
    return this.ds.transaction(async (em) => {
      const closed: { id: string; region_code: string; employed_by_application_id: string; registration_id: string | null }[] =
        await em.query(
          `WITH hired AS (
             SELECT DISTINCT ON (c.id) c.id AS case_id, a.id AS application_id
               FROM support_cases c
               JOIN applications a ON a.seeker_profile_id = c.seeker_profile_id AND a.status = 'HIRED'
               JOIN LATERAL (SELECT coalesce(min(e.created_at), a.updated_at) AS hired_at FROM application_events e
                              WHERE e.application_id = a.id AND e.to_status = 'HIRED') h ON true
              WHERE c.status = 'OPEN' AND h.hired_at >= c.created_at
                AND ($1::text IS NULL OR c.region_code LIKE $1) AND ($2::uuid IS NULL OR c.user_id = $2) AND ($3::uuid IS NULL OR c.id = $3)
              ORDER BY c.id, h.hired_at),
           closed AS (
             UPDATE support_cases c SET status = 'CLOSED', outcome = 'EMPLOYED', closed_at = now(), employed_by_application_id = hired.application_id
               FROM hired WHERE c.id = hired.case_id AND c.status = 'OPEN'
             RETURNING c.id, c.region_code, c.employed_by_application_id, c.registration_id),
           registrations AS (
             UPDATE unemployment_registrations r SET status = 'CLOSED', closed_reason = 'EMPLOYED', closed_at = now(),
                    closed_by_application_id = closed.employed_by_application_id
               FROM closed WHERE r.id = closed.registration_id AND r.status = 'ACTIVE' RETURNING r.id)
           SELECT closed.*, (SELECT count(*) FROM registrations)::int AS registrations_closed FROM closed`,
          [scope.regionCode ? regionLike(scope.regionCode) : null, scope.userId ?? null, scope.caseId ?? null],
        );
      for (const c of closed) {
        await this.audit.record(em, {
          actor: null,
          action: AuditAction.SUPPORT_CASE_CLOSED,
          targetType: AuditTargetType.SUPPORT_CASE,
          targetId: c.id,
          regionCode: c.region_code,
          after: { outcome: 'EMPLOYED', applicationId: c.employed_by_application_id, registrationId: c.registration_id },
          reason: '平台录用',
        });
      }
      return closed.map((c) => ({ id: c.id, regionCode: c.region_code, applicationId: c.employed_by_application_id }));
    });
  }

  /**
   * The caseload of the region asked for (the officer's own by default; admins everything): DUE cases (overdue, due
   * within DUE_SOON_DAYS, or never contacted) and OPEN ones by due date, the earliest first; CLOSED ones newest first.
   */
  async caseload(user: AuthUser, args: CaseloadArgs, now = new Date()): Promise<Page<CaseRow>> {
    const region = oversightRegion(user, args.regionCode);
    await this.openDifficultyCases(region, now);
    await this.closeOnHires({ regionCode: region });
    const first = args.first ?? 20;
    const filter = args.filter ?? CaseloadFilter.DUE;
    const closed = filter === CaseloadFilter.CLOSED;
    const params: unknown[] = [region ? regionLike(region) : null, closed ? SupportCaseStatus.CLOSED : SupportCaseStatus.OPEN];
    let where = `($1::text IS NULL OR c.region_code LIKE $1) AND c.status = $2`;
    if (filter === CaseloadFilter.DUE) {
      params.push(chinaIsoDateOf(now));
      where += ` AND (c.next_follow_up_due <= $${params.length}::date + ${DUE_SOON_DAYS} OR c.last_contact_on IS NULL)`;
    }
    const [{ n }]: { n: number }[] = await this.ds.query(`SELECT count(*)::int AS n FROM support_cases c WHERE ${where}`, params);
    let page = where;
    if (args.after) {
      const c = decodeCursor(args.after);
      if (
        !c ||
        c.length !== 2 ||
        typeof c[0] !== 'string' ||
        typeof c[1] !== 'string' ||
        !UUID.test(c[1]) ||
        Number.isNaN(Date.parse(c[0]))
      ) {
        throw invalid('after', '分页游标无效');
      }
      params.push(c[0], c[1]);
      page += closed
        ? ` AND (c.closed_at, c.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`
        : ` AND (c.next_follow_up_due, c.id) > ($${params.length - 1}::date, $${params.length}::uuid)`;
    }
    const order = closed ? `c.closed_at DESC, c.id DESC` : `c.next_follow_up_due ASC, c.id ASC`;
    const cursorKey = closed ? `to_char(c.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : `c.next_follow_up_due::text`;
    const rows: (Record<string, unknown> & CasePersonColumns & { cursor_key: string })[] = await this.ds.query(
      `${caseSelect(`${cursorKey} AS cursor_key`)} WHERE ${page} ORDER BY ${order} LIMIT ${first + 1}`,
      params,
    );
    const list = rows.map((r) => ({ row: this.toRow(r), key: r.cursor_key }));
    const result = toPage(list, first, n, (x) => encodeCursor([x.key, x.row.kase.id]));
    return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: e.node.row })) };
  }

  /** One case, for officers over its region, admins, and the person it is about; closed first if a hire ended it. */
  async get(user: AuthUser, id: string): Promise<CaseRow> {
    const row = await this.find(id);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND, '帮扶对象不存在', 'id');
    if (!this.mayView(user, row.kase)) throw new AppError(ErrorCode.FORBIDDEN, '该帮扶对象不在您的辖区', 'id');
    if (row.kase.status !== SupportCaseStatus.OPEN) return row;
    // Read again after the pass: it may have closed the case, or waited for another pass (the hire event's) that did.
    await this.closeOnHires({ caseId: id });
    return (await this.find(id)) ?? row;
  }

  mayView(user: AuthUser | undefined, c: Pick<SupportCaseEntity, 'regionCode' | 'userId'>): boolean {
    return !!user && (officerCovers(user, c.regionCode) || isAdmin(user) || user.id === c.userId);
  }

  async find(id: string, db: DataSource | EntityManager = this.ds): Promise<CaseRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await db.query(`${caseSelect()} WHERE c.id = $1`, [id]);
    return row ? this.toRow(row) : null;
  }

  /** The case a registration opened (or took over). */
  async ofRegistration(registrationId: string): Promise<CaseRow | null> {
    const [row] = await this.ds.query(`${caseSelect()} WHERE c.registration_id = $1 ORDER BY c.created_at DESC LIMIT 1`, [registrationId]);
    return row ? this.toRow(row) : null;
  }

  private toRow(r: Record<string, unknown>): CaseRow {
    return { kase: entityFromRow(this.ds, SupportCaseEntity, r), person: r as unknown as CasePersonColumns };
  }
}
