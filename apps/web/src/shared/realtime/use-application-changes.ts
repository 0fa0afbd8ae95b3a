import { type ApplicationChangedEvent, NOTIFICATIONS_NAMESPACE, type NotificationClientEvents, type NotificationServerEvents } from '@jobbridge/contracts';
import { useEffect, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { authToken } from '../../graphql/auth-token';

/**
 * Calls `onChange` whenever one of the signed-in user's applications changes status (as seeker or as employer),
 * pushed by the API over socket.io (`/notifications`, auth in the handshake). One connection per mounted page;
 * socket.io reconnects by itself, and pages keep a slow poll as a fallback for a connection that cannot be made.
 */
export function useApplicationChanges(onChange: (event: ApplicationChangedEvent) => void): void {
  const handler = useRef(onChange);
  handler.current = onChange;

  useEffect(() => {
    const token = authToken.get();
    if (!token) return;
    const socket: Socket<NotificationServerEvents, NotificationClientEvents> = io(NOTIFICATIONS_NAMESPACE, { auth: { token } });
    socket.on('application.changed', (event) => handler.current(event));
    return () => {
      socket.disconnect();
    };
  }, []);
}
