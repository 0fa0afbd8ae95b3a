import { type ApplicationChangedEvent, NOTIFICATIONS_NAMESPACE, type NotificationServerEvents } from '@jobbridge/contracts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { authToken } from '../../graphql/auth-token';
import { acquireSocket, releaseSocket } from './shared-socket';

/** Events a page can listen to (`ready` and `error` belong to the handshake). */
export type NotificationEventName = Exclude<keyof NotificationServerEvents, 'ready' | 'error'>;
export type NotificationEventPayload<E extends NotificationEventName> = Parameters<NotificationServerEvents[E]>[0];

/**
 * Calls `listener` for every `event` the API pushes to the signed-in user over socket.io (`/notifications`, auth in
 * the handshake), on the connection every mounted hook shares. socket.io reconnects by itself; pages keep a slow
 * poll as a fallback for a connection that cannot be made (events sent while disconnected are not replayed).
 */
export function useNotificationEvent<E extends NotificationEventName>(
  event: E,
  listener: (payload: NotificationEventPayload<E>) => void,
): void {
  const handler = useRef(listener);
  useLayoutEffect(() => {
    handler.current = listener;
  });

  useEffect(() => {
    const token = authToken.get();
    if (!token) return;
    const shared = acquireSocket(NOTIFICATIONS_NAMESPACE, token);
    const name: string = event;
    // The payload type is fixed by `NotificationEventPayload`; the socket itself is untyped once shared.
    const onEvent = (payload: unknown) => handler.current(payload as NotificationEventPayload<E>);
    shared.socket.on(name, onEvent);
    return () => {
      shared.socket.off(name, onEvent);
      releaseSocket(shared);
    };
  }, [event]);
}

/**
 * Calls `onChange` whenever one of the signed-in user's applications changes status (as seeker or as employer).
 */
export function useApplicationChanges(onChange: (event: ApplicationChangedEvent) => void): void {
  useNotificationEvent('application.changed', onChange);
}
