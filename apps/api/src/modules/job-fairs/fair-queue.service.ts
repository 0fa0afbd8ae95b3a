import { ApplicationStatus, BoothStatus, ErrorCode, JobFairStatus, Role, TalkOutcome, TicketStatus } from '@jobbridge/contracts';
import {
  assertMayQueue,
  chinaCalendarDate,
  formatIsoDate,
  assertTicketTransition,
  estimatedWaitSeconds,
  HOLDING_TICKET_STATUSES,
  mayRequestCallback,
  shortTicketNumber,
  TICKET_TRANSITIONS,
} from '@jobbridge/domain';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden, invalid } from '../../common/errors/app-error';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { inBackground } from '../../common/database/background';
import { ApplicationsService } from '../applications/applications.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { CallbackInput, EndTalkInput } from './dto/job-fair.input';
import { QueueTicketModel } from './dto/job-fair.model';
import { FairPresence } from './fair-presence';
import { oldestFirst, recentTalksSql, ticketFromRow } from './fair-sql';
import { FairBoothEntity, FairCallbackEntity, FairTicketEntity, JobFairEntity } from './job-fair.entity';
import { JobFairsService } from './job-fairs.service';

/**
 * What a change does to the places of a booth's waiting tickets: `all` (someone left the line or was called: everyone
 * behind moves up), `none` (a talk began or ended: nobody waiting moved), or the id of a ticket that joined at the end
 * (only that ticket has a new place).
 */
export type PlacesMoved = 'all' | 'none' | { joined: string };

/** After-commit event for realtime pushes: a ticket changed state, and with it its booth's queue. */
export type FairQueueEvents = {
  'queue.changed': [{ fairId: string; boothId: string; ticketId: string; userId: string; status: TicketStatus; places: PlacesMoved }];
};

const OUTCOME_STATUS: Partial<Record<TalkOutcome, ApplicationStatus>> = {
  [TalkOutcome.AGREEMENT]: ApplicationStatus.OFFER,
  [TalkOutcome.INTERVIEW]: ApplicationStatus.INTERVIEW,
};

type LockedBooth = FairBoothEntity & { fair: JobFairEntity };
type LockedTicket = FairTicketEntity & { booth: FairBoothEntity; fair: JobFairEntity };

/** The states a ticket may move to `to` from, as the domain's transition table says (for guarded UPDATEs). */
const movesTo = (to: TicketStatus): TicketStatus[] =>
  (Object.keys(TICKET_TRANSITIONS) as TicketStatus[]).filter((from) => TICKET_TRANSITIONS[from].includes(to));

const isUniqueViolation = (e: unknown) => e instanceof QueryFailedError && (e.driverError as { code?: string })?.code === '23505';

const sameChinaDay = (a: Date, b: Date) => formatIsoDate(chinaCalendarDate(a)) === formatIsoDate(chinaCalendarDate(b));

/** How often each process looks for calls whose answer window ran out. */
const SWEEP_MS = 1000;

/**
 * Booth queues and one-to-one talks (issue 12). PostgreSQL holds every ticket: a place is the ticket's rank among its
 * booth's WAITING tickets, computed when asked, so it is exact on any number of API processes and across restarts.
 * Joining and calling lock the booth's row (one change at a time per booth, and the ticket sequence); a seeker's
 * places at one fair are counted under an advisory lock, so the fair's limit holds when two joins race.
 */
@Injectable()
export class FairQueueService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly events = new TypedEmitter<FairQueueEvents>();
  private readonly logger = new Logger(FairQueueService.name);
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    private readonly fairs: JobFairsService,
    private readonly seekers: JobSeekersService,
    private readonly applications: ApplicationsService,
    private readonly presence: FairPresence,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(
      () => void inBackground(() => this.expireCalls()).catch((e) => this.logger.warn(`expiring calls: ${e}`)),
      SWEEP_MS,
    );
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /* ------------------------------------------------------------------------------------------- seekers */

  async join(user: AuthUser, boothId: string, now = new Date()): Promise<QueueTicketModel> {
    const profile = await this.seekers.requireOwn(user);
    const { ticket, place, number, answerWindowSeconds, talks } = await this.ds.transaction(async (em) => {
      const { booth } = (await this.lockBooth(em, boothId)) ?? {};
      if (!booth || booth.status !== BoothStatus.APPROVED) throw new AppError(ErrorCode.NOT_FOUND, '展位不存在', 'boothId');
      const fair = booth.fair;
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`fair-seeker:${fair.id}:${user.id}`]);
      // The seeker's places at this fair, the booth's queue length, the seeker's check-in and the booth's recent talks,
      // in one statement (the booth is locked and the seeker's places are under the advisory lock: exact).
      const [c]: { held: number; here: number; waiting: number; checked_in_at: Date | null; talks: number[] }[] = await em.query(
        `SELECT c.held, c.here, c.waiting,
                (SELECT r.checked_in_at FROM fair_registrations r WHERE r.fair_id = $1 AND r.user_id = $2) AS checked_in_at,
                ${recentTalksSql('$3')} AS talks
           FROM (SELECT count(*) FILTER (WHERE user_id = $2 AND status IN ('WAITING', 'CALLED', 'IN_TALK'))::int AS held,
                        count(*) FILTER (WHERE user_id = $2 AND booth_id = $3 AND status IN ('WAITING', 'CALLED', 'IN_TALK'))::int AS here,
                        count(*) FILTER (WHERE booth_id = $3 AND status = 'WAITING')::int AS waiting
                   FROM fair_tickets WHERE fair_id = $1 AND (user_id = $2 OR booth_id = $3)) c`,
        [fair.id, user.id, booth.id],
      );
      assertMayQueue(fair, { groups: profile.priorityGroups, heldQueues: c.held, alreadyAtBooth: c.here > 0 }, now);
      const onSite = !!c.checked_in_at && sameChinaDay(new Date(c.checked_in_at), now);
      // The next sequence number and the ticket, in one statement.
      const [row]: Record<string, unknown>[] = await em.query(
        `WITH s AS (UPDATE fair_booths SET last_ticket_seq = last_ticket_seq + 1 WHERE id = $1 RETURNING last_ticket_seq)
         INSERT INTO fair_tickets (fair_id, booth_id, user_id, seeker_profile_id, seq, status, joined_at, on_site)
         SELECT $2, $1, $3, $4, s.last_ticket_seq, 'WAITING', $5, $6 FROM s RETURNING *`,
        [booth.id, fair.id, user.id, profile.id, now, onSite],
      );
      return {
        ticket: ticketFromRow(em, row),
        place: c.waiting + 1,
        number: booth.number ?? '—',
        answerWindowSeconds: fair.answerWindowSeconds,
        talks: c.talks,
      };
    });
    this.changed(ticket, { joined: ticket.id });
    // The answer is computed from what the transaction saw (no second read of the queue); reps online from presence.
    const repsOnline = (await this.presence.repsOnline([ticket.boothId])).get(ticket.boothId) ?? 0;
    return QueueTicketModel.from(ticket, {
      number: shortTicketNumber(number, ticket.seq),
      place,
      estimatedWaitSeconds: estimatedWaitSeconds(place, oldestFirst(talks), repsOnline),
      answerWindowSeconds,
    });
  }

  /** The seeker leaves a queue (waiting or called): the place is freed and everyone behind moves up. */
  async leave(user: AuthUser, ticketId: string): Promise<QueueTicketModel> {
    // One guarded statement; when it changes nothing, the transaction below finds out why (and says so).
    const [fast] = await this.moveFast(
      `WITH old AS (SELECT id, status FROM fair_tickets WHERE id = $1 AND user_id = $2 AND status = ANY($3::varchar[]) FOR UPDATE)
       UPDATE fair_tickets t SET status = 'LEFT', ended_at = $4 FROM old, fair_booths b, job_fairs f
        WHERE t.id = old.id AND b.id = t.booth_id AND f.id = t.fair_id
       RETURNING t.*, old.status AS x_was, b.number AS x_booth_number, f.answer_window_seconds AS x_answer_window_seconds`,
      [ticketId, user.id, movesTo(TicketStatus.LEFT), new Date()],
    );
    if (fast) {
      this.changed(fast.ticket, fast.row.x_was === TicketStatus.WAITING ? 'all' : 'none');
      return fast.model;
    }
    const { ticket, wasWaiting } = await this.ds.transaction(async (em) => {
      const t = await this.lockTicket(em, ticketId);
      if (t.userId !== user.id) throw new AppError(ErrorCode.NOT_FOUND, '排队记录不存在', 'ticketId');
      assertTicketTransition(t.status, TicketStatus.LEFT);
      const wasWaiting = t.status === TicketStatus.WAITING;
      return { ticket: await this.update(em, t, { status: TicketStatus.LEFT, endedAt: new Date() }), wasWaiting };
    });
    this.changed(ticket, wasWaiting ? 'all' : 'none');
    return this.model(ticket);
  }

  /**
   * The called seeker accepts within the fair's answer window: the talk begins. Too late, the ticket is MISSED (and
   * stays so; the seeker may queue again at the end).
   */
  async accept(user: AuthUser, ticketId: string, now = new Date()): Promise<QueueTicketModel> {
    const [fast] = await this.moveFast(
      `UPDATE fair_tickets t SET status = 'IN_TALK', accepted_at = $4 FROM fair_booths b, job_fairs f
        WHERE t.id = $1 AND t.user_id = $2 AND t.status = ANY($3::varchar[]) AND b.id = t.booth_id AND f.id = t.fair_id
          AND t.called_at + make_interval(secs => f.answer_window_seconds) >= $4
       RETURNING t.*, b.number AS x_booth_number, f.answer_window_seconds AS x_answer_window_seconds`,
      [ticketId, user.id, movesTo(TicketStatus.IN_TALK), now],
    );
    if (fast) {
      this.changed(fast.ticket, 'none');
      return fast.model;
    }
    // Not accepted at once: not this seeker's, not called, or too late (then MISSED) — the transaction tells which.
    let missed = false;
    const ticket = await this.ds.transaction(async (em) => {
      const t = await this.lockTicket(em, ticketId);
      if (t.userId !== user.id) throw new AppError(ErrorCode.NOT_FOUND, '排队记录不存在', 'ticketId');
      if (t.status === TicketStatus.CALLED && t.calledAt && now.getTime() > t.calledAt.getTime() + t.fair.answerWindowSeconds * 1000) {
        missed = true;
        return this.update(em, t, { status: TicketStatus.MISSED, endedAt: now });
      }
      assertTicketTransition(t.status, TicketStatus.IN_TALK);
      return this.update(em, t, { status: TicketStatus.IN_TALK, acceptedAt: now });
    });
    this.changed(ticket, 'none');
    if (missed) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '叫号已过期，可重新排队', 'ticketId');
    return this.model(ticket);
  }

  /** The seeker's tickets (at one fair, or all), newest first, with places and waits. */
  async mine(user: AuthUser, fairId?: string): Promise<QueueTicketModel[]> {
    const rows = await this.ds.getRepository(FairTicketEntity).find({
      where: { userId: user.id, ...(fairId ? { fairId } : {}) },
      order: { joinedAt: 'DESC' },
      take: 100,
    });
    return this.models(rows);
  }

  /**
   * A seeker asks to be called back instead of queueing: allowed when the booth has no rep online or its wait is over
   * the booth's threshold. One open request per seeker and booth (asking again returns it).
   */
  async requestCallback(user: AuthUser, input: CallbackInput): Promise<FairCallbackEntity> {
    const booth = await this.fairs.booth(input.boothId);
    if (!booth || booth.status !== BoothStatus.APPROVED) throw new AppError(ErrorCode.NOT_FOUND, '展位不存在', 'boothId');
    const fair = await this.ds.getRepository(JobFairEntity).findOneByOrFail({ id: booth.fairId });
    if (fair.status !== JobFairStatus.LIVE) throw new AppError(ErrorCode.FAIR_NOT_OPEN, '招聘会进行中才能留言', 'boothId');
    const live = (await this.fairs.live([booth])).get(booth.id)!;
    if (!mayRequestCallback(live.estimatedWaitSeconds, booth.callbackThresholdSeconds))
      throw new AppError(ErrorCode.VALIDATION_FAILED, '该展位当前等候时间不长，请直接排队', 'boothId');
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`fair-callback:${booth.id}:${user.id}`]);
      const open = await em.getRepository(FairCallbackEntity).findOneBy({ boothId: booth.id, userId: user.id, answeredAt: IsNull() });
      if (open) return open;
      return em.save(em.create(FairCallbackEntity, { fairId: fair.id, boothId: booth.id, userId: user.id, message: input.message.trim() }));
    });
  }

  /* ------------------------------------------------------------------------------------------- reps */

  /**
   * A rep of the booth calls the next waiting ticket (first come, first served); the seeker is told at once and has the
   * fair's answer window to accept. A rep holds one call or talk at a time. Null when nobody is waiting.
   */
  async callNext(user: AuthUser, boothId: string, now = new Date()): Promise<QueueTicketModel | null> {
    // One guarded statement: the first waiting ticket not being taken by another rep at this instant (SKIP LOCKED keeps
    // two reps calling at once from taking the same one), at a live fair, by a rep of the booth who holds no other call
    // or talk there (the unique index uq_fair_tickets_rep_busy holds that even when two calls race).
    const member = user.role === Role.EMPLOYER ? await this.fairs.membershipOf(user.id) : null;
    if (member) {
      const [fast] = await this.moveFast(
        `UPDATE fair_tickets t SET status = 'CALLED', called_at = $3, rep_user_id = $2 FROM fair_booths b, job_fairs f
          WHERE t.id = (SELECT w.id FROM fair_tickets w WHERE w.booth_id = $1 AND w.status = 'WAITING' ORDER BY w.seq LIMIT 1 FOR UPDATE SKIP LOCKED)
            AND t.status = 'WAITING' AND b.id = t.booth_id AND f.id = t.fair_id AND f.status = 'LIVE'
            AND $2::uuid = ANY(b.staff_user_ids) AND b.employer_id = $4
            AND NOT EXISTS (SELECT 1 FROM fair_tickets x WHERE x.booth_id = $1 AND x.rep_user_id = $2 AND x.status IN ('CALLED', 'IN_TALK'))
         RETURNING t.*, b.number AS x_booth_number, f.answer_window_seconds AS x_answer_window_seconds`,
        [boothId, user.id, now, member.employerId],
      ).catch((e: unknown) => {
        if (isUniqueViolation(e)) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '请先结束当前叫号或洽谈', 'boothId');
        throw e;
      });
      if (fast) {
        this.changed(fast.ticket, 'all');
        return fast.model;
      }
    }
    // Nobody was called at once: an empty queue, or a refusal the transaction below names.
    const called = await this.ds.transaction(async (em) => {
      const locked = await this.lockBooth(em, boothId, user.id);
      if (!locked || !(await this.fairs.staffs(user, locked.booth, em)))
        throw new AppError(ErrorCode.FORBIDDEN, '您不是该展位的招聘人员', 'boothId');
      const { booth, repBusy } = locked;
      if (booth.fair.status !== JobFairStatus.LIVE) throw new AppError(ErrorCode.FAIR_NOT_OPEN, '招聘会未在进行中', 'boothId');
      if (repBusy) throw new AppError(ErrorCode.INVALID_STATUS_TRANSITION, '请先结束当前叫号或洽谈', 'boothId');
      // First come, first served: the lowest sequence still waiting (the booth is locked, so no other call races; a
      // seeker leaving at this instant is skipped by the status check, and the next one is taken).
      for (let attempt = 0; attempt < 3; attempt++) {
        const [rows]: [Record<string, unknown>[], number] = await em.query(
          `UPDATE fair_tickets SET status = 'CALLED', called_at = $2, rep_user_id = $3
            WHERE id = (SELECT id FROM fair_tickets WHERE booth_id = $1 AND status = 'WAITING' ORDER BY seq LIMIT 1) AND status = 'WAITING'
            RETURNING *`,
          [booth.id, now, user.id],
        );
        if (rows.length) return { ticket: ticketFromRow(em, rows[0]), booth };
        const [{ waiting }]: { waiting: boolean }[] = await em.query(
          `SELECT EXISTS (SELECT 1 FROM fair_tickets WHERE booth_id = $1 AND status = 'WAITING') AS waiting`,
          [booth.id],
        );
        if (!waiting) return null;
      }
      return null;
    });
    if (!called) return null;
    this.changed(called.ticket, 'all');
    return QueueTicketModel.from(called.ticket, {
      number: shortTicketNumber(called.booth.number ?? '—', called.ticket.seq),
      place: null,
      estimatedWaitSeconds: null,
      answerWindowSeconds: called.booth.fair.answerWindowSeconds,
    });
  }

  /**
   * The rep closes the talk with an outcome and a note. AGREEMENT (达成意向) and INTERVIEW need one of the booth's jobs;
   * they create or move the seeker's application for it (source JOB_FAIR) in the same transaction.
   */
  async endTalk(user: AuthUser, input: EndTalkInput): Promise<QueueTicketModel> {
    const status = OUTCOME_STATUS[input.outcome];
    if (status && !input.jobPostingId) throw invalid('jobPostingId', '请选择洽谈的岗位');
    if (input.outcome === TalkOutcome.INTERVIEW && !input.interviewAt) throw invalid('interviewAt', '请填写面试时间');
    const member = !status && user.role === Role.EMPLOYER ? await this.fairs.membershipOf(user.id) : null;
    if (member) {
      // No application to write: one guarded statement (the rep who holds the talk, still on the booth's team).
      const [fast] = await this.moveFast(
        `UPDATE fair_tickets t SET status = 'DONE', ended_at = $4, outcome = $5, note = $6, job_posting_id = $7
           FROM fair_booths b, job_fairs f
          WHERE t.id = $1 AND t.rep_user_id = $2 AND t.status = ANY($3::varchar[]) AND b.id = t.booth_id AND f.id = t.fair_id
            AND $2::uuid = ANY(b.staff_user_ids) AND b.employer_id = $8 AND ($7::uuid IS NULL OR $7::uuid = ANY(b.job_posting_ids))
         RETURNING t.*, b.number AS x_booth_number, f.answer_window_seconds AS x_answer_window_seconds`,
        [
          input.ticketId,
          user.id,
          movesTo(TicketStatus.DONE),
          new Date(),
          input.outcome,
          input.note?.trim() || null,
          input.jobPostingId ?? null,
          member.employerId,
        ],
      );
      if (fast) {
        this.changed(fast.ticket, 'none');
        return fast.model;
      }
    }
    const { ticket, afterCommit } = await this.ds.transaction(async (em) => {
      const t = await this.lockTicket(em, input.ticketId);
      const booth = t.booth;
      if (t.repUserId !== user.id || !(await this.fairs.staffs(user, booth, em)))
        throw new AppError(ErrorCode.FORBIDDEN, '只能结束自己的洽谈', 'ticketId');
      assertTicketTransition(t.status, TicketStatus.DONE);
      if (input.jobPostingId && !booth.jobPostingIds.includes(input.jobPostingId)) throw invalid('jobPostingId', '请选择本展位的岗位');
      let afterCommit: (() => Promise<void>) | null = null;
      if (status) {
        const r = await this.applications.recordFairOutcome(em, user, {
          seekerProfileId: t.seekerProfileId,
          jobPostingId: input.jobPostingId!,
          jobFairId: t.fairId,
          status,
          note: input.note?.trim() || null,
        });
        t.applicationId = r.application.id;
        afterCommit = r.afterCommit;
      }
      const saved = await this.update(em, t, {
        status: TicketStatus.DONE,
        endedAt: new Date(),
        outcome: input.outcome,
        note: input.note?.trim() || null,
        jobPostingId: input.jobPostingId ?? null,
        applicationId: t.applicationId,
        interviewAt: input.outcome === TalkOutcome.INTERVIEW ? input.interviewAt! : null,
        interviewPlace: input.outcome === TalkOutcome.INTERVIEW ? input.interviewPlace?.trim() || null : null,
      });
      return { ticket: saved, afterCommit };
    });
    await afterCommit?.();
    this.changed(ticket, 'none');
    return this.model(ticket);
  }

  /** The booth's console: tickets waiting, called and in talk, in order. */
  async boothQueue(user: AuthUser, boothId: string): Promise<QueueTicketModel[]> {
    await this.requireStaffOrOfficer(user, boothId);
    const rows = await this.ds.getRepository(FairTicketEntity).find({
      where: { boothId, status: In([...HOLDING_TICKET_STATUSES]) },
      order: { seq: 'ASC' },
      take: 500,
    });
    return this.models(rows);
  }

  async boothCallbacks(user: AuthUser, boothId: string): Promise<FairCallbackEntity[]> {
    await this.requireStaffOrOfficer(user, boothId);
    return this.ds
      .getRepository(FairCallbackEntity)
      .find({ where: { boothId }, order: { answeredAt: 'DESC', createdAt: 'ASC' }, take: 200 });
  }

  async answerCallback(user: AuthUser, callbackId: string): Promise<FairCallbackEntity> {
    const cb = await this.ds.getRepository(FairCallbackEntity).findOneBy({ id: callbackId });
    const booth = cb ? await this.fairs.booth(cb.boothId) : null;
    if (!cb || !booth || !(await this.fairs.staffs(user, booth))) throw new AppError(ErrorCode.NOT_FOUND, '留言不存在', 'id');
    if (cb.answeredAt) return cb;
    return this.ds.getRepository(FairCallbackEntity).save(Object.assign(cb, { answeredAt: new Date(), answeredByUserId: user.id }));
  }

  /**
   * Calls not accepted within their fair's answer window become MISSED, and the rep who called is given the next
   * ticket when still online. Every process runs this each second; the row locks make each expiry happen once.
   */
  async expireCalls(now = new Date()): Promise<number> {
    const expired: FairTicketEntity[] = await this.ds.transaction(async (em) => {
      const rows: { id: string }[] = await em.query(
        `SELECT t.id FROM fair_tickets t JOIN job_fairs f ON f.id = t.fair_id
          WHERE t.status = 'CALLED' AND t.called_at + make_interval(secs => f.answer_window_seconds) < $1
          ORDER BY t.called_at LIMIT 200 FOR UPDATE OF t SKIP LOCKED`,
        [now],
      );
      if (!rows.length) return [];
      await em.update(FairTicketEntity, { id: In(rows.map((r) => r.id)) }, { status: TicketStatus.MISSED, endedAt: now });
      return em.getRepository(FairTicketEntity).findBy({ id: In(rows.map((r) => r.id)) });
    });
    for (const t of expired) {
      this.changed(t, 'none');
      if (t.repUserId && (await this.presence.repsAt(t.boothId)).includes(t.repUserId))
        await this.callNext({ id: t.repUserId, role: Role.EMPLOYER, displayName: '', regionCode: null }, t.boothId, now).catch(() => null);
    }
    return expired.length;
  }

  /* ------------------------------------------------------------------------------------------- internals */

  private async requireStaffOrOfficer(user: AuthUser, boothId: string): Promise<FairBoothEntity> {
    const booth = await this.fairs.booth(boothId);
    if (!booth) throw new AppError(ErrorCode.NOT_FOUND, '展位不存在', 'boothId');
    if (await this.fairs.staffs(user, booth)) return booth;
    const fair = await this.ds.getRepository(JobFairEntity).findOneByOrFail({ id: booth.fairId });
    if (!this.fairs.manages(user, fair)) throw forbidden();
    return booth;
  }

  /**
   * The ticket locked (FOR UPDATE OF the ticket only), with its booth and fair, in one statement. Changing a ticket
   * needs no booth lock: places are ranks, computed when read.
   */
  private async lockTicket(em: EntityManager, id: string): Promise<LockedTicket> {
    const t = (await em
      .getRepository(FairTicketEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.booth', FairBoothEntity, 'b', 'b.id = t.booth_id')
      .innerJoinAndMapOne('t.fair', JobFairEntity, 'f', 'f.id = t.fair_id')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['t'])
      .getOne()) as LockedTicket | null;
    if (!t) throw new AppError(ErrorCode.NOT_FOUND, '排队记录不存在', 'ticketId');
    return t;
  }

  /**
   * The booth locked (FOR UPDATE OF the booth: one join or call at a time per booth) with its fair, and whether the rep
   * (when given) already holds a call or talk there, in one statement.
   */
  private async lockBooth(
    em: EntityManager,
    boothId: string,
    repUserId?: string,
  ): Promise<{ booth: LockedBooth; repBusy: boolean } | null> {
    const { entities, raw } = await em
      .getRepository(FairBoothEntity)
      .createQueryBuilder('b')
      .innerJoinAndMapOne('b.fair', JobFairEntity, 'f', 'f.id = b.fair_id')
      .addSelect(
        repUserId
          ? `EXISTS (SELECT 1 FROM fair_tickets bt WHERE bt.booth_id = b.id AND bt.rep_user_id = :rep AND bt.status IN ('CALLED', 'IN_TALK'))`
          : 'false',
        'rep_busy',
      )
      .where('b.id = :id', { id: boothId, rep: repUserId ?? null })
      .setLock('pessimistic_write', undefined, ['b'])
      .getRawAndEntities();
    if (!entities.length) return null;
    return { booth: entities[0] as LockedBooth, repBusy: !!(raw[0] as { rep_busy: boolean }).rep_busy };
  }

  /**
   * Runs a guarded UPDATE … RETURNING t.*, x_booth_number, x_answer_window_seconds (no transaction of its own: one
   * statement is atomic), and gives the changed ticket with its answer. Empty when the guard let nothing through.
   */
  private async moveFast(
    sql: string,
    params: unknown[],
  ): Promise<{ ticket: FairTicketEntity; model: QueueTicketModel; row: Record<string, unknown> }[]> {
    const [rows]: [Record<string, unknown>[], number] = await this.ds.query(sql, params);
    return rows.map((row) => {
      const ticket = ticketFromRow(this.ds, row);
      const model = QueueTicketModel.from(ticket, {
        number: shortTicketNumber((row.x_booth_number as string | null) ?? '—', ticket.seq),
        place: null,
        estimatedWaitSeconds: null,
        answerWindowSeconds: row.x_answer_window_seconds as number,
      });
      return { ticket, model, row };
    });
  }

  /** Writes the changed columns in one UPDATE (no reload) and returns the ticket as it now is. */
  private async update<T extends FairTicketEntity>(em: EntityManager, t: T, set: Partial<FairTicketEntity>): Promise<T> {
    await em.createQueryBuilder().update(FairTicketEntity).set(set).where('id = :id', { id: t.id }).execute();
    return Object.assign(t, set);
  }

  /** The answer for a ticket that is not waiting (no place), from the booth and fair already loaded with it. */
  private model(t: LockedTicket): QueueTicketModel {
    return QueueTicketModel.from(t, {
      number: shortTicketNumber(t.booth.number ?? '—', t.seq),
      place: null,
      estimatedWaitSeconds: null,
      answerWindowSeconds: t.fair.answerWindowSeconds,
    });
  }

  private changed(t: FairTicketEntity, places: PlacesMoved) {
    this.events.emit('queue.changed', { fairId: t.fairId, boothId: t.boothId, ticketId: t.id, userId: t.userId, status: t.status, places });
  }

  /** Places (rank among the booth's WAITING by seq), waits and short numbers, for any tickets, in two queries. */
  async models(tickets: FairTicketEntity[]): Promise<QueueTicketModel[]> {
    if (!tickets.length) return [];
    const boothIds = [...new Set(tickets.map((t) => t.boothId))];
    const [booths, places, live] = await Promise.all([
      this.ds.getRepository(FairBoothEntity).find({ where: { id: In(boothIds) }, select: { id: true, number: true, fairId: true } }),
      this.ds.query(
        `SELECT t.id, (SELECT count(*)::int FROM fair_tickets w WHERE w.booth_id = t.booth_id AND w.status = 'WAITING' AND w.seq <= t.seq) AS place
           FROM fair_tickets t WHERE t.id = ANY($1::uuid[]) AND t.status = 'WAITING'`,
        [tickets.map((t) => t.id)],
      ) as Promise<{ id: string; place: number }[]>,
      this.fairs.live(boothIds.map((id) => ({ id }))),
    ]);
    const fairIds = [...new Set(booths.map((b) => b.fairId))];
    const windows = new Map(
      (
        await this.ds.getRepository(JobFairEntity).find({ where: { id: In(fairIds) }, select: { id: true, answerWindowSeconds: true } })
      ).map((f) => [f.id, f.answerWindowSeconds]),
    );
    const numberOf = new Map(booths.map((b) => [b.id, b.number ?? '—']));
    const placeOf = new Map(places.map((p) => [p.id, p.place]));
    return tickets.map((t) => {
      const place = placeOf.get(t.id) ?? null;
      const l = live.get(t.boothId);
      return QueueTicketModel.from(t, {
        number: shortTicketNumber(numberOf.get(t.boothId) ?? '—', t.seq),
        place,
        estimatedWaitSeconds: place != null && l ? estimatedWaitSeconds(place, l.recentTalkSeconds, l.repsOnline) : null,
        answerWindowSeconds: windows.get(t.fairId) ?? 60,
      });
    });
  }
}
