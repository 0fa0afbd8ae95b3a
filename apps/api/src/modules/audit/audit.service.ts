import { AuditAction, AuditTargetType, Role } from '@jobbridge/contracts';
import { decodeCursor, encodeCursor, regionPrefix } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { forbidden, invalid } from '../../common/errors/app-error';
import { Page, toPage } from '../../common/graphql/connection';
import { AuditOrigin, currentOrigin } from './audit-context';
import { scrubPii, scrubText } from './audit-pii';
import { AuditLogEntity } from './audit-log.entity';
import type { AuditLogFilter } from './dto/audit.dto';

/** Most entries one CSV export holds; narrower filters export the rest. */
export const MAX_AUDIT_EXPORT_ROWS = 10_000;

export interface AuditEntry {
  /** Who acted; null for the system itself. */
  actor: Pick<AuthUser, 'id' | 'role' | 'displayName'> | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  /** The region the target belongs to (officers of that region and above read the entry). */
  regionCode: string | null;
  /** Only the fields the action changed; personal data is masked or left out here (audit-pii.ts). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
  /** Defaults to the HTTP request being handled (client address, request id); sockets pass their own. */
  origin?: AuditOrigin;
}

/**
 * The append-only audit trail. `record` inserts one entry, in the caller's transaction when it passes its
 * EntityManager, so a rolled-back action leaves no entry and a committed one always has one. Nothing here updates or
 * deletes, and the database refuses it anyway (trigger in migration 1764500000000).
 */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  async record(em: EntityManager | null, entry: AuditEntry): Promise<void> {
    const origin = entry.origin ?? currentOrigin();
    const reason = entry.reason?.trim();
    // insert, never save: an entry is written once and never read back into an update. The time is the database's
    // (one clock for every API process), to the microsecond.
    await (em ?? this.ds.manager).insert(AuditLogEntity, {
      occurredAt: () => 'clock_timestamp()',
      actorUserId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      actorName: entry.actor?.displayName.slice(0, 60) ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId.slice(0, 64),
      regionCode: entry.regionCode,
      before: entry.before ? (scrubPii(entry.before) as AuditLogEntity['before']) : null,
      after: entry.after ? (scrubPii(entry.after) as AuditLogEntity['after']) : null,
      reason: reason ? scrubText(reason).slice(0, 500) : null,
      clientIp: origin.clientIp,
      requestId: origin.requestId,
    });
  }

  /** Newest first, keyset on (occurred_at, id). Admins read everything; officers their region and below. */
  async list(user: AuthUser, filter: AuditLogFilter | undefined, first: number, after?: string): Promise<Page<AuditLogEntity>> {
    const qb = this.query(user, filter);
    const total = await qb.clone().getCount();
    if (after) {
      const c = decodeCursor(after);
      if (!c || c.length !== 2 || typeof c[0] !== 'string' || typeof c[1] !== 'string' || !isCursorInstant(c[0]) || !UUID.test(c[1])) {
        throw invalid('after', '分页游标无效');
      }
      qb.andWhere('(a.occurred_at, a.id) < (:c0::timestamptz, :c1::uuid)', { c0: c[0], c1: c[1] });
    }
    // The cursor keeps the stored microseconds (a JS Date has milliseconds only), so no entry is skipped or repeated.
    const { entities, raw } = await qb
      .addSelect(`to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    const rows = entities.map((entry, i) => ({ entry, at: raw[i].cursor_at }));
    const page = toPage(rows, first, total, (r) => encodeCursor([r.at, r.entry.id]));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.entry })) };
  }

  /** The entries the caller may read under the filter, newest first, at most MAX_AUDIT_EXPORT_ROWS. */
  async export(user: AuthUser, filter: AuditLogFilter | undefined): Promise<{ rows: AuditLogEntity[]; truncated: boolean }> {
    const rows = await this.query(user, filter)
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(MAX_AUDIT_EXPORT_ROWS + 1)
      .getMany();
    return { rows: rows.slice(0, MAX_AUDIT_EXPORT_ROWS), truncated: rows.length > MAX_AUDIT_EXPORT_ROWS };
  }

  private query(user: AuthUser, f: AuditLogFilter | undefined): SelectQueryBuilder<AuditLogEntity> {
    const qb = this.ds.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (user.role === Role.OFFICER && user.regionCode) {
      qb.where('a.region_code LIKE :scope', { scope: `${regionPrefix(user.regionCode)}%` });
    } else if (user.role !== Role.ADMIN) {
      throw forbidden();
    }
    if (!f) return qb;
    if (f.from && f.to && f.from > f.to) throw invalid('filter.from', '开始时间不能晚于结束时间');
    if (f.action) qb.andWhere('a.action = :action', { action: f.action });
    if (f.actorId) qb.andWhere('a.actor_user_id = :actor', { actor: f.actorId });
    if (f.targetType) qb.andWhere('a.target_type = :targetType', { targetType: f.targetType });
    if (f.targetId) qb.andWhere('a.target_id = :targetId', { targetId: f.targetId });
    if (f.from) qb.andWhere('a.occurred_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('a.occurred_at < :to', { to: f.to });
    return qb;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The instant in a cursor, exactly as list() writes it (UTC, up to microseconds). */
const CURSOR_AT = /^(19[7-9]\d|2\d{3})-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/;
/** A real calendar instant (JS rolls 2026-02-30 over to March; PostgreSQL would refuse it). */
const isCursorInstant = (s: string) =>
  CURSOR_AT.test(s) && !Number.isNaN(Date.parse(s)) && new Date(Date.parse(s)).toISOString().slice(0, 19) === s.slice(0, 19);
