import { Role, TeamRole, UserStatus } from '@jobbridge/contracts';
import { maskPhone } from '@jobbridge/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { UserEntity } from '../../users/user.entity';

// Registered here rather than in common/graphql/register-enums.ts: only the auth module's types use it.
registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'ACTIVE, or SUSPENDED by an admin (cannot sign in; tokens stop working).',
});

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => Role)
  role: Role;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  phoneMasked: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => UserStatus)
  status: UserStatus;

  @Field(() => String, { nullable: true, description: 'The employer profile of an EMPLOYER, once saved.' })
  employerId: string | null;

  @Field()
  hasJobSeekerProfile: boolean;

  @Field(() => TeamRole, { nullable: true, description: "An EMPLOYER's place on its company's team: OWNER or RECRUITER." })
  teamRole: TeamRole | null;

  static from(u: UserEntity, extra: { employerId: string | null; hasJobSeekerProfile: boolean; teamRole?: TeamRole | null }): UserModel {
    return Object.assign(new UserModel(), {
      id: u.id,
      role: u.role,
      displayName: u.displayName,
      phoneMasked: u.phone ? maskPhone(u.phone) : null,
      email: u.email,
      regionCode: u.regionCode,
      status: u.status,
      ...extra,
      teamRole: extra.teamRole ?? null,
    });
  }
}

@ObjectType()
export class AuthPayload {
  @Field()
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}
