import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/auth/access.decorators';
import { RegionModel } from './dto/region.model';
import { RegionsService } from './regions.service';

@Resolver(() => RegionModel)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Public()
  @Query(() => [RegionModel], { description: 'Regions directly under `parentCode`; provinces when omitted.' })
  async regions(@Args('parentCode', { type: () => String, nullable: true }) parentCode?: string): Promise<RegionModel[]> {
    return (await this.service.children(parentCode)).map(RegionModel.from);
  }

  @Public()
  @Query(() => RegionModel, { nullable: true })
  async region(@Args('code') code: string): Promise<RegionModel | null> {
    const r = await this.service.find(code);
    return r ? RegionModel.from(r) : null;
  }
}
