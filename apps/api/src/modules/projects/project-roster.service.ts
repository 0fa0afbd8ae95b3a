import {
  AuditAction,
  AuditTargetType,
  BreachRule,
  ErrorCode,
  PriorityGroup,
  ProjectWorkerSource,
  RosterChange,
} from '@jobbridge/contracts';
import {
  encodeCursor,
  formatShare,
  formatSharePercent,
  isLocalHukou,
  localScopeRegionCode,
  maskIdNumber,
  normalizeRegionCode,
  previewRosterChange,
  RosterChangePreview,
  RosterDelta,
  RosterRow,
  RosterRowError,
  RosterRowErrorCode,
  RosterRowInput,
  validateRosterRows,
} from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import { AppError, forbidden, invalid } from '../../common/errors/app-error';
import { keysetCursor, Page, toPage } from '../../common/graphql/connection';
import { AuditService } from '../audit/audit.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import type { JobPostingEntity } from '../jobs/job-posting.entity';
import { AddProjectWorkerInput, EndProjectWorkerInput, ImportProjectWorkersInput, PreviewProjectHireInput } from './dto/project.input';
import { LocalHiringModel, ProjectWorkerModel, RosterImportResultModel, RosterPreviewModel } from './dto/project.model';
import { ProjectLedger } from './project-ledger';
import { ProjectAcknowledgementEntity, ProjectEntity, ProjectWorkerEntity } from './project.entity';
import { chinaToday, ProjectsService, thresholdOf } from './projects.service';
import { parseRosterCsv } from './roster-csv';

/** The API error for a row problem when one worker is entered by hand. */
const ROW_ERROR_CODES: Partial<Record<RosterRowErrorCode, ErrorCode>> = {
  INVALID_ID_NUMBER: ErrorCode.INVALID_ID_NUMBER,
  INVALID_REGION: ErrorCode.UNKNOWN_REGION,
  UNKNOWN_REGION: ErrorCode.UNKNOWN_REGION,
  REGION_TOO_COARSE: ErrorCode.UNKNOWN_REGION,
  DUPLICATE_IN_FILE: ErrorCode.DUPLICATE_WORKER,
  ALREADY_ON_ROSTER: ErrorCode.DUPLICATE_WORKER,
};

const percent = (ratio: number | null) => (ratio === null ? '—' : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`);

interface Acknowledgement {
  reason: string | undefined;
  /** The input field that carries it, for the error's `field`. */
  field: string;
}

/**
 * Every change to a project's roster: platform hires, one-by-one entries, CSV imports and tenure ends. Each runs in
 * one transaction that first locks the project row, so changes to one project are serialised and two simultaneous
 * hires cannot both pass a check that only one could. The check compares today's active roster with the roster once
 * the change is in effect (a future start counts as if it started today, a future end as if it were today): the
 * conservative reading, so a warning never comes too late.
 */
@Injectable()
export class ProjectRosterService {
  constructor(
    private readonly ds: DataSource,
    private readonly projects: ProjectsService,
    private readonly cipher: PiiCipher,
    private readonly audit: AuditService,
    private readonly seekers: JobSeekersService,
  ) {}

  async preview(user: AuthUser, input: PreviewProjectHireInput): Promise<RosterPreviewModel> {
    const project = await this.projects.require(user, input.projectId);
    const change = input.change ?? RosterChange.HIRE;
    let local: boolean;
    if (change === RosterChange.HIRE) {
      if (!input.hukouRegionCode) throw invalid('hukouRegionCode', '请选择拟招人员的户籍地');
      const code = normalizeRegionCode(input.hukouRegionCode);
      const known = code ? await this.ds.query(`SELECT 1 FROM regions WHERE code = $1`, [code]) : [];
      if (!known.length) throw new AppError(ErrorCode.UNKNOWN_REGION, `未知的行政区划代码：${input.hukouRegionCode}`, 'hukouRegionCode');
      local = isLocalHukou(code, localScopeRegionCode(project.regionCode, project.localScope));
    } else {
      if (!input.workerId) throw invalid('workerId', '请选择离场人员');
      const worker = await this.openWorker(this.ds.manager, project.id, input.workerId);
      local = worker.isLocal;
    }
    const counts = await ProjectLedger.countOn(this.ds, project.id, chinaToday());
    const delta: RosterDelta =
      change === RosterChange.HIRE ? (local ? { localHires: 1 } : { nonLocalHires: 1 }) : local ? { localExits: 1 } : { nonLocalExits: 1 };
    return this.toPreviewModel(project, change, local, previewRosterChange(counts, delta, thresholdOf(project)));
  }

  async addWorker(user: AuthUser, input: AddProjectWorkerInput): Promise<ProjectWorkerModel> {
    const row: RosterRowInput = {
      line: 0,
      fullName: input.fullName,
      idNumber: input.idNumber,
      hukouRegionCode: input.hukouRegionCode,
      trade: input.trade,
      startDate: input.startDate,
      endDate: input.endDate,
      povertyAlleviated: input.povertyAlleviated ? '是' : '否',
    };
    const { project, workers } = await this.ds.transaction(async (em) => {
      const project = await this.projects.require(user, input.projectId, em, true);
      const { rows, errors } = await this.validate(em, project, [row]);
      if (errors.length) {
        const e = errors[0];
        throw new AppError(ROW_ERROR_CODES[e.code] ?? ErrorCode.VALIDATION_FAILED, e.message, e.field);
      }
      const workers = rows.map((r) => this.newWorker(project, r, user, ProjectWorkerSource.MANUAL));
      await this.apply(em, user, project, { hires: workers, exits: [] }, { reason: input.acknowledgement, field: 'acknowledgement' });
      return { project, workers };
    });
    await this.announce(project);
    return ProjectWorkerModel.from(workers[0], chinaToday());
  }

  async endWorker(user: AuthUser, input: EndProjectWorkerInput): Promise<ProjectWorkerModel> {
    const today = chinaToday();
    const { project, worker } = await this.ds.transaction(async (em) => {
      const found = await em.getRepository(ProjectWorkerEntity).findOneBy({ id: input.workerId });
      if (!found) throw forbidden();
      const project = await this.projects.require(user, found.projectId, em, true);
      const worker = await this.openWorker(em, project.id, found.id);
      const endDate = input.endDate ?? today;
      if (endDate < worker.startDate) throw invalid('endDate', '离场日期早于进场日期');
      worker.endDate = endDate;
      worker.endReason = input.reason?.trim() || null;
      worker.endedByUserId = user.id;
      await this.apply(em, user, project, { hires: [], exits: [worker] }, { reason: input.acknowledgement, field: 'acknowledgement' });
      return { project, worker };
    });
    await this.announce(project);
    return ProjectWorkerModel.from(worker, today);
  }

  /** All or nothing: any bad row, and nothing is written; every bad row is answered with its line and reason. */
  async importWorkers(user: AuthUser, input: ImportProjectWorkersInput): Promise<RosterImportResultModel> {
    const parsed = parseRosterCsv(input.csv);
    const project = await this.projects.require(user, input.projectId);
    if (!parsed.ok) {
      return {
        imported: 0,
        errors: [{ line: parsed.line, field: 'file', code: 'INVALID_FILE', message: parsed.message }],
        preview: null,
        project: await this.projects.toModel(project),
      };
    }
    const outcome = await this.ds.transaction(async (em) => {
      const locked = await this.projects.require(user, input.projectId, em, true);
      const { rows, errors } = await this.validate(em, locked, parsed.rows);
      if (errors.length) return { imported: 0, errors, preview: null };
      const workers = rows.map((r) => this.newWorker(locked, r, user, ProjectWorkerSource.CSV_IMPORT));
      const preview = await this.apply(
        em,
        user,
        locked,
        { hires: workers, exits: [] },
        { reason: input.acknowledgement, field: 'acknowledgement' },
      );
      return { imported: workers.length, errors: [] as RosterRowError[], preview };
    });
    if (outcome.imported) await this.announce(project);
    const nonLocal = outcome.preview
      ? outcome.preview.after.totalWorkers - outcome.preview.after.localWorkers >
        outcome.preview.before.totalWorkers - outcome.preview.before.localWorkers
      : false;
    return {
      imported: outcome.imported,
      errors: outcome.errors.map((e) => ({ line: e.line, field: e.field, code: e.code, message: e.message })),
      preview: outcome.preview ? this.toPreviewModel(project, RosterChange.HIRE, !nonLocal, outcome.preview) : null,
      project: await this.projects.toModel(project),
    };
  }

  /**
   * Called inside the applications transaction when an application becomes HIRED on a project job: the worker joins
   * the roster (from the seeker's profile) under the project's rule. Returns what to announce after commit.
   */
  async hireFromApplication(
    em: EntityManager,
    user: AuthUser,
    application: { id: string; seekerProfileId: string },
    job: JobPostingEntity,
    acknowledgement: string | undefined,
  ): Promise<(() => Promise<void>) | null> {
    if (!job.projectId) return null;
    const project = await em.getRepository(ProjectEntity).findOne({ where: { id: job.projectId }, lock: { mode: 'pessimistic_write' } });
    if (!project) return null;
    const profile = await this.seekers.findById(application.seekerProfileId, em);
    if (!profile) throw new Error(`application ${application.id}: applicant profile ${application.seekerProfileId} is gone`);
    const today = chinaToday();
    const open = await em.query(
      `SELECT 1 FROM project_workers WHERE project_id = $1 AND (end_date IS NULL OR end_date > $2::date)
         AND (seeker_profile_id = $3 OR (id_number_hash IS NOT NULL AND id_number_hash = $4)) LIMIT 1`,
      [project.id, today, profile.id, profile.idNumberHash],
    );
    if (open.length) return null; // already on this project (hired for another of its jobs): one person, one tenure
    const worker = em.create(ProjectWorkerEntity, {
      projectId: project.id,
      seekerProfileId: profile.id,
      applicationId: application.id,
      fullName: profile.fullName,
      idNumberEncrypted: profile.idNumberEncrypted,
      idNumberHash: profile.idNumberHash,
      idNumberMasked: profile.idNumberMasked,
      hukouRegionCode: profile.hukouRegionCode,
      isLocal: isLocalHukou(profile.hukouRegionCode, localScopeRegionCode(project.regionCode, project.localScope)),
      povertyAlleviated: profile.priorityGroups.includes(PriorityGroup.POVERTY_ALLEVIATED),
      trade: job.occupation.slice(0, 30),
      startDate: today,
      endDate: null,
      source: ProjectWorkerSource.PLATFORM_HIRE,
      createdByUserId: user.id,
    });
    await this.apply(em, user, project, { hires: [worker], exits: [] }, { reason: acknowledgement, field: 'localHiringAcknowledgement' });
    return () => this.announce(project);
  }

  async workers(projectId: string, activeOnly: boolean, first: number, after?: string): Promise<Page<ProjectWorkerModel>> {
    const today = chinaToday();
    const qb = this.ds.getRepository(ProjectWorkerEntity).createQueryBuilder('w').where('w.project_id = :p', { p: projectId });
    if (activeOnly) qb.andWhere('w.start_date <= :t AND (w.end_date IS NULL OR w.end_date > :t)', { t: today });
    const total = await qb.clone().getCount();
    if (after) {
      const c = keysetCursor(after);
      // Exact instant from the row itself (the cursor has milliseconds; a CSV import writes many rows in one instant).
      qb.andWhere(
        '(w.created_at, w.id) < (COALESCE((SELECT c.created_at FROM project_workers c WHERE c.id = :c1::uuid), :c0::timestamptz), :c1::uuid)',
        { c0: c[0], c1: c[1] },
      );
    }
    const rows = await qb
      .orderBy('w.created_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const page = toPage(rows, first, total, (w) => encodeCursor([w.createdAt.toISOString(), w.id]));
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ProjectWorkerModel.from(e.node, today) })) };
  }

  /* ------------------------------------------------------------------------------------------------ internals */

  private async openWorker(em: EntityManager, projectId: string, workerId: string): Promise<ProjectWorkerEntity> {
    const worker = await em.getRepository(ProjectWorkerEntity).findOneBy({ id: workerId, projectId });
    if (!worker) throw forbidden();
    if (worker.endDate !== null && worker.endDate <= chinaToday()) throw invalid('workerId', '该人员已离场');
    return worker;
  }

  private async validate(em: EntityManager, project: ProjectEntity, inputs: RosterRowInput[]) {
    const codes = [...new Set(inputs.map((r) => normalizeRegionCode(r.hukouRegionCode ?? '')).filter((c): c is string => !!c))];
    const known = new Set<string>(
      codes.length
        ? (await em.query(`SELECT code FROM regions WHERE code = ANY($1::text[])`, [codes])).map((r: { code: string }) => r.code)
        : [],
    );
    const open = await ProjectLedger.openIdNumberHashes(em, project.id, chinaToday());
    return validateRosterRows(inputs, {
      regionExists: (c) => known.has(c),
      alreadyOnRoster: (id) => open.has(this.cipher.blindIndex(id)),
      today: new Date(),
    });
  }

  private newWorker(project: ProjectEntity, r: RosterRow, user: AuthUser, source: ProjectWorkerSource): ProjectWorkerEntity {
    return this.ds.getRepository(ProjectWorkerEntity).create({
      projectId: project.id,
      fullName: r.fullName,
      idNumberEncrypted: this.cipher.encrypt(r.idNumber),
      idNumberHash: this.cipher.blindIndex(r.idNumber),
      idNumberMasked: maskIdNumber(r.idNumber),
      hukouRegionCode: r.hukouRegionCode,
      isLocal: isLocalHukou(r.hukouRegionCode, localScopeRegionCode(project.regionCode, project.localScope)),
      povertyAlleviated: r.povertyAlleviated,
      trade: r.trade,
      startDate: r.startDate,
      endDate: r.endDate,
      source,
      createdByUserId: user.id,
    });
  }

  /**
   * Checks the change against the project's rule and writes it, in the caller's transaction (the project row is
   * already locked). BLOCK refuses a breach; WARN needs a reason, recorded with the figures.
   */
  private async apply(
    em: EntityManager,
    user: AuthUser,
    project: ProjectEntity,
    change: { hires: ProjectWorkerEntity[]; exits: ProjectWorkerEntity[] },
    ack: Acknowledgement,
  ): Promise<RosterChangePreview> {
    const today = chinaToday();
    const counted = (w: ProjectWorkerEntity) => w.endDate === null || w.endDate > today; // on site today or later
    const hires = change.hires.filter(counted);
    const delta: RosterDelta = {
      localHires: hires.filter((w) => w.isLocal).length,
      nonLocalHires: hires.filter((w) => !w.isLocal).length,
      localExits: change.exits.filter((w) => w.isLocal && w.startDate <= today).length,
      nonLocalExits: change.exits.filter((w) => !w.isLocal && w.startDate <= today).length,
    };
    const before = await ProjectLedger.countOn(em, project.id, today);
    const preview = previewRosterChange(before, delta, thresholdOf(project));
    const reason = ack.reason?.trim();
    if (preview.breaches) {
      const details = {
        localHiring: { before: LocalHiringModel.from(preview.before), after: LocalHiringModel.from(preview.after) },
        breachRule: project.breachRule,
      };
      const what = `变动后本地用工比例为 ${percent(preview.after.ratio)}，低于 ${formatSharePercent(thresholdOf(project))}，需再招 ${preview.after.shortfall} 名本地工人才能恢复`;
      if (project.breachRule === BreachRule.BLOCK)
        throw new AppError(ErrorCode.LOCAL_HIRING_BREACH, `${what}；本项目不允许此类变动`, undefined, details);
      if (!reason) throw new AppError(ErrorCode.LOCAL_HIRING_ACK_REQUIRED, `${what}；如确需办理，请填写原因`, ack.field, details);
    }
    const saved = await em.save([...change.hires, ...change.exits]);
    if (preview.breaches) {
      const acknowledgement = await em.save(
        em.create(ProjectAcknowledgementEntity, {
          projectId: project.id,
          change: change.hires.length ? RosterChange.HIRE : RosterChange.EXIT,
          reason: reason!,
          workerIds: saved.map((w) => w.id),
          actorUserId: user.id,
          actorRole: user.role,
          actorName: user.displayName.slice(0, 40),
          threshold: project.threshold,
          localBefore: preview.before.localWorkers,
          totalBefore: preview.before.totalWorkers,
          localAfter: preview.after.localWorkers,
          totalAfter: preview.after.totalWorkers,
        }),
      );
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.LOCAL_HIRING_BREACH_ACKNOWLEDGED,
        targetType: AuditTargetType.PROJECT,
        targetId: project.id,
        regionCode: project.regionCode,
        before: { localWorkers: preview.before.localWorkers, totalWorkers: preview.before.totalWorkers },
        after: {
          localWorkers: preview.after.localWorkers,
          totalWorkers: preview.after.totalWorkers,
          threshold: formatShare(thresholdOf(project)),
          breachRule: project.breachRule,
          change: acknowledgement.change,
          workerIds: acknowledgement.workerIds,
          acknowledgementId: acknowledgement.id,
        },
        reason,
      });
    }
    return preview;
  }

  private toPreviewModel(project: ProjectEntity, change: RosterChange, local: boolean, p: RosterChangePreview): RosterPreviewModel {
    return {
      change,
      local,
      before: LocalHiringModel.from(p.before),
      after: LocalHiringModel.from(p.after),
      breaches: p.breaches,
      breachRule: project.breachRule,
      allowed: !(p.breaches && project.breachRule === BreachRule.BLOCK),
      requiresAcknowledgement: p.breaches && project.breachRule === BreachRule.WARN,
    };
  }

  private async announce(project: ProjectEntity): Promise<void> {
    const model = await this.projects.toModel(project);
    this.projects.announce(project, model.localHiring);
  }
}
