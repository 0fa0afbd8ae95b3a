import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuditModule } from '../audit/audit.module';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { JobsModule } from '../jobs/jobs.module';
import { MatchingModule } from '../matching/matching.module';
import { RegionsModule } from '../regions/regions.module';
import { EmploymentSupportResolver } from './employment-support.resolver';
import { FollowUpsService } from './follow-ups.service';
import { HouseholdsService } from './households.service';
import {
  SupportBatches,
  SupportCaseFieldsResolver,
  SupportFollowUpFieldsResolver,
  UnemploymentRegistrationFieldsResolver,
} from './support-fields.resolver';
import { SupportCasesService } from './support-cases.service';
import { SupportOffersService } from './support-offers.service';
import { UnemploymentRegistrationsService } from './unemployment-registrations.service';

/**
 * Unemployment registration and tracked help (issue 14): online 失业登记 with the household, the bureau's caseload of
 * registered unemployed and difficulty-group people with monthly follow-ups, and zero-employment households. Hires
 * close cases (the applications module's event, and the same check in SQL on every read). It reads other modules'
 * tables only through their services or read-only SQL.
 */
@Module({
  imports: [ApplicationsModule, AuditModule, JobSeekersModule, JobsModule, MatchingModule, RegionsModule],
  providers: [
    FollowUpsService,
    HouseholdsService,
    SupportBatches,
    SupportCasesService,
    SupportOffersService,
    UnemploymentRegistrationsService,
    EmploymentSupportResolver,
    SupportCaseFieldsResolver,
    SupportFollowUpFieldsResolver,
    UnemploymentRegistrationFieldsResolver,
  ],
  exports: [UnemploymentRegistrationsService],
})
export class EmploymentSupportModule {}
