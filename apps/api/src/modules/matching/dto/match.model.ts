import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JobSeekerProfileModel } from '../../job-seekers/dto/job-seeker-profile.model';
import { JobPostingModel } from '../../jobs/dto/job-posting.model';

/** What a match reason is about (libs/domain MatchReasonKind, in GraphQL's case). */
export enum MatchReasonKind {
  SKILLS = 'SKILLS',
  CERTIFICATES = 'CERTIFICATES',
  DISTANCE = 'DISTANCE',
  PAY = 'PAY',
  EDUCATION = 'EDUCATION',
  OCCUPATION = 'OCCUPATION',
  LOCAL_PREFERENCE = 'LOCAL_PREFERENCE',
  PRIORITY_BOOST = 'PRIORITY_BOOST',
  MISSING_SKILLS = 'MISSING_SKILLS',
}
registerEnumType(MatchReasonKind, {
  name: 'MatchReasonKind',
  description: 'What a match reason is about: a part of the match, or the skills lacking.',
});

@ObjectType('MatchReason', {
  description: 'One reason for a match with its kind and the values it states, so screens never parse the text.',
})
export class MatchReasonModel {
  @Field(() => MatchReasonKind)
  kind: MatchReasonKind;

  @Field({ description: 'The readable Chinese reason, as in `reasons`.' })
  text: string;

  @Field(() => Float, { nullable: true, description: 'DISTANCE: straight-line km when both points are known; null when judged by region.' })
  distanceKm: number | null;

  @Field(() => Int, { nullable: true, description: 'SKILLS: required skills met.' })
  met: number | null;

  @Field(() => Int, { nullable: true, description: 'SKILLS: required skills in all.' })
  total: number | null;

  @Field(() => [String], { description: 'SKILLS: the skills met; MISSING_SKILLS: the skills lacking; otherwise empty.' })
  items: string[];
}

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

  @Field(() => [MatchReasonModel], { description: 'The same reasons, in the same order, each with its kind and values.' })
  reasonDetails: MatchReasonModel[];

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
