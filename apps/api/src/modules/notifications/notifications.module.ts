import { JobFairsModule } from '../job-fairs/job-fairs.module';
import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { GigsModule } from '../gigs/gigs.module';
import { OversightModule } from '../oversight/oversight.module';
import { SavedSearchesModule } from '../saved-searches/saved-searches.module';
import { NotificationsGateway } from './notifications.gateway';

@Module({
  imports: [ApplicationsModule, AuthModule, GigsModule, JobFairsModule, OversightModule, SavedSearchesModule],
  providers: [NotificationsGateway],
})
export class NotificationsModule {}
