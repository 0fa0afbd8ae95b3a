import { Module } from '@nestjs/common';
import { SearchIndexModule } from '../search-index/search-index.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [SearchIndexModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
