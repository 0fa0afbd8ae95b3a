import { ApplicationSource, ApplicationStatus, ErrorCode, JobPostingStatus, Role } from '@jobbridge/contracts';
import { ApplicationActor, assertApplicationMove, canMoveApplication, encodeCursor, isLocalHukou } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { DataSource, EntityManager, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden } from '../../common/errors/app-error';
import { keysetCursor, Page, toPage } from '../../common/graphql/connection';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { JobsService } from '../jobs/jobs.service';
import { ProjectRosterService } from '../projects/project-roster.service';
import { ProjectsService } from '../projects/projects.service';
import { ApplicationEntity, ApplicationEventEntity } from './application.entity';
import { MoveApplicationInput, SubmitApplicationInput } from './dto/application.input';

/** Emitted after commit: `application.changed` with the seeker and every member of the employer's team. */
export interface ApplicationChanged {
  applicationId: string;
  jobPostingId: string;
  seekerUserId: string;
  /** The employer's team: its owner and recruiters (each acts for it). */
  employerUserIds: string[];
  status: ApplicationStatus;
}

const isUniqueViolation = (e: unknown, constraint: string) =>
  e instanceof QueryFailedError &&
  (e as { code?: string; constraint?: string }).code === '23505' &&
  (e as { constraint?: string }).constraint === constraint;

export type ApplicationsEvents = { 'application.changed': [ApplicationChanged] };

@Injectable()
export class ApplicationsService {
  /** In-process notifications for realtime pushes; fired only after the transaction commits. */
  readonly events = new TypedEmitter<ApplicationsEvents>();

  constructor(
    private readonly ds: DataSource,
    private readonly seekers: JobSeekersService,
    private readonly projects: ProjectsService,
    private readonly roster: ProjectRosterService,
    private readonly jobs: JobsService,
  ) {}

  /**
   * One application per seeker and job. A retry with the same idempotency key returns the first result; without a
   * key a second application is ALREADY_APPLIED. Application and its first history event are written together.
   */
  async submit(user: AuthUser, input: SubmitApplicationInput): Promise<ApplicationEntity> {
    return (await this.submitWithOutcome(user, input)).application;
  }

  /** As submit, telling whether this call created the application (false for an idempotent replay). */
  async submitWithOutcome(
    user: AuthUser,
    input: SubmitApplicationInput,
    origin: { liveRoomId?: string } = {},
  ): Promise<{ application: ApplicationEntity; created: boolean }> {
    const profile = await this.seekers.requireOwn(user);
    const repo = this.ds.getRepository(ApplicationEntity);
    const key = input.idempotencyKey?.trim() || null;
    const replay = async () => {
      if (!key) return null;
      const prior = await repo.findOneBy({ seekerProfileId: profile.id, idempotencyKey: key });
      if (prior && prior.jobPostingId !== input.jobPostingId) {
        throw new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED, '该请求标识已用于其他岗位', 'idempotencyKey');
      }
      return prior;
    };
    const prior = await replay();
    if (prior) return { application: prior, created: false };

    const job = await this.jobs.findById(input.jobPostingId);
    if (!job || job.status !== JobPostingStatus.PUBLISHED) {
      throw new AppError(ErrorCode.JOB_NOT_PUBLISHED, '该岗位未发布或已关闭，无法投递', 'jobPostingId');
    }
    const window = await this.projects.localFirstWindow(job);
    if (window && !isLocalHukou(profile.hukouRegionCode, window.scopeRegionCode)) {
      throw new AppError(ErrorCode.LOCAL_FIRST_WINDOW, `该项目岗位${window.until.slice(0, 10)}前优先招用本地户籍人员`, 'jobPostingId');
    }
    try {
      const saved = await this.ds.transaction(async (em) => {
        const application = await em.save(
          em.create(ApplicationEntity, {
            jobPostingId: job.id,
            seekerProfileId: profile.id,
            status: ApplicationStatus.SUBMITTED,
            source: input.source ?? ApplicationSource.SEARCH,
            coverNote: input.coverNote?.trim() || null,
            idempotencyKey: key,
            liveRoomId: origin.liveRoomId ?? null,
          }),
        );
        await this.recordEvent(em, application, null, user, null);
        return application;
      });
      await this.notify(saved);
      return { application: saved, created: true };
    } catch (e) {
      if (isUniqueViolation(e, 'uq_applications_seeker_idempotency_key')) return { application: (await replay())!, created: false };
      if (isUniqueViolation(e, 'uq_applications_job_seeker')) {
        const again = await replay();
        if (again) return { application: again, created: false };
        throw new AppError(ErrorCode.ALREADY_APPLIED, '您已投递过该岗位', 'jobPostingId');
      }
      throw e;
    }
  }

  /**
   * A job-fair talk ended with an agreement (达成意向 → OFFER) or an interview invitation (→ INTERVIEW): inside the
   * caller's transaction, the seeker's application for the job is created (source JOB_FAIR, with the fair) or moved
   * forward to that stage; one already at or past it is left as it is. Returns it, and what to announce after commit.
   */
  async recordFairOutcome(
    em: EntityManager,
    user: AuthUser,
    input: { seekerProfileId: string; jobPostingId: string; jobFairId: string; status: ApplicationStatus; note: string | null },
  ): Promise<{ application: ApplicationEntity; afterCommit: () => Promise<void> }> {
    const repo = em.getRepository(ApplicationEntity);
    let application = await repo.findOne({
      where: { seekerProfileId: input.seekerProfileId, jobPostingId: input.jobPostingId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!application) {
      application = await em.save(
        em.create(ApplicationEntity, {
          jobPostingId: input.jobPostingId,
          seekerProfileId: input.seekerProfileId,
          status: ApplicationStatus.SUBMITTED,
          source: ApplicationSource.JOB_FAIR,
          jobFairId: input.jobFairId,
          coverNote: null,
          idempotencyKey: null,
        }),
      );
      await this.recordEvent(em, application, null, user, '招聘会洽谈');
    }
    const from = application.status;
    if (canMoveApplication(from, input.status, 'EMPLOYER')) {
      application.status = input.status;
      application.jobFairId ??= input.jobFairId;
      await em.save(application);
      await this.recordEvent(em, application, from, user, input.note);
    }
    const saved = application;
    return { application: saved, afterCommit: () => this.notify(saved) };
  }

  async withdraw(user: AuthUser, id: string, note: string | undefined): Promise<ApplicationEntity> {
    const profile = await this.seekers.requireOwn(user);
    return this.transition(id, ApplicationStatus.WITHDRAWN, user, 'JOB_SEEKER', note, async (a) => a.seekerProfileId === profile.id);
  }

  /** Moving to HIRED on a project job adds the worker to the project's roster in the same transaction, under its rule. */
  async move(user: AuthUser, input: MoveApplicationInput): Promise<ApplicationEntity> {
    return this.transition(
      input.applicationId,
      input.toStatus,
      user,
      'EMPLOYER',
      input.note,
      async (a, em) => {
        const job = await this.jobs.findById(a.jobPostingId, em);
        return !!job && (await this.jobs.actsFor(user, job, em));
      },
      input.localHiringAcknowledgement,
      input.contractMonths,
    );
  }

  private async transition(
    id: string,
    to: ApplicationStatus,
    user: AuthUser,
    actor: ApplicationActor,
    note: string | undefined,
    allowed: (a: ApplicationEntity, em: EntityManager) => Promise<boolean>,
    localHiringAcknowledgement?: string,
    contractMonths?: number,
  ): Promise<ApplicationEntity> {
    const { saved, afterCommit } = await this.ds.transaction(async (em) => {
      const application = await em.getRepository(ApplicationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!application || !(await allowed(application, em))) throw forbidden();
      const from = application.status;
      assertApplicationMove(from, to, actor);
      application.status = to;
      if (to === ApplicationStatus.HIRED && contractMonths) application.contractMonths = contractMonths;
      await em.save(application);
      await this.recordEvent(em, application, from, user, note?.trim() || null);
      let afterCommit: (() => Promise<void>) | null = null;
      if (to === ApplicationStatus.HIRED) {
        const job = await this.jobs.findById(application.jobPostingId, em);
        if (!job) throw new Error(`application ${application.id}: job posting ${application.jobPostingId} is gone`);
        afterCommit = await this.roster.hireFromApplication(em, user, application, job, localHiringAcknowledgement);
      }
      return { saved: application, afterCommit };
    });
    await afterCommit?.();
    await this.notify(saved);
    return saved;
  }

  private recordEvent(em: EntityManager, a: ApplicationEntity, from: ApplicationStatus | null, user: AuthUser, note: string | null) {
    return em.save(
      em.create(ApplicationEventEntity, {
        applicationId: a.id,
        fromStatus: from,
        toStatus: a.status,
        actorUserId: user.id,
        actorRole: user.role,
        actorName: user.displayName,
        note,
      }),
    );
  }

  private async notify(a: ApplicationEntity): Promise<void> {
    if (this.events.listenerCount('application.changed') === 0) return;
    const row = await this.ds.query(
      `SELECT p.user_id AS seeker,
              (SELECT coalesce(array_agg(m.user_id), '{}') FROM employer_members m WHERE m.employer_id = j.employer_id AND m.user_id IS NOT NULL) AS team
         FROM applications a JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id
         JOIN job_postings j ON j.id = a.job_posting_id WHERE a.id = $1`,
      [a.id],
    );
    if (!row[0]) return;
    const event: ApplicationChanged = {
      applicationId: a.id,
      jobPostingId: a.jobPostingId,
      seekerUserId: row[0].seeker,
      employerUserIds: row[0].team,
      status: a.status,
    };
    this.events.emit('application.changed', event);
  }

  async listOwn(user: AuthUser, status: ApplicationStatus | undefined, first: number, after?: string): Promise<Page<ApplicationEntity>> {
    const profile = await this.seekers.findByUser(user.id);
    if (!profile) return toPage([], first, 0, () => '');
    const qb = this.ds.getRepository(ApplicationEntity).createQueryBuilder('a').where('a.seeker_profile_id = :p', { p: profile.id });
    if (status) qb.andWhere('a.status = :status', { status });
    return this.page(qb, first, after);
  }

  /** Applicants for a job: its employer, or officers over the job's region. */
  async listForJob(user: AuthUser, jobPostingId: string, status: ApplicationStatus | undefined, first: number, after?: string) {
    const job = await this.jobs.findById(jobPostingId);
    const allowed = job && (officerCovers(user, job.workRegionCode) || user.role === Role.ADMIN || (await this.jobs.actsFor(user, job)));
    if (!allowed) throw forbidden();
    const qb = this.ds.getRepository(ApplicationEntity).createQueryBuilder('a').where('a.job_posting_id = :j', { j: jobPostingId });
    if (status) qb.andWhere('a.status = :status', { status });
    return this.page(qb, first, after);
  }

  private async page(qb: SelectQueryBuilder<ApplicationEntity>, first: number, after?: string): Promise<Page<ApplicationEntity>> {
    const total = await qb.clone().getCount();
    if (after) {
      const c = keysetCursor(after);
      // Exact instant from the row itself (the cursor has milliseconds only).
      qb.andWhere(
        '(a.created_at, a.id) < (COALESCE((SELECT c.created_at FROM applications c WHERE c.id = :c1::uuid), :c0::timestamptz), :c1::uuid)',
        { c0: c[0], c1: c[1] },
      );
    }
    const rows = await qb
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, total, (a) => encodeCursor([a.createdAt.toISOString(), a.id]));
  }
}
