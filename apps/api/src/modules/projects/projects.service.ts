import {
  AuditAction,
  AuditTargetType,
  BreachRule,
  ErrorCode,
  LocalHiringStatus,
  LocalScope,
  ProjectKind,
  ProjectStatus,
  RegionLevel,
  Role,
} from '@jobbridge/contracts';
import {
  addDays,
  chinaCalendarDate,
  compareLocalHiringRisk,
  decodeCursor,
  encodeCursor,
  formatIsoDate,
  formatShare,
  formatYuan,
  labourPayFigures,
  localHiringFigures,
  LocalHiringFigures,
  localHiringHistory,
  localScopeRegionCode,
  MAX_HISTORY_DAYS,
  parseShare,
  parseYuan,
  POLICY_PACKS,
  regionPrefix,
  resolvePolicy,
  Share,
} from '@jobbridge/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden, invalid, notFound } from '../../common/errors/app-error';
import { Page } from '../../common/graphql/connection';
import { AuditService } from '../audit/audit.service';
import { EmployersService } from '../employers/employers.service';
import type { JobPostingEntity } from '../jobs/job-posting.entity';
import { JobsService } from '../jobs/jobs.service';
import { RegionsService } from '../regions/regions.service';
import { LocalHiringHistoryArgs, ProjectInput, ProjectsArgs, ProjectSort } from './dto/project.input';
import { LabourPayModel, LocalHiringDayModel, ProjectModel } from './dto/project.model';
import { ProjectCounts, ProjectLedger } from './project-ledger';
import { ProjectEntity, ProjectLabourPaymentEntity } from './project.entity';

/** Today's date in China (the ledger's days are China civil dates). */
export const chinaToday = (now = new Date()) => formatIsoDate(chinaCalendarDate(now));

/** Emitted after commit whenever a project's roster or rule changes: the live pages refresh their figures. */
export interface ProjectChanged {
  projectId: string;
  regionCode: string;
  localHiring: LocalHiringFigures;
}

export const thresholdOf = (p: Pick<ProjectEntity, 'threshold'>): Share => parseShare(p.threshold);

export function projectStatusOn(p: Pick<ProjectEntity, 'startDate' | 'endDate'>, today: string): ProjectStatus {
  if (today < p.startDate) return ProjectStatus.PLANNED;
  if (p.endDate !== null && p.endDate < today) return ProjectStatus.COMPLETED;
  return ProjectStatus.ACTIVE;
}

/** The policy fields only officers set (the audit trail records every change to them). */
const POLICY_FIELDS = ['threshold', 'breachRule', 'localScope'] as const;
const policyOf = (p: ProjectEntity) => ({
  threshold: formatShare(thresholdOf(p)),
  thresholdSource: p.thresholdSource,
  breachRule: p.breachRule,
  localScope: p.localScope,
});

export type ProjectsEvents = { 'project.changed': [ProjectChanged] };

@Injectable()
export class ProjectsService implements OnModuleInit {
  readonly events = new TypedEmitter<ProjectsEvents>();

  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly employers: EmployersService,
    private readonly jobs: JobsService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<ProjectEntity[]> {
    return ids.length ? this.ds.getRepository(ProjectEntity).findBy({ id: In([...ids]) }) : [];
  }

  /** Jobs links a posting to a project only for the project's owner: it asks here (jobs sits below projects). */
  onModuleInit(): void {
    this.jobs.useProjectOwnership({
      employerOf: async (id) => (await this.ds.getRepository(ProjectEntity).findOneBy({ id }))?.employerId ?? null,
    });
  }

  /** The project's owner, officers over its region and admins may see and manage it; others get FORBIDDEN. */
  async canManage(user: AuthUser, p: ProjectEntity, db: DataSource | EntityManager = this.ds): Promise<boolean> {
    if (user.role === Role.ADMIN || officerCovers(user, p.regionCode)) return true;
    return this.employers.actsFor(user, p.employerId, db);
  }

  async require(user: AuthUser, id: string, db: DataSource | EntityManager = this.ds, lock = false): Promise<ProjectEntity> {
    const project = await db
      .getRepository(ProjectEntity)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!project || !(await this.canManage(user, project, db))) throw forbidden();
    return project;
  }

  async toModel(p: ProjectEntity, counts?: ProjectCounts, today = chinaToday()): Promise<ProjectModel> {
    const c = counts ?? (await ProjectLedger.countOn(this.ds, p.id, today));
    return ProjectModel.from(p, {
      status: projectStatusOn(p, today),
      localScopeRegionCode: localScopeRegionCode(p.regionCode, p.localScope),
      localHiring: localHiringFigures(c, thresholdOf(p)),
      povertyAlleviated: c.povertyAlleviated,
    });
  }

  /** For each employer, how many of its projects are in BREACH of the local-hiring rule today (employer credit). */
  async breachesOf(employerIds: readonly string[], today = chinaToday()): Promise<Map<string, number>> {
    const out = new Map<string, number>(employerIds.map((id) => [id, 0]));
    if (!employerIds.length) return out;
    const projects = await this.ds.getRepository(ProjectEntity).findBy({ employerId: In([...employerIds]) });
    const counts = await ProjectLedger.countsOn(
      this.ds,
      projects.map((p) => p.id),
      today,
    );
    for (const p of projects)
      if (localHiringFigures(counts.get(p.id)!, thresholdOf(p)).status === LocalHiringStatus.BREACH)
        out.set(p.employerId, (out.get(p.employerId) ?? 0) + 1);
    return out;
  }

  async get(user: AuthUser, id: string): Promise<ProjectModel> {
    const project = await this.ds.getRepository(ProjectEntity).findOneBy({ id });
    if (!project) throw notFound('项目');
    if (!(await this.canManage(user, project))) throw forbidden();
    return this.toModel(project);
  }

  async create(user: AuthUser, input: ProjectInput): Promise<ProjectModel> {
    const fields = await this.fieldsFrom(user, input, null);
    const saved = await this.ds.transaction(async (em) => {
      const row = await em.save(em.create(ProjectEntity, { ...fields, createdByUserId: user.id }));
      // An officer creating a project with other than the policy pack's values has set policy: audited like a change.
      const policy = resolvePolicy(row.regionCode, POLICY_PACKS).localHiringThreshold;
      const pack = {
        threshold: formatShare(policy.share),
        thresholdSource: policy.packName,
        breachRule: BreachRule.WARN,
        localScope: LocalScope.COUNTY,
      };
      const set = policyOf(row);
      if (POLICY_FIELDS.some((k) => pack[k] !== set[k])) {
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.PROJECT_POLICY_CHANGED,
          targetType: AuditTargetType.PROJECT,
          targetId: row.id,
          regionCode: row.regionCode,
          before: { name: row.name, ...pack },
          after: set,
        });
      }
      return row;
    });
    return this.toModel(saved);
  }

  async update(user: AuthUser, id: string, input: ProjectInput): Promise<ProjectModel> {
    const project = await this.ds.transaction(async (em) => {
      const current = await this.require(user, id, em, true);
      const fields = await this.fieldsFrom(user, input, current);
      const scopeChanged = fields.regionCode !== current.regionCode || fields.localScope !== current.localScope;
      const policyBefore = policyOf(current);
      const saved = await em.save(Object.assign(current, fields));
      const policyAfter = policyOf(saved);
      if (POLICY_FIELDS.some((k) => policyBefore[k] !== policyAfter[k])) {
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.PROJECT_POLICY_CHANGED,
          targetType: AuditTargetType.PROJECT,
          targetId: saved.id,
          regionCode: saved.regionCode,
          before: { name: saved.name, ...policyBefore },
          after: policyAfter,
        });
      }
      if (scopeChanged) {
        // Who counts as local follows the scope: recompute every tenure, past ones included (the history follows).
        const prefix = regionPrefix(localScopeRegionCode(saved.regionCode, saved.localScope));
        await em.query(`UPDATE project_workers SET is_local = coalesce(hukou_region_code LIKE $2, false) WHERE project_id = $1`, [
          saved.id,
          `${prefix}%`,
        ]);
      }
      // Project jobs carry the project's local-first window and scope in the search index.
      await em.query(
        `INSERT INTO outbox_events (topic, aggregate_id) SELECT 'job_posting.changed', id FROM job_postings WHERE project_id = $1`,
        [saved.id],
      );
      return saved;
    });
    const model = await this.toModel(project);
    this.announce(project, model.localHiring);
    return model;
  }

  /**
   * A project job's local-first window, while it lasts: only seekers with a hukou inside `scopeRegionCode` see the
   * job in search and may apply until `until` (ISO). Null for other jobs or once the window has passed.
   */
  async localFirstWindow(
    job: Pick<JobPostingEntity, 'projectId' | 'publishedAt'>,
    now = new Date(),
  ): Promise<{ until: string; scopeRegionCode: string } | null> {
    if (!job.projectId || !job.publishedAt) return null;
    const project = await this.ds.getRepository(ProjectEntity).findOneBy({ id: job.projectId });
    if (!project?.localFirstDays) return null;
    const until = new Date(job.publishedAt.getTime() + project.localFirstDays * 86_400_000);
    if (until <= now) return null;
    return { until: until.toISOString(), scopeRegionCode: localScopeRegionCode(project.regionCode, project.localScope) };
  }

  /** Tells live pages that a project's figures changed (after commit). */
  announce(p: Pick<ProjectEntity, 'id' | 'regionCode'>, localHiring: LocalHiringFigures): void {
    const event: ProjectChanged = { projectId: p.id, regionCode: p.regionCode, localHiring };
    this.events.emit('project.changed', event);
  }

  /**
   * Projects the caller may see (employers: their own; officers: their region; admins: all), filtered and sorted,
   * risk first by default. A region holds at most a few hundred projects, so the figures are computed for all of
   * them in one statement and paged in memory (cursor = offset).
   */
  async list(user: AuthUser, args: ProjectsArgs): Promise<Page<ProjectModel>> {
    const qb = this.ds.getRepository(ProjectEntity).createQueryBuilder('p');
    if (user.role === Role.EMPLOYER) qb.andWhere('p.employer_id = :e', { e: (await this.employers.findForMember(user.id))?.id ?? null });
    else if (user.role === Role.OFFICER) qb.andWhere('p.region_code LIKE :scope', { scope: `${regionPrefix(user.regionCode!)}%` });
    else if (user.role !== Role.ADMIN) throw forbidden();
    if (args.regionCode) {
      const region = await this.regions.require(args.regionCode, 'regionCode');
      qb.andWhere('p.region_code LIKE :region', { region: `${regionPrefix(region.code)}%` });
    }
    if (args.kind) qb.andWhere('p.kind = :kind', { kind: args.kind });
    const projects = await qb.getMany();
    const today = chinaToday();
    const counts = await ProjectLedger.countsOn(
      this.ds,
      projects.map((p) => p.id),
      today,
    );
    let models = await Promise.all(projects.map((p) => this.toModel(p, counts.get(p.id), today)));
    if (args.status) models = models.filter((m) => m.status === args.status);
    if (args.localHiringStatus) models = models.filter((m) => m.localHiring.status === args.localHiringStatus);
    const sort = args.sort ?? ProjectSort.RISK;
    models.sort((a, b) => {
      if (sort === ProjectSort.NAME) return a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
      if (sort === ProjectSort.NEWEST) return b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);
      return compareLocalHiringRisk(a.localHiring, b.localHiring) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
    });
    const first = args.first ?? 20;
    let offset = 0;
    if (args.after) {
      const c = decodeCursor(args.after);
      if (!c || c.length !== 1 || typeof c[0] !== 'number' || !Number.isSafeInteger(c[0]) || c[0] < 0)
        throw invalid('after', '分页游标无效');
      offset = c[0] + 1;
    }
    const slice = models.slice(offset, offset + first);
    return {
      totalCount: models.length,
      edges: slice.map((node, i) => ({ cursor: encodeCursor([offset + i]), node })),
      pageInfo: { hasNextPage: offset + first < models.length, endCursor: slice.length ? encodeCursor([offset + slice.length - 1]) : null },
    };
  }

  async history(p: ProjectModel, args: LocalHiringHistoryArgs): Promise<LocalHiringDayModel[]> {
    const to = args.to ?? chinaToday();
    let from = args.from ?? addDays(to, -89);
    if (!args.from && from < p.startDate && p.startDate <= to) from = p.startDate;
    if (to < from) throw invalid('from', '开始日期不能晚于结束日期');
    if (addDays(from, MAX_HISTORY_DAYS - 1) < to) throw invalid('from', `一次最多查询${MAX_HISTORY_DAYS}天`);
    const tenures = await ProjectLedger.tenures(this.ds, p.id, from, to);
    return localHiringHistory(tenures, from, to, parseShare(p.localHiring.threshold)).map(LocalHiringDayModel.fromDay);
  }

  async labourPay(p: Pick<ProjectModel, 'id' | 'kind' | 'investment' | 'regionCode'>): Promise<LabourPayModel | null> {
    if (p.kind !== ProjectKind.WORK_RELIEF) return null;
    const payments = await this.ds
      .getRepository(ProjectLabourPaymentEntity)
      .find({ where: { projectId: p.id }, order: { paidOn: 'DESC', createdAt: 'DESC' } });
    const paid = payments.reduce((sum, x) => sum + parseYuan(x.amount), 0n);
    const share = resolvePolicy(p.regionCode, POLICY_PACKS).workReliefLabourPayShare.share;
    return LabourPayModel.from(labourPayFigures(parseYuan(p.investment ?? '0'), paid, share), payments);
  }

  async recordLabourPayment(
    user: AuthUser,
    input: { projectId: string; paidOn: string; amount: string; note?: string },
  ): Promise<ProjectEntity> {
    const project = await this.require(user, input.projectId);
    if (project.kind !== ProjectKind.WORK_RELIEF) throw invalid('projectId', '只有以工代赈项目登记劳务报酬');
    if (parseYuan(input.amount, 'amount') <= 0n) throw invalid('amount', '金额须大于0');
    await this.ds.getRepository(ProjectLabourPaymentEntity).save(
      this.ds.getRepository(ProjectLabourPaymentEntity).create({
        projectId: project.id,
        paidOn: input.paidOn,
        amount: input.amount,
        note: input.note?.trim() || null,
        recordedByUserId: user.id,
      }),
    );
    return project;
  }

  /**
   * Validates a project form. Employers may create and edit their own projects but not the policy fields (threshold,
   * breach rule, local scope): those stay at the policy pack's values unless an officer changes them.
   */
  private async fieldsFrom(user: AuthUser, input: ProjectInput, current: ProjectEntity | null): Promise<Partial<ProjectEntity>> {
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY, RegionLevel.TOWNSHIP]);
    const isOfficer = user.role === Role.OFFICER || user.role === Role.ADMIN;
    if (user.role === Role.OFFICER && !officerCovers(user, region.code))
      throw new AppError(ErrorCode.FORBIDDEN, '项目所在地不在您的辖区', 'regionCode');

    let employerId: string;
    if (user.role === Role.EMPLOYER) {
      const own = await this.employers.findForMember(user.id);
      if (!own) throw new AppError(ErrorCode.EMPLOYER_PROFILE_REQUIRED, '请先完善单位信息');
      if (input.employerId && input.employerId !== own.id) throw new AppError(ErrorCode.FORBIDDEN, '只能为本单位登记项目', 'employerId');
      employerId = own.id;
    } else {
      if (!input.employerId) throw invalid('employerId', '请选择项目业主单位');
      const owner = await this.employers.findById(input.employerId);
      if (!owner) throw new AppError(ErrorCode.NOT_FOUND, '项目业主单位不存在', 'employerId');
      employerId = owner.id;
    }
    if (current && user.role === Role.EMPLOYER && employerId !== current.employerId) throw forbidden();

    if (input.endDate && input.endDate < input.startDate) throw invalid('endDate', '结束日期早于开始日期');
    if (input.kind === ProjectKind.WORK_RELIEF && !input.investment) throw invalid('investment', '以工代赈项目请填写投资额');

    const policy = resolvePolicy(region.code, POLICY_PACKS).localHiringThreshold;
    const defaults = {
      threshold: current ? parseShare(current.threshold) : policy.share,
      thresholdSource: current?.thresholdSource ?? policy.packName,
      breachRule: current?.breachRule ?? BreachRule.WARN,
      localScope: current?.localScope ?? LocalScope.COUNTY,
    };
    const threshold =
      input.threshold !== undefined && input.threshold !== null ? parseShare(input.threshold, 'threshold') : defaults.threshold;
    if (threshold.numerator >= threshold.denominator) throw invalid('threshold', '比例须低于100%');
    const thresholdChanged = formatShare(threshold) !== formatShare(defaults.threshold);
    const breachRule = input.breachRule ?? defaults.breachRule;
    const localScope = input.localScope ?? defaults.localScope;
    if (!isOfficer) {
      if (thresholdChanged) throw new AppError(ErrorCode.FORBIDDEN, '本地用工比例由人社部门设定', 'threshold');
      if (breachRule !== defaults.breachRule) throw new AppError(ErrorCode.FORBIDDEN, '超限处理方式由人社部门设定', 'breachRule');
      if (localScope !== defaults.localScope) throw new AppError(ErrorCode.FORBIDDEN, '本地范围由人社部门设定', 'localScope');
    }
    localScopeRegionCode(region.code, localScope); // validates the scope against the region

    return {
      name: input.name.trim(),
      employerId,
      regionCode: region.code,
      kind: input.kind,
      localScope,
      plannedWorkforce: input.plannedWorkforce,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      threshold: formatShare(threshold),
      thresholdSource: thresholdChanged ? `人社部门设定（${user.displayName}）` : defaults.thresholdSource,
      breachRule,
      localFirstDays: input.localFirstDays ?? null,
      investment: input.kind === ProjectKind.WORK_RELIEF ? formatYuan(parseYuan(input.investment!, 'investment')) : null,
    };
  }
}
