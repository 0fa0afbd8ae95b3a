import { Module } from '@nestjs/common';
import { CurrentUsers } from './current-users';
import { UserDirectory } from './user-directory';

/** Accounts as other modules read them: the per-process current-user cache and a read-only directory. */
@Module({ providers: [CurrentUsers, UserDirectory], exports: [CurrentUsers, UserDirectory] })
export class UsersModule {}
