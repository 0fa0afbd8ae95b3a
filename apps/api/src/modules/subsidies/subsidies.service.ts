import { AuditAction, AuditTargetType, ErrorCode, Role, SubsidyDecision, SubsidyStatus } from '@jobbridge/contracts';
import { encodeCursor, type SubsidyPack, type SubsidyRule } from '@jobbridge/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { inBackground } from '../../common/database/background';
import { entityFromRow } from '../../common/database/entity-from-row';
import { AppError, forbidden, invalid, notFound } from '../../common/errors/app-error';
import { keysetCursor, Page, toPage } from '../../common/graphql/connection';
import { ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import { EmployersService } from '../employers/employers.service';
import { oversightRegion, regionLike } from '../oversight/region-scope';
import { DecideSubsidyInput, SubsidyPaymentBatchInput, SubsidyProposalsArgs, SupplySubsidyItemInput } from './dto/subsidy.input';
import { CERTIFICATE_QUERY, EVENT_QUERIES, SubsidyEventRow } from './subsidy-events';
import { judgeSubsidyEvent, logSubsidyStep, SubsidyAuditAction } from './subsidy-judge';
import { chinaDate, paymentCsv, PaymentCsvRow } from './subsidy-format';
import { SUBSIDY_PACKS } from './subsidy-packs.provider';
import { SubsidyPaymentBatchEntity, SubsidyPaymentEntity, SubsidyProposalEntity } from './subsidy.entity';

const SWEEP_MS = 60_000;
const BATCH = 200;

/** What an employer or worker sees of their subsidies, with totals by state. */
export interface MySubsidies {
  proposals: SubsidyProposalEntity[];
  pendingFen: number;
  approvedFen: number;
  paidFen: number;
}

/**
 * Subsidies found from events (issue 14): the engine in libs/domain judges every hire, tenure, internship month,
 * certificate and layoff filing it finds (a sweep each minute, and at once on a hire), and stores what it proposes with
 * its evidence; officers decide; approved ones are paid in batches with an export file; every step is audited.
 *
 * Exactly-once under concurrency: each event is claimed by inserting its key into `subsidy_events` in the judging
 * transaction; the subject's proposals are read under a transaction-scoped advisory lock on the subject (so yearly caps
 * hold when two processes judge two events of one person); and the unique indexes refuse a second proposal of a rule
 * for a subject and period, or a second of an exclusive group.
 */
@Injectable()
export class SubsidiesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SubsidiesService.name);
  private sweeper?: NodeJS.Timeout;
  private sweeping: Promise<number> | null = null;
  private readonly rules = new Map<string, { rule: SubsidyRule; pack: SubsidyPack }>();

  constructor(
    private readonly ds: DataSource,
    @Inject(SUBSIDY_PACKS) readonly packs: readonly SubsidyPack[],
    private readonly applications: ApplicationsService,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
  ) {
    for (const pack of packs) for (const rule of pack.rules) this.rules.set(rule.id, { rule, pack });
  }

  onApplicationBootstrap(): void {
    this.applications.events.on('application.changed', (e) => {
      if (e.status === 'HIRED')
        void inBackground(() => this.judgeApplication(e.applicationId)).catch((err) => this.logger.warn(`subsidies: ${err}`));
    });
    this.sweeper = setInterval(() => void this.sweep().catch((e) => this.logger.warn(`subsidies sweep: ${e}`)), SWEEP_MS);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  ruleOf(ruleId: string): { rule: SubsidyRule; pack: SubsidyPack } | undefined {
    return this.rules.get(ruleId);
  }

  /** Judges every event not judged yet (one sweep at a time per process); returns the proposals made. */
  sweep(now = new Date()): Promise<number> {
    this.sweeping ??= (async () => {
      let made = 0;
      try {
        for (const q of EVENT_QUERIES)
          for (;;) {
            const rows = await this.ds.query(q.sql, [BATCH, null, now]);
            for (const r of rows) made += await this.judge(q.map(r));
            if (rows.length < BATCH) break;
          }
        return made;
      } finally {
        this.sweeping = null;
      }
    })();
    return this.sweeping;
  }

  /** Judges the events of one application now (its hire, and any tenure or internship month already reached). */
  async judgeApplication(applicationId: string, now = new Date()): Promise<number> {
    let made = 0;
    for (const q of EVENT_QUERIES.slice(0, 3)) {
      const rows = await this.ds.query(q.sql, [BATCH, applicationId, now]);
      for (const r of rows) made += await this.judge(q.map(r));
    }
    return made;
  }

  /** One event, in one transaction (see judgeSubsidyEvent). */
  judge(row: SubsidyEventRow): Promise<number> {
    return this.ds.transaction((em) => judgeSubsidyEvent(em, row, this.packs));
  }

  private log(
    em: EntityManager,
    proposalId: string,
    action: SubsidyAuditAction,
    actorUserId: string | null,
    actorName: string,
    packId: string,
    ruleId: string,
    note: string | null,
  ) {
    return logSubsidyStep(em, proposalId, action, actorUserId, actorName, packId, ruleId, note);
  }

  // ——— The officer's queue ———

  async queue(user: AuthUser, args: SubsidyProposalsArgs): Promise<Page<SubsidyProposalEntity>> {
    const region = oversightRegion(user, args.regionCode);
    const first = args.first ?? 20;
    const qb = this.ds.getRepository(SubsidyProposalEntity).createQueryBuilder('s');
    if (region) qb.where('s.region_code LIKE :r', { r: regionLike(region) });
    if (args.status?.length) qb.andWhere('s.status IN (:...st)', { st: args.status });
    if (args.ruleId) qb.andWhere('s.rule_id = :rule', { rule: args.ruleId });
    const total = await qb.clone().getCount();
    if (args.after) {
      const [at, id] = keysetCursor(args.after);
      qb.andWhere(
        '(s.created_at, s.id) > (COALESCE((SELECT c.created_at FROM subsidy_proposals c WHERE c.id = :c1::uuid), :c0::timestamptz), :c1::uuid)',
        {
          c0: at,
          c1: id,
        },
      );
    }
    const rows = await qb
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(first + 1)
      .getMany();
    return toPage(rows, first, total, (r) => encodeCursor([r.createdAt.toISOString(), r.id]));
  }

  /**
   * Approve, reject (with a reason) or ask for one missing item, for one proposal or a batch: all or nothing, in one
   * transaction, each checked in the officer's region. Repeating the same decision (a double tap) changes nothing; a
   * different one after a decision is refused, and nothing changes once paid.
   */
  async decide(user: AuthUser, input: DecideSubsidyInput): Promise<SubsidyProposalEntity[]> {
    const reason = input.reason?.trim() || null;
    const item = input.item?.trim() || null;
    if (input.decision === SubsidyDecision.REJECT && !reason) throw invalid('reason', '驳回须填写理由');
    if (input.decision === SubsidyDecision.REQUEST_INFO && !item) throw invalid('item', '请写明需要补充的材料');
    const ids = [...new Set(input.ids)];
    const target = { APPROVE: SubsidyStatus.APPROVED, REJECT: SubsidyStatus.REJECTED, REQUEST_INFO: SubsidyStatus.INFO_REQUESTED }[
      input.decision
    ];
    return this.ds.transaction(async (em) => {
      const rows = await em
        .getRepository(SubsidyProposalEntity)
        .find({ where: ids.map((id) => ({ id })), lock: { mode: 'pessimistic_write' } });
      if (rows.length !== ids.length) throw notFound('补贴');
      for (const p of rows) {
        if (!isAdmin(user) && !officerCovers(user, p.regionCode))
          throw new AppError(ErrorCode.FORBIDDEN, `补贴“${p.ruleName}”不在您的辖区`, 'ids');
        if (p.status === SubsidyStatus.PAID)
          throw new AppError(ErrorCode.SUBSIDY_ALREADY_PAID, `“${p.ruleName}”（${p.personName ?? ''}）已发放，不能再更改`, 'ids');
        const repeat = p.status === target && (target !== SubsidyStatus.INFO_REQUESTED || p.requestedItem === item);
        if (repeat) continue;
        if (p.status !== SubsidyStatus.PROPOSED && p.status !== SubsidyStatus.INFO_REQUESTED)
          throw new AppError(ErrorCode.SUBSIDY_ALREADY_DECIDED, `“${p.ruleName}”（${p.personName ?? ''}）已审核，不能再作其他决定`, 'ids');
        if (target === SubsidyStatus.APPROVED && p.amountFen <= 0)
          throw new AppError(ErrorCode.VALIDATION_FAILED, `“${p.ruleName}”金额待核（${p.amountNote}），请先补充材料`, 'ids');
      }
      const now = new Date();
      const changed: SubsidyProposalEntity[] = [];
      for (const p of rows) {
        if (p.status === target) continue;
        p.status = target;
        p.decidedByUserId = user.id;
        p.decidedAt = now;
        if (target === SubsidyStatus.REJECTED) p.decisionReason = reason;
        if (target === SubsidyStatus.APPROVED) p.decisionReason = reason;
        if (target === SubsidyStatus.INFO_REQUESTED) {
          p.requestedItem = item;
          p.supplied = null;
        }
        changed.push(p);
      }
      if (changed.length) {
        await em.getRepository(SubsidyProposalEntity).save(changed);
        for (const p of changed)
          await this.log(
            em,
            p.id,
            input.decision === 'APPROVE' ? 'APPROVED' : input.decision === 'REJECT' ? 'REJECTED' : 'INFO_REQUESTED',
            user.id,
            user.displayName,
            p.packId,
            p.ruleId,
            reason ?? item,
          );
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.SUBSIDY_DECIDED,
          targetType: AuditTargetType.SUBSIDY,
          targetId: changed.length === 1 ? changed[0].id : `batch:${changed.length}`,
          regionCode: changed[0].regionCode,
          after: {
            decision: input.decision,
            count: changed.length,
            ids: changed.map((p) => p.id).slice(0, 50),
            packs: [...new Set(changed.map((p) => p.packId))],
          },
          reason: reason ?? item,
        });
      }
      const order = new Map(ids.map((id, i) => [id, i]));
      return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    });
  }

  /** The beneficiary answers a request for an item (employer team for employer subsidies, the worker for their own). */
  async supply(user: AuthUser, input: SupplySubsidyItemInput): Promise<SubsidyProposalEntity> {
    const text = input.text.trim();
    if (!text) throw invalid('text', '请填写补充说明');
    return this.ds.transaction(async (em) => {
      const p = await em.getRepository(SubsidyProposalEntity).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!p || !(await this.isBeneficiary(user, p))) throw notFound('补贴');
      if (p.status !== SubsidyStatus.INFO_REQUESTED)
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '该补贴当前无需补充材料', 'id');
      p.supplied = text;
      p.status = SubsidyStatus.PROPOSED;
      await em.save(p);
      await this.log(em, p.id, 'INFO_SUPPLIED', user.id, user.displayName, p.packId, p.ruleId, text);
      return p;
    });
  }

  /**
   * Pays the approved proposals of a region (or the listed ones) in one batch: payment records with references, the
   * proposals PAID, one audit entry. A retry with the same key returns the first batch.
   */
  async pay(user: AuthUser, input: SubsidyPaymentBatchInput, now = new Date()): Promise<SubsidyPaymentBatchEntity> {
    const region = oversightRegion(user, input.regionCode);
    if (!region) throw invalid('regionCode', '请选择发放地区');
    if (input.idempotencyKey) {
      const first = await this.ds
        .getRepository(SubsidyPaymentBatchEntity)
        .findOneBy({ idempotencyKey: input.idempotencyKey, createdByUserId: user.id });
      if (first) return first;
    }
    return this.ds.transaction(async (em) => {
      const params: unknown[] = [regionLike(region)];
      let filter = '';
      if (input.ids?.length) {
        params.push(input.ids);
        filter = `AND id = ANY($2)`;
      }
      const rows: Record<string, unknown>[] = await em.query(
        `SELECT * FROM subsidy_proposals WHERE region_code LIKE $1 AND status = 'APPROVED' ${filter} ORDER BY created_at, id FOR UPDATE`,
        params,
      );
      // A concurrent tap with the same key may have paid these proposals while this one waited on their locks.
      if (input.idempotencyKey) {
        const first = await em
          .getRepository(SubsidyPaymentBatchEntity)
          .findOneBy({ idempotencyKey: input.idempotencyKey, createdByUserId: user.id });
        if (first) return first;
      }
      if (input.ids?.length && rows.length !== new Set(input.ids).size)
        throw new AppError(ErrorCode.VALIDATION_FAILED, '所选补贴中有未审核通过、已发放或不在该地区的，请刷新后重试', 'ids');
      if (!rows.length) throw new AppError(ErrorCode.VALIDATION_FAILED, '没有待发放的已审核补贴', 'regionCode');
      const proposals = rows.map((r) => entityFromRow(this.ds, SubsidyProposalEntity, r));
      const paidOn = chinaDate(now);
      const [{ n }] = await em.query(`SELECT count(*)::int + 1 AS n FROM subsidy_payment_batches WHERE region_code = $1 AND paid_on = $2`, [
        region,
        paidOn,
      ]);
      const reference = `BT-${region}-${paidOn.replace(/-/g, '')}-${n}`;
      const total = proposals.reduce((s, p) => s + BigInt(p.amountFen), 0n);
      const batch = await em.getRepository(SubsidyPaymentBatchEntity).save(
        em.getRepository(SubsidyPaymentBatchEntity).create({
          reference,
          regionCode: region,
          paidOn,
          count: proposals.length,
          totalFen: total.toString(),
          createdByUserId: user.id,
          idempotencyKey: input.idempotencyKey ?? null,
        }),
      );
      await em.getRepository(SubsidyPaymentEntity).insert(
        proposals.map((p, i) => ({
          proposalId: p.id,
          batchId: batch.id,
          reference: `${reference}-${String(i + 1).padStart(4, '0')}`,
          amountFen: p.amountFen,
          paidOn,
        })),
      );
      await em.query(`UPDATE subsidy_proposals SET status = 'PAID', updated_at = now() WHERE id = ANY($1)`, [proposals.map((p) => p.id)]);
      for (const p of proposals) await this.log(em, p.id, 'PAID', user.id, user.displayName, p.packId, p.ruleId, reference);
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.SUBSIDY_PAID,
        targetType: AuditTargetType.SUBSIDY,
        targetId: batch.id,
        regionCode: region,
        after: { reference, count: proposals.length, totalFen: total.toString() },
      });
      return batch;
    });
  }

  async batches(user: AuthUser, regionCode?: string | null): Promise<SubsidyPaymentBatchEntity[]> {
    const region = oversightRegion(user, regionCode);
    const qb = this.ds.getRepository(SubsidyPaymentBatchEntity).createQueryBuilder('b').orderBy('b.created_at', 'DESC').take(100);
    if (region) qb.where('b.region_code LIKE :r', { r: regionLike(region) });
    return qb.getMany();
  }

  async requireBatch(user: AuthUser, id: string): Promise<SubsidyPaymentBatchEntity> {
    const batch = await this.ds.getRepository(SubsidyPaymentBatchEntity).findOneBy({ id });
    if (!batch) throw notFound('发放批次');
    oversightRegion(user, batch.regionCode);
    return batch;
  }

  /** The batch's file for the bank or finance system (layout in subsidy-format.ts and ADR 0018). */
  async exportBatch(user: AuthUser, batchId: string): Promise<string> {
    const batch = await this.requireBatch(user, batchId);
    const rows: Record<string, string | number>[] = await this.ds.query(
      `SELECT pay.reference, s.beneficiary, s.rule_name, s.citation, s.region_code, pay.amount_fen, to_char(pay.paid_on, 'YYYY-MM-DD') AS paid_on,
              to_char(s.decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS approved_on, u.display_name AS approved_by,
              e.name AS employer_name, e.credit_code, s.person_name, s.person_id_masked
         FROM subsidy_payments pay JOIN subsidy_proposals s ON s.id = pay.proposal_id
         LEFT JOIN employers e ON e.id = s.employer_id LEFT JOIN users u ON u.id = s.decided_by_user_id
        WHERE pay.batch_id = $1 ORDER BY pay.reference`,
      [batch.id],
    );
    const csvRows: PaymentCsvRow[] = rows.map((r) => {
      const citation = r.citation as unknown as { doc: string; clause: string };
      const employer = r.beneficiary === 'EMPLOYER';
      return {
        reference: String(r.reference),
        beneficiary: r.beneficiary as PaymentCsvRow['beneficiary'],
        payeeName: String((employer ? r.employer_name : r.person_name) ?? ''),
        payeeId: String((employer ? r.credit_code : r.person_id_masked) ?? ''),
        amountFen: Number(r.amount_fen),
        ruleName: String(r.rule_name),
        citation: `${citation.doc} ${citation.clause}`,
        regionCode: String(r.region_code),
        approvedBy: String(r.approved_by ?? ''),
        approvedOn: String(r.approved_on ?? ''),
        paidOn: String(r.paid_on),
      };
    });
    return paymentCsv(batch.reference, csvRows);
  }

  // ——— What people see ———

  private async isBeneficiary(user: AuthUser, p: SubsidyProposalEntity): Promise<boolean> {
    if (p.beneficiary === 'WORKER') return !!p.workerUserId && p.workerUserId === user.id;
    if (p.beneficiary === 'EMPLOYER')
      return user.role === Role.EMPLOYER && !!p.employerId && (await this.employers.actsFor(user, p.employerId));
    return false;
  }

  /** The employer's subsidies (every employer it acts for) or the worker's own; no form, no application. */
  async mine(user: AuthUser): Promise<MySubsidies> {
    let rows: SubsidyProposalEntity[];
    const repo = this.ds.getRepository(SubsidyProposalEntity);
    if (user.role === Role.EMPLOYER) {
      // The employer the user is on the team of (its owner is a member too).
      const employer = await this.employers.findForMember(user.id);
      rows = employer
        ? await repo
            .createQueryBuilder('s')
            .where('s.employer_id = :e', { e: employer.id })
            .andWhere(`s.beneficiary = 'EMPLOYER'`)
            .orderBy('s.created_at', 'DESC')
            .take(500)
            .getMany()
        : [];
    } else if (user.role === Role.JOB_SEEKER) {
      // A worker looking sees their certificates judged now, not at the next sweep.
      const certificates = EVENT_QUERIES[CERTIFICATE_QUERY];
      for (const r of await this.ds.query(certificates.sql, [BATCH, user.id, new Date()])) await this.judge(certificates.map(r));
      rows = await repo
        .createQueryBuilder('s')
        .where('s.worker_user_id = :u', { u: user.id })
        .andWhere(`s.beneficiary = 'WORKER'`)
        .orderBy('s.created_at', 'DESC')
        .take(500)
        .getMany();
    } else throw forbidden();
    const sum = (st: SubsidyStatus[]) => rows.filter((r) => st.includes(r.status)).reduce((s, r) => s + r.amountFen, 0);
    return {
      proposals: rows,
      pendingFen: sum([SubsidyStatus.PROPOSED, SubsidyStatus.INFO_REQUESTED]),
      approvedFen: sum([SubsidyStatus.APPROVED]),
      paidFen: sum([SubsidyStatus.PAID]),
    };
  }

  /**
   * The subsidies a hire brought, as the viewer may see them ("you will receive …"): the employer team sees the
   * employer's, the worker their own, officers of the region all. Judges the hire first if no process has yet.
   */
  async forApplication(user: AuthUser, applicationId: string, status: string): Promise<SubsidyProposalEntity[]> {
    if (status === 'HIRED') {
      const judged = await this.ds.query(`SELECT 1 FROM subsidy_events WHERE event_key = $1`, [`hire:${applicationId}`]);
      if (!judged.length) await this.judgeApplication(applicationId);
    }
    const rows = await this.ds
      .getRepository(SubsidyProposalEntity)
      .find({ where: { evidenceId: applicationId }, order: { createdAt: 'ASC' } });
    const out: SubsidyProposalEntity[] = [];
    for (const p of rows) {
      if (user.role === Role.OFFICER || isAdmin(user)) {
        if (isAdmin(user) || officerCovers(user, p.regionCode)) out.push(p);
      } else if (await this.isBeneficiary(user, p)) out.push(p);
    }
    return out;
  }
}
