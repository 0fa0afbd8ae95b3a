import { JobsModule } from '../jobs/jobs.module';
import { ProjectsModule } from '../projects/projects.module';
import { Module } from '@nestjs/common';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [JobSeekersModule, JobsModule, ProjectsModule, SearchIndexModule],
  providers: [MatchingResolver, MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
