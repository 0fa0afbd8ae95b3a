import { AuditAction, AuditTargetType, ErrorCode, FlagDecision } from '@jobbridge/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, invalid } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import { ScreeningDecisionInput } from './dto/oversight.input';
import { ScreeningDecisionEntity } from './oversight.entity';
import { oversightRegion, regionLike } from './region-scope';

export interface DismissedPattern {
  code: string;
  evidence: string;
  dismissed: number;
  upheld: number;
  lastReason: string;
}

/**
 * Officers' decisions on postings' screening flags (issue 13). Upheld flags count against the employer's credit;
 * dismissed ones are gathered by pattern (flag and matched text) so the rules can be improved.
 */
@Injectable()
export class ScreeningDecisionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  async decide(user: AuthUser, input: ScreeningDecisionInput): Promise<ScreeningDecisionEntity> {
    const reason = input.reason.trim();
    if (!reason) throw invalid('reason', '请填写理由');
    const job = await this.jobs.get(user, input.jobPostingId).catch(() => null);
    if (!job || !officerCovers(user, job.workRegionCode))
      throw new AppError(ErrorCode.NOT_FOUND, '岗位不存在或不在您的辖区', 'jobPostingId');
    const flag = (job.screeningFlags ?? []).find((f) => f.code === input.code && f.evidence === input.evidence);
    if (!flag) throw invalid('code', '该岗位没有这条筛查提示');
    return this.ds.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .insert()
        .into(ScreeningDecisionEntity)
        .values({
          jobPostingId: job.id,
          employerId: job.employerId,
          regionCode: job.workRegionCode,
          code: flag.code,
          evidence: flag.evidence.slice(0, 200),
          decision: input.decision,
          reason,
          decidedByUserId: user.id,
          decidedAt: new Date(),
        })
        .orUpdate(['decision', 'reason', 'decided_by_user_id', 'decided_at'], ['job_posting_id', 'code', 'evidence'])
        .execute();
      const saved = (await em
        .getRepository(ScreeningDecisionEntity)
        .findOneBy({ jobPostingId: job.id, code: flag.code, evidence: flag.evidence.slice(0, 200) }))!;
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.SCREENING_FLAG_DECIDED,
        targetType: AuditTargetType.JOB_POSTING,
        targetId: job.id,
        regionCode: job.workRegionCode,
        after: { code: flag.code, evidence: flag.evidence, decision: input.decision },
        reason,
      });
      return saved;
    });
  }

  /** Decisions on the given postings' flags (for the review queue). */
  async forPostings(ids: readonly string[]): Promise<ScreeningDecisionEntity[]> {
    return ids.length ? this.ds.getRepository(ScreeningDecisionEntity).findBy({ jobPostingId: In([...ids]) }) : [];
  }

  /** Flag patterns officers dismissed in the region (theirs by default), most often first: where the rules misfire. */
  async dismissedPatterns(user: AuthUser, regionCode?: string | null): Promise<DismissedPattern[]> {
    const region = oversightRegion(user, regionCode);
    const rows: { code: string; evidence: string; dismissed: number; upheld: number; last_reason: string }[] = await this.ds.query(
      `SELECT code, evidence,
              count(*) FILTER (WHERE decision = $2)::int AS dismissed,
              count(*) FILTER (WHERE decision = $3)::int AS upheld,
              (array_agg(reason ORDER BY decided_at DESC) FILTER (WHERE decision = $2))[1] AS last_reason
         FROM screening_decisions WHERE ($1::text IS NULL OR region_code LIKE $1)
        GROUP BY code, evidence HAVING count(*) FILTER (WHERE decision = $2) > 0
        ORDER BY dismissed DESC, code, evidence LIMIT 200`,
      [region ? regionLike(region) : null, FlagDecision.DISMISS, FlagDecision.UPHOLD],
    );
    return rows.map((r) => ({ code: r.code, evidence: r.evidence, dismissed: r.dismissed, upheld: r.upheld, lastReason: r.last_reason }));
  }
}
