import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { EmployersModule } from '../employers/employers.module';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { RegionsModule } from '../regions/regions.module';
import { AuthResolver } from './auth.resolver';
import { UsersModule } from '../users/users.module';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [EmployersModule, JobSeekersModule, JwtModule.register({}), RegionsModule, UsersModule],
  providers: [AuthResolver, AuthService, LoginThrottle],
  exports: [AuthService, UsersModule],
})
export class AuthModule {}
