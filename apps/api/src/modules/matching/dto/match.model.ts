import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JobSeekerProfileModel } from '../../job-seekers/dto/job-seeker-profile.model';
import { JobPostingModel } from '../../jobs/dto/job-posting.model';

@ObjectType({ isAbstract: true })
abstract class MatchExplanation {
  @Field(() => Int, { description: '0–100.' })
  score: number;

  @Field({ description: 'False when policy excludes the pair (e.g. a 公益性岗位 for someone not in a difficulty group).' })
  eligible: boolean;

  @Field(() => String, { nullable: true })
  ineligibleReason: string | null;

  @Field(() => [String], { description: 'Readable reasons, best first: "技能匹配 3/4：电焊、气割、识图", "距离 6 公里" …' })
  reasons: string[];

  @Field(() => [String])
  skillsMet: string[];

  @Field(() => [String])
  skillsMissing: string[];

  @Field(() => Float, { nullable: true })
  distanceKm: number | null;
}

@ObjectType('JobMatch')
export class JobMatchModel extends MatchExplanation {
  @Field(() => JobPostingModel)
  job: JobPostingModel;
}

@ObjectType('CandidateMatch')
export class CandidateMatchModel extends MatchExplanation {
  @Field(() => JobSeekerProfileModel, { description: 'Identity number and phone masked.' })
  candidate: JobSeekerProfileModel;
}
