import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SearchModule } from '../search/search.module';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({ imports: [RegionsModule, SearchModule], providers: [EmployersResolver, EmployersService], exports: [EmployersService] })
export class EmployersModule {}
