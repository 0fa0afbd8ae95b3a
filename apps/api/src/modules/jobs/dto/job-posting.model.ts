import { DormitoryProvision, EducationLevel, JobKind, JobPostingStatus, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import { CertificateModel } from '../../job-seekers/dto/job-seeker-profile.model';
import type { JobPostingEntity } from '../job-posting.entity';

@ObjectType('JobTruthCard')
export class JobTruthCardModel {
  @Field()
  workingHours: string;

  @Field(() => String, { nullable: true })
  shifts: string | null;

  @Field(() => DormitoryProvision)
  dormitory: DormitoryProvision;

  @Field(() => MealProvision)
  meals: MealProvision;

  @Field(() => SocialInsurance)
  socialInsurance: SocialInsurance;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('JobRequirements')
export class JobRequirementsModel {
  @Field(() => EducationLevel, { nullable: true })
  education: EducationLevel | null;

  @Field(() => Int, { nullable: true })
  minExperienceYears: number | null;

  @Field(() => [CertificateModel])
  certificates: CertificateModel[];
}

@ObjectType('ScreeningFlag')
export class ScreeningFlagModel {
  @Field({ description: 'e.g. GENDER_RESTRICTION, AGE_RESTRICTION, HUKOU_RESTRICTION, FEE_CHARGED' })
  code: string;

  @Field({ description: 'The text that raised the flag.' })
  evidence: string;
}

@ObjectType('JobPosting')
export class JobPostingModel {
  @Field(() => ID)
  id: string;

  employerId: string;
  workRegionCode: string;
  /** Internal: screening flags, exposed only to the owner and officers by the resolver. */
  flags: ScreeningFlagModel[];

  @Field()
  title: string;

  @Field()
  description: string;

  @Field()
  occupation: string;

  @Field(() => Int)
  headcount: number;

  @Field(() => Int)
  payMin: number;

  @Field(() => Int)
  payMax: number;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => Float, { nullable: true })
  lat: number | null;

  @Field(() => Float, { nullable: true })
  lng: number | null;

  @Field(() => JobKind)
  kind: JobKind;

  @Field(() => ID, { nullable: true, description: 'Set for jobs on a major project.' })
  projectId: string | null;

  @Field(() => [String])
  skills: string[];

  @Field(() => JobRequirementsModel)
  requirements: JobRequirementsModel;

  @Field(() => JobTruthCardModel, { nullable: true, description: '岗位真相卡: hours, shifts, dormitory, meals, social insurance.' })
  truthCard: JobTruthCardModel | null;

  @Field(() => JobPostingStatus)
  status: JobPostingStatus;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(j: JobPostingEntity): JobPostingModel {
    const t = j.truthCard;
    return Object.assign(new JobPostingModel(), {
      id: j.id,
      employerId: j.employerId,
      workRegionCode: j.workRegionCode,
      flags: j.screeningFlags,
      title: j.title,
      description: j.description,
      occupation: j.occupation,
      headcount: j.headcount,
      payMin: j.payMin,
      payMax: j.payMax,
      address: j.address,
      lat: j.lat,
      lng: j.lng,
      kind: j.kind,
      projectId: j.projectId,
      skills: j.skills,
      requirements: {
        education: j.education,
        minExperienceYears: j.minExperienceYears,
        certificates: j.certificates.map((c) => ({ name: c.name, level: c.level ?? null })),
      },
      truthCard:
        t?.workingHours && t.dormitory && t.meals && t.socialInsurance
          ? {
              workingHours: t.workingHours,
              shifts: t.shifts,
              dormitory: t.dormitory,
              meals: t.meals,
              socialInsurance: t.socialInsurance,
              note: t.note,
            }
          : null,
      status: j.status,
      rejectionReason: j.rejectionReason,
      submittedAt: j.submittedAt,
      publishedAt: j.publishedAt,
      closedAt: j.closedAt,
      createdAt: j.createdAt,
      updatedAt: j.updatedAt,
    });
  }
}

@ObjectType()
export class JobPostingConnection extends Connection(JobPostingModel, 'JobPosting') {}
