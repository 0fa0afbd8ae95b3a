import { TeamRole } from '@jobbridge/contracts';
import { maskPhone } from '@jobbridge/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import type { EmployerMemberEntity } from '../employer-member.entity';

@ObjectType('TeamMember', { description: "A member of an employer's team: its owner or a recruiter the owner invited." })
export class TeamMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => TeamRole)
  role: TeamRole;

  @Field(() => String, { nullable: true, description: 'The full phone for the owner; masked for other members.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'The account name, once the invited phone has an account.' })
  displayName: string | null;

  @Field({ description: 'Whether the invited phone has an account on the team yet (else it joins when it signs up).' })
  joined: boolean;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true, description: 'The account, once joined (to staff a fair booth).' })
  userId: string | null;

  static from(m: EmployerMemberEntity, displayName: string | null, viewerIsOwner: boolean): TeamMemberModel {
    return Object.assign(new TeamMemberModel(), {
      id: m.id,
      role: m.role,
      phone: m.phone && !viewerIsOwner ? maskPhone(m.phone) : m.phone,
      displayName,
      joined: !!m.userId,
      createdAt: m.createdAt,
      userId: m.userId,
    });
  }
}

@InputType()
export class InviteTeamMemberInput {
  @Field({ description: 'The colleague’s mobile phone (11 digits).' })
  @IsString()
  @Matches(/^1[3-9]\d{9}$/, { message: '请输入11位手机号' })
  phone: string;
}
