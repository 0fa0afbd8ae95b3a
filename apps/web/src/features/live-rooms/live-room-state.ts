import {
  LiveRoomStatus,
  type LiveChatMessage,
  type LiveErrorCode,
  type LiveJobCard,
  type LiveJoinResult,
  type LiveQuestion,
  type LiveRoomEvent,
  type LiveRoomSnapshot,
  type LiveRoomStats,
} from '@jobbridge/contracts';

/** How far the page is from hearing the room: joining, in it, lost the connection, or refused. */
export type LiveConnection = 'connecting' | 'joined' | 'reconnecting' | 'failed';

export interface LiveRoomState {
  connection: LiveConnection;
  /** Why the last join was refused (ROOM_NOT_FOUND, ROOM_ENDED …). */
  joinError: LiveErrorCode | null;
  /** Null until the first snapshot. */
  status: LiveRoomStatus | null;
  pinned: LiveJobCard | null;
  stats: LiveRoomStats | null;
  /** Likes as shown: the server's count, raised at once by this viewer's own taps (never lowered by a push). */
  likes: number;
  /** Oldest first, the latest `MAX_CHAT`. */
  chat: LiveChatMessage[];
  /** Answered questions, newest first. */
  answered: LiveQuestion[];
  /** Host only: questions pushed live (`host.question`), oldest first. */
  incomingQuestions: LiveQuestion[];
  /** The last room-log seq applied: `since` for the next join. */
  seq: number;
  /** How the last join caught up: a fresh snapshot, or the replay of the events missed since `seq`. */
  lastJoin: 'snapshot' | 'replay' | null;
  you: LiveRoomSnapshot['you'] | null;
}

export const MAX_CHAT = 200;

export const initialLiveRoomState: LiveRoomState = {
  connection: 'connecting',
  joinError: null,
  status: null,
  pinned: null,
  stats: null,
  likes: 0,
  chat: [],
  answered: [],
  incomingQuestions: [],
  seq: 0,
  lastJoin: null,
  you: null,
};

export type LiveRoomAction =
  | { type: 'reset' }
  | { type: 'joining' }
  /** `resumed`: the join passed `since` (a reconnect), so `missed` carries what happened meanwhile. */
  | { type: 'joined'; result: LiveJoinResult; resumed: boolean }
  | { type: 'join_failed'; code: LiveErrorCode }
  | { type: 'disconnected' }
  | { type: 'event'; event: LiveRoomEvent }
  | { type: 'stats'; stats: LiveRoomStats }
  | { type: 'host_question'; question: LiveQuestion }
  | { type: 'liked'; count: number }
  | { type: 'applied'; jobPostingId: string }
  | { type: 'muted' };

/**
 * One logged room event applied to the state. Live `room.event`s and the `missed` events of a re-join go through
 * here alike; an event at or below the last seq applied is a duplicate (a push that raced the join) and is skipped.
 */
export function applyLiveEvent(state: LiveRoomState, event: LiveRoomEvent): LiveRoomState {
  if (event.seq <= state.seq) return state;
  const next = { ...state, seq: event.seq };
  switch (event.type) {
    case 'status':
      return { ...next, status: event.status, pinned: event.status === LiveRoomStatus.ENDED ? null : next.pinned };
    case 'pinned':
      return { ...next, pinned: event.card };
    case 'unpinned':
      return { ...next, pinned: next.pinned?.jobPostingId === event.jobPostingId ? null : next.pinned };
    case 'chat':
      return next.chat.some((m) => m.id === event.message.id) ? next : { ...next, chat: [...next.chat, event.message].slice(-MAX_CHAT) };
    case 'chat_removed':
      return { ...next, chat: next.chat.filter((m) => m.id !== event.messageId) };
    case 'answered':
      return {
        ...next,
        answered: [event.question, ...next.answered.filter((q) => q.id !== event.question.id)],
        incomingQuestions: next.incomingQuestions.map((q) => (q.id === event.question.id ? event.question : q)),
      };
    default:
      return next;
  }
}

function fromSnapshot(state: LiveRoomState, snapshot: LiveRoomSnapshot): LiveRoomState {
  return {
    ...state,
    status: snapshot.status,
    pinned: snapshot.pinned,
    chat: snapshot.recentChat.slice(-MAX_CHAT),
    answered: snapshot.answered,
    seq: snapshot.seq,
  };
}

export function liveRoomReducer(state: LiveRoomState, action: LiveRoomAction): LiveRoomState {
  switch (action.type) {
    case 'reset':
      return initialLiveRoomState;
    case 'joining':
      return { ...state, connection: state.you ? 'reconnecting' : 'connecting' };
    case 'joined': {
      const { result, resumed } = action;
      // After a reconnect the missed events replay through the same reducer; when the log no longer reaches back,
      // the fresh snapshot replaces what the page held.
      // (A log that restarted below the seq held, e.g. after a server restart without Redis, counts as incomplete.)
      const replay = resumed && result.replayComplete && result.seq >= state.seq;
      const caughtUp = replay ? result.missed.reduce(applyLiveEvent, state) : fromSnapshot(state, result);
      return {
        ...caughtUp,
        connection: 'joined',
        joinError: null,
        // Not in the log: counters, and the viewer's own standing.
        status: result.status,
        stats: result.stats,
        likes: Math.max(caughtUp.likes, result.stats.likes),
        seq: replay ? Math.max(caughtUp.seq, result.seq) : result.seq,
        lastJoin: replay ? 'replay' : 'snapshot',
        you: result.you,
      };
    }
    case 'join_failed':
      return {
        ...state,
        connection: 'failed',
        joinError: action.code,
        status: action.code === 'ROOM_ENDED' ? LiveRoomStatus.ENDED : state.status,
        pinned: action.code === 'ROOM_ENDED' ? null : state.pinned,
      };
    case 'disconnected':
      return state.connection === 'failed' ? state : { ...state, connection: state.you ? 'reconnecting' : 'connecting' };
    case 'event':
      return applyLiveEvent(state, action.event);
    case 'stats':
      return { ...state, stats: action.stats, likes: Math.max(state.likes, action.stats.likes) };
    case 'host_question':
      return state.incomingQuestions.some((q) => q.id === action.question.id)
        ? state
        : { ...state, incomingQuestions: [...state.incomingQuestions, action.question] };
    case 'liked':
      return { ...state, likes: state.likes + action.count };
    case 'applied':
      return !state.you || state.you.appliedJobIds.includes(action.jobPostingId)
        ? state
        : { ...state, you: { ...state.you, appliedJobIds: [...state.you.appliedJobIds, action.jobPostingId] } };
    case 'muted':
      return state.you ? { ...state, you: { ...state.you, muted: true } } : state;
    default:
      return state;
  }
}

const STATUS_ORDER: Record<LiveRoomStatus, number> = { [LiveRoomStatus.SCHEDULED]: 0, [LiveRoomStatus.LIVE]: 1, [LiveRoomStatus.ENDED]: 2 };

/**
 * A room only moves forward (未开播 → 直播中 → 已结束): of two readings (the socket's and a GraphQL answer, either
 * of which may be the fresher), the later status is the true one.
 */
export function laterStatus(a: LiveRoomStatus | null | undefined, b: LiveRoomStatus): LiveRoomStatus {
  return a && STATUS_ORDER[a] > STATUS_ORDER[b] ? a : b;
}
