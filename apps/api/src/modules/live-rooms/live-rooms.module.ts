import { EmployersModule } from '../employers/employers.module';
import { JobFairsModule } from '../job-fairs/job-fairs.module';
import { JobsModule } from '../jobs/jobs.module';
import { Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { RegionsModule } from '../regions/regions.module';
import { LiveInteractionService } from './live-interaction.service';
import type { LiveRoomStore } from './live-room-store';
import { LIVE_ROOM_STORE, liveRoomStoreProvider } from './live-room-store.provider';
import { LiveRoomsGateway } from './live-rooms.gateway';
import { FairProgrammeResolver, JobPostingFaqResolver, LiveRoomsResolver } from './live-rooms.resolver';
import { LiveRoomsService } from './live-rooms.service';

@Module({
  imports: [ApplicationsModule, AuthModule, EmployersModule, JobFairsModule, JobsModule, RegionsModule],
  providers: [
    FairProgrammeResolver,
    JobPostingFaqResolver,
    LiveInteractionService,
    liveRoomStoreProvider,
    LiveRoomsGateway,
    LiveRoomsResolver,
    LiveRoomsService,
  ],
  exports: [LiveRoomsService],
})
export class LiveRoomsModule implements OnModuleDestroy {
  constructor(@Inject(LIVE_ROOM_STORE) private readonly store: LiveRoomStore) {}

  /** The Redis connection of the live state closes with the app (a test or a rolling restart leaves nothing open). */
  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}
