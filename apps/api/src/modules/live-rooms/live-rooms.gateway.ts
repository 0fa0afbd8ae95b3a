import { LIVE_ROOMS_NAMESPACE, LiveAck, LiveClientEvents, LiveErrorCode, LiveServerEvents } from '@jobbridge/contracts';
import { checkLivePayload, type LiveClientEventName, type LiveClientPayload } from '@jobbridge/contracts/live-room-payloads';
import { Inject, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
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
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { handshakeUser } from '../../common/realtime/handshake';
import { socketOrigin } from '../audit/audit-context';
import { AuthService } from '../auth/auth.service';
import { clientAddress, TrustProxy } from './live-address';
import { LiveBroadcast, LiveFailure, LiveInteractionService, LiveViewer } from './live-interaction.service';
import { LiveRoomsService, LiveRoomStatusChanged } from './live-rooms.service';

interface SocketData {
  viewer: LiveViewer;
  /** Rooms this socket joined: when, and whether it counts as a viewer there (not the host, not over the address cap). */
  rooms: Map<string, { joinedAt: number; counted: boolean }>;
}
type LiveSocket = Socket<LiveClientEvents, LiveServerEvents, Record<string, never>, SocketData>;

const roomChannel = (id: string) => `live:${id}`;
const hostChannel = (id: string) => `live-host:${id}`;
const ANON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One connection watches a few rooms at most (a viewer is counted in every room its connection joined). */
export const MAX_ROOMS_PER_CONNECTION = 3;

/**
 * The live-room namespace. The handshake token is optional: without one (or with a forged or expired one, which is
 * answered with a typed error) the socket watches and reads as an anonymous viewer. Every client event answers its
 * ack; a refusal also emits `room.error`, and the socket stays usable. With the Redis adapter (REDIS_URL) broadcasts
 * reach viewers on every API process; counters are pushed by each process to its own sockets, a few times a second.
 */
@WebSocketGateway({ namespace: LIVE_ROOMS_NAMESPACE, cors: { origin: true } })
export class LiveRoomsGateway implements OnGatewayConnection, OnGatewayDisconnect, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveRoomsGateway.name);

  @WebSocketServer()
  private readonly nsp: Namespace<LiveClientEvents, LiveServerEvents>;

  private ticker?: NodeJS.Timeout;
  private readonly lastStats = new Map<string, string>();

  private readonly onBroadcast = (b: LiveBroadcast) => {
    if (b.event) this.nsp.to(roomChannel(b.roomId)).emit('room.event', { ...b.event, roomId: b.roomId });
    if (b.hostQuestion) this.nsp.to(hostChannel(b.roomId)).emit('host.question', { ...b.hostQuestion, roomId: b.roomId });
  };

  private readonly onStatus = (e: LiveRoomStatusChanged) => {
    // Other API processes drop their cached room row at once (serverSideEmit travels through the Redis adapter).
    if (this.config.redisUrl) this.nsp.serverSideEmit('room.forget', e.roomId, e.status);
    void this.afterStatus(e.roomId, e.status);
    void this.live
      .statusChanged(e.roomId, e.status)
      .catch((err) => this.logger.error(`status broadcast failed: ${(err as Error).message}`));
  };

  /**
   * When a room ends, the viewers still watching on this process are credited their watch time up to the end at once,
   * so the report is complete straight away (their later leave adds nothing: the room has ended).
   */
  private async afterStatus(roomId: string, status: string): Promise<void> {
    this.live.forget(roomId);
    if (status !== 'ENDED') return;
    await this.live.release(roomId).catch((err) => this.logger.warn(`releasing presence in ${roomId}: ${(err as Error).message}`));
    const ids = [...(this.nsp.adapter.rooms.get(roomChannel(roomId)) ?? [])];
    for (const id of ids) {
      const socket = this.nsp.sockets.get(id) as LiveSocket | undefined;
      const entry = socket?.data.rooms?.get(roomId);
      if (!socket || !entry) continue;
      const joinedAt = entry.joinedAt;
      entry.joinedAt = Date.now();
      await this.live
        .leave(socket.data.viewer, roomId, joinedAt, entry.counted, { keepPresence: true })
        .catch((err) => this.logger.warn(`watch time for ${roomId}: ${(err as Error).message}`));
    }
  }

  constructor(
    private readonly auth: AuthService,
    private readonly live: LiveInteractionService,
    private readonly rooms: LiveRoomsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: HttpAdapterHost,
  ) {}

  /** Express's compiled TRUST_PROXY, so a socket's address is the one `req.ip` would give. */
  private trustProxy(): TrustProxy | undefined {
    const app = this.http.httpAdapter?.getInstance?.() as { get?(setting: string): unknown } | undefined;
    const trust = app?.get?.('trust proxy fn');
    return typeof trust === 'function' ? (trust as TrustProxy) : undefined;
  }

  onModuleInit(): void {
    this.live.events.on('broadcast', this.onBroadcast);
    this.rooms.events.on('room.status', this.onStatus);
    (this.nsp as unknown as { on(event: string, fn: (roomId: string, status: string) => void): void }).on(
      'room.forget',
      (roomId, status) => void this.afterStatus(roomId, status),
    );
    this.ticker = setInterval(() => void this.pushCounters(), this.config.liveStatsIntervalMs);
    this.ticker.unref();
  }

  onModuleDestroy(): void {
    this.live.events.off('broadcast', this.onBroadcast);
    this.rooms.events.off('room.status', this.onStatus);
    clearInterval(this.ticker);
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    const auth = socket.handshake.auth ?? {};
    const { token, user: current } = await handshakeUser(this.auth, socket);
    const user = current ?? null;
    if (token && !user)
      socket.emit('room.error', { code: LiveErrorCode.UNAUTHENTICATED, message: '登录已失效，将以游客身份观看', action: 'connect' });
    const anon = typeof auth.viewerId === 'string' && ANON.test(auth.viewerId) ? auth.viewerId : randomUUID();
    socket.data.viewer = {
      user,
      viewerKey: user ? `u:${user.id}` : `a:${anon}`,
      connectionId: socket.id,
      address: clientAddress(socket, this.trustProxy()),
    };
    socket.data.rooms = new Map();
    socket.emit('ready', { userId: user?.id ?? null });
  }

  async handleDisconnect(socket: LiveSocket): Promise<void> {
    for (const roomId of [...(socket.data.rooms?.keys() ?? [])]) await this.leaveRoom(socket, roomId);
  }

  /** Runs an action and turns a refusal into a typed ack and a `room.error`; unexpected errors are logged, not leaked. */
  private async act<T extends object>(socket: LiveSocket, event: string, work: () => Promise<T>): Promise<LiveAck<T>> {
    try {
      // The handshake resolves the user asynchronously; a client that does not wait for `ready` is told to.
      if (!socket.data.viewer) throw new LiveFailure(LiveErrorCode.NOT_JOINED, '连接尚未就绪，请稍后再试');
      return { ok: true, ...(await work()) } as LiveAck<T>;
    } catch (e) {
      const failure = e instanceof LiveFailure ? e : null;
      if (!failure) this.logger.error(`live ${event} failed: ${(e as Error).stack ?? e}`);
      const error = { code: failure?.code ?? LiveErrorCode.INTERNAL, message: failure?.message ?? '服务器内部错误', action: event };
      socket.emit('room.error', error);
      return { ok: false, ...error };
    }
  }

  private joined(socket: LiveSocket, roomId: string): void {
    if (!socket.data.rooms.has(roomId)) throw new LiveFailure(LiveErrorCode.NOT_JOINED, '请先进入直播间');
  }

  /** The event's payload checked against its schema (libs/contracts), typed; or the typed refusal. */
  private payload<E extends LiveClientEventName>(event: E, body: unknown): LiveClientPayload<E> {
    const checked = checkLivePayload(event, body);
    if (!checked.ok) throw new LiveFailure(checked.code, checked.message);
    return checked.data;
  }

  @SubscribeMessage('room.join')
  join(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'room.join', async () => {
      const { roomId, since } = this.payload('room.join', body);
      const already = socket.data.rooms.get(roomId);
      if (!already && socket.data.rooms.size >= MAX_ROOMS_PER_CONNECTION) {
        throw new LiveFailure(LiveErrorCode.RATE_LIMITED, `同一连接最多同时进入 ${MAX_ROOMS_PER_CONNECTION} 个直播间，请先退出其他直播间`);
      }
      const result = await this.live.join(socket.data.viewer, roomId, since ?? undefined);
      const { isHost, counted, ...snapshot } = result;
      // A second join on the same socket (a client re-syncing) must not count the viewer twice.
      if (already) await this.live.leave(socket.data.viewer, result.roomId, already.joinedAt, already.counted);
      await socket.join(roomChannel(result.roomId));
      if (isHost) await socket.join(hostChannel(result.roomId));
      socket.data.rooms.set(result.roomId, { joinedAt: Date.now(), counted });
      return snapshot;
    });
  }

  @SubscribeMessage('room.leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    // No ack to answer: a payload that does not fit leaves nothing.
    const checked = checkLivePayload('room.leave', body);
    if (checked.ok) await this.leaveRoom(socket, checked.data.roomId);
  }

  private async leaveRoom(socket: LiveSocket, roomId: string): Promise<void> {
    const entry = socket.data.rooms?.get(roomId);
    if (!entry) return;
    socket.data.rooms.delete(roomId);
    await socket.leave(roomChannel(roomId));
    await socket.leave(hostChannel(roomId));
    await this.live
      .leave(socket.data.viewer, roomId, entry.joinedAt, entry.counted)
      .catch((e) => this.logger.warn(`leave ${roomId}: ${(e as Error).message}`));
  }

  @SubscribeMessage('chat.send')
  chat(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'chat.send', async () => {
      const p = this.payload('chat.send', body);
      this.joined(socket, p.roomId);
      return this.live.chat(socket.data.viewer, p.roomId, p.text);
    });
  }

  @SubscribeMessage('like')
  like(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'like', async () => {
      const p = this.payload('like', body);
      this.joined(socket, p.roomId);
      await this.live.like(socket.data.viewer, p.roomId, p.count ?? 1);
      return {};
    });
  }

  @SubscribeMessage('question.ask')
  ask(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'question.ask', async () => {
      const p = this.payload('question.ask', body);
      this.joined(socket, p.roomId);
      return this.live.ask(socket.data.viewer, p.roomId, p.text);
    });
  }

  @SubscribeMessage('card.apply')
  apply(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'card.apply', async () => {
      const p = this.payload('card.apply', body);
      this.joined(socket, p.roomId);
      return this.live.apply(socket.data.viewer, p.roomId, p.jobPostingId, p.idempotencyKey);
    });
  }

  @SubscribeMessage('host.pin')
  pin(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'host.pin', async () => {
      const p = this.payload('host.pin', body);
      await this.live.pin(socket.data.viewer, p.roomId, p.jobPostingId);
      return {};
    });
  }

  @SubscribeMessage('host.unpin')
  unpin(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'host.unpin', async () => {
      const p = this.payload('host.unpin', body);
      await this.live.unpin(socket.data.viewer, p.roomId);
      return {};
    });
  }

  @SubscribeMessage('host.answer')
  answer(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'host.answer', async () => {
      const p = this.payload('host.answer', body);
      await this.live.answer(socket.data.viewer, p.roomId, p.questionId, p.answer);
      return {};
    });
  }

  @SubscribeMessage('host.remove_message')
  removeMessage(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'host.remove_message', async () => {
      const p = this.payload('host.remove_message', body);
      await this.live.removeMessage(socket.data.viewer, p.roomId, p.messageId, socketOrigin(socket));
      return {};
    });
  }

  @SubscribeMessage('host.mute')
  mute(@ConnectedSocket() socket: LiveSocket, @MessageBody() body: unknown) {
    return this.act(socket, 'host.mute', async () => {
      const p = this.payload('host.mute', body);
      await this.live.mute(socket.data.viewer, p.roomId, p.userId, p.muted, socketOrigin(socket));
      return {};
    });
  }

  /** Each process pushes the shared counters to its own sockets, only when they changed. */
  private async pushCounters(): Promise<void> {
    const channels = [...this.nsp.adapter.rooms.keys()].filter((r) => r.startsWith('live:'));
    for (const channel of channels) {
      const roomId = channel.slice('live:'.length);
      try {
        const stats = { roomId, ...(await this.live.counters(roomId)) };
        const key = JSON.stringify(stats);
        if (this.lastStats.get(roomId) === key) continue;
        this.lastStats.set(roomId, key);
        this.nsp.local.to(channel).emit('room.stats', stats);
      } catch (e) {
        this.logger.warn(`counters for ${roomId}: ${(e as Error).message}`);
      }
    }
    for (const roomId of this.lastStats.keys()) if (!this.nsp.adapter.rooms.has(roomChannel(roomId))) this.lastStats.delete(roomId);
  }
}
