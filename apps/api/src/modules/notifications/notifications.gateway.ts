import { NOTIFICATIONS_NAMESPACE, NotificationClientEvents, NotificationServerEvents } from '@jobbridge/contracts';
import { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { OnGatewayConnection, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { ApplicationChanged, ApplicationsService } from '../applications/applications.service';
import { requireHandshakeUser } from '../../common/realtime/handshake';
import { AuthService } from '../auth/auth.service';
import { AlertCreated, SavedSearchesService } from '../saved-searches/saved-searches.service';
import { JobFairsService, type JobFairsEvents } from '../job-fairs/job-fairs.service';
import { ReportsEvents, ReportsService } from '../oversight/reports.service';
import { GigsService, type GigsEvents } from '../gigs/gigs.service';

/** Workers per broadcast when a gig is offered. */
const GIG_PUSH_GROUP = 200;

type NotificationSocket = Socket<NotificationClientEvents, NotificationServerEvents>;

/**
 * Per-user pushes: an application's seeker and employer hear about every status change at once, so
 * "my applications" and the applicant list stay live without polling. Auth in the handshake; one room per user.
 */
@WebSocketGateway({ namespace: NOTIFICATIONS_NAMESPACE, cors: { origin: true } })
export class NotificationsGateway implements OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  @WebSocketServer()
  private readonly nsp: Namespace<NotificationClientEvents, NotificationServerEvents>;

  private readonly onAlert = (e: AlertCreated) => {
    this.nsp
      .to(`user:${e.userId}`)
      .emit('search_alert.created', { alertId: e.alertId, jobPostingId: e.jobPostingId, savedSearchName: e.savedSearchName });
  };

  private readonly onChanged = (e: ApplicationChanged) => {
    const payload = { applicationId: e.applicationId, jobPostingId: e.jobPostingId, status: e.status };
    this.nsp.to([`user:${e.seekerUserId}`, ...e.employerUserIds.map((id) => `user:${id}`)]).emit('application.changed', payload);
  };

  private readonly onInvited = (e: JobFairsEvents['fair.invited'][0]) => {
    for (const userId of e.userIds) this.nsp.to(`user:${userId}`).emit('fair.invited', { fairId: e.fairId, fairName: e.fairName });
  };

  private readonly onReportResolved = (e: ReportsEvents['report.resolved'][0]) => {
    this.nsp.to(`user:${e.reporterUserId}`).emit('report.resolved', { reportId: e.reportId, action: e.action });
  };

  /**
   * A new gig goes to every worker it suits, most suitable first: groups of GIG_PUSH_GROUP workers in rank order, one
   * broadcast per group (a handful of adapter messages per gig however many workers it reaches). `rank` is the group.
   */
  private readonly onGigOffered = (e: GigsEvents['gig.offered'][0]) => {
    const publishedAt = e.publishedAt.toISOString();
    for (let i = 0, group = 1; i < e.workers.length; i += GIG_PUSH_GROUP, group++) {
      this.nsp.to(e.workers.slice(i, i + GIG_PUSH_GROUP).map((w) => `user:${w.userId}`)).emit('gig.offered', {
        gigId: e.gigId,
        title: e.title,
        payText: e.payText,
        startDate: e.startDate,
        dailyStart: e.dailyStart,
        address: e.address,
        lat: e.lat,
        lng: e.lng,
        rank: group,
        publishedAt,
      });
    }
  };

  private readonly onGigPlace = (e: GigsEvents['gig.place_changed'][0]) => {
    this.nsp.to(`user:${e.userId}`).emit('gig.place_changed', { gigId: e.gigId, status: e.status });
  };

  private readonly onGigAttendance = (e: GigsEvents['gig.attendance'][0]) => {
    if (e.posterUserIds.length) this.nsp.to(e.posterUserIds.map((id) => `user:${id}`)).emit('gig.attendance', { gigId: e.gigId });
  };

  constructor(
    private readonly gigs: GigsService,
    private readonly reports: ReportsService,
    private readonly fairs: JobFairsService,
    private readonly auth: AuthService,
    private readonly applications: ApplicationsService,
    private readonly savedSearches: SavedSearchesService,
  ) {}

  onModuleInit(): void {
    this.applications.events.on('application.changed', this.onChanged);
    this.savedSearches.events.on('alert.created', this.onAlert);
    this.fairs.events.on('fair.invited', this.onInvited);
    this.reports.events.on('report.resolved', this.onReportResolved);
    this.gigs.events.on('gig.offered', this.onGigOffered);
    this.gigs.events.on('gig.place_changed', this.onGigPlace);
    this.gigs.events.on('gig.attendance', this.onGigAttendance);
  }

  onModuleDestroy(): void {
    this.applications.events.off('application.changed', this.onChanged);
    this.savedSearches.events.off('alert.created', this.onAlert);
    this.fairs.events.off('fair.invited', this.onInvited);
    this.reports.events.off('report.resolved', this.onReportResolved);
    this.gigs.events.off('gig.offered', this.onGigOffered);
    this.gigs.events.off('gig.place_changed', this.onGigPlace);
    this.gigs.events.off('gig.attendance', this.onGigAttendance);
  }

  async handleConnection(socket: NotificationSocket): Promise<void> {
    const user = await requireHandshakeUser(this.auth, socket);
    if (!user) return;
    void socket.join(`user:${user.id}`);
    socket.emit('ready', { userId: user.id });
  }
}
