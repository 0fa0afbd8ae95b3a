import { AuditAction, AuditTargetType, ErrorCode, ReportAction, ReportStatus, ReportTargetType, Role } from '@jobbridge/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { saveOnce } from '../../common/database/save-once';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, invalid } from '../../common/errors/app-error';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { AuditService } from '../audit/audit.service';
import { EmployersService } from '../employers/employers.service';
import { JobFairsService } from '../job-fairs/job-fairs.service';
import { JobsService } from '../jobs/jobs.service';
import { LiveRoomsService } from '../live-rooms/live-rooms.service';
import { ReportContentInput, ReportsArgs, ResolveReportInput } from './dto/oversight.input';
import { ContentReportEntity } from './oversight.entity';
import { oversightRegion, regionLike } from './region-scope';

/** Photos: data URLs of JPEG, PNG or WebP images, at most 3, each up to 190,000 characters (under the API's 200,000 per text). */
const PHOTO = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/;
const MAX_PHOTOS = 3;
const MAX_PHOTO_CHARS = 190_000;

export type ReportsEvents = {
  /** After commit: the reporter is told the officer's decision. */
  'report.resolved': [{ reportId: string; reporterUserId: string; action: ReportAction }];
};

/**
 * Seekers' reports (issue 13): about a posting, a live room or a fair booth, for discrimination, fees, a fake job, pay or
 * conditions not as described, or abuse. They queue for the officers of the target's region, who act (warn, suspend
 * the posting, suspend the employer's hiring, or dismiss); the reporter hears the decision; the employer sees only
 * the decision (never the reporter, the text or the photos).
 */
@Injectable()
export class ReportsService {
  readonly events = new TypedEmitter<ReportsEvents>();

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
    private readonly liveRooms: LiveRoomsService,
    private readonly fairs: JobFairsService,
    private readonly employers: EmployersService,
    private readonly audit: AuditService,
  ) {}

  async report(user: AuthUser, input: ReportContentInput): Promise<ContentReportEntity> {
    const text = input.text.trim();
    if (!text) throw invalid('text', '请写明举报的情况');
    const photos = input.photos ?? [];
    if (photos.length > MAX_PHOTOS) throw invalid('photos', `最多上传 ${MAX_PHOTOS} 张照片`);
    photos.forEach((p, i) => {
      if (p.length > MAX_PHOTO_CHARS) throw invalid(`photos.${i}`, '照片过大，请压缩到 140KB 以内');
      if (!PHOTO.test(p)) throw invalid(`photos.${i}`, '照片格式不支持（仅 JPG、PNG、WebP）');
    });
    const target = await this.target(user, input.targetType, input.targetId);
    const repo = this.ds.getRepository(ContentReportEntity);
    return saveOnce(repo, input.idempotencyKey ? { reporterUserId: user.id, idempotencyKey: input.idempotencyKey } : null, () =>
      repo.create({
        reporterUserId: user.id,
        targetType: input.targetType,
        targetId: input.targetId,
        jobPostingId: target.jobPostingId,
        employerId: target.employerId,
        regionCode: target.regionCode,
        category: input.category,
        text,
        photos,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
    );
  }

  /**
   * Officers: the region's reports (theirs by default), open first, oldest first. Seekers: their own reports with the
   * decisions. Employers: the decisions on reports about them (resolved and acted on: no text, photos or reporter).
   */
  async list(user: AuthUser, args: ReportsArgs): Promise<ContentReportEntity[]> {
    const qb = this.ds.getRepository(ContentReportEntity).createQueryBuilder('r');
    if (user.role === Role.JOB_SEEKER) qb.where('r.reporter_user_id = :u', { u: user.id }).orderBy('r.created_at', 'DESC');
    else if (user.role === Role.EMPLOYER) {
      const employer = await this.employers.requireOwn(user);
      qb.where('r.employer_id = :e AND r.status = :resolved AND r.action <> :dismiss', {
        e: employer.id,
        resolved: ReportStatus.RESOLVED,
        dismiss: ReportAction.DISMISS,
      }).orderBy('r.resolved_at', 'DESC');
    } else {
      const region = oversightRegion(user, args.regionCode);
      qb.where('1 = 1');
      if (region) qb.andWhere('r.region_code LIKE :r', { r: regionLike(region) });
      qb.orderBy('r.status', 'ASC').addOrderBy('r.created_at', 'ASC');
    }
    if (args.status) qb.andWhere('r.status = :s', { s: args.status });
    return qb.take(200).getMany();
  }

  /** Reports about the employer made before this one. */
  async countEarlier(employerId: string, reportId: string): Promise<number> {
    const [row]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM content_reports WHERE employer_id = $1 AND created_at < (SELECT created_at FROM content_reports WHERE id = $2)`,
      [employerId, reportId],
    );
    return row?.n ?? 0;
  }

  /** The officer acts on an open report; the action and the report's resolution commit together, audited. */
  async resolve(user: AuthUser, input: ResolveReportInput): Promise<ContentReportEntity> {
    const note = input.note.trim();
    if (!note) throw invalid('note', '请填写处理意见');
    let closedPosting: string | null = null;
    let suspended = false;
    const saved = await this.ds.transaction(async (em) => {
      const r = await em.getRepository(ContentReportEntity).findOne({ where: { id: input.reportId }, lock: { mode: 'pessimistic_write' } });
      if (!r || !officerCovers(user, r.regionCode)) throw new AppError(ErrorCode.NOT_FOUND, '举报不存在或不在您的辖区', 'reportId');
      if (r.status === ReportStatus.RESOLVED) {
        // A second tap with the same decision answers the first; a different one is refused.
        if (r.action === input.action) return r;
        throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '该举报已处理', 'reportId');
      }
      if (input.action === ReportAction.SUSPEND_POSTING && !r.jobPostingId) throw invalid('action', '该举报不涉及具体岗位，不能下架岗位');
      if (input.action === ReportAction.SUSPEND_EMPLOYER || input.action === ReportAction.WARN) {
        if (!r.employerId) throw invalid('action', '该举报不涉及用人单位');
      }
      if (input.action === ReportAction.SUSPEND_EMPLOYER) {
        await this.employers.suspendHiring(em, r.employerId!, note);
        await this.jobs.closeAllOf(em, r.employerId!);
        suspended = true;
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.EMPLOYER_SUSPENDED,
          targetType: AuditTargetType.EMPLOYER,
          targetId: r.employerId!,
          regionCode: r.regionCode,
          after: { reportId: r.id },
          reason: note,
        });
      }
      if (input.action === ReportAction.SUSPEND_POSTING) closedPosting = r.jobPostingId;
      const done = await em.save(
        Object.assign(r, {
          status: ReportStatus.RESOLVED,
          action: input.action,
          resolutionNote: note,
          resolvedByUserId: user.id,
          resolvedAt: new Date(),
        }),
      );
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.REPORT_RESOLVED,
        targetType: AuditTargetType.REPORT,
        targetId: r.id,
        regionCode: r.regionCode,
        after: { action: input.action, targetType: r.targetType, targetId: r.targetId },
        reason: note,
      });
      return done;
    });
    if (suspended) this.jobs.nudgeIndex();
    // Closing one posting goes through the jobs module's own path (audited there as an officer's close).
    if (closedPosting) await this.jobs.close(user, closedPosting).catch(() => undefined);
    this.events.emit('report.resolved', { reportId: saved.id, reporterUserId: saved.reporterUserId, action: saved.action! });
    return saved;
  }

  private async target(
    user: AuthUser,
    type: ReportTargetType,
    id: string,
  ): Promise<{ employerId: string | null; regionCode: string; jobPostingId: string | null }> {
    const missing = () => new AppError(ErrorCode.NOT_FOUND, '举报对象不存在', 'targetId');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw missing();
    if (type === ReportTargetType.JOB_POSTING) {
      const job = await this.jobs.get(user, id).catch(() => null);
      if (!job) throw missing();
      return { employerId: job.employerId, regionCode: job.workRegionCode, jobPostingId: job.id };
    }
    if (type === ReportTargetType.LIVE_ROOM) {
      const room = await this.liveRooms.find(id);
      if (!room) throw missing();
      return { employerId: room.employerId, regionCode: room.regionCode, jobPostingId: null };
    }
    const booth = await this.fairs.booth(id);
    if (!booth) throw missing();
    const fair = await this.fairs.get(user, booth.fairId).catch(() => null);
    if (!fair) throw missing();
    return {
      employerId: booth.employerId,
      regionCode: fair.regionCode,
      jobPostingId: booth.jobPostingIds.length === 1 ? booth.jobPostingIds[0] : null,
    };
  }
}
