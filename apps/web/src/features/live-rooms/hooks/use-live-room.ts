import {
  LIVE_ROOMS_NAMESPACE,
  type LiveAck,
  type LiveClientEvents,
  type LiveError,
  type LiveErrorCode,
  type LiveQuestion,
  type LiveRoomEvent,
  type LiveRoomStats,
  type LiveServerEvents,
} from '@jobbridge/contracts';
import { DEFAULT_LIVE_CHAT_RULES } from '@jobbridge/domain';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { Socket } from 'socket.io-client';
import { authToken } from '../../../graphql/auth-token';
import { acquireSocket, releaseSocket } from '../../../shared/realtime/shared-socket';
import { useAuth } from '../../auth';
import { initialLiveRoomState, liveRoomReducer, type LiveRoomState } from '../live-room-state';
import { liveViewerId } from './live-viewer-id';

export type LiveSocket = Socket<LiveServerEvents, LiveClientEvents>;
/** The socket with an ack timeout: acks get an error first. */
type TimedLiveSocket = ReturnType<LiveSocket['timeout']>;

/** A refusal from the API (LiveErrorCode), or one the client decided: no answer in time, or not in the room yet. */
export type LiveFailureCode = LiveErrorCode | 'NETWORK' | 'NOT_CONNECTED';
export type LiveResult<T = object> = ({ ok: true } & T) | { ok: false; code: LiveFailureCode; message: string };

type Done<T> = (err: Error | null, ack?: LiveAck<T>) => void;

const ACK_TIMEOUT_MS = 8000;
const JOIN_RETRY_MS = 3000;
/** Taps on the heart are summed and sent at most this often (never one event per tap). */
export const LIKE_FLUSH_MS = 500;
const MAX_LIKES_PER_BATCH = DEFAULT_LIVE_CHAT_RULES.maxLikesPerBatch;

export interface LiveRoomControls {
  state: LiveRoomState;
  sendChat: (text: string) => Promise<LiveResult<{ messageId: string }>>;
  askQuestion: (text: string) => Promise<LiveResult<{ questionId: string }>>;
  /** One-tap apply: the same key for retries of one tap makes one application. */
  apply: (jobPostingId: string, idempotencyKey: string) => Promise<LiveResult<{ applicationId: string; alreadyApplied: boolean }>>;
  /** Counts a tap on the heart; taps go out in batches every LIKE_FLUSH_MS. */
  like: () => void;
  pin: (jobPostingId: string) => Promise<LiveResult>;
  unpin: () => Promise<LiveResult>;
  answer: (questionId: string, answer: string) => Promise<LiveResult>;
  removeMessage: (messageId: string) => Promise<LiveResult>;
  mute: (userId: string, muted: boolean) => Promise<LiveResult>;
}

/**
 * A live room over socket.io (`/live`, on the shared connection; anonymous viewers connect without a token and with
 * their persistent `viewerId`). Joins once the handshake is accepted and again after every reconnect, passing the
 * last seq applied as `since`: the `missed` events replay through the same reducer as live `room.event`s, or the
 * fresh snapshot replaces the state when the log no longer reaches back. Events that arrive while a join is in flight
 * are held and applied after its answer (the reducer drops duplicates by seq).
 */
export function useLiveRoom(roomId: string | null): LiveRoomControls {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const [state, dispatch] = useReducer(liveRoomReducer, initialLiveRoomState);
  const socketRef = useRef<LiveSocket | null>(null);
  const joinedRef = useRef(false);
  const pendingLikes = useRef(0);
  // `since` for the next join: the last seq applied, once a snapshot has been taken.
  const sinceRef = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    sinceRef.current = state.you ? state.seq : undefined;
  }, [state.you, state.seq]);

  useEffect(() => {
    dispatch({ type: 'reset' });
    sinceRef.current = undefined;
    pendingLikes.current = 0;
  }, [roomId]);

  useEffect(() => {
    if (!roomId) return;
    const shared = acquireSocket(LIVE_ROOMS_NAMESPACE, authToken.get(), { viewerId: liveViewerId() });
    const socket = shared.socket as LiveSocket;
    socketRef.current = socket;
    let active = true;
    let held: LiveRoomEvent[] | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const join = () => {
      if (!active) return;
      clearTimeout(retry);
      const since = sinceRef.current;
      held = [];
      joinedRef.current = false;
      dispatch({ type: 'joining' });
      socket.timeout(ACK_TIMEOUT_MS).emit('room.join', { roomId, since }, (err, ack) => {
        if (!active) return;
        const events = held ?? [];
        held = null;
        if (err || !ack) {
          if (socket.connected) retry = setTimeout(join, JOIN_RETRY_MS);
          return;
        }
        if (!ack.ok) {
          dispatch({ type: 'join_failed', code: ack.code });
          // A missing or ended room is final; anything else is retried.
          if (ack.code !== 'ROOM_NOT_FOUND' && ack.code !== 'ROOM_ENDED') retry = setTimeout(join, JOIN_RETRY_MS);
          return;
        }
        joinedRef.current = true;
        dispatch({ type: 'joined', result: ack, resumed: since !== undefined });
        events.forEach((event) => dispatch({ type: 'event', event }));
      });
    };

    const onEvent = (event: LiveRoomEvent & { roomId: string }) => {
      if (event.roomId !== roomId) return;
      if (held) held.push(event);
      else dispatch({ type: 'event', event });
    };
    const onStats = (stats: LiveRoomStats) => {
      if (stats.roomId === roomId) dispatch({ type: 'stats', stats });
    };
    const onQuestion = (question: LiveQuestion & { roomId: string }) => {
      if (question.roomId === roomId) dispatch({ type: 'host_question', question });
    };
    // A token the API no longer accepts (expired): the socket goes on as an anonymous viewer, and the app signs out,
    // as it does when GraphQL refuses the token (graphql/client.ts).
    const onError = (error: LiveError) => {
      if (error.action === 'connect' && error.code === 'UNAUTHENTICATED' && authToken.get()) authToken.set(null);
    };
    const onDisconnect = () => {
      joinedRef.current = false;
      held = null;
      dispatch({ type: 'disconnected' });
    };

    socket.on('ready', join);
    socket.on('room.event', onEvent);
    socket.on('room.stats', onStats);
    socket.on('host.question', onQuestion);
    socket.on('room.error', onError);
    socket.on('disconnect', onDisconnect);
    if (shared.ready) join();

    const flushLikes = setInterval(() => {
      const count = Math.min(pendingLikes.current, MAX_LIKES_PER_BATCH);
      if (!count || !socket.connected || !joinedRef.current) return;
      pendingLikes.current -= count;
      socket.emit('like', { roomId, count });
    }, LIKE_FLUSH_MS);

    return () => {
      active = false;
      clearTimeout(retry);
      clearInterval(flushLikes);
      socket.off('ready', join);
      socket.off('room.event', onEvent);
      socket.off('room.stats', onStats);
      socket.off('host.question', onQuestion);
      socket.off('room.error', onError);
      socket.off('disconnect', onDisconnect);
      if (socket.connected && joinedRef.current) socket.emit('room.leave', { roomId });
      joinedRef.current = false;
      socketRef.current = null;
      releaseSocket(shared);
    };
  }, [roomId, userId]);

  /** Sends one client event and resolves with its ack; never rejects. */
  const call = useCallback(<T extends object>(emit: (socket: TimedLiveSocket, done: Done<T>) => void): Promise<LiveResult<T>> => {
    return new Promise((resolve) => {
      const socket = socketRef.current;
      // Not sent while disconnected: socket.io would buffer it and deliver it before the re-join (NOT_JOINED).
      if (!socket?.connected || !joinedRef.current) {
        resolve({ ok: false, code: 'NOT_CONNECTED', message: '' });
        return;
      }
      emit(socket.timeout(ACK_TIMEOUT_MS), (err, ack) =>
        resolve(err || !ack ? { ok: false, code: 'NETWORK', message: err?.message ?? '' } : ack),
      );
    });
  }, []);

  const id = roomId ?? '';
  const sendChat = useCallback(
    async (text: string) => {
      const result = await call<{ messageId: string }>((s, done) => s.emit('chat.send', { roomId: id, text }, done));
      if (!result.ok && result.code === 'MUTED') dispatch({ type: 'muted' });
      return result;
    },
    [call, id],
  );
  const askQuestion = useCallback(
    async (text: string) => {
      const result = await call<{ questionId: string }>((s, done) => s.emit('question.ask', { roomId: id, text }, done));
      if (!result.ok && result.code === 'MUTED') dispatch({ type: 'muted' });
      return result;
    },
    [call, id],
  );
  const apply = useCallback(
    async (jobPostingId: string, idempotencyKey: string) => {
      const result = await call<{ applicationId: string; alreadyApplied: boolean }>((s, done) =>
        s.emit('card.apply', { roomId: id, jobPostingId, idempotencyKey }, done),
      );
      if (result.ok || result.code === 'ALREADY_APPLIED') dispatch({ type: 'applied', jobPostingId });
      return result;
    },
    [call, id],
  );
  const like = useCallback(() => {
    pendingLikes.current += 1;
    dispatch({ type: 'liked', count: 1 });
  }, []);
  const pin = useCallback(
    (jobPostingId: string) => call<object>((s, done) => s.emit('host.pin', { roomId: id, jobPostingId }, done)),
    [call, id],
  );
  const unpin = useCallback(() => call<object>((s, done) => s.emit('host.unpin', { roomId: id }, done)), [call, id]);
  const answer = useCallback(
    (questionId: string, text: string) => call<object>((s, done) => s.emit('host.answer', { roomId: id, questionId, answer: text }, done)),
    [call, id],
  );
  const removeMessage = useCallback(
    (messageId: string) => call<object>((s, done) => s.emit('host.remove_message', { roomId: id, messageId }, done)),
    [call, id],
  );
  const mute = useCallback(
    (target: string, muted: boolean) => call<object>((s, done) => s.emit('host.mute', { roomId: id, userId: target, muted }, done)),
    [call, id],
  );

  return useMemo(
    () => ({ state, sendChat, askQuestion, apply, like, pin, unpin, answer, removeMessage, mute }),
    [state, sendChat, askQuestion, apply, like, pin, unpin, answer, removeMessage, mute],
  );
}
