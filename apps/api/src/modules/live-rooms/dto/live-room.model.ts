import { LiveQuestionStatus, LiveRoomStatus, Role } from '@jobbridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import type { JobFaqEntity, LiveRoomEntity, LiveRoomQuestionEntity } from '../live-room.entity';

@ObjectType('LiveRoom')
export class LiveRoomModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => LiveRoomStatus)
  status: LiveRoomStatus;

  @Field()
  hostName: string;

  @Field(() => Role)
  hostRole: Role;

  hostUserId: string;

  @Field(() => ID, { nullable: true })
  employerId: string | null;

  @Field(() => ID, { nullable: true, description: 'The job fair whose programme the room is on (a group session).' })
  jobFairId: string | null;

  @Field()
  regionCode: string;

  @Field()
  scheduledStart: Date;

  @Field(() => Date, { nullable: true })
  scheduledEnd: Date | null;

  @Field(() => String, { nullable: true })
  coverUrl: string | null;

  @Field(() => String, { nullable: true })
  streamUrl: string | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => Int, { description: 'Stored when the room ends (0 before).' })
  peakViewers: number;

  @Field(() => Int, { description: 'Stored when the room ends (0 before).' })
  likes: number;

  @Field()
  createdAt: Date;

  static from(r: LiveRoomEntity, hostName: string): LiveRoomModel {
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      status: r.status,
      hostName,
      hostRole: r.hostRole,
      hostUserId: r.hostUserId,
      employerId: r.employerId,
      jobFairId: r.jobFairId,
      regionCode: r.regionCode,
      scheduledStart: r.scheduledStart,
      scheduledEnd: r.scheduledEnd,
      coverUrl: r.coverUrl,
      streamUrl: r.streamUrl,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      peakViewers: r.peakViewers,
      likes: r.likes,
      createdAt: r.createdAt,
    };
  }
}

@ObjectType('LiveRoomConnection')
export class LiveRoomConnection extends Connection(LiveRoomModel, 'LiveRoom') {}

@ObjectType('LiveRoomQuestion')
export class LiveRoomQuestionModel {
  @Field(() => ID)
  id: string;

  @Field()
  askerName: string;

  @Field()
  text: string;

  @Field(() => ID, { nullable: true })
  jobPostingId: string | null;

  @Field(() => LiveQuestionStatus)
  status: LiveQuestionStatus;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field()
  askedAt: Date;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  static from(q: LiveRoomQuestionEntity): LiveRoomQuestionModel {
    return {
      id: q.id,
      askerName: q.askerName,
      text: q.text,
      jobPostingId: q.jobPostingId,
      status: q.status,
      answer: q.answer,
      askedAt: q.createdAt,
      answeredAt: q.answeredAt,
    };
  }
}

@ObjectType('JobFaq', { description: 'A question from a live room, answered by the employer (or still awaiting an answer).' })
export class JobFaqModel {
  @Field(() => ID)
  id: string;

  @Field()
  question: string;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field()
  askedAt: Date;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  static from(f: JobFaqEntity): JobFaqModel {
    return { id: f.id, question: f.question, answer: f.answer, askedAt: f.askedAt, answeredAt: f.answeredAt };
  }
}

@ObjectType('LiveFunnel')
export class LiveFunnelModel {
  @Field(() => Int)
  viewers: number;

  @Field(() => Int, { description: 'Viewers who saw a job’s card (one per viewer and job).' })
  impressions: number;

  @Field(() => Int)
  applications: number;

  @Field(() => Int, { description: 'Applications that reached the interview (or further).' })
  interviews: number;

  @Field(() => Int)
  hires: number;
}

@ObjectType('LiveFunnelRow')
export class LiveFunnelRowModel extends LiveFunnelModel {
  @Field()
  key: string;

  @Field()
  label: string;
}

@ObjectType('LiveJobFunnel')
export class LiveJobFunnelModel extends LiveFunnelModel {
  @Field(() => ID)
  jobPostingId: string;

  @Field()
  title: string;

  @Field(() => [LiveFunnelRowModel], {
    description: 'This job’s figures by the viewer’s county (viewers is 0: a job’s audience is its impressions).',
  })
  byCounty: LiveFunnelRowModel[];

  @Field(() => [LiveFunnelRowModel])
  byPriorityGroup: LiveFunnelRowModel[];
}

@ObjectType('LiveRoomStats', { description: 'Live counters while the room is on; after it ends, the stored figures and the funnel.' })
export class LiveRoomStatsModel {
  @Field(() => ID)
  roomId: string;

  @Field(() => LiveRoomStatus)
  status: LiveRoomStatus;

  @Field(() => Int, { description: 'Viewers now (0 once ended).' })
  viewers: number;

  @Field(() => Int)
  peakViewers: number;

  @Field(() => Int)
  uniqueViewers: number;

  @Field(() => Int, { description: 'Total watch time of all viewers, in seconds.' })
  watchSeconds: number;

  @Field(() => Float, { nullable: true })
  averageWatchSeconds: number | null;

  @Field(() => Int)
  likes: number;

  @Field(() => Int)
  questions: number;

  @Field(() => Int)
  answeredQuestions: number;

  @Field(() => LiveFunnelModel)
  total: LiveFunnelModel;

  @Field(() => [LiveJobFunnelModel])
  byJob: LiveJobFunnelModel[];

  @Field(() => [LiveFunnelRowModel])
  byCounty: LiveFunnelRowModel[];

  @Field(() => [LiveFunnelRowModel])
  byPriorityGroup: LiveFunnelRowModel[];
}
