import type { ApplicationStatus, LocalHiringStatus } from './enums';

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
  /** The bureau invited the user to a fair (a fair for a major project whose local hiring is at risk). */
  'fair.invited': (event: { fairId: string; fairName: string }) => void;
  /** An officer decided on the user's report (ReportAction: WARN, SUSPEND_POSTING, SUSPEND_EMPLOYER or DISMISS). */
  'report.resolved': (event: { reportId: string; action: string }) => void;
  /** Sent once after a successful handshake. */
  ready: (info: { userId: string }) => void;
  error: (error: { code: string; message: string }) => void;
}

/** The notifications namespace takes no client events yet. */
export type NotificationClientEvents = Record<string, never>;

/** Socket.io namespace for live project figures (the project page and the bureau dashboard). Auth in the handshake. */
export const PROJECTS_NAMESPACE = '/projects';

export interface LocalHiringSnapshot {
  threshold: string;
  totalWorkers: number;
  localWorkers: number;
  ratio: number | null;
  compliant: boolean;
  shortfall: number;
  status: LocalHiringStatus;
}

export interface ProjectLocalHiringChangedEvent {
  projectId: string;
  localHiring: LocalHiringSnapshot;
}

export type WatchAck = { ok: true } | { ok: false; code: string; message: string };

export interface ProjectServerEvents {
  /** The roster or the rule changed: new figures for today. */
  'project.local_hiring_changed': (event: ProjectLocalHiringChangedEvent) => void;
  ready: (info: { userId: string }) => void;
  error: (error: { code: string; message: string }) => void;
}

export interface ProjectClientEvents {
  /** Follow one project (owner, officers over its region, admins). */
  'project.watch': (payload: { projectId: string }, ack: (result: WatchAck) => void) => void;
  'project.unwatch': (payload: { projectId: string }) => void;
  /** Follow every project in the officer's region (the bureau dashboard). */
  'dashboard.watch': (payload: Record<string, never>, ack: (result: WatchAck) => void) => void;
}
