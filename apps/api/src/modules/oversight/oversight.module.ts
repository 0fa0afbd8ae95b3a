import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmployersModule } from '../employers/employers.module';
import { JobFairsModule } from '../job-fairs/job-fairs.module';
import { JobsModule } from '../jobs/jobs.module';
import { LiveRoomsModule } from '../live-rooms/live-rooms.module';
import { ProjectsModule } from '../projects/projects.module';
import { RegionsModule } from '../regions/regions.module';
import { CheckInsService } from './check-ins.service';
import { CreditService } from './credit.service';
import { LayoffsService } from './layoffs.service';
import { OversightJobFieldsResolver, OversightResolver, ReportFieldsResolver, ScreeningFlagFieldsResolver } from './oversight.resolver';
import { ReportsService } from './reports.service';
import { ScreeningDecisionsService } from './screening-decisions.service';
import { WatchService } from './watch.service';

/**
 * Bureau oversight (issue 13): officers' decisions on screening flags, seekers' reports, post-hire check-ins and the
 * employer credit they feed, layoff filings with the 20-or-10% rule and 稳岗返还, and the mass-unemployment watch.
 * It sits above the features it watches and reads their tables only through their services or read-only SQL.
 */
@Module({
  imports: [AuditModule, EmployersModule, JobFairsModule, JobsModule, LiveRoomsModule, ProjectsModule, RegionsModule],
  providers: [
    CheckInsService,
    CreditService,
    LayoffsService,
    ReportsService,
    ScreeningDecisionsService,
    WatchService,
    OversightResolver,
    OversightJobFieldsResolver,
    ScreeningFlagFieldsResolver,
    ReportFieldsResolver,
  ],
  exports: [ReportsService],
})
export class OversightModule {}
