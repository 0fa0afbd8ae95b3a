import {
  FAIRS_NAMESPACE,
  type BoothLiveEvent,
  type FairAck,
  type RtcIceServer,
  type TalkMessageEvent,
  type TalkSignalEvent,
  type TalkSignalKind,
  type TicketUpdateEvent,
} from '@jobbridge/contracts';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { authToken } from '../../../graphql/auth-token';
import { i18n } from '../../../i18n';
import { acquireSocket, releaseSocket, type SharedSocket } from '../../../shared/realtime/shared-socket';

const ACK_TIMEOUT_MS = 8000;

/** Sends an event and resolves with its ack; a timeout or a dropped connection is a NETWORK refusal. */
function send<T>(shared: SharedSocket, event: string, payload: unknown): Promise<FairAck<T>> {
  return new Promise((resolve) => {
    shared.socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err: Error | null, ack?: FairAck<T>) => {
      resolve(err || !ack ? ({ ok: false, code: 'INVALID_INPUT', message: i18n.t('errors.NETWORK') } as FairAck<T>) : ack);
    });
  });
}

/** Runs `onReady` now if the shared connection is ready, and after every (re)connect. */
function onEveryReady(shared: SharedSocket, onReady: () => void): () => void {
  if (shared.ready) onReady();
  shared.socket.on('ready', onReady);
  return () => {
    shared.socket.off('ready', onReady);
  };
}

/**
 * The fair's hall over socket.io (`/fairs`, shared connection; signed-out visitors connect without a token): enters
 * the hall after every (re)connect, and keeps the latest live figures per booth and the latest state of each of the
 * signed-in seeker's tickets as the API pushes them.
 */
export function useFairHall(fairId: string | null) {
  const [booths, setBooths] = useState<Record<string, BoothLiveEvent>>({});
  const [tickets, setTickets] = useState<Record<string, TicketUpdateEvent>>({});
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    if (!fairId) return;
    const shared = acquireSocket(FAIRS_NAMESPACE, authToken.get());
    const onBooth = (e: BoothLiveEvent) => {
      if (e.fairId === fairId) setBooths((m) => ({ ...m, [e.boothId]: e }));
    };
    // Pushes from two API processes may cross on the way: keep, per ticket, only the newest state read.
    const onTicket = (e: TicketUpdateEvent) => {
      if (e.fairId !== fairId) return;
      setTickets((m) => (m[e.ticketId] && BigInt(m[e.ticketId].asOf) >= BigInt(e.asOf) ? m : { ...m, [e.ticketId]: e }));
    };
    const onDisconnect = () => setConnected(false);
    shared.socket.on('booth.live', onBooth);
    shared.socket.on('ticket.update', onTicket);
    shared.socket.on('disconnect', onDisconnect);
    const stop = onEveryReady(shared, () => {
      void send(shared, 'fair.enter', { fairId }).then((ack) => setConnected(ack.ok));
    });
    return () => {
      stop();
      shared.socket.off('booth.live', onBooth);
      shared.socket.off('ticket.update', onTicket);
      shared.socket.off('disconnect', onDisconnect);
      void send<Record<string, never>>(shared, 'fair.leave', { fairId });
      releaseSocket(shared);
    };
  }, [fairId]);

  return { booths, tickets, connected };
}

/** A rep at the booth console: online at the booth while mounted (and after reconnects); `onQueue` on every queue change. */
export function useBoothStaff(boothId: string | null, onQueue: () => void) {
  const handler = useRef(onQueue);
  useLayoutEffect(() => {
    handler.current = onQueue;
  });
  const [online, setOnline] = useState<FairAck<{ repsOnline: number }> | null>(null);

  useEffect(() => {
    if (!boothId) return;
    const shared = acquireSocket(FAIRS_NAMESPACE, authToken.get());
    const onUpdate = (e: { boothId: string }) => {
      if (e.boothId === boothId) handler.current();
    };
    shared.socket.on('queue.update', onUpdate);
    const stop = onEveryReady(shared, () => {
      void send<{ repsOnline: number }>(shared, 'booth.staff', { boothId }).then(setOnline);
    });
    return () => {
      stop();
      shared.socket.off('queue.update', onUpdate);
      void send<Record<string, never>>(shared, 'booth.unstaff', { boothId });
      releaseSocket(shared);
    };
  }, [boothId]);

  return online;
}

export interface TalkControls {
  joined: boolean;
  rep: boolean;
  messages: TalkMessageEvent[];
  iceServers: RtcIceServer[];
  error: string | null;
  sendMessage: (body: string) => Promise<FairAck<{ message: TalkMessageEvent }>>;
  signal: (kind: TalkSignalKind, data: unknown) => Promise<FairAck>;
  /** Registers the handler of the other side's signalling (one at a time). */
  onSignal: (fn: ((e: TalkSignalEvent) => void) | null) => void;
}

/** A one-to-one talk: joins it (messages so far, ICE servers), keeps its messages, relays WebRTC signalling. */
export function useTalk(ticketId: string | null): TalkControls {
  const [state, setState] = useState<{
    joined: boolean;
    rep: boolean;
    messages: TalkMessageEvent[];
    iceServers: RtcIceServer[];
    error: string | null;
  }>({
    joined: false,
    rep: false,
    messages: [],
    iceServers: [],
    error: null,
  });
  const sharedRef = useRef<SharedSocket | null>(null);
  const signalHandler = useRef<((e: TalkSignalEvent) => void) | null>(null);

  useEffect(() => {
    if (!ticketId) return;
    const shared = acquireSocket(FAIRS_NAMESPACE, authToken.get());
    sharedRef.current = shared;
    const onMessage = (m: TalkMessageEvent) => {
      if (m.ticketId !== ticketId) return;
      setState((s) => (s.messages.some((x) => x.id === m.id) ? s : { ...s, messages: [...s.messages, m] }));
    };
    const onSignal = (e: TalkSignalEvent) => {
      if (e.ticketId === ticketId) signalHandler.current?.(e);
    };
    shared.socket.on('talk.message', onMessage);
    shared.socket.on('talk.signal', onSignal);
    const stop = onEveryReady(shared, () => {
      void send<{ messages: TalkMessageEvent[]; iceServers: RtcIceServer[]; rep: boolean }>(shared, 'talk.join', { ticketId }).then((ack) =>
        setState((s) =>
          ack.ok
            ? { joined: true, rep: ack.rep, messages: ack.messages, iceServers: ack.iceServers, error: null }
            : { ...s, joined: false, error: ack.message },
        ),
      );
    });
    return () => {
      stop();
      shared.socket.off('talk.message', onMessage);
      shared.socket.off('talk.signal', onSignal);
      sharedRef.current = null;
      releaseSocket(shared);
    };
  }, [ticketId]);

  const sendMessage = useCallback(
    (body: string) =>
      sharedRef.current && ticketId
        ? send<{ message: TalkMessageEvent }>(sharedRef.current, 'talk.message', { ticketId, body })
        : Promise.resolve({ ok: false, code: 'INVALID_INPUT', message: i18n.t('errors.NETWORK') } as FairAck<{
            message: TalkMessageEvent;
          }>),
    [ticketId],
  );
  const signal = useCallback(
    (kind: TalkSignalKind, data: unknown) =>
      sharedRef.current && ticketId
        ? send<Record<string, never>>(sharedRef.current, 'talk.signal', { ticketId, kind, data })
        : Promise.resolve({ ok: false, code: 'INVALID_INPUT', message: i18n.t('errors.NETWORK') } as FairAck),
    [ticketId],
  );
  const onSignal = useCallback((fn: ((e: TalkSignalEvent) => void) | null) => {
    signalHandler.current = fn;
  }, []);

  return { ...state, sendMessage, signal, onSignal };
}
