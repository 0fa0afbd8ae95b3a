import { Module } from '@nestjs/common';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { SearchModule } from '../search/search.module';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({ imports: [JobSeekersModule, SearchModule], providers: [MatchingResolver, MatchingService] })
export class MatchingModule {}
