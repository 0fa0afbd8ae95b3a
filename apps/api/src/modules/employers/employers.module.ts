import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SearchIndexModule } from '../search-index/search-index.module';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({ imports: [RegionsModule, SearchIndexModule], providers: [EmployersResolver, EmployersService], exports: [EmployersService] })
export class EmployersModule {}
