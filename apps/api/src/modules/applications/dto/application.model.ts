import { ApplicationSource, ApplicationStatus, Role } from '@jobbridge/contracts';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import type { ApplicationEntity, ApplicationEventEntity } from '../application.entity';

@ObjectType('ApplicationEvent')
export class ApplicationEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationStatus, { nullable: true })
  fromStatus: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  toStatus: ApplicationStatus;

  @Field(() => Role)
  actorRole: Role;

  @Field()
  actorName: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  createdAt: Date;

  static from(e: ApplicationEventEntity): ApplicationEventModel {
    return Object.assign(new ApplicationEventModel(), {
      id: e.id,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorRole: e.actorRole as Role,
      actorName: e.actorName,
      note: e.note,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('Application')
export class ApplicationModel {
  @Field(() => ID)
  id: string;

  jobPostingId: string;
  seekerProfileId: string;

  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field(() => ApplicationSource)
  source: ApplicationSource;

  @Field(() => String, { nullable: true })
  coverNote: string | null;

  @Field(() => Int, { nullable: true, description: 'The labour contract term in months, given on HIRED.' })
  contractMonths: number | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(a: ApplicationEntity): ApplicationModel {
    return Object.assign(new ApplicationModel(), {
      id: a.id,
      jobPostingId: a.jobPostingId,
      seekerProfileId: a.seekerProfileId,
      status: a.status,
      source: a.source,
      coverNote: a.coverNote,
      contractMonths: a.contractMonths,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    });
  }
}

@ObjectType()
export class ApplicationConnection extends Connection(ApplicationModel, 'Application') {}
