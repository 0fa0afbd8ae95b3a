import { Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { RegionsModule } from '../regions/regions.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { JobsResolver } from './jobs.resolver';
import { JobsService } from './jobs.service';

@Module({ imports: [EmployersModule, RegionsModule, SearchIndexModule], providers: [JobsResolver, JobsService], exports: [JobsService] })
export class JobsModule {}
