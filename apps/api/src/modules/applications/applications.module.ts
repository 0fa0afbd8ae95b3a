import { Module } from '@nestjs/common';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { ApplicationsResolver, JobPostingApplicationResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [JobSeekersModule],
  providers: [ApplicationsResolver, ApplicationsService, JobPostingApplicationResolver],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
