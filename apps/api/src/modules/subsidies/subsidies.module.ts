import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { EmployersModule } from '../employers/employers.module';
import { ApplicationSubsidiesResolver, SubsidiesResolver, SubsidyBatchFieldsResolver } from './subsidies.resolver';
import { SubsidiesService } from './subsidies.service';
import { subsidyPacksProvider } from './subsidy-packs.provider';

/**
 * Subsidies found from events (issue 14, 免申即享): the packs checked at start, the engine's proposals from hires,
 * tenures, internships, certificates and layoff filings, the bureau's queue, payment batches and their export, and what
 * employers and workers see. It sits above the modules whose records are its events and reads them by SQL only.
 */
@Module({
  imports: [ApplicationsModule, AuditModule, EmployersModule],
  providers: [subsidyPacksProvider, SubsidiesService, SubsidiesResolver, SubsidyBatchFieldsResolver, ApplicationSubsidiesResolver],
  exports: [SubsidiesService],
})
export class SubsidiesModule {}
