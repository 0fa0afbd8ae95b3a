import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  FollowUpOutcome,
  JobPostingStatus,
  RegistrationCloseReason,
  SupportCaseStatus,
  UnemploymentRegistrationStatus,
} from '@jobbridge/contracts';
import { followUpProblems, scheduleAfterFollowUp } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, invalid } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import { LogFollowUpInput } from './dto/employment-support.input';
import { SupportCaseEntity, SupportFollowUpEntity, UnemploymentRegistrationEntity } from './employment-support.entity';
import { CaseRow, SupportCasesService } from './support-cases.service';

/**
 * Officers' follow-ups (帮扶跟进, 003 §14, 004 §20): one transaction locks the case, records the contact with the jobs
 * and fairs recommended, moves the next due date (libs/domain scheduleAfterFollowUp), closes the case and the
 * registration when the outcome is EMPLOYED, and writes the audit entries.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly ds: DataSource,
    private readonly cases: SupportCasesService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async log(user: AuthUser, input: LogFollowUpInput, now = new Date()): Promise<CaseRow> {
    const key = input.idempotencyKey ?? null;
    const replay = key ? await this.byKey(user.id, key) : null;
    if (replay) return this.cases.get(user, replay.caseId);
    const found = await this.cases.find(input.caseId);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, '帮扶对象不存在', 'caseId');
    if (!officerCovers(user, found.kase.regionCode)) throw new AppError(ErrorCode.FORBIDDEN, '该帮扶对象不在您的辖区', 'caseId');
    // A hire the event missed closes the case first, so a follow-up is never logged on someone already employed.
    await this.cases.closeOnHires({ caseId: input.caseId });
    try {
      await this.ds.transaction(async (em) => {
        const c = await em.getRepository(SupportCaseEntity).findOne({ where: { id: input.caseId }, lock: { mode: 'pessimistic_write' } });
        if (!c) throw new AppError(ErrorCode.NOT_FOUND, '帮扶对象不存在', 'caseId');
        // A copy of the same tap that held the lock first has committed its follow-up: answer with it.
        if (key && (await em.getRepository(SupportFollowUpEntity).existsBy({ officerUserId: user.id, idempotencyKey: key }))) return;
        if (!officerCovers(user, c.regionCode)) throw new AppError(ErrorCode.FORBIDDEN, '该帮扶对象不在您的辖区', 'caseId');
        if (c.status !== SupportCaseStatus.OPEN)
          throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '该帮扶对象已结案，不能再记录跟进', 'caseId');
        const problems = followUpProblems({ contactedOn: input.contactedOn, note: input.note, caseOpenedOn: c.openedOn }, now);
        if (problems.length) throw problems[0];
        const jobIds = [...new Set(input.recommendedJobPostingIds ?? [])];
        const fairIds = [...new Set(input.recommendedFairIds ?? [])];
        await this.checkRecommendations(em, input, jobIds, fairIds);

        const followUp = await em.getRepository(SupportFollowUpEntity).save(
          em.create(SupportFollowUpEntity, {
            caseId: c.id,
            officerUserId: user.id,
            officerName: user.displayName.slice(0, 60),
            contactedOn: input.contactedOn,
            channel: input.channel,
            note: input.note.trim(),
            outcome: input.outcome,
            recommendedJobPostingIds: jobIds,
            recommendedFairIds: fairIds,
            idempotencyKey: key,
          }),
        );
        const next = scheduleAfterFollowUp(c, input.contactedOn, input.outcome);
        Object.assign(c, { lastContactOn: next.lastContactOn, nextFollowUpDue: next.nextFollowUpDue, outcome: input.outcome });
        if (next.closes) Object.assign(c, { status: SupportCaseStatus.CLOSED, closedAt: now, outcome: FollowUpOutcome.EMPLOYED });
        await em.getRepository(SupportCaseEntity).save(c);
        if (next.closes && c.registrationId) {
          await em
            .getRepository(UnemploymentRegistrationEntity)
            .update(
              { id: c.registrationId, status: UnemploymentRegistrationStatus.ACTIVE },
              { status: UnemploymentRegistrationStatus.CLOSED, closedReason: RegistrationCloseReason.EMPLOYED, closedAt: now },
            );
        }
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.SUPPORT_FOLLOW_UP_LOGGED,
          targetType: AuditTargetType.SUPPORT_CASE,
          targetId: c.id,
          regionCode: c.regionCode,
          after: {
            followUpId: followUp.id,
            contactedOn: input.contactedOn,
            channel: input.channel,
            outcome: input.outcome,
            nextFollowUpDue: c.nextFollowUpDue,
            recommendedJobs: jobIds.length,
            recommendedFairs: fairIds.length,
          },
        });
        if (next.closes) {
          await this.audit.record(em, {
            actor: user,
            action: AuditAction.SUPPORT_CASE_CLOSED,
            targetType: AuditTargetType.SUPPORT_CASE,
            targetId: c.id,
            regionCode: c.regionCode,
            after: { outcome: FollowUpOutcome.EMPLOYED, registrationId: c.registrationId, followUpId: followUp.id },
            reason: '跟进确认已就业',
          });
        }
      });
    } catch (e) {
      // Two copies of one tap racing: the loser answers with the winner's follow-up.
      const again = key && e instanceof QueryFailedError ? await this.byKey(user.id, key) : null;
      if (!again) throw e;
    }
    return this.cases.get(user, input.caseId);
  }

  /** The follow-ups of some cases, newest contact first. */
  forCases(caseIds: readonly string[]): Promise<SupportFollowUpEntity[]> {
    return caseIds.length
      ? this.ds.getRepository(SupportFollowUpEntity).find({
          where: { caseId: In([...caseIds]) },
          order: { contactedOn: 'DESC', createdAt: 'DESC' },
        })
      : Promise.resolve([]);
  }

  private byKey(officerUserId: string, idempotencyKey: string) {
    return this.ds.getRepository(SupportFollowUpEntity).findOneBy({ officerUserId, idempotencyKey });
  }

  /** Recommended postings must be published and recommended fairs open or upcoming; a bad one is named by its place. */
  private async checkRecommendations(em: EntityManager, input: LogFollowUpInput, jobIds: string[], fairIds: string[]): Promise<void> {
    const jobs = new Set((await this.jobs.findByIds(jobIds, em, { status: JobPostingStatus.PUBLISHED })).map((j) => j.id));
    const badJob = (input.recommendedJobPostingIds ?? []).findIndex((id) => !jobs.has(id));
    if (badJob >= 0) throw invalid(`recommendedJobPostingIds.${badJob}`, '推荐的岗位不存在或未在招聘中');
    const fairs: { id: string }[] = fairIds.length
      ? await em.query(`SELECT id FROM job_fairs WHERE id = ANY($1::uuid[]) AND status IN ('PUBLISHED', 'LIVE')`, [fairIds])
      : [];
    const open = new Set(fairs.map((f) => f.id));
    const badFair = (input.recommendedFairIds ?? []).findIndex((id) => !open.has(id));
    if (badFair >= 0) throw invalid(`recommendedFairIds.${badFair}`, '推荐的招聘会不存在或已结束');
  }
}
