import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JobPostingModel } from '../../jobs/dto/job-posting.model';

@ObjectType('FacetCount')
export class FacetCountModel {
  @Field()
  value: string;

  @Field({ description: 'Display label (region name for REGION; the value otherwise).' })
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('JobSearchFacets')
export class JobSearchFacetsModel {
  @Field(() => [FacetCountModel], { nullable: true })
  kind?: FacetCountModel[];

  @Field(() => [FacetCountModel], { nullable: true })
  industry?: FacetCountModel[];

  @Field(() => [FacetCountModel], { nullable: true })
  payBand?: FacetCountModel[];

  @Field(() => [FacetCountModel], { nullable: true, description: 'Counts per county.' })
  region?: FacetCountModel[];

  @Field(() => [FacetCountModel], { nullable: true, description: 'Counts per major project (label: the project name).' })
  project?: FacetCountModel[];
}

@ObjectType('JobSearchHit')
export class JobSearchHitModel {
  @Field(() => JobPostingModel)
  node: JobPostingModel;

  @Field(() => Float, { nullable: true })
  distanceKm: number | null;

  @Field(() => String, { nullable: true, description: 'Title with matched words in <mark>…</mark> (HTML-escaped).' })
  highlightedTitle: string | null;

  @Field(() => String, { nullable: true, description: 'A snippet of the description with matched words in <mark>…</mark>.' })
  highlightedDescription: string | null;

  @Field(() => Int, {
    description: 'With collapseDuplicates: other matching postings identical to this one ("另有 N 个相同岗位"); otherwise 0.',
  })
  duplicateCount: number;
}

@ObjectType('JobSearchResult')
export class JobSearchResultModel {
  @Field(() => Int, { description: 'Number of matching postings, exact up to 1,000 (see totalCountCapped).' })
  totalCount: number;

  @Field({ description: 'More than totalCount match ("1000+"): counting stops where paging does.' })
  totalCountCapped: boolean;

  @Field(() => [JobSearchHitModel])
  hits: JobSearchHitModel[];

  @Field(() => JobSearchFacetsModel)
  facets: JobSearchFacetsModel;

  @Field(() => Int)
  offset: number;

  @Field()
  hasNextPage: boolean;

  @Field({ description: 'postgres or meilisearch.' })
  engine: string;
}
