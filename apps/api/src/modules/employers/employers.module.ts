import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { UsersModule } from '../users/users.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({
  imports: [RegionsModule, SearchIndexModule, UsersModule],
  providers: [EmployersResolver, EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
