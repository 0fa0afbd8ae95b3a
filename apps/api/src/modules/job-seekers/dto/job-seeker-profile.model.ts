import { CertificateLevel, DesiredPlace, EducationLevel, Gender, PriorityGroup } from '@jobbridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegionModel } from '../../regions/dto/region.model';
import type { JobSeekerProfileEntity } from '../job-seeker-profile.entity';

@ObjectType('Certificate')
export class CertificateModel {
  @Field()
  name: string;

  @Field(() => CertificateLevel, { nullable: true })
  level: CertificateLevel | null;
}

@ObjectType('JobSeekerProfile')
export class JobSeekerProfileModel {
  @Field(() => ID)
  id: string;

  userId: string;

  @Field()
  fullName: string;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => RegionModel, { nullable: true })
  hukouRegion?: RegionModel | null;
  hukouRegionCode: string | null;

  @Field(() => RegionModel, { nullable: true })
  residenceRegion?: RegionModel | null;
  residenceRegionCode: string | null;

  @Field(() => Float, { nullable: true })
  residenceLat: number | null;

  @Field(() => Float, { nullable: true })
  residenceLng: number | null;

  @Field(() => EducationLevel, { nullable: true })
  education: EducationLevel | null;

  @Field(() => String, { nullable: true })
  major: string | null;

  @Field(() => String, { nullable: true })
  graduationDate: string | null;

  @Field(() => [String])
  skills: string[];

  @Field(() => [CertificateModel])
  certificates: CertificateModel[];

  @Field(() => String, { nullable: true })
  labourBrand: string | null;

  @Field(() => [String])
  desiredOccupations: string[];

  @Field(() => [DesiredPlace])
  desiredPlaces: DesiredPlace[];

  @Field(() => Int, { nullable: true })
  expectedPayMin: number | null;

  @Field(() => Int, { nullable: true })
  expectedPayMax: number | null;

  @Field(() => [PriorityGroup])
  priorityGroups: PriorityGroup[];

  @Field()
  discoverable: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. 622921********1234' })
  idNumberMasked: string | null;

  @Field(() => String, { nullable: true })
  phoneMasked: string | null;

  @Field()
  updatedAt: Date;

  static from(p: JobSeekerProfileEntity, phoneMasked: string | null = null): JobSeekerProfileModel {
    return Object.assign(new JobSeekerProfileModel(), {
      id: p.id,
      userId: p.userId,
      fullName: p.fullName,
      gender: p.gender,
      birthYear: p.birthYear,
      hukouRegionCode: p.hukouRegionCode,
      residenceRegionCode: p.residenceRegionCode,
      residenceLat: p.residenceLat,
      residenceLng: p.residenceLng,
      education: p.education,
      major: p.major,
      graduationDate: p.graduationDate,
      skills: p.skills,
      certificates: p.certificates.map((c) => ({ name: c.name, level: c.level ?? null })),
      labourBrand: p.labourBrand,
      desiredOccupations: p.desiredOccupations,
      desiredPlaces: p.desiredPlaces,
      expectedPayMin: p.expectedPayMin,
      expectedPayMax: p.expectedPayMax,
      priorityGroups: p.priorityGroups,
      discoverable: p.discoverable,
      idNumberMasked: p.idNumberMasked,
      phoneMasked,
      updatedAt: p.updatedAt,
    });
  }
}
