import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsString, Length, ValidateNested } from 'class-validator';
import { JobPostingModel } from '../../jobs/dto/job-posting.model';
import { JobSearchInput } from '../../search/dto/job-search.input';

@InputType()
export class SaveSearchInput {
  @Field({ description: 'e.g. 临夏 电焊 6000以上' })
  @IsString()
  @Length(1, 40, { message: '名称为1-40字' })
  name: string;

  @Field(() => JobSearchInput)
  @ValidateNested()
  @Type(() => JobSearchInput)
  criteria: JobSearchInput;
}

@ObjectType('SavedSearch')
export class SavedSearchModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { description: 'The criteria as JSON (a JobSearchInput).' })
  criteriaJson: string;

  @Field()
  createdAt: Date;
}

@ObjectType('SearchAlert')
export class SearchAlertModel {
  @Field(() => ID)
  id: string;

  @Field()
  savedSearchName: string;

  @Field(() => JobPostingModel)
  jobPosting: JobPostingModel;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}
