import { ErrorCode, JobPostingStatus, LiveQuestionStatus, LiveRoomStatus, PriorityGroup, Role } from '@jobbridge/contracts';
import {
  ancestorRegionCodes,
  assertLiveRoomTransition,
  decodeCursor,
  encodeCursor,
  isLiveRoomEditable,
  liveRoomFunnel,
  regionPrefix,
} from '@jobbridge/domain';
import { Inject, Injectable } from '@nestjs/common';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden, invalid, notFound } from '../../common/errors/app-error';
import { Page } from '../../common/graphql/connection';
import { EmployersService } from '../employers/employers.service';
import { JobsService } from '../jobs/jobs.service';
import type { JobPostingEntity } from '../jobs/job-posting.entity';
import { RegionsService } from '../regions/regions.service';
import { CurrentUsers } from '../users/current-users';
import { LiveRoomInput, LiveRoomsArgs } from './dto/live-room.input';
import { LiveRoomModel, LiveRoomStatsModel } from './dto/live-room.model';
import { JobFaqEntity, LiveRoomEntity, LiveRoomJobEntity, LiveRoomQuestionEntity } from './live-room.entity';
import { LiveRoomStore } from './live-room-store';
import { LIVE_ROOM_STORE } from './live-room-store.provider';

/** Emitted after commit when a room goes live or ends; the gateway tells everyone in it. */
export interface LiveRoomStatusChanged {
  roomId: string;
  status: LiveRoomStatus;
}

const PIPELINE = ['SUBMITTED', 'VIEWED', 'INTERVIEW', 'OFFER', 'HIRED'];

export type LiveRoomsEvents = { 'room.status': [LiveRoomStatusChanged] };

@Injectable()
export class LiveRoomsService {
  readonly events = new TypedEmitter<LiveRoomsEvents>();

  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    @Inject(LIVE_ROOM_STORE) private readonly store: LiveRoomStore,
    private readonly employers: EmployersService,
    private readonly jobs: JobsService,
    private readonly users: CurrentUsers,
  ) {}

  async toModel(room: LiveRoomEntity, db: DataSource | EntityManager = this.ds): Promise<LiveRoomModel> {
    const hostName = room.employerId
      ? ((await this.employers.findById(room.employerId, db))?.name ?? '')
      : ((await this.users.get(room.hostUserId))?.displayName ?? '');
    return LiveRoomModel.from(room, hostName);
  }

  async find(id: string): Promise<LiveRoomEntity | null> {
    return /^[0-9a-f-]{36}$/i.test(id) ? this.ds.getRepository(LiveRoomEntity).findOneBy({ id }) : null;
  }

  async get(id: string): Promise<LiveRoomModel> {
    const room = await this.find(id);
    if (!room) throw notFound('直播间');
    return this.toModel(room);
  }

  async create(user: AuthUser, input: LiveRoomInput): Promise<LiveRoomModel> {
    const host = await this.hostContext(user);
    this.checkSchedule(input);
    const room = await this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(LiveRoomEntity, {
          ...this.fieldsOf(input),
          hostUserId: user.id,
          hostRole: user.role,
          employerId: host.employerId,
          regionCode: host.regionCode,
          status: LiveRoomStatus.SCHEDULED,
        }),
      );
      await this.saveLineup(em, user, host.employerId, saved.id, input.jobPostingIds);
      return saved;
    });
    return this.toModel(room);
  }

  async update(user: AuthUser, id: string, input: LiveRoomInput): Promise<LiveRoomModel> {
    this.checkSchedule(input);
    const room = await this.ds.transaction(async (em) => {
      const room = await this.lockHosted(em, user, id);
      if (!isLiveRoomEditable(room.status)) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '直播已结束，不能修改');
      const saved = await em.save(Object.assign(room, this.fieldsOf(input)));
      await em.delete(LiveRoomJobEntity, { roomId: room.id });
      await this.saveLineup(em, user, room.employerId, room.id, input.jobPostingIds);
      return saved;
    });
    return this.toModel(room);
  }

  async start(user: AuthUser, id: string): Promise<LiveRoomModel> {
    const room = await this.ds.transaction(async (em) => {
      const room = await this.lockHosted(em, user, id);
      assertLiveRoomTransition(room.status, LiveRoomStatus.LIVE);
      return em.save(Object.assign(room, { status: LiveRoomStatus.LIVE, startedAt: new Date() }));
    });
    this.events.emit('room.status', { roomId: room.id, status: room.status } satisfies LiveRoomStatusChanged);
    return this.toModel(room);
  }

  /**
   * Ends the room and stores its figures: peak, likes, card impressions; questions the host did not answer become
   * their job's FAQ, awaiting the employer's answer. The live state is then forgotten.
   */
  async end(user: AuthUser, id: string): Promise<LiveRoomModel> {
    const room = await this.ds.transaction(async (em) => {
      const room = await this.lockHosted(em, user, id);
      assertLiveRoomTransition(room.status, LiveRoomStatus.ENDED);
      const now = new Date();
      const [counters, impressions] = await Promise.all([this.store.counters(room.id), this.store.impressions(room.id)]);
      await em.query(`UPDATE live_room_pins SET unpinned_at = $2 WHERE room_id = $1 AND unpinned_at IS NULL`, [room.id, now]);
      if (impressions.length) {
        await em.query(
          `INSERT INTO live_room_impressions (room_id, job_posting_id, viewer_key)
           SELECT $1, j, v FROM unnest($2::uuid[], $3::text[]) AS t(j, v) ON CONFLICT DO NOTHING`,
          [room.id, impressions.map((i) => i.jobPostingId), impressions.map((i) => i.viewerKey)],
        );
      }
      await em.query(
        `INSERT INTO job_faqs (job_posting_id, question, question_id, source_room_id, asked_at)
         SELECT q.job_posting_id, q.text, q.id, q.room_id, q.created_at FROM live_room_questions q
          WHERE q.room_id = $1 AND q.status = $2 AND q.job_posting_id IS NOT NULL ON CONFLICT DO NOTHING`,
        [room.id, LiveQuestionStatus.OPEN],
      );
      await em.query(`UPDATE live_room_questions SET status = $3 WHERE room_id = $1 AND status = $2 AND job_posting_id IS NOT NULL`, [
        room.id,
        LiveQuestionStatus.OPEN,
        LiveQuestionStatus.MOVED_TO_FAQ,
      ]);
      return em.save(
        Object.assign(room, {
          status: LiveRoomStatus.ENDED,
          endedAt: now,
          startedAt: room.startedAt ?? null,
          peakViewers: Math.max(room.peakViewers, counters.peakViewers),
          likes: Math.max(room.likes, counters.likes),
        }),
      );
    });
    this.events.emit('room.status', { roomId: room.id, status: room.status } satisfies LiveRoomStatusChanged);
    return this.toModel(room);
  }

  /** Upcoming and live rooms (by default) relevant to a region: in it, above it or below it. Live first, then by start. */
  async list(args: LiveRoomsArgs): Promise<Page<LiveRoomModel>> {
    const statuses = args.statuses?.length ? args.statuses : [LiveRoomStatus.SCHEDULED, LiveRoomStatus.LIVE];
    const qb = this.ds.getRepository(LiveRoomEntity).createQueryBuilder('r').where('r.status IN (:...statuses)', { statuses });
    if (args.regionCode) {
      const region = await this.regions.require(args.regionCode, 'regionCode');
      const ancestors = [region.code, ...ancestorRegionCodes(region.code)];
      qb.andWhere('(r.region_code LIKE :below OR r.region_code IN (:...ancestors))', { below: `${regionPrefix(region.code)}%`, ancestors });
    }
    const first = args.first ?? 20;
    const offset = offsetOf(args.after);
    const [rows, total] = await qb
      .orderBy(`CASE r.status WHEN 'LIVE' THEN 0 WHEN 'SCHEDULED' THEN 1 ELSE 2 END`)
      .addOrderBy('r.scheduled_start', statuses.includes(LiveRoomStatus.ENDED) && statuses.length === 1 ? 'DESC' : 'ASC')
      .addOrderBy('r.id')
      .offset(offset)
      .limit(first)
      .getManyAndCount();
    const models = await Promise.all(rows.map((r) => this.toModel(r)));
    return {
      totalCount: total,
      edges: models.map((node, i) => ({ cursor: encodeCursor([offset + i]), node })),
      pageInfo: { hasNextPage: offset + rows.length < total, endCursor: rows.length ? encodeCursor([offset + rows.length - 1]) : null },
    };
  }

  async mine(user: AuthUser): Promise<LiveRoomModel[]> {
    const rows = await this.ds
      .getRepository(LiveRoomEntity)
      .find({ where: { hostUserId: user.id }, order: { scheduledStart: 'DESC' }, take: 100 });
    return Promise.all(rows.map((r) => this.toModel(r)));
  }

  /** The lineup: every job for the host; for everyone else only jobs that are (or were) published. */
  async lineup(
    room: Pick<LiveRoomModel, 'id' | 'hostUserId'>,
    user: AuthUser | undefined,
  ): Promise<{ position: number; job: JobPostingEntity }[]> {
    const rows = await this.ds
      .getRepository(LiveRoomJobEntity)
      .find({ where: { roomId: room.id }, relations: { jobPosting: true }, order: { position: 'ASC' } });
    const host = user?.id === room.hostUserId;
    return rows
      .filter((r) => r.jobPosting && (host || r.jobPosting.publishedAt))
      .map((r) => ({ position: r.position, job: r.jobPosting! }));
  }

  async questions(user: AuthUser, roomId: string): Promise<LiveRoomQuestionEntity[]> {
    const room = await this.find(roomId);
    if (!room || (room.hostUserId !== user.id && !officerCovers(user, room.regionCode) && user.role !== Role.ADMIN)) throw forbidden();
    return this.ds.getRepository(LiveRoomQuestionEntity).find({ where: { roomId }, order: { createdAt: 'ASC' }, take: 500 });
  }

  async currentViewers(roomId: string, status: LiveRoomStatus): Promise<number | null> {
    return status === LiveRoomStatus.LIVE ? (await this.store.counters(roomId)).viewers : null;
  }

  /** For the host, officers over the room's region and admins: live counters, stored figures and the funnel. */
  async stats(user: AuthUser, roomId: string): Promise<LiveRoomStatsModel> {
    const room = await this.find(roomId);
    if (!room || (room.hostUserId !== user.id && !officerCovers(user, room.regionCode) && user.role !== Role.ADMIN)) throw forbidden();
    const live = room.status === LiveRoomStatus.LIVE ? await this.store.counters(room.id) : null;
    const [viewerRows, impressionRows, applicationRows, questionRow, jobs] = await Promise.all([
      this.ds.query(`SELECT viewer_key, county_code, priority_groups, watch_seconds FROM live_room_viewers WHERE room_id = $1`, [room.id]),
      room.status === LiveRoomStatus.ENDED
        ? this.ds.query(
            `SELECT job_posting_id AS "jobPostingId", viewer_key AS "viewerKey" FROM live_room_impressions WHERE room_id = $1`,
            [room.id],
          )
        : this.store.impressions(room.id),
      this.ds.query(
        `SELECT a.job_posting_id, 'u:' || p.user_id AS viewer_key, array_agg(e.to_status) AS statuses
           FROM applications a JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id JOIN application_events e ON e.application_id = a.id
          WHERE a.live_room_id = $1 GROUP BY a.id, a.job_posting_id, p.user_id`,
        [room.id],
      ),
      this.ds.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'ANSWERED')::int AS answered FROM live_room_questions WHERE room_id = $1`,
        [room.id],
      ),
      this.ds.query(`SELECT j.id, j.title FROM live_room_jobs l JOIN job_postings j ON j.id = l.job_posting_id WHERE l.room_id = $1`, [
        room.id,
      ]),
    ]);
    const viewers = (
      viewerRows as { viewer_key: string; county_code: string | null; priority_groups: PriorityGroup[]; watch_seconds: number }[]
    ).map((v) => ({
      viewerKey: v.viewer_key,
      countyCode: v.county_code,
      priorityGroups: v.priority_groups,
      watchSeconds: v.watch_seconds,
    }));
    const applications = (applicationRows as { job_posting_id: string; viewer_key: string; statuses: string[] }[]).map((a) => ({
      jobPostingId: a.job_posting_id,
      viewerKey: a.viewer_key,
      furthest: PIPELINE[Math.max(0, ...a.statuses.map((s) => PIPELINE.indexOf(s)))] as never,
    }));
    const counties = [...new Set(viewers.map((v) => v.countyCode).filter((c): c is string => !!c))];
    const names = new Map<string, string>(
      counties.length
        ? (await this.ds.query(`SELECT code, name FROM regions WHERE code = ANY($1)`, [counties])).map(
            (r: { code: string; name: string }) => [r.code, r.name],
          )
        : [],
    );
    const funnel = liveRoomFunnel(viewers, impressionRows, applications, (c) => names.get(c) ?? c);
    const titles = new Map<string, string>((jobs as { id: string; title: string }[]).map((j) => [j.id, j.title]));
    const watchSeconds = viewers.reduce((s, v) => s + v.watchSeconds, 0);
    return {
      roomId: room.id,
      status: room.status,
      viewers: live?.viewers ?? 0,
      peakViewers: Math.max(room.peakViewers, live?.peakViewers ?? 0),
      uniqueViewers: viewers.length,
      watchSeconds,
      averageWatchSeconds: viewers.length ? Math.round(watchSeconds / viewers.length) : null,
      likes: Math.max(room.likes, live?.likes ?? 0),
      questions: questionRow[0].total,
      answeredQuestions: questionRow[0].answered,
      total: funnel.total,
      byJob: [...titles].map(([jobPostingId, title]) => ({
        ...(funnel.byJob.find((j) => j.jobPostingId === jobPostingId) ?? {
          viewers: 0,
          impressions: 0,
          applications: 0,
          interviews: 0,
          hires: 0,
          byCounty: [],
          byPriorityGroup: [],
        }),
        jobPostingId,
        title,
      })),
      byCounty: funnel.byCounty,
      byPriorityGroup: funnel.byPriorityGroup,
    };
  }

  async faqs(jobPostingId: string): Promise<JobFaqEntity[]> {
    return this.ds.getRepository(JobFaqEntity).find({ where: { jobPostingId }, order: { askedAt: 'DESC' }, take: 50 });
  }

  /** The employer answers a question left from a live room; it then shows on the job page with its answer. */
  async answerFaq(user: AuthUser, id: string, answer: string): Promise<JobFaqEntity> {
    const faq = await this.ds.getRepository(JobFaqEntity).findOneBy({ id });
    const job = faq ? await this.jobs.findById(faq.jobPostingId) : null;
    if (!faq || !job || !(await this.jobs.actsFor(user, job))) throw forbidden();
    return this.ds.getRepository(JobFaqEntity).save(Object.assign(faq, { answer: answer.trim(), answeredAt: new Date() }));
  }

  /* ------------------------------------------------------------------------------------------------ internals */

  private async hostContext(user: AuthUser): Promise<{ employerId: string | null; regionCode: string }> {
    if (user.role === Role.OFFICER) return { employerId: null, regionCode: user.regionCode! };
    const employer = await this.employers.requireOwn(user);
    return { employerId: employer.id, regionCode: employer.regionCode };
  }

  private checkSchedule(input: LiveRoomInput): void {
    if (input.scheduledEnd && input.scheduledEnd <= input.scheduledStart) throw invalid('scheduledEnd', '结束时间应晚于开播时间');
    if (new Set(input.jobPostingIds).size !== input.jobPostingIds.length) throw invalid('jobPostingIds', '岗位不能重复');
  }

  private fieldsOf(input: LiveRoomInput): Partial<LiveRoomEntity> {
    return {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      scheduledStart: input.scheduledStart,
      scheduledEnd: input.scheduledEnd ?? null,
      coverUrl: input.coverUrl?.trim() || null,
      streamUrl: input.streamUrl?.trim() || null,
    };
  }

  /**
   * The lineup takes only what the host may present: published postings, an employer's own, or (a bureau officer)
   * those of employers in the officer's region. Each refusal names its place in the list (`input.jobPostingIds.<i>`,
   * as a malformed id there is named).
   */
  private async saveLineup(em: EntityManager, user: AuthUser, employerId: string | null, roomId: string, jobIds: string[]): Promise<void> {
    const jobs = await this.jobs.findByIds(jobIds, em);
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const employerIds = [...new Set(jobs.map((j) => j.employerId))];
    const employers = new Map((await this.employers.findByIds(employerIds, em)).map((e) => [e.id, e]));
    jobIds.forEach((id, i) => {
      const field = `input.jobPostingIds.${i}`;
      const job = byId.get(id);
      // Unknown and someone else's postings get the same answer, without the title (a draft is private).
      const mine = job && (employerId ? job.employerId === employerId : officerCovers(user, employers.get(job.employerId)?.regionCode));
      if (!job || !mine)
        throw new AppError(ErrorCode.FORBIDDEN, employerId ? '只能选择本单位的岗位' : '只能选择本辖区用人单位的岗位', field);
      if (job.status !== JobPostingStatus.PUBLISHED)
        throw new AppError(ErrorCode.JOB_NOT_PUBLISHED, `岗位“${job.title}”尚未发布或已下架，只能选择已发布的岗位`, field);
    });
    await em.save(jobIds.map((jobPostingId, position) => em.create(LiveRoomJobEntity, { roomId, jobPostingId, position })));
  }

  /**
   * The host puts one of its rooms on a job fair's programme (a group session), or takes it off (fairId null). Allowed
   * to the fair's officers and to employers with an approved booth at it (the fairs module decides).
   */
  async attachToFair(user: AuthUser, roomId: string, fairId: string | null, mayAttach: (fairId: string) => Promise<boolean>) {
    const room = await this.ds.transaction(async (em) => {
      const r = await this.lockHosted(em, user, roomId);
      if (r.status === LiveRoomStatus.ENDED) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '直播已结束', 'liveRoomId');
      if (fairId && !(await mayAttach(fairId)))
        throw new AppError(ErrorCode.FORBIDDEN, '只有招聘会主办方或参展单位可以添加直播专场', 'fairId');
      return em.save(Object.assign(r, { jobFairId: fairId }));
    });
    return this.toModel(room);
  }

  /** A fair's group sessions, by start time. */
  async ofFair(fairId: string): Promise<LiveRoomModel[]> {
    const rows = await this.ds
      .getRepository(LiveRoomEntity)
      .find({ where: { jobFairId: fairId }, order: { scheduledStart: 'ASC' }, take: 50 });
    return Promise.all(rows.map((r) => this.toModel(r)));
  }

  private async lockHosted(em: EntityManager, user: AuthUser, id: string): Promise<LiveRoomEntity> {
    const room = /^[0-9a-f-]{36}$/i.test(id)
      ? await em.getRepository(LiveRoomEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!room || room.hostUserId !== user.id) throw forbidden();
    return room;
  }
}

function offsetOf(after: string | undefined): number {
  if (!after) return 0;
  const c = decodeCursor(after);
  if (!c || c.length !== 1 || typeof c[0] !== 'number' || !Number.isSafeInteger(c[0]) || c[0] < 0) throw invalid('after', '分页游标无效');
  return c[0] + 1;
}
