import type { LiveClientPayload } from './live-room-payloads';
import type { DormitoryProvision, JobKind, LiveQuestionStatus, LiveRoomStatus, MealProvision, SocialInsurance } from './enums';

/**
 * Live-stream hiring rooms (直播带岗) over socket.io: one namespace, auth in the handshake (optional: anonymous viewers
 * may watch and read), one socket.io room per live room. Typed once here, used by the API gateway and the web app.
 *
 *   io('/live', { auth: { token?, viewerId? } })
 *
 * Broadcast changes travel as `room.event` with a per-room sequence number; a client that reconnects passes the last
 * seq it saw to `room.join` and receives what it missed (`missed`), in order.
 */
export const LIVE_ROOMS_NAMESPACE = '/live';

/** Socket error codes. Every refused client event answers its ack with one and also emits `room.error`. */
export const LiveErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_INPUT: 'INVALID_INPUT',
  ROOM_NOT_FOUND: 'ROOM_NOT_FOUND',
  ROOM_NOT_LIVE: 'ROOM_NOT_LIVE',
  ROOM_ENDED: 'ROOM_ENDED',
  NOT_JOINED: 'NOT_JOINED',
  NOT_HOST: 'NOT_HOST',
  JOB_NOT_IN_LINEUP: 'JOB_NOT_IN_LINEUP',
  JOB_NOT_PUBLISHED: 'JOB_NOT_PUBLISHED',
  TRUTH_CARD_REQUIRED: 'TRUTH_CARD_REQUIRED',
  JOB_SEEKER_PROFILE_REQUIRED: 'JOB_SEEKER_PROFILE_REQUIRED',
  ALREADY_APPLIED: 'ALREADY_APPLIED',
  LOCAL_FIRST_WINDOW: 'LOCAL_FIRST_WINDOW',
  MESSAGE_EMPTY: 'MESSAGE_EMPTY',
  MESSAGE_TOO_LONG: 'MESSAGE_TOO_LONG',
  MESSAGE_BLOCKED: 'MESSAGE_BLOCKED',
  RATE_LIMITED: 'RATE_LIMITED',
  MUTED: 'MUTED',
  QUESTION_NOT_FOUND: 'QUESTION_NOT_FOUND',
  MESSAGE_NOT_FOUND: 'MESSAGE_NOT_FOUND',
  INTERNAL: 'INTERNAL',
} as const;
export type LiveErrorCode = (typeof LiveErrorCode)[keyof typeof LiveErrorCode];

export interface LiveError {
  code: LiveErrorCode;
  message: string;
  /** The client event that was refused, e.g. "chat.send". (Not named `event`: Nest would emit an ack shaped { event, data }.) */
  action?: string;
}

export type LiveAck<T = Record<string, never>> = ({ ok: true } & T) | ({ ok: false } & LiveError);

/** 岗位真相卡 as the pinned card shows it: a job without one cannot be pinned. */
export interface LiveTruthCard {
  workingHours: string;
  shifts: string | null;
  dormitory: DormitoryProvision;
  meals: MealProvision;
  socialInsurance: SocialInsurance;
  note: string | null;
}

export interface LiveJobCard {
  jobPostingId: string;
  title: string;
  employerName: string;
  kind: JobKind;
  payMin: number;
  payMax: number;
  headcount: number;
  regionCode: string;
  regionName: string;
  truthCard: LiveTruthCard;
}

export interface LiveChatMessage {
  id: string;
  userId: string;
  userName: string;
  text: string;
  /** ISO-8601 */
  at: string;
}

export interface LiveQuestion {
  id: string;
  askerName: string;
  text: string;
  /** The card pinned when it was asked, if any: the question becomes that job's FAQ if unanswered. */
  jobPostingId: string | null;
  status: LiveQuestionStatus;
  answer: string | null;
  askedAt: string;
  answeredAt: string | null;
}

/** Live counters, pushed a few times a second at most (never one event per like). */
export interface LiveRoomStats {
  roomId: string;
  viewers: number;
  peakViewers: number;
  likes: number;
  questions: number;
  /** Applications made in this room, per job. */
  applications: Record<string, number>;
}

/** What is logged, numbered and replayed. */
export type LiveRoomEvent =
  | { seq: number; type: 'status'; status: LiveRoomStatus; at: string }
  | { seq: number; type: 'pinned'; card: LiveJobCard; at: string }
  | { seq: number; type: 'unpinned'; jobPostingId: string; at: string }
  | { seq: number; type: 'chat'; message: LiveChatMessage }
  | { seq: number; type: 'chat_removed'; messageId: string }
  | { seq: number; type: 'answered'; question: LiveQuestion };

/** Events as produced, before the room's log numbers them. */
export type LiveRoomEventBody = LiveRoomEvent extends infer E ? (E extends { seq: number } ? Omit<E, 'seq'> : never) : never;

export type LiveViewerRole = 'HOST' | 'SEEKER' | 'VIEWER';

export interface LiveRoomSnapshot {
  roomId: string;
  status: LiveRoomStatus;
  pinned: LiveJobCard | null;
  stats: LiveRoomStats;
  /** The latest chat messages, oldest first. */
  recentChat: LiveChatMessage[];
  /** Answered questions, newest first. */
  answered: LiveQuestion[];
  /** The room log's latest seq: pass it back as `since` after a reconnect. */
  seq: number;
  you: {
    role: LiveViewerRole;
    /** Signed-in job seekers may chat, ask and apply; others watch and read. */
    canInteract: boolean;
    muted: boolean;
    /** Jobs of this room the viewer has applied to (from any channel). */
    appliedJobIds: string[];
  };
}

export interface LiveJoinResult extends LiveRoomSnapshot {
  /** With `since`: every logged event after it, in order; `replayComplete` false when the log no longer reaches back. */
  missed: LiveRoomEvent[];
  replayComplete: boolean;
}

export interface LiveServerEvents {
  'room.event': (event: LiveRoomEvent & { roomId: string }) => void;
  'room.stats': (stats: LiveRoomStats) => void;
  /** To the host only: a new question for the queue. */
  'host.question': (question: LiveQuestion & { roomId: string }) => void;
  'room.error': (error: LiveError) => void;
  /** After the handshake; `userId` null for anonymous viewers (including a rejected token). */
  ready: (info: { userId: string | null }) => void;
}

/** Client → server events; each payload type is inferred from its zod schema (./live-room-payloads). */
export interface LiveClientEvents {
  'room.join': (payload: LiveClientPayload<'room.join'>, ack: (r: LiveAck<LiveJoinResult>) => void) => void;
  'room.leave': (payload: LiveClientPayload<'room.leave'>) => void;
  'chat.send': (payload: LiveClientPayload<'chat.send'>, ack: (r: LiveAck<{ messageId: string }>) => void) => void;
  /** Taps since the last send (1–50); the client batches them. */
  like: (payload: LiveClientPayload<'like'>) => void;
  'question.ask': (payload: LiveClientPayload<'question.ask'>, ack: (r: LiveAck<{ questionId: string }>) => void) => void;
  /** One-tap apply on a card of the room. A double tap with the same key makes one application. */
  'card.apply': (
    payload: LiveClientPayload<'card.apply'>,
    ack: (r: LiveAck<{ applicationId: string; alreadyApplied: boolean }>) => void,
  ) => void;
  'host.pin': (payload: LiveClientPayload<'host.pin'>, ack: (r: LiveAck) => void) => void;
  'host.unpin': (payload: LiveClientPayload<'host.unpin'>, ack: (r: LiveAck) => void) => void;
  'host.answer': (payload: LiveClientPayload<'host.answer'>, ack: (r: LiveAck) => void) => void;
  'host.remove_message': (payload: LiveClientPayload<'host.remove_message'>, ack: (r: LiveAck) => void) => void;
  'host.mute': (payload: LiveClientPayload<'host.mute'>, ack: (r: LiveAck) => void) => void;
}

/** After-room figures by viewer group: by county (residence, else hukou) or by priority group. */
export interface LiveFunnelRow {
  key: string;
  label: string;
  viewers: number;
  impressions: number;
  applications: number;
  interviews: number;
  hires: number;
}
