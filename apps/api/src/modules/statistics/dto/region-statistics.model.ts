import { PriorityGroup, StatsPeriod } from '@jobbridge/contracts';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RegionModel } from '../../regions/dto/region.model';
import type { ProjectFigures, SummedFigures } from '../statistics-read';

@ObjectType('StatsFigures', { description: 'The figures of one region over one period (or the whole range).' })
export class StatsFiguresModel {
  @Field(() => Int, { description: 'Postings created (drafts included), by workplace. Not by priority group.' })
  postingsOpened: number;

  @Field(() => Int, { description: 'Postings published. Not by priority group.' })
  postingsPublished: number;

  @Field(() => Int, { description: 'Postings closed. Not by priority group.' })
  postingsClosed: number;

  @Field(() => Int, { description: 'Labour profiles created, by residence (else hukou).' })
  seekersRegistered: number;

  @Field(() => Int, { description: 'Applications made, by the posting’s workplace.' })
  applications: number;

  @Field(() => Int, { description: 'Applications moved to HIRED in the period, by the posting’s workplace.' })
  hires: number;

  @Field(() => Float, { nullable: true, description: 'Median whole days from application to HIRED of those hires; null without hires.' })
  medianDaysToHire: number | null;

  @Field(() => Int, { description: 'Live rooms that went on air. Not by priority group.' })
  liveRoomsHeld: number;

  @Field(() => Int, { description: 'Job fairs that opened. Not by priority group.' })
  fairsHeld: number;

  @Field(() => Int, { description: 'One-to-one fair talks that began.' })
  fairTalks: number;

  @Field(() => Int, { description: 'Fair talks closed with an agreement (达成意向).' })
  fairAgreements: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Major projects (the 30% rule) under way on the period’s last day (today while it runs); null for a period not begun.',
  })
  projects: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, AT_RISK that day.' })
  projectsAtRisk: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, in BREACH of the local-hiring threshold that day.' })
  projectsInBreach: number | null;

  static from(
    sums: SummedFigures | undefined,
    median: number | undefined,
    projects: ProjectFigures | undefined,
    begun: boolean,
  ): StatsFiguresModel {
    return Object.assign(new StatsFiguresModel(), {
      postingsOpened: sums?.postingsOpened ?? 0,
      postingsPublished: sums?.postingsPublished ?? 0,
      postingsClosed: sums?.postingsClosed ?? 0,
      seekersRegistered: sums?.seekersRegistered ?? 0,
      applications: sums?.applications ?? 0,
      hires: sums?.hires ?? 0,
      medianDaysToHire: median ?? null,
      liveRoomsHeld: sums?.liveRoomsHeld ?? 0,
      fairsHeld: sums?.fairsHeld ?? 0,
      fairTalks: sums?.fairTalks ?? 0,
      fairAgreements: sums?.fairAgreements ?? 0,
      projects: begun ? (projects?.projects ?? 0) : null,
      projectsAtRisk: begun ? (projects?.projectsAtRisk ?? 0) : null,
      projectsInBreach: begun ? (projects?.projectsInBreach ?? 0) : null,
    });
  }
}

@ObjectType('StatsBucket', { description: 'One period of the range: a day, an ISO week (Monday first), a month or a year.' })
export class StatsBucketModel {
  @Field({ description: 'The first day of the period (YYYY-MM-DD), which names it; may lie before the range’s `from`.' })
  period: string;

  @Field({ description: 'The bucket’s first day within the range.' })
  start: string;

  @Field({ description: 'The bucket’s last day within the range.' })
  end: string;

  @Field(() => StatsFiguresModel)
  figures: StatsFiguresModel;
}

@ObjectType('RegionStatsChild', { description: 'A direct child region’s figures (a prefecture of a province, a county of a prefecture).' })
export class RegionStatsChildModel {
  @Field(() => RegionModel)
  region: RegionModel;

  @Field({
    description:
      'True for the row of facts recorded at the queried region’s own level (a fair or live room the prefecture’s bureau held), not in any child.',
  })
  ownLevel: boolean;

  @Field(() => StatsFiguresModel, { description: 'Over the whole range.' })
  total: StatsFiguresModel;

  @Field(() => [StatsBucketModel], { description: 'Per period, in order (the same periods as RegionStatistics.buckets).' })
  buckets: StatsBucketModel[];
}

@ObjectType('RegionStatistics', {
  description: 'Figures of a region and its direct children per period, summed from a daily rollup refreshed in PostgreSQL.',
})
export class RegionStatisticsModel {
  @Field(() => RegionModel)
  region: RegionModel;

  @Field(() => StatsPeriod)
  period: StatsPeriod;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => PriorityGroup, { nullable: true })
  priorityGroup: PriorityGroup | null;

  @Field(() => Date, { nullable: true, description: 'When the figures were last refreshed; null before the first refresh.' })
  refreshedAt: Date | null;

  @Field(() => StatsFiguresModel, { description: 'Over the whole range.' })
  total: StatsFiguresModel;

  @Field(() => [StatsBucketModel], { description: 'Every period of the range in order, with zeros where nothing happened.' })
  buckets: StatsBucketModel[];

  @Field(() => [RegionStatsChildModel], {
    description: 'Each direct child region (none for a county), in code order; plus an `ownLevel` row when facts sit at this level.',
  })
  children: RegionStatsChildModel[];
}
