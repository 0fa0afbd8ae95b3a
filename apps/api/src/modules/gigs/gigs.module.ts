import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmployersModule } from '../employers/employers.module';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { RegionsModule } from '../regions/regions.module';
import { GigClock } from './gig-clock';
import { GigRecordsService } from './gig-records.service';
import { GigSettlementService } from './gig-settlement.service';
import { GigStationsService } from './gig-stations.service';
import { GigWorkService } from './gig-work.service';
import { GigsResolver } from './gigs.resolver';
import { GigsService } from './gigs.service';

/**
 * The gig market (零工市场, issue 15): quick jobs posted by employers or real-name individuals, screened like postings,
 * told at once to nearby workers who opted in; places first come first served; check-in at the site by QR or location;
 * settlement with disputes and overdue pay going to the county; ratings both ways; the county's gig stations.
 */
@Module({
  imports: [AuditModule, EmployersModule, JobSeekersModule, RegionsModule],
  providers: [GigClock, GigRecordsService, GigSettlementService, GigStationsService, GigWorkService, GigsResolver, GigsService],
  exports: [GigsService, GigClock, GigSettlementService],
})
export class GigsModule {}
