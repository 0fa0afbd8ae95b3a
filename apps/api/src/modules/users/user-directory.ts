import { Role } from '@jobbridge/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** Who an account is, for other modules (read only: accounts are written by the auth module). */
export interface UserSummary {
  id: string;
  role: Role;
  phone: string | null;
  displayName: string;
}

const summary = (u: UserEntity): UserSummary => ({ id: u.id, role: u.role, phone: u.phone, displayName: u.displayName });

@Injectable()
export class UserDirectory {
  constructor(private readonly ds: DataSource) {}

  async findById(id: string, db: DataSource | EntityManager = this.ds): Promise<UserSummary | null> {
    const u = await db.getRepository(UserEntity).findOneBy({ id });
    return u ? summary(u) : null;
  }

  async findByPhone(phone: string, db: DataSource | EntityManager = this.ds): Promise<UserSummary | null> {
    const u = await db.getRepository(UserEntity).findOneBy({ phone });
    return u ? summary(u) : null;
  }
}
