import { BoothStatus, FairCampaign, FairMode, JobFairStatus, PriorityGroup, TalkOutcome, TicketStatus } from '@jobbridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FairBoothEntity, FairCallbackEntity, FairTicketEntity, JobFairEntity } from '../job-fair.entity';

@ObjectType('JobFair')
export class JobFairModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => FairCampaign)
  campaign: FairCampaign;

  @Field(() => String, { nullable: true })
  theme: string | null;

  @Field()
  regionCode: string;

  @Field(() => [PriorityGroup])
  targetGroups: PriorityGroup[];

  @Field(() => FairMode)
  mode: FairMode;

  @Field(() => String, { nullable: true })
  venueAddress: string | null;

  @Field()
  boothApplyFrom: Date;

  @Field()
  boothApplyUntil: Date;

  @Field()
  startDate: string;

  @Field()
  endDate: string;

  @Field()
  opensAt: string;

  @Field()
  closesAt: string;

  @Field(() => Int)
  boothCapacity: number;

  @Field(() => Int, { nullable: true })
  priorityWindowMinutes: number | null;

  @Field(() => Int)
  answerWindowSeconds: number;

  @Field(() => Int)
  maxQueuesPerSeeker: number;

  @Field(() => JobFairStatus)
  status: JobFairStatus;

  @Field(() => ID, { nullable: true, description: 'The major project this fair was created for, if any.' })
  projectId: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'While the priority window of today is on: when it ends (others may queue from then).',
  })
  priorityWindowEndsAt: Date | null;

  static from(f: JobFairEntity, priorityWindowEndsAt: Date | null = null): JobFairModel {
    return Object.assign(new JobFairModel(), {
      id: f.id,
      name: f.name,
      campaign: f.campaign,
      theme: f.theme,
      regionCode: f.regionCode,
      targetGroups: f.targetGroups,
      mode: f.mode,
      venueAddress: f.venueAddress,
      boothApplyFrom: f.boothApplyFrom,
      boothApplyUntil: f.boothApplyUntil,
      startDate: f.startDate,
      endDate: f.endDate,
      opensAt: f.opensAt,
      closesAt: f.closesAt,
      boothCapacity: f.boothCapacity,
      priorityWindowMinutes: f.priorityWindowMinutes,
      answerWindowSeconds: f.answerWindowSeconds,
      maxQueuesPerSeeker: f.maxQueuesPerSeeker,
      status: f.status,
      projectId: f.projectId,
      publishedAt: f.publishedAt,
      startedAt: f.startedAt,
      endedAt: f.endedAt,
      priorityWindowEndsAt,
    });
  }
}

@ObjectType('FairBooth')
export class FairBoothModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  fairId: string;

  @Field(() => ID)
  employerId: string;

  @Field(() => BoothStatus)
  status: BoothStatus;

  @Field()
  intro: string;

  @Field(() => String, { nullable: true, description: 'Booth number, e.g. A03 (given on approval).' })
  number: string | null;

  @Field(() => String, { nullable: true, description: 'Zone letter by industry.' })
  zone: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => Int, { nullable: true })
  callbackThresholdSeconds: number | null;

  @Field(() => [ID])
  jobPostingIds: string[];

  @Field(() => [ID], { description: 'The team members who staff the booth.' })
  staffUserIds: string[];

  @Field(() => Int, { description: 'Reps of the booth online now.' })
  repsOnline: number;

  @Field(() => Int, { description: 'Seekers waiting now.' })
  queueLength: number;

  @Field(() => Int, { nullable: true, description: 'Estimated wait for a seeker joining now, in seconds (null: no rep online).' })
  estimatedWaitSeconds: number | null;

  static from(b: FairBoothEntity, live: { repsOnline: number; queueLength: number; estimatedWaitSeconds: number | null }): FairBoothModel {
    return Object.assign(new FairBoothModel(), {
      id: b.id,
      fairId: b.fairId,
      employerId: b.employerId,
      status: b.status,
      intro: b.intro,
      number: b.number,
      zone: b.zone,
      rejectionReason: b.rejectionReason,
      callbackThresholdSeconds: b.callbackThresholdSeconds,
      jobPostingIds: b.jobPostingIds,
      staffUserIds: b.staffUserIds,
      repsOnline: live.repsOnline,
      queueLength: live.queueLength,
      estimatedWaitSeconds: live.estimatedWaitSeconds,
    });
  }
}

@ObjectType('QueueTicket', { description: "A seeker's place in a booth's queue, and the talk that follows." })
export class QueueTicketModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  fairId: string;

  @Field(() => ID)
  boothId: string;

  @Field(() => TicketStatus)
  status: TicketStatus;

  @Field({ description: 'The short number a rep calls out on site, e.g. A03-007.' })
  number: string;

  @Field(() => Int, { nullable: true, description: 'Place in the queue (1 = next) while WAITING.' })
  place: number | null;

  @Field(() => Int, { nullable: true, description: 'Estimated wait in seconds while WAITING (null: no rep online).' })
  estimatedWaitSeconds: number | null;

  @Field()
  joinedAt: Date;

  @Field(() => Date, { nullable: true })
  calledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'While CALLED: the seeker must accept before this.' })
  answerBy: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => TalkOutcome, { nullable: true })
  outcome: TalkOutcome | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  jobPostingId: string | null;

  @Field(() => ID, { nullable: true, description: 'The application the talk created or moved.' })
  applicationId: string | null;

  @Field(() => Date, { nullable: true })
  interviewAt: Date | null;

  @Field(() => String, { nullable: true })
  interviewPlace: string | null;

  @Field()
  onSite: boolean;

  @Field(() => ID, { nullable: true, description: 'The rep who called the ticket and holds the talk.' })
  repUserId: string | null;

  /** For the rep's console: the seeker behind the ticket (resolved for the booth's team only). */
  userId: string;
  seekerProfileId: string;

  static from(
    t: FairTicketEntity,
    extra: { number: string; place: number | null; estimatedWaitSeconds: number | null; answerWindowSeconds: number },
  ): QueueTicketModel {
    return Object.assign(new QueueTicketModel(), {
      id: t.id,
      fairId: t.fairId,
      boothId: t.boothId,
      status: t.status,
      number: extra.number,
      place: extra.place,
      estimatedWaitSeconds: extra.estimatedWaitSeconds,
      joinedAt: t.joinedAt,
      calledAt: t.calledAt,
      answerBy: t.status === TicketStatus.CALLED && t.calledAt ? new Date(t.calledAt.getTime() + extra.answerWindowSeconds * 1000) : null,
      acceptedAt: t.acceptedAt,
      endedAt: t.endedAt,
      outcome: t.outcome,
      note: t.note,
      jobPostingId: t.jobPostingId,
      applicationId: t.applicationId,
      interviewAt: t.interviewAt,
      interviewPlace: t.interviewPlace,
      onSite: t.onSite,
      repUserId: t.repUserId,
      userId: t.userId,
      seekerProfileId: t.seekerProfileId,
    });
  }
}

@ObjectType('FairCallback', { description: 'A request to be called back, left when no rep was online or the wait was long.' })
export class FairCallbackModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  boothId: string;

  @Field()
  message: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  static from(c: FairCallbackEntity): FairCallbackModel {
    return Object.assign(new FairCallbackModel(), {
      id: c.id,
      boothId: c.boothId,
      message: c.message,
      createdAt: c.createdAt,
      answeredAt: c.answeredAt,
    });
  }
}

@ObjectType('FairFigure', { description: 'Figures for one slice (overall, a county, a priority group, a booth).' })
export class FairFigureModel {
  @Field({ description: 'What the slice is: ALL, a county code, a priority group, a booth number.' })
  key: string;

  @Field(() => Int)
  queued: number;

  @Field(() => Int)
  talked: number;

  @Field(() => Int)
  agreements: number;

  @Field(() => Int)
  interviews: number;

  @Field(() => Int)
  applications: number;

  @Field(() => Int)
  hired: number;
}

@ObjectType('JobFairStats')
export class JobFairStatsModel {
  @Field(() => Int, { description: 'Visitors in the hall now.' })
  visitorsNow: number;

  @Field(() => Int)
  visitorsPeak: number;

  @Field(() => Int)
  registered: number;

  @Field(() => Int)
  boothsApproved: number;

  @Field(() => Int, { description: 'Approved booths with at least one rep online.' })
  boothsStaffed: number;

  @Field(() => Int)
  waitingNow: number;

  @Field(() => Float, { nullable: true, description: 'Mean wait from joining to being called, seconds.' })
  meanWaitSeconds: number | null;

  @Field(() => Float, { nullable: true })
  p90WaitSeconds: number | null;

  @Field(() => Int)
  callbacksOpen: number;

  @Field(() => FairFigureModel)
  overall: FairFigureModel;

  @Field(() => [FairFigureModel])
  byCounty: FairFigureModel[];

  @Field(() => [FairFigureModel])
  byPriorityGroup: FairFigureModel[];

  @Field(() => [FairFigureModel])
  byBooth: FairFigureModel[];

  @Field(() => [String], { description: 'Alarms: booths with a long queue (LONG_QUEUE:<number>) or no rep online (NO_REP:<number>).' })
  alarms: string[];
}
