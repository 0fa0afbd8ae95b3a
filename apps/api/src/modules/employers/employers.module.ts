import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({ imports: [RegionsModule], providers: [EmployersResolver, EmployersService], exports: [EmployersService] })
export class EmployersModule {}
