import { JobsModule } from '../jobs/jobs.module';
import { Module } from '@nestjs/common';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { ProjectsModule } from '../projects/projects.module';
import { ApplicationsResolver, JobPostingApplicationResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [JobSeekersModule, JobsModule, ProjectsModule],
  providers: [ApplicationsResolver, ApplicationsService, JobPostingApplicationResolver],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
