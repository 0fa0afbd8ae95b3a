import {
  type ApplicationChangedEvent,
  NOTIFICATIONS_NAMESPACE,
  type NotificationClientEvents,
  type NotificationServerEvents,
} from '@jobbridge/contracts';
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { authToken } from '../../graphql/auth-token';

type NotificationSocket = Socket<NotificationServerEvents, NotificationClientEvents>;

/** Events a page can listen to (`ready` and `error` belong to the handshake). */
export type NotificationEventName = Exclude<keyof NotificationServerEvents, 'ready' | 'error'>;
export type NotificationEventPayload<E extends NotificationEventName> = Parameters<NotificationServerEvents[E]>[0];

interface Connection {
  token: string;
  socket: NotificationSocket;
  users: number;
}

/**
 * One socket.io connection to `/notifications` per signed-in token, shared by every mounted hook and closed when
 * the last one unmounts. A new token (another user signed in) opens a new connection; the old one closes with its
 * last user.
 */
let current: Connection | null = null;

function acquire(token: string): Connection {
  if (!current || current.token !== token) {
    current = { token, socket: io(NOTIFICATIONS_NAMESPACE, { auth: { token } }), users: 0 };
  }
  current.users += 1;
  return current;
}

function release(connection: Connection): void {
  connection.users -= 1;
  if (connection.users > 0) return;
  connection.socket.disconnect();
  if (current === connection) current = null;
}

/**
 * Calls `listener` for every `event` the API pushes to the signed-in user over socket.io (`/notifications`, auth in
 * the handshake). socket.io reconnects by itself; pages keep a slow poll as a fallback for a connection that cannot
 * be made (events sent while disconnected are not replayed).
 */
export function useNotificationEvent<E extends NotificationEventName>(event: E, listener: (payload: NotificationEventPayload<E>) => void): void {
  const handler = useRef(listener);
  handler.current = listener;

  useEffect(() => {
    const token = authToken.get();
    if (!token) return;
    const connection = acquire(token);
    // The typed `on` cannot follow a generic event name; the payload type is fixed by `NotificationEventPayload`.
    const socket = connection.socket as unknown as Socket;
    const name: string = event;
    const onEvent = (payload: unknown) => handler.current(payload as NotificationEventPayload<E>);
    socket.on(name, onEvent);
    return () => {
      socket.off(name, onEvent);
      release(connection);
    };
  }, [event]);
}

/**
 * Calls `onChange` whenever one of the signed-in user's applications changes status (as seeker or as employer).
 */
export function useApplicationChanges(onChange: (event: ApplicationChangedEvent) => void): void {
  useNotificationEvent('application.changed', onChange);
}
