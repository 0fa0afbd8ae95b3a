import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegionsModule } from '../regions/regions.module';
import { ProjectRosterService } from './project-roster.service';
import { ProjectsGateway } from './projects.gateway';
import { ProjectsResolver, ProjectWorkerResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [AuthModule, RegionsModule],
  providers: [ProjectRosterService, ProjectsGateway, ProjectsResolver, ProjectsService, ProjectWorkerResolver],
  exports: [ProjectRosterService, ProjectsService],
})
export class ProjectsModule {}
