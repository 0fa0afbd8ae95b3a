import { EmployerSize, VerificationStatus } from '@jobbridge/contracts';
import { maskPhone } from '@jobbridge/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RegionModel } from '../../regions/dto/region.model';
import type { EmployerEntity } from '../employer.entity';

@ObjectType('Employer')
export class EmployerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  creditCode: string;

  @Field(() => RegionModel)
  region?: RegionModel;
  regionCode: string;

  @Field()
  industry: string;

  @Field(() => EmployerSize)
  size: EmployerSize;

  @Field()
  contactName: string;

  @Field()
  contactPhoneMasked: string;

  @Field(() => String, { nullable: true, description: 'Full number: the employer itself and officers of its region only.' })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => VerificationStatus)
  verificationStatus: VerificationStatus;

  @Field(() => String, { nullable: true })
  verificationNote: string | null;

  @Field()
  createdAt: Date;

  static from(e: EmployerEntity, revealContact: boolean): EmployerModel {
    return Object.assign(new EmployerModel(), {
      id: e.id,
      name: e.name,
      creditCode: e.creditCode,
      regionCode: e.regionCode,
      industry: e.industry,
      size: e.size,
      contactName: e.contactName,
      contactPhoneMasked: maskPhone(e.contactPhone),
      contactPhone: revealContact ? e.contactPhone : null,
      description: e.description,
      verificationStatus: e.verificationStatus,
      // A review note (e.g. why verification was refused) is between the bureau and the employer, not for the public page.
      verificationNote: revealContact ? e.verificationNote : null,
      createdAt: e.createdAt,
    });
  }
}
