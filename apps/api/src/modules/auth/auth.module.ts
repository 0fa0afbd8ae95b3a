import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { EmployersModule } from '../employers/employers.module';
import { JobSeekersModule } from '../job-seekers/job-seekers.module';
import { RegionsModule } from '../regions/regions.module';
import { AuthResolver } from './auth.resolver';
import { CurrentUsers } from '../users/current-users';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [EmployersModule, JobSeekersModule, JwtModule.register({}), RegionsModule],
  providers: [AuthResolver, AuthService, LoginThrottle, CurrentUsers],
  exports: [AuthService, CurrentUsers],
})
export class AuthModule {}
