import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { RegionsModule } from '../regions/regions.module';
import { LiveInteractionService } from './live-interaction.service';
import { liveRoomStoreProvider } from './live-room-store.provider';
import { LiveRoomsGateway } from './live-rooms.gateway';
import { JobPostingFaqResolver, LiveRoomsResolver } from './live-rooms.resolver';
import { LiveRoomsService } from './live-rooms.service';

@Module({
  imports: [ApplicationsModule, AuthModule, RegionsModule],
  providers: [JobPostingFaqResolver, LiveInteractionService, liveRoomStoreProvider, LiveRoomsGateway, LiveRoomsResolver, LiveRoomsService],
})
export class LiveRoomsModule {}
