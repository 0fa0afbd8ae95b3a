import type { FairClientPayload } from './fair-payloads';
import type { TicketStatus } from './enums';

/**
 * Online job fairs (网络招聘会) over socket.io: the hall's live booth figures, a seeker's places pushed as they change,
 * the reps' presence at their booths, and the one-to-one talk (text chat and WebRTC signalling for video and voice).
 * Typed once here, used by the API gateway and the web app.
 *
 *   io('/fairs', { auth: { token? } })   — anonymous visitors may walk the hall; queues and talks need a token
 */
export const FAIRS_NAMESPACE = '/fairs';

export const FairErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  TALK_NOT_OPEN: 'TALK_NOT_OPEN',
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
export type FairErrorCode = (typeof FairErrorCode)[keyof typeof FairErrorCode];

export type FairAck<T = Record<string, never>> = ({ ok: true } & T) | { ok: false; code: FairErrorCode; message: string; field?: string };

/** A booth's live figures, pushed to everyone in the fair's hall whenever they change. */
export interface BoothLiveEvent {
  fairId: string;
  boothId: string;
  repsOnline: number;
  queueLength: number;
  estimatedWaitSeconds: number | null;
}

/** A seeker's ticket as it is now: pushed to its holder whenever its place or state changes. */
export interface TicketUpdateEvent {
  ticketId: string;
  fairId: string;
  boothId: string;
  status: TicketStatus;
  place: number | null;
  estimatedWaitSeconds: number | null;
  /** While CALLED: accept before this (ISO time). */
  answerBy: string | null;
  /**
   * When the state was read (PostgreSQL's statement time, microseconds since the epoch, as a string). Pushes from two
   * API processes can arrive out of order: a client keeps, per ticket, only an update newer than the one it has.
   */
  asOf: string;
}

export interface TalkMessageEvent {
  ticketId: string;
  id: string;
  senderUserId: string;
  /** Whether the booth's rep sent it (else the seeker). */
  fromRep: boolean;
  body: string;
  at: string;
}

/** WebRTC signalling relayed between the two sides of a talk (never stored). */
export type TalkSignalKind = 'offer' | 'answer' | 'candidate' | 'hangup' | 'ready';
export interface TalkSignalEvent {
  ticketId: string;
  fromUserId: string;
  kind: TalkSignalKind;
  data: unknown;
}

/** ICE servers for the talk's RTCPeerConnection (from the API's configuration; none needed on one machine or a LAN). */
export interface RtcIceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export interface FairServerEvents {
  'booth.live': (e: BoothLiveEvent) => void;
  'ticket.update': (e: TicketUpdateEvent) => void;
  /** To a booth's reps: its queue changed (refresh the console). */
  'queue.update': (e: { fairId: string; boothId: string }) => void;
  'talk.message': (e: TalkMessageEvent) => void;
  'talk.signal': (e: TalkSignalEvent) => void;
  'fair.error': (e: { code: FairErrorCode; message: string; event: string }) => void;
  ready: (e: { userId: string | null }) => void;
}

export interface FairClientEvents {
  'fair.enter': (p: FairClientPayload<'fair.enter'>, ack: (r: FairAck<{ visitorsNow: number }>) => void) => void;
  'fair.leave': (p: FairClientPayload<'fair.leave'>, ack: (r: FairAck) => void) => void;
  'booth.staff': (p: FairClientPayload<'booth.staff'>, ack: (r: FairAck<{ repsOnline: number }>) => void) => void;
  'booth.unstaff': (p: FairClientPayload<'booth.unstaff'>, ack: (r: FairAck) => void) => void;
  'talk.join': (
    p: FairClientPayload<'talk.join'>,
    ack: (r: FairAck<{ messages: TalkMessageEvent[]; iceServers: RtcIceServer[]; rep: boolean }>) => void,
  ) => void;
  'talk.message': (p: FairClientPayload<'talk.message'>, ack: (r: FairAck<{ message: TalkMessageEvent }>) => void) => void;
  'talk.signal': (p: FairClientPayload<'talk.signal'>, ack: (r: FairAck) => void) => void;
}
