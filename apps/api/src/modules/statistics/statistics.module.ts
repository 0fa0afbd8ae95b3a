import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RegionsModule } from '../regions/regions.module';
import { STATS_REFRESH_OPTIONS, StatisticsRefreshWorker, StatsRefreshOptions } from './statistics-refresh.worker';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** Today's figures are rebuilt before a query that covers today when they are older than this. */
const TODAY_MAX_AGE_MS = 30_000;

/**
 * Regional statistics for the bureau (issue 13, ADR 0017): a daily rollup per region and priority group, filled in
 * PostgreSQL from the other modules' tables (read-only SQL), refreshed by a background worker, summed per period.
 */
@Module({
  imports: [RegionsModule],
  providers: [
    {
      provide: STATS_REFRESH_OPTIONS,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig): StatsRefreshOptions => ({ pollMs: c.statsRefreshMs, todayMaxAgeMs: TODAY_MAX_AGE_MS }),
    },
    StatisticsRefreshWorker,
    StatisticsResolver,
    StatisticsService,
  ],
  exports: [StatisticsRefreshWorker],
})
export class StatisticsModule {}
