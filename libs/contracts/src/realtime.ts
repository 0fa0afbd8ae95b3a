import type { ApplicationStatus } from './enums';

/** Socket.io namespace for per-user notifications. Auth: `io('/notifications', { auth: { token } })`. */
export const NOTIFICATIONS_NAMESPACE = '/notifications';

export interface ApplicationChangedEvent {
  applicationId: string;
  jobPostingId: string;
  status: ApplicationStatus;
}

export interface SearchAlertCreatedEvent {
  alertId: string;
  jobPostingId: string;
  savedSearchName: string;
}

/** Events the server sends on the notifications namespace. */
export interface NotificationServerEvents {
  'application.changed': (event: ApplicationChangedEvent) => void;
  /** A newly published posting matched one of the user's saved searches. */
  'search_alert.created': (event: SearchAlertCreatedEvent) => void;
  /** Sent once after a successful handshake. */
  ready: (info: { userId: string }) => void;
  error: (error: { code: string; message: string }) => void;
}

/** The notifications namespace takes no client events yet. */
export type NotificationClientEvents = Record<string, never>;
