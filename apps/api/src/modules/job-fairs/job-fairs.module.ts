import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { EmployersModule } from '../employers/employers.module';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { AuthModule } from '../auth/auth.module';
import { JobsModule } from '../jobs/jobs.module';
import { ProjectsModule } from '../projects/projects.module';
import { RegionsModule } from '../regions/regions.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { FairPresence } from './fair-presence';
import { FairQueueService } from './fair-queue.service';
import { JobFairHistoryResolver } from './job-fair-history.resolver';
import { FairBoothFieldsResolver, JobFairsResolver, QueueTicketFieldsResolver } from './job-fairs.resolver';
import { JobFairsGateway } from './job-fairs.gateway';
import { JobFairsService } from './job-fairs.service';

/** Online job fairs (issue 12): fairs, booths, queues and talks, figures. */
@Module({
  imports: [
    ApplicationsModule,
    AuthModule,
    EmployersModule,
    JobSeekersModule,
    JobsModule,
    ProjectsModule,
    RegionsModule,
    SearchIndexModule,
  ],
  providers: [
    FairPresence,
    FairQueueService,
    JobFairsGateway,
    JobFairsService,
    JobFairsResolver,
    FairBoothFieldsResolver,
    QueueTicketFieldsResolver,
    JobFairHistoryResolver,
  ],
  exports: [FairPresence, FairQueueService, JobFairsService],
})
export class JobFairsModule {}
