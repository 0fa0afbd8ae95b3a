import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { JobSeekersResolver } from './job-seekers.resolver';
import { JobSeekersService } from './job-seekers.service';

@Module({ imports: [RegionsModule], providers: [JobSeekersResolver, JobSeekersService], exports: [JobSeekersService] })
export class JobSeekersModule {}
