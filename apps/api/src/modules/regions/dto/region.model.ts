import { RegionLevel } from '@jobbridge/contracts';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RegionEntity } from '../region.entity';

@ObjectType('Region')
export class RegionModel {
  @Field(() => ID, { description: 'GB/T 2260 code (6 digits; 9 for townships).' })
  code: string;

  @Field()
  name: string;

  @Field({ description: 'e.g. 甘肃省 临夏回族自治州 临夏县' })
  fullName: string;

  @Field(() => RegionLevel)
  level: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  static from(r: RegionEntity): RegionModel {
    return Object.assign(new RegionModel(), { code: r.code, name: r.name, fullName: r.fullName, level: r.level, parentCode: r.parentCode });
  }
}
