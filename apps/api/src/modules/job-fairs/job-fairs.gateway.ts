import {
  FAIRS_NAMESPACE,
  FairAck,
  FairClientEvents,
  FairErrorCode,
  FairServerEvents,
  TalkMessageEvent,
  TicketStatus,
} from '@jobbridge/contracts';
import { checkFairPayload, type FairClientEventName, type FairClientPayload } from '@jobbridge/contracts/fair-payloads';
import { Inject, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import { randomUUID } from 'node:crypto';
import type { Namespace, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { handshakeUser } from '../../common/realtime/handshake';
import { inBackground } from '../../common/database/background';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuthService } from '../auth/auth.service';
import { FairPresence } from './fair-presence';
import { FairQueueEvents, FairQueueService, PlacesMoved } from './fair-queue.service';
import { oldestFirst, recentTalksSql } from './fair-sql';
import { FairTalkMessageEntity, FairTicketEntity } from './job-fair.entity';
import { estimatedWaitSeconds } from '@jobbridge/domain';
import { JobFairsService } from './job-fairs.service';

interface SocketData {
  user?: AuthUser;
  /** A stable key for this visitor in the hall's count: the user, or this connection for anonymous visitors. */
  visitorKey: string;
  fairs: Set<string>;
  booths: Set<string>;
  /** Talks this socket joined, and whether as the rep. */
  talks: Map<string, { rep: boolean; otherUserId: string }>;
}
type FairSocket = Socket<FairClientEvents, FairServerEvents, Record<string, never>, SocketData>;

class FairFailure extends Error {
  constructor(
    readonly code: FairErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const hall = (fairId: string) => `fair:${fairId}`;
const staffRoom = (boothId: string) => `booth-staff:${boothId}`;
const userRoom = (userId: string) => `user:${userId}`;
const talkRoom = (ticketId: string) => `talk:${ticketId}`;
/** An SDP offer is a few kilobytes; anything much larger is not signalling. */
const MAX_SIGNAL_BYTES = 32_000;
const TALKING = new Set<TicketStatus>([TicketStatus.CALLED, TicketStatus.IN_TALK]);

/** What a booth's next push must tell seekers: every place (some moved), or only the places of tickets that joined. */
interface PendingPlaces {
  all: boolean;
  joined: Set<string>;
  /** Tickets whose state changed away from WAITING (their new state is pushed with the booth). */
  moved: Set<string>;
}

/**
 * The job-fair namespace. Anonymous sockets may enter a hall (they count as visitors and receive the booths' live
 * figures); a seeker's socket also receives its tickets' places whenever they change; a rep's socket, once it staffs
 * a booth, makes the rep count as online there (the wait estimate and the bureau's alarms use it) and receives the
 * queue's changes; both sides of a called or running talk exchange text and WebRTC signalling in the talk's room.
 * Pushes come from the process that committed the change and reach the other processes through the Redis adapter.
 */
@WebSocketGateway({ namespace: FAIRS_NAMESPACE, cors: { origin: true } })
export class JobFairsGateway implements OnGatewayConnection, OnGatewayDisconnect, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobFairsGateway.name);

  @WebSocketServer()
  private readonly nsp: Namespace<FairClientEvents, FairServerEvents>;

  constructor(
    private readonly auth: AuthService,
    private readonly fairs: JobFairsService,
    private readonly queue: FairQueueService,
    private readonly presence: FairPresence,
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Pushes run after the request that caused them, as background work (their statements are not the request's).
  private readonly onChange = (e: FairQueueEvents['queue.changed'][0]) =>
    void inBackground(() => this.pushBooth(e.fairId, e.boothId, e.places, e.status === TicketStatus.WAITING ? undefined : e.ticketId));

  onModuleInit(): void {
    this.queue.events.on('queue.changed', this.onChange);
  }

  onModuleDestroy(): void {
    this.queue.events.off('queue.changed', this.onChange);
  }

  async handleConnection(socket: FairSocket): Promise<void> {
    socket.data.fairs = new Set();
    socket.data.booths = new Set();
    socket.data.talks = new Map();
    socket.data.visitorKey = `anon:${randomUUID()}`;
    const { token, user } = await handshakeUser(this.auth, socket);
    if (token && !user) {
      socket.emit('fair.error', { code: FairErrorCode.UNAUTHENTICATED, message: '登录已失效，请重新登录', event: 'connect' });
      socket.disconnect(true);
      return;
    }
    if (user) {
      socket.data.user = user;
      socket.data.visitorKey = `user:${user.id}`;
      await socket.join(userRoom(user.id));
    }
    socket.emit('ready', { userId: user?.id ?? null });
  }

  async handleDisconnect(socket: FairSocket): Promise<void> {
    const d = socket.data;
    if (!d?.fairs) return;
    await Promise.all([
      ...[...d.fairs].map((f) => this.presence.visitorOut(f, d.visitorKey, socket.id)),
      ...[...d.booths].map(async (b) => {
        await this.presence.repOffline(b, d.user!.id, socket.id);
        await this.pushBoothById(b);
      }),
    ]).catch((e) => this.logger.warn(`leaving presence: ${(e as Error).message}`));
  }

  @SubscribeMessage('fair.enter')
  enter(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'fair.enter', async () => {
      const { fairId } = this.payload('fair.enter', body);
      const fair = await this.fairs.get(socket.data.user, fairId).catch(() => null);
      if (!fair) throw new FairFailure(FairErrorCode.NOT_FOUND, '招聘会不存在', 'fairId');
      if (socket.data.fairs.size >= 3 && !socket.data.fairs.has(fairId))
        throw new FairFailure(FairErrorCode.RATE_LIMITED, '同一连接最多进入 3 个招聘会');
      await socket.join(hall(fairId));
      socket.data.fairs.add(fairId);
      return { visitorsNow: await this.presence.visitorIn(fairId, socket.data.visitorKey, socket.id) };
    });
  }

  @SubscribeMessage('fair.leave')
  leaveFair(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'fair.leave', async () => {
      const { fairId } = this.payload('fair.leave', body);
      await socket.leave(hall(fairId));
      if (socket.data.fairs.delete(fairId)) await this.presence.visitorOut(fairId, socket.data.visitorKey, socket.id);
      return {};
    });
  }

  @SubscribeMessage('booth.staff')
  staff(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'booth.staff', async () => {
      const user = this.user(socket);
      const { boothId } = this.payload('booth.staff', body);
      const booth = await this.fairs.booth(boothId);
      if (!booth || !(await this.fairs.staffs(user, booth)))
        throw new FairFailure(FairErrorCode.FORBIDDEN, '您不是该展位的招聘人员', 'boothId');
      await socket.join(staffRoom(boothId));
      socket.data.booths.add(boothId);
      await this.presence.repOnline(boothId, user.id, socket.id);
      await this.pushBooth(booth.fairId, boothId, 'all'); // one more rep: every wait estimate changes
      return { repsOnline: (await this.presence.repsOnline([boothId])).get(boothId) ?? 0 };
    });
  }

  @SubscribeMessage('booth.unstaff')
  unstaff(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'booth.unstaff', async () => {
      const user = this.user(socket);
      const { boothId } = this.payload('booth.unstaff', body);
      await socket.leave(staffRoom(boothId));
      if (socket.data.booths.delete(boothId)) {
        await this.presence.repOffline(boothId, user.id, socket.id);
        await this.pushBoothById(boothId);
      }
      return {};
    });
  }

  /** The seeker of a called or running talk, or its rep, joins the talk: its messages so far and the ICE servers. */
  @SubscribeMessage('talk.join')
  joinTalk(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'talk.join', async () => {
      const user = this.user(socket);
      const { ticketId } = this.payload('talk.join', body);
      const { ticket, rep } = await this.talkOf(user, ticketId);
      await socket.join(talkRoom(ticketId));
      socket.data.talks.set(ticketId, { rep, otherUserId: rep ? ticket.userId : ticket.repUserId! });
      const rows = await this.ds.getRepository(FairTalkMessageEntity).find({ where: { ticketId }, order: { createdAt: 'ASC' }, take: 500 });
      return { messages: rows.map((m) => this.messageEvent(m, ticket)), iceServers: this.config.rtcIceServers, rep };
    });
  }

  @SubscribeMessage('talk.message')
  message(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'talk.message', async () => {
      const user = this.user(socket);
      const p = this.payload('talk.message', body);
      const { ticket } = await this.talkOf(user, p.ticketId);
      const saved = await this.ds
        .getRepository(FairTalkMessageEntity)
        .save(this.ds.getRepository(FairTalkMessageEntity).create({ ticketId: ticket.id, senderUserId: user.id, body: p.body }));
      const message = this.messageEvent(saved, ticket);
      this.nsp.to(talkRoom(ticket.id)).emit('talk.message', message);
      return { message };
    });
  }

  /** Relays WebRTC signalling (offer, answer, ICE candidates, hang-up) to the other side of the talk. */
  @SubscribeMessage('talk.signal')
  signal(@ConnectedSocket() socket: FairSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'talk.signal', async () => {
      const user = this.user(socket);
      const p = this.payload('talk.signal', body);
      if (JSON.stringify(p.data ?? null).length > MAX_SIGNAL_BYTES)
        throw new FairFailure(FairErrorCode.INVALID_INPUT, '信令内容过大', 'data');
      const joined = socket.data.talks.get(p.ticketId);
      if (!joined) throw new FairFailure(FairErrorCode.TALK_NOT_OPEN, '请先进入洽谈', 'ticketId');
      socket.to(talkRoom(p.ticketId)).emit('talk.signal', { ticketId: p.ticketId, fromUserId: user.id, kind: p.kind, data: p.data });
      return {};
    });
  }

  /* ------------------------------------------------------------------------------------------- pushes */

  /**
   * Booth pushes in flight on this process, and what changed at a booth meanwhile (pushed once more when it is done):
   * `all` when places moved, else the tickets that joined (only they need their place).
   */
  private readonly pushing = new Set<string>();
  private readonly again = new Map<string, PendingPlaces>();

  private async pushBoothById(boothId: string) {
    const booth = await this.fairs.booth(boothId);
    if (booth) await this.pushBooth(booth.fairId, boothId, 'all');
  }

  /**
   * The booth's figures to the hall, a refresh to its reps, and the places that changed to their seekers, from one read
   * of the queue. Changes that arrive while a push runs are folded into one more push after it, so a burst of joins
   * costs two reads, not one per join, and the last push always shows the state after the last change.
   */
  private async pushBooth(fairId: string, boothId: string, places: PlacesMoved, movedTicketId?: string): Promise<void> {
    const pending = this.again.get(boothId) ?? { all: false, joined: new Set<string>(), moved: new Set<string>() };
    if (places === 'all') pending.all = true;
    else if (places !== 'none') pending.joined.add(places.joined);
    if (movedTicketId) pending.moved.add(movedTicketId);
    this.again.set(boothId, pending);
    if (this.pushing.has(boothId)) return;
    this.pushing.add(boothId);
    try {
      while (this.again.has(boothId)) {
        const scope = this.again.get(boothId)!;
        this.again.delete(boothId);
        await this.pushBoothOnce(fairId, boothId, scope);
      }
    } catch (e) {
      this.again.delete(boothId);
      this.logger.warn(`booth push ${boothId}: ${(e as Error).message}`);
    } finally {
      this.pushing.delete(boothId);
    }
  }

  private async pushBoothOnce(fairId: string, boothId: string, scope: PendingPlaces): Promise<void> {
    const [[q], reps] = await Promise.all([
      this.ds.query(
        `SELECT (extract(epoch FROM statement_timestamp()) * 1000000)::bigint::text AS as_of,
                ${recentTalksSql('$1')} AS talks,
                coalesce((SELECT json_agg(json_build_array(w.id, w.user_id, w.place) ORDER BY w.place)
                            FROM (SELECT t.id, t.user_id, row_number() OVER (ORDER BY t.seq)::int AS place
                                    FROM fair_tickets t WHERE t.booth_id = $1 AND t.status = 'WAITING') w), '[]') AS waiting,
                coalesce((SELECT json_agg(json_build_array(m.id, m.user_id, m.status,
                                   CASE WHEN m.status = 'CALLED' THEN m.called_at + make_interval(secs => f.answer_window_seconds) END))
                            FROM fair_tickets m JOIN job_fairs f ON f.id = m.fair_id
                           WHERE m.id = ANY($2::uuid[]) AND m.status <> 'WAITING'), '[]') AS moved`,
        [boothId, [...scope.moved]],
      ) as Promise<
        { as_of: string; talks: number[]; waiting: [string, string, number][]; moved: [string, string, TicketStatus, string | null][] }[]
      >,
      this.presence.repsOnline([boothId]),
    ]);
    const repsOnline = reps.get(boothId) ?? 0;
    const talks = oldestFirst(q.talks);
    // Tickets that left the line (called, in talk, done, left, missed): their new state to their seekers, first.
    for (const [id, userId, status, answerBy] of q.moved)
      this.nsp.to(userRoom(userId)).emit('ticket.update', {
        ticketId: id,
        fairId,
        boothId,
        status,
        place: null,
        estimatedWaitSeconds: null,
        answerBy: answerBy ? new Date(answerBy).toISOString() : null,
        asOf: q.as_of,
      });
    this.nsp.to(hall(fairId)).emit('booth.live', {
      fairId,
      boothId,
      repsOnline,
      queueLength: q.waiting.length,
      estimatedWaitSeconds: estimatedWaitSeconds(q.waiting.length + 1, talks, repsOnline),
    });
    this.nsp.to(staffRoom(boothId)).emit('queue.update', { fairId, boothId });
    for (const [id, userId, place] of q.waiting) {
      if (!scope.all && !scope.joined.has(id)) continue;
      this.nsp.to(userRoom(userId)).emit('ticket.update', {
        ticketId: id,
        fairId,
        boothId,
        status: TicketStatus.WAITING,
        place,
        estimatedWaitSeconds: estimatedWaitSeconds(place, talks, repsOnline),
        answerBy: null,
        asOf: q.as_of,
      });
    }
  }

  private messageEvent(m: FairTalkMessageEntity, ticket: FairTicketEntity): TalkMessageEvent {
    return {
      ticketId: ticket.id,
      id: m.id,
      senderUserId: m.senderUserId,
      fromRep: m.senderUserId !== ticket.userId,
      body: m.body,
      at: m.createdAt.toISOString(),
    };
  }

  /* ------------------------------------------------------------------------------------------- internals */

  /** The ticket's talk, for its seeker or the rep who called it, while it is called or running. */
  private async talkOf(user: AuthUser, ticketId: string): Promise<{ ticket: FairTicketEntity; rep: boolean }> {
    const ticket = await this.ds.getRepository(FairTicketEntity).findOneBy({ id: ticketId });
    if (!ticket) throw new FairFailure(FairErrorCode.NOT_FOUND, '洽谈不存在', 'ticketId');
    const rep = ticket.repUserId === user.id;
    if (!rep && ticket.userId !== user.id) throw new FairFailure(FairErrorCode.FORBIDDEN, '无权进入该洽谈', 'ticketId');
    if (!TALKING.has(ticket.status)) throw new FairFailure(FairErrorCode.TALK_NOT_OPEN, '洽谈未开始或已结束', 'ticketId');
    if (rep) {
      const booth = await this.fairs.booth(ticket.boothId);
      if (!booth || !(await this.fairs.staffs(user, booth))) throw new FairFailure(FairErrorCode.FORBIDDEN, '无权进入该洽谈', 'ticketId');
    }
    return { ticket, rep };
  }

  private user(socket: FairSocket): AuthUser {
    if (!socket.data.user) throw new FairFailure(FairErrorCode.UNAUTHENTICATED, '请先登录');
    return socket.data.user;
  }

  private payload<E extends FairClientEventName>(event: E, body: unknown): FairClientPayload<E> {
    const r = checkFairPayload(event, body);
    if (!r.ok) throw new FairFailure(r.code, r.message, r.field);
    return r.data;
  }

  /** Runs a handler: its result as `{ ok: true, … }`, a refusal as the typed error ack (and `fair.error`). */
  private async act<T extends object>(socket: FairSocket, event: string, work: () => Promise<T>): Promise<FairAck<T>> {
    try {
      return { ok: true, ...(await work()) } as FairAck<T>;
    } catch (e) {
      const failure =
        e instanceof FairFailure
          ? e
          : e instanceof AppError
            ? new FairFailure(e.code === 'FORBIDDEN' ? FairErrorCode.FORBIDDEN : FairErrorCode.NOT_FOUND, e.message, e.field)
            : null;
      if (!failure) {
        this.logger.error(`${event}: ${(e as Error).stack}`);
        socket.emit('fair.error', { code: FairErrorCode.INVALID_INPUT, message: '服务器开小差了，请稍后再试', event });
        return { ok: false, code: FairErrorCode.INVALID_INPUT, message: '服务器开小差了，请稍后再试' };
      }
      socket.emit('fair.error', { code: failure.code, message: failure.message, event });
      return { ok: false, code: failure.code, message: failure.message, ...(failure.field ? { field: failure.field } : {}) };
    }
  }
}
