import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { NotificationsGateway } from './notifications.gateway';

@Module({ imports: [ApplicationsModule, AuthModule], providers: [NotificationsGateway] })
export class NotificationsModule {}
