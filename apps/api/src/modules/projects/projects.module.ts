import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { EmployersModule } from '../employers/employers.module';
import { JobsModule } from '../jobs/jobs.module';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegionsModule } from '../regions/regions.module';
import { ProjectRosterService } from './project-roster.service';
import { ProjectsGateway } from './projects.gateway';
import { ProjectsResolver, ProjectWorkerResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [AuthModule, EmployersModule, JobSeekersModule, JobsModule, RegionsModule],
  providers: [ProjectRosterService, ProjectsGateway, ProjectsResolver, ProjectsService, ProjectWorkerResolver],
  exports: [ProjectRosterService, ProjectsService],
})
export class ProjectsModule {}
