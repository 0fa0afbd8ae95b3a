import { PROJECTS_NAMESPACE, ProjectClientEvents, ProjectServerEvents, Role, WatchAck } from '@jobbridge/contracts';
import { ancestorRegionCodes, regionPrefix } from '@jobbridge/domain';
import { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { requireHandshakeUser } from '../../common/realtime/handshake';
import { AuthService } from '../auth/auth.service';
import { ProjectEntity } from './project.entity';
import { ProjectChanged, ProjectsService } from './projects.service';

type ProjectSocket = Socket<ProjectClientEvents, ProjectServerEvents, Record<string, never>, { user: AuthUser }>;

const projectRoom = (id: string) => `project:${id}`;
/** Officers watch their region: one room per region prefix (62, 6229, 622921 …). */
const regionRoom = (prefix: string) => `region:${prefix}`;

/**
 * Live local-hiring figures: a project page joins its project's room, a bureau dashboard its region's room. Every
 * roster change is pushed (after commit) to the project and to each region above it. Auth in the handshake.
 */
@WebSocketGateway({ namespace: PROJECTS_NAMESPACE, cors: { origin: true } })
export class ProjectsGateway implements OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  @WebSocketServer()
  private readonly nsp: Namespace<ProjectClientEvents, ProjectServerEvents>;

  private readonly onChanged = (e: ProjectChanged) => {
    // Admins watch the room of the empty prefix: every region.
    const regions = ['', ...[...ancestorRegionCodes(e.regionCode), e.regionCode].map((c) => regionPrefix(c))].map(regionRoom);
    this.nsp
      .to([projectRoom(e.projectId), ...regions])
      .emit('project.local_hiring_changed', { projectId: e.projectId, localHiring: e.localHiring });
  };

  constructor(
    private readonly auth: AuthService,
    private readonly projects: ProjectsService,
    private readonly ds: DataSource,
  ) {}

  onModuleInit(): void {
    this.projects.events.on('project.changed', this.onChanged);
  }

  onModuleDestroy(): void {
    this.projects.events.off('project.changed', this.onChanged);
  }

  async handleConnection(socket: ProjectSocket): Promise<void> {
    const user = await requireHandshakeUser(this.auth, socket);
    if (!user) return;
    socket.data.user = user;
    socket.emit('ready', { userId: user.id });
  }

  @SubscribeMessage('project.watch')
  async watch(@ConnectedSocket() socket: ProjectSocket, @MessageBody() body: { projectId?: unknown }): Promise<WatchAck> {
    const id = typeof body?.projectId === 'string' ? body.projectId : '';
    const project = /^[0-9a-f-]{36}$/i.test(id) ? await this.ds.getRepository(ProjectEntity).findOneBy({ id }) : null;
    if (!project || !socket.data.user || !(await this.projects.canManage(socket.data.user, project)))
      return { ok: false, code: 'FORBIDDEN', message: '无权查看该项目' };
    await socket.join(projectRoom(project.id));
    return { ok: true };
  }

  @SubscribeMessage('project.unwatch')
  async unwatch(@ConnectedSocket() socket: ProjectSocket, @MessageBody() body: { projectId?: unknown }): Promise<void> {
    if (typeof body?.projectId === 'string') await socket.leave(projectRoom(body.projectId));
  }

  @SubscribeMessage('dashboard.watch')
  async watchDashboard(@ConnectedSocket() socket: ProjectSocket): Promise<WatchAck> {
    const user = socket.data.user;
    if (user?.role === Role.ADMIN) {
      await socket.join(regionRoom(''));
      return { ok: true };
    }
    if (user?.role !== Role.OFFICER || !user.regionCode) return { ok: false, code: 'FORBIDDEN', message: '仅人社部门可查看辖区看板' };
    await socket.join(regionRoom(regionPrefix(user.regionCode)));
    return { ok: true };
  }
}
