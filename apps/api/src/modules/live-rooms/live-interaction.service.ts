import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  LiveChatMessage,
  LiveErrorCode,
  LiveJoinResult,
  LiveQuestion,
  LiveQuestionStatus,
  LiveRoomEvent,
  LiveRoomEventBody,
  LiveRoomStatus,
  LiveViewerRole,
  ApplicationSource,
  PriorityGroup,
  Role,
} from '@jobbridge/contracts';
import { DEFAULT_LIVE_CHAT_RULES, LiveChatRules, moderateText, publicChatName } from '@jobbridge/domain';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ApplicationsService } from '../applications/applications.service';
import type { AuditOrigin } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { lineupCard } from './live-cards';
import { LiveRoomEntity, LiveRoomQuestionEntity, LiveRoomViewerEntity } from './live-room.entity';
import { LiveRoomStore } from './live-room-store';
import { LIVE_ROOM_STORE } from './live-room-store.provider';

/** A refused socket action: the gateway answers the ack with it and emits `room.error`; nothing was written. */

export type LiveInteractionEvents = { broadcast: [LiveBroadcast] };

export class LiveFailure extends Error {
  constructor(
    readonly code: LiveErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LiveFailure';
  }
}

const fail = (code: LiveErrorCode, message: string) => new LiveFailure(code, message);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECENT_CHAT = 50;

/** The window of the per-address like limit (LIVE_LIKES_PER_ADDRESS likes per window per room). */
export const LIKE_ADDRESS_WINDOW_SECONDS = 10;
/** New anonymous viewers per address per room: twice LIVE_VIEWERS_PER_ADDRESS in this window. */
export const NEW_VIEWER_WINDOW_SECONDS = 3600;

/** Who is on the socket: a signed-in user, or an anonymous viewer (watch and read only). */
export interface LiveViewer {
  user: AuthUser | null;
  /** `u:<userId>` or `a:<anonymous id>`: one viewer however many tabs or reconnects. */
  viewerKey: string;
  /** The connection (socket id): likes are limited per connection, not per an id the client picks. */
  connectionId: string;
  /** The client's address (X-Forwarded-For under TRUST_PROXY; IPv6 by /64): likes and anonymous viewers are capped per address. */
  address: string;
}

/** Broadcast after a change: the gateway sends it to the room (and host-only events to the host). */
export interface LiveBroadcast {
  roomId: string;
  event?: LiveRoomEvent;
  hostQuestion?: LiveQuestion;
}

/**
 * Everything a socket can do in a live room, apart from the transport: rules, state and persistence. The gateway
 * parses, calls, and answers; this class throws LiveFailure with a typed code for every refusal.
 */
@Injectable()
export class LiveInteractionService implements OnModuleDestroy {
  private readonly logger = new Logger(LiveInteractionService.name);
  readonly events = new TypedEmitter<LiveInteractionEvents>();
  readonly rules: LiveChatRules = DEFAULT_LIVE_CHAT_RULES;
  private readonly chatLimiter: RateLimiterAbstract;
  private readonly questionLimiter: RateLimiterAbstract;
  /** Likes per connection (the socket lives on one process: memory) and per client address in a room (shared). */
  private readonly likeConnectionLimiter: RateLimiterAbstract;
  private readonly likeAddressLimiter: RateLimiterAbstract;
  /**
   * New anonymous viewers (ids never seen in the room) per client address in a room: leaving and coming back with
   * fresh ids does not pump unique viewers.
   */
  private readonly newViewerLimiter: RateLimiterAbstract;
  private readonly redis?: Redis;
  /** Room rows are read on every action; they change only on start, end and edit, so a short cache is enough. */
  private readonly roomCache = new Map<string, { room: LiveRoomEntity | null; at: number }>();

  constructor(
    private readonly ds: DataSource,
    private readonly applications: ApplicationsService,
    @Inject(LIVE_ROOM_STORE) private readonly store: LiveRoomStore,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
  ) {
    const r = this.rules;
    const opts = (name: string, points: number, duration: number) => ({
      keyPrefix: `${config.redisKeyPrefix}live-${name}`,
      points,
      duration,
    });
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 3000 });
      this.chatLimiter = new RateLimiterRedis({ storeClient: this.redis, ...opts('chat', r.chatPerWindow, r.chatWindowSeconds) });
      this.questionLimiter = new RateLimiterRedis({
        storeClient: this.redis,
        ...opts('question', r.questionsPerWindow, r.questionWindowSeconds),
      });
      this.likeAddressLimiter = new RateLimiterRedis({
        storeClient: this.redis,
        ...opts('like-address', config.liveLimits.likesPerAddress, LIKE_ADDRESS_WINDOW_SECONDS),
      });
      this.newViewerLimiter = new RateLimiterRedis({
        storeClient: this.redis,
        ...opts('new-viewer', 2 * config.liveLimits.anonymousViewersPerAddress, NEW_VIEWER_WINDOW_SECONDS),
      });
    } else {
      this.chatLimiter = new RateLimiterMemory(opts('chat', r.chatPerWindow, r.chatWindowSeconds));
      this.questionLimiter = new RateLimiterMemory(opts('question', r.questionsPerWindow, r.questionWindowSeconds));
      this.likeAddressLimiter = new RateLimiterMemory(opts('like-address', config.liveLimits.likesPerAddress, LIKE_ADDRESS_WINDOW_SECONDS));
      this.newViewerLimiter = new RateLimiterMemory(
        opts('new-viewer', 2 * config.liveLimits.anonymousViewersPerAddress, NEW_VIEWER_WINDOW_SECONDS),
      );
    }
    this.likeConnectionLimiter = new RateLimiterMemory(opts('like-connection', config.liveLimits.likesPerConnection, 1));
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  /** Forget cached room rows (after start, end or edit on this process). */
  forget(roomId: string): void {
    this.roomCache.delete(roomId);
  }

  private async room(roomId: unknown, fresh = false): Promise<LiveRoomEntity> {
    if (typeof roomId !== 'string' || !UUID.test(roomId)) throw fail(LiveErrorCode.ROOM_NOT_FOUND, '直播间不存在');
    const cached = this.roomCache.get(roomId);
    if (!fresh && cached && Date.now() - cached.at < 2000) {
      if (!cached.room) throw fail(LiveErrorCode.ROOM_NOT_FOUND, '直播间不存在');
      return cached.room;
    }
    const room = await this.ds.getRepository(LiveRoomEntity).findOneBy({ id: roomId });
    this.roomCache.set(roomId, { room, at: Date.now() });
    if (!room) throw fail(LiveErrorCode.ROOM_NOT_FOUND, '直播间不存在');
    return room;
  }

  private async liveRoom(roomId: unknown): Promise<LiveRoomEntity> {
    const room = await this.room(roomId);
    if (room.status === LiveRoomStatus.ENDED) throw fail(LiveErrorCode.ROOM_ENDED, '直播已结束');
    if (room.status !== LiveRoomStatus.LIVE) throw fail(LiveErrorCode.ROOM_NOT_LIVE, '直播尚未开始');
    return room;
  }

  private async hostedLive(viewer: LiveViewer, roomId: unknown): Promise<LiveRoomEntity> {
    // The cached row is enough: start and end drop it on every process at once (room.forget through the adapter).
    const room = await this.room(roomId);
    if (!viewer.user || room.hostUserId !== viewer.user.id) throw fail(LiveErrorCode.NOT_HOST, '只有本场主播可以操作');
    if (room.status === LiveRoomStatus.ENDED) throw fail(LiveErrorCode.ROOM_ENDED, '直播已结束');
    if (room.status !== LiveRoomStatus.LIVE) throw fail(LiveErrorCode.ROOM_NOT_LIVE, '请先开播');
    return room;
  }

  /** Signed-in job seekers chat, ask and apply (the host may chat too); everyone else watches and reads. */
  private seeker(viewer: LiveViewer, room: LiveRoomEntity, allowHost = false): AuthUser {
    if (!viewer.user) throw fail(LiveErrorCode.UNAUTHENTICATED, '请先登录');
    if (viewer.user.role === Role.JOB_SEEKER || (allowHost && viewer.user.id === room.hostUserId)) return viewer.user;
    throw fail(LiveErrorCode.FORBIDDEN, '仅求职者可以参与互动');
  }

  private async limit(limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
    try {
      await limiter.consume(key, points);
    } catch (e) {
      if (e instanceof RateLimiterRes)
        throw fail(LiveErrorCode.RATE_LIMITED, `操作太频繁，请 ${Math.ceil(e.msBeforeNext / 1000)} 秒后再试`);
      throw e;
    }
  }

  private async broadcast(roomId: string, body: LiveRoomEventBody): Promise<LiveRoomEvent> {
    const event = await this.store.log(roomId, body);
    this.events.emit('broadcast', { roomId, event } satisfies LiveBroadcast);
    return event;
  }

  /* ------------------------------------------------------------------------------------------------- viewers */

  /**
   * `counted` is false for the host and for anonymous connections beyond the per-address cap: they watch and read but
   * are not viewers (presence, unique viewers, impressions); the gateway then must not `leave` them.
   */
  async join(viewer: LiveViewer, roomId: unknown, since: unknown): Promise<LiveJoinResult & { isHost: boolean; counted: boolean }> {
    const room = await this.room(roomId, true);
    if (room.status === LiveRoomStatus.ENDED) throw fail(LiveErrorCode.ROOM_ENDED, '直播已结束，可查看岗位和回放说明');
    const isHost = viewer.user?.id === room.hostUserId;
    let counted = false;
    if (!isHost) {
      // Signed-in viewers are one account each; anonymous ones are capped per address (their id is the client's pick).
      const joined = await this.store.join(room.id, viewer.viewerKey, viewer.user ? null : viewer.address);
      counted = joined.counted;
      if (counted && joined.first && !viewer.user && !(await this.newViewerAllowed(room.id, viewer))) {
        await this.store.leave(room.id, viewer.viewerKey, viewer.address);
        counted = false;
      }
      if (counted && joined.first) await this.recordViewer(room.id, viewer);
    }
    const pinned = await this.store.pinned(room.id);
    if (pinned && counted) await this.store.addImpressions(room.id, pinned.jobPostingId, [viewer.viewerKey]);
    const sinceSeq = typeof since === 'number' && Number.isInteger(since) && since >= 0 ? since : null;
    const [log, counters, answered, muted, applied] = await Promise.all([
      this.store.since(room.id, 0),
      this.store.counters(room.id),
      this.ds
        .getRepository(LiveRoomQuestionEntity)
        .find({ where: { roomId: room.id, status: LiveQuestionStatus.ANSWERED }, order: { answeredAt: 'DESC' }, take: 20 }),
      viewer.user ? this.store.isMuted(room.id, viewer.user.id) : Promise.resolve(false),
      viewer.user?.role === Role.JOB_SEEKER ? this.appliedJobIds(room.id, viewer.user.id) : Promise.resolve([]),
    ]);
    const role: LiveViewerRole = isHost ? 'HOST' : viewer.user?.role === Role.JOB_SEEKER ? 'SEEKER' : 'VIEWER';
    return {
      roomId: room.id,
      status: room.status,
      pinned,
      stats: { roomId: room.id, ...counters },
      recentChat: recentChat(log.events),
      answered: answered.map(toQuestion),
      seq: log.latest,
      you: { role, canInteract: role !== 'VIEWER', muted, appliedJobIds: applied },
      missed: sinceSeq === null ? [] : log.events.filter((e) => e.seq > sinceSeq),
      // Complete when nothing after `since` has fallen out of the log.
      replayComplete: sinceSeq === null || sinceSeq >= log.latest || (log.events[0]?.seq ?? log.latest + 1) <= sinceSeq + 1,
      isHost,
      counted,
    };
  }

  /**
   * A viewer's connection left the room: presence, and watch time while the room was live. With `keepPresence` only
   * the watch time is credited (the room ended while the viewer was still there).
   */
  async leave(
    viewer: LiveViewer,
    roomId: string,
    joinedAt: number,
    counted: boolean,
    options: { keepPresence?: boolean } = {},
  ): Promise<void> {
    if (!counted) return;
    if (!options.keepPresence) await this.store.leave(roomId, viewer.viewerKey, viewer.user ? null : viewer.address);
    const room = await this.ds.getRepository(LiveRoomEntity).findOneBy({ id: roomId });
    if (!room?.startedAt) return;
    const from = Math.max(joinedAt, room.startedAt.getTime());
    const to = room.endedAt ? Math.min(Date.now(), room.endedAt.getTime()) : Date.now();
    const seconds = Math.floor((to - from) / 1000);
    if (seconds > 0) {
      await this.ds.query(`UPDATE live_room_viewers SET watch_seconds = watch_seconds + $3 WHERE room_id = $1 AND viewer_key = $2`, [
        roomId,
        viewer.viewerKey,
        seconds,
      ]);
    }
  }

  /** An anonymous id seen in the room before comes back freely; a new one takes a place in its address's allowance. */
  private async newViewerAllowed(roomId: string, viewer: LiveViewer): Promise<boolean> {
    const seen = await this.ds.query(`SELECT 1 FROM live_room_viewers WHERE room_id = $1 AND viewer_key = $2`, [roomId, viewer.viewerKey]);
    if (seen.length) return true;
    try {
      await this.newViewerLimiter.consume(`${roomId}:${viewer.address}`);
      return true;
    } catch (e) {
      if (e instanceof RateLimiterRes) return false;
      throw e;
    }
  }

  private async recordViewer(roomId: string, viewer: LiveViewer): Promise<void> {
    let county: string | null = null;
    let groups: PriorityGroup[] = [];
    if (viewer.user?.role === Role.JOB_SEEKER) {
      const [p] = await this.ds.query(
        `SELECT residence_region_code, hukou_region_code, priority_groups FROM job_seeker_profiles WHERE user_id = $1`,
        [viewer.user.id],
      );
      const region: string | null = p?.residence_region_code ?? p?.hukou_region_code ?? null;
      county = region ? region.slice(0, 6) : null;
      groups = p?.priority_groups ?? [];
    }
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(LiveRoomViewerEntity)
      .values({
        roomId,
        viewerKey: viewer.viewerKey,
        userId: viewer.user?.id ?? null,
        countyCode: county,
        priorityGroups: groups,
        firstJoinedAt: new Date(),
      })
      .orIgnore()
      .execute();
  }

  private async appliedJobIds(roomId: string, userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT a.job_posting_id AS id FROM applications a JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id
        JOIN live_room_jobs l ON l.job_posting_id = a.job_posting_id AND l.room_id = $1 WHERE p.user_id = $2`,
      [roomId, userId],
    );
    return rows.map((r) => r.id);
  }

  async chat(viewer: LiveViewer, roomId: unknown, text: unknown): Promise<{ messageId: string }> {
    const room = await this.liveRoom(roomId);
    const user = this.seeker(viewer, room, true);
    if (await this.store.isMuted(room.id, user.id)) throw fail(LiveErrorCode.MUTED, '您已被主播禁言');
    const checked = moderateText(typeof text === 'string' ? text : '', this.rules.maxChatLength, this.rules.words);
    if (!checked.ok) throw fail(checked.code, checked.message);
    await this.limit(this.chatLimiter, `${room.id}:${user.id}`);
    const message: LiveChatMessage = {
      id: randomUUID(),
      userId: user.id,
      userName: publicChatName(user.displayName),
      text: checked.text,
      at: new Date().toISOString(),
    };
    await this.broadcast(room.id, { type: 'chat', message });
    return { messageId: message.id };
  }

  /** Likes are summed in the store and reach viewers with the next counters push, never one event per tap. */
  async like(viewer: LiveViewer, roomId: unknown, count: unknown): Promise<void> {
    const room = await this.liveRoom(roomId);
    const n = typeof count === 'number' && Number.isInteger(count) ? count : 1;
    if (n < 1 || n > this.rules.maxLikesPerBatch) throw fail(LiveErrorCode.INVALID_INPUT, `一次最多 ${this.rules.maxLikesPerBatch} 个赞`);
    // Per connection first (memory, cheap), then per address in the room (shared across processes).
    await this.limit(this.likeConnectionLimiter, viewer.connectionId, n);
    await this.limit(this.likeAddressLimiter, `${room.id}:${viewer.address}`, n);
    await this.store.addLikes(room.id, n);
  }

  async ask(viewer: LiveViewer, roomId: unknown, text: unknown): Promise<{ questionId: string }> {
    const room = await this.liveRoom(roomId);
    const user = this.seeker(viewer, room);
    if (await this.store.isMuted(room.id, user.id)) throw fail(LiveErrorCode.MUTED, '您已被主播禁言');
    const checked = moderateText(typeof text === 'string' ? text : '', this.rules.maxQuestionLength, this.rules.words);
    if (!checked.ok) throw fail(checked.code, checked.message);
    await this.limit(this.questionLimiter, `${room.id}:${user.id}`);
    const pinned = await this.store.pinned(room.id);
    const q = await this.ds.getRepository(LiveRoomQuestionEntity).save(
      this.ds.getRepository(LiveRoomQuestionEntity).create({
        roomId: room.id,
        jobPostingId: pinned?.jobPostingId ?? null,
        askerUserId: user.id,
        askerName: publicChatName(user.displayName),
        text: checked.text,
      }),
    );
    await this.store.countQuestion(room.id);
    this.events.emit('broadcast', { roomId: room.id, hostQuestion: toQuestion(q) } satisfies LiveBroadcast);
    return { questionId: q.id };
  }

  /** One-tap apply: an application with source LIVE_ROOM and this room; the same key twice makes one. */
  async apply(
    viewer: LiveViewer,
    roomId: unknown,
    jobPostingId: unknown,
    idempotencyKey: unknown,
  ): Promise<{ applicationId: string; alreadyApplied: boolean }> {
    const room = await this.liveRoom(roomId);
    const user = this.seeker(viewer, room);
    if (typeof jobPostingId !== 'string' || !UUID.test(jobPostingId)) throw fail(LiveErrorCode.INVALID_INPUT, '岗位编号无效');
    if (typeof idempotencyKey !== 'string' || idempotencyKey.length < 8 || idempotencyKey.length > 80)
      throw fail(LiveErrorCode.INVALID_INPUT, '请求标识无效');
    const inLineup = await this.ds.query(`SELECT 1 FROM live_room_jobs WHERE room_id = $1 AND job_posting_id = $2`, [
      room.id,
      jobPostingId,
    ]);
    if (!inLineup.length) throw fail(LiveErrorCode.JOB_NOT_IN_LINEUP, '该岗位不在本场直播中');
    try {
      const { application, created } = await this.applications.submitWithOutcome(
        user,
        { jobPostingId, idempotencyKey, source: ApplicationSource.LIVE_ROOM },
        { liveRoomId: room.id },
      );
      if (created) await this.store.countApplication(room.id, jobPostingId);
      return { applicationId: application.id, alreadyApplied: false };
    } catch (e) {
      if (e instanceof AppError) {
        const map: Partial<Record<ErrorCode, LiveErrorCode>> = {
          [ErrorCode.ALREADY_APPLIED]: LiveErrorCode.ALREADY_APPLIED,
          [ErrorCode.JOB_NOT_PUBLISHED]: LiveErrorCode.JOB_NOT_PUBLISHED,
          [ErrorCode.JOB_SEEKER_PROFILE_REQUIRED]: LiveErrorCode.JOB_SEEKER_PROFILE_REQUIRED,
          [ErrorCode.LOCAL_FIRST_WINDOW]: LiveErrorCode.LOCAL_FIRST_WINDOW,
          [ErrorCode.IDEMPOTENCY_KEY_REUSED]: LiveErrorCode.INVALID_INPUT,
        };
        throw fail(map[e.code] ?? LiveErrorCode.INVALID_INPUT, e.message);
      }
      throw e;
    }
  }

  /* ---------------------------------------------------------------------------------------------------- host */

  async pin(viewer: LiveViewer, roomId: unknown, jobPostingId: unknown): Promise<void> {
    const room = await this.hostedLive(viewer, roomId);
    if (typeof jobPostingId !== 'string' || !UUID.test(jobPostingId)) throw fail(LiveErrorCode.INVALID_INPUT, '岗位编号无效');
    const card = await lineupCard(this.ds, room.id, jobPostingId);
    if (card === 'JOB_NOT_IN_LINEUP') throw fail(LiveErrorCode.JOB_NOT_IN_LINEUP, '该岗位不在本场直播的岗位清单中');
    if (card === 'JOB_NOT_PUBLISHED') throw fail(LiveErrorCode.JOB_NOT_PUBLISHED, '该岗位未发布或已关闭，不能挂出');
    if (card === 'TRUTH_CARD_REQUIRED') throw fail(LiveErrorCode.TRUTH_CARD_REQUIRED, '该岗位没有完整的岗位真相卡，不能挂出');
    const now = new Date();
    // One statement (atomic on its own): close the open pin and open this one.
    const history = this.ds.query(
      `WITH closed AS (UPDATE live_room_pins SET unpinned_at = $3 WHERE room_id = $1 AND unpinned_at IS NULL)
       INSERT INTO live_room_pins (room_id, job_posting_id, pinned_at) VALUES ($1, $2, $3)`,
      [room.id, jobPostingId, now],
    );
    await Promise.all([history, this.store.setPinned(room.id, card)]);
    await this.broadcast(room.id, { type: 'pinned', card, at: now.toISOString() });
    // Everyone present has now seen the card (after the broadcast, so counting never delays delivery).
    await this.store.addImpressions(room.id, jobPostingId, 'present');
  }

  async unpin(viewer: LiveViewer, roomId: unknown): Promise<void> {
    const room = await this.hostedLive(viewer, roomId);
    const pinned = await this.store.pinned(room.id);
    if (!pinned) return;
    await this.ds.query(`UPDATE live_room_pins SET unpinned_at = now() WHERE room_id = $1 AND unpinned_at IS NULL`, [room.id]);
    await this.store.setPinned(room.id, null);
    await this.broadcast(room.id, { type: 'unpinned', jobPostingId: pinned.jobPostingId, at: new Date().toISOString() });
  }

  async answer(viewer: LiveViewer, roomId: unknown, questionId: unknown, answer: unknown): Promise<void> {
    const room = await this.hostedLive(viewer, roomId);
    const checked = moderateText(typeof answer === 'string' ? answer : '', 500, []);
    if (!checked.ok) throw fail(checked.code, checked.message);
    if (typeof questionId !== 'string' || !UUID.test(questionId)) throw fail(LiveErrorCode.QUESTION_NOT_FOUND, '问题不存在');
    const repo = this.ds.getRepository(LiveRoomQuestionEntity);
    const q = await repo.findOneBy({ id: questionId, roomId: room.id });
    if (!q) throw fail(LiveErrorCode.QUESTION_NOT_FOUND, '问题不存在');
    await repo.save(Object.assign(q, { status: LiveQuestionStatus.ANSWERED, answer: checked.text, answeredAt: new Date() }));
    await this.broadcast(room.id, { type: 'answered', question: toQuestion(q) });
  }

  /** Moderation is audited with the socket's origin (the gateway passes it). */
  async removeMessage(viewer: LiveViewer, roomId: unknown, messageId: unknown, origin?: AuditOrigin): Promise<void> {
    const room = await this.hostedLive(viewer, roomId);
    const { events } = await this.store.since(room.id, 0);
    const found = events.find((e) => e.type === 'chat' && e.message.id === messageId);
    if (!found || found.type !== 'chat' || typeof messageId !== 'string') throw fail(LiveErrorCode.MESSAGE_NOT_FOUND, '消息不存在或已过期');
    const m = found.message;
    // The entry's transaction commits only once the removal is made: a failed removal leaves no entry.
    await this.ds.transaction(async (em) => {
      await this.audit.record(em, {
        actor: viewer.user,
        action: AuditAction.LIVE_MESSAGE_REMOVED,
        targetType: AuditTargetType.LIVE_ROOM,
        targetId: room.id,
        regionCode: room.regionCode,
        before: { messageId: m.id, authorUserId: m.userId, authorName: m.userName, text: m.text, at: m.at },
        origin,
      });
      await this.broadcast(room.id, { type: 'chat_removed', messageId });
    });
  }

  async mute(viewer: LiveViewer, roomId: unknown, userId: unknown, muted: unknown, origin?: AuditOrigin): Promise<void> {
    const room = await this.hostedLive(viewer, roomId);
    if (typeof userId !== 'string' || !UUID.test(userId) || userId === room.hostUserId) throw fail(LiveErrorCode.INVALID_INPUT, '用户无效');
    const wasMuted = await this.store.isMuted(room.id, userId);
    await this.ds.transaction(async (em) => {
      await this.audit.record(em, {
        actor: viewer.user,
        action: muted !== false ? AuditAction.LIVE_USER_MUTED : AuditAction.LIVE_USER_UNMUTED,
        targetType: AuditTargetType.LIVE_ROOM,
        targetId: room.id,
        regionCode: room.regionCode,
        before: { userId, muted: wasMuted },
        after: { userId, muted: muted !== false },
        origin,
      });
      await this.store.setMuted(room.id, userId, muted !== false);
    });
  }

  counters(roomId: string) {
    return this.store.counters(roomId);
  }

  /** The room ended: this process stops holding (and heartbeating) presence in it. */
  release(roomId: string): Promise<void> {
    return this.store.release(roomId);
  }

  /** After start or end (GraphQL): log the status so everyone in the room hears it, then forget an ended room. */
  async statusChanged(roomId: string, status: LiveRoomStatus): Promise<void> {
    this.forget(roomId);
    await this.broadcast(roomId, { type: 'status', status, at: new Date().toISOString() });
    if (status === LiveRoomStatus.ENDED)
      await this.store.clear(roomId).catch((e) => this.logger.warn(`clearing room ${roomId}: ${(e as Error).message}`));
  }
}

function recentChat(events: LiveRoomEvent[]): LiveChatMessage[] {
  const removed = new Set(events.flatMap((e) => (e.type === 'chat_removed' ? [e.messageId] : [])));
  return events.flatMap((e) => (e.type === 'chat' && !removed.has(e.message.id) ? [e.message] : [])).slice(-RECENT_CHAT);
}

export function toQuestion(q: LiveRoomQuestionEntity): LiveQuestion {
  return {
    id: q.id,
    askerName: q.askerName,
    text: q.text,
    jobPostingId: q.jobPostingId,
    status: q.status,
    answer: q.answer,
    askedAt: q.createdAt.toISOString(),
    answeredAt: q.answeredAt ? q.answeredAt.toISOString() : null,
  };
}
