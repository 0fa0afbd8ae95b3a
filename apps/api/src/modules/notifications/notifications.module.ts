import { JobFairsModule } from '../job-fairs/job-fairs.module';
import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { OversightModule } from '../oversight/oversight.module';
import { SavedSearchesModule } from '../saved-searches/saved-searches.module';
import { NotificationsGateway } from './notifications.gateway';

@Module({
  imports: [ApplicationsModule, AuthModule, JobFairsModule, OversightModule, SavedSearchesModule],
  providers: [NotificationsGateway],
})
export class NotificationsModule {}
