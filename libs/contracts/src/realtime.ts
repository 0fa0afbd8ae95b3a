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
  /** A new gig near the worker suits them (they opted in to gig work); sent most suitable first. */
  'gig.offered': (event: GigOfferedEvent) => void;
  /** The worker's place changed without their doing: moved up from the waiting list, or the gig was cancelled. */
  'gig.place_changed': (event: { gigId: string; status: string }) => void;
  /** A worker checked in or out of one of the poster's gigs. */
  'gig.attendance': (event: { gigId: string }) => void;
  /** Sent once after a successful handshake. */
  ready: (info: { userId: string }) => void;
  error: (error: { code: string; message: string }) => void;
}

export interface GigOfferedEvent {
  gigId: string;
  title: string;
  /** 150元/天 */
  payText: string;
  startDate: string;
  dailyStart: string;
  address: string;
  /** The site: the app shows the distance from the worker's own point. */
  lat: number;
  lng: number;
  /** 1 for the most suitable group of workers (told first), 2 for the next … */
  rank: number;
  /** ISO time the gig was published (to measure post → push). */
  publishedAt: string;
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
