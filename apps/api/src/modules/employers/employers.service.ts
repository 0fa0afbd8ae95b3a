import { AuditAction, AuditTargetType, ErrorCode, RegionLevel, Role, TeamRole, VerificationStatus } from '@jobbridge/contracts';
import { maskPhone, normalizeCreditCode, regionPrefix, validateCreditCode } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { OutboxTopic, recordOutbox } from '../search-index/outbox';
import { SearchSyncWorker } from '../search-index/search-sync.worker';
import { EmployerProfileInput, VerifyEmployerInput } from './dto/employer.input';
import { EmployerMemberEntity } from './employer-member.entity';
import { EmployerEntity } from './employer.entity';
import { UserDirectory } from '../users/user-directory';
import { escapeLike } from '../../common/database/like';

const VERIFY_ACTIONS: Record<VerificationStatus, AuditAction> = {
  [VerificationStatus.VERIFIED]: AuditAction.EMPLOYER_VERIFIED,
  [VerificationStatus.REJECTED]: AuditAction.EMPLOYER_REJECTED,
  [VerificationStatus.PENDING]: AuditAction.EMPLOYER_VERIFICATION_RESET,
};

@Injectable()
export class EmployersService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly sync: SearchSyncWorker,
    private readonly audit: AuditService,
    private readonly users: UserDirectory,
  ) {}

  /** The employer whose team the user is on (its owner or a recruiter), if any. */
  async findForMember(userId: string, db: DataSource | EntityManager = this.ds): Promise<EmployerEntity | null> {
    const member = await this.membershipOf(userId, db);
    return member ? this.findById(member.employerId, db) : null;
  }

  /** An officer suspends the employer's hiring, in the caller's transaction (the caller audits it with its reason). */
  async suspendHiring(em: EntityManager, employerId: string, reason: string, now = new Date()): Promise<EmployerEntity> {
    await em
      .getRepository(EmployerEntity)
      .update({ id: employerId }, { hiringSuspendedAt: now, hiringSuspendedReason: reason.slice(0, 200) });
    return (await em.getRepository(EmployerEntity).findOneBy({ id: employerId }))!;
  }

  /** The user's place on an employer's team: a user is on at most one. */
  membershipOf(userId: string, db: DataSource | EntityManager = this.ds): Promise<EmployerMemberEntity | null> {
    return db.getRepository(EmployerMemberEntity).findOneBy({ userId });
  }

  /** An employer by id; `db` is the caller's transaction when it has one. */
  findById(id: string, db: DataSource | EntityManager = this.ds): Promise<EmployerEntity | null> {
    return db.getRepository(EmployerEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[], db: DataSource | EntityManager = this.ds): Promise<EmployerEntity[]> {
    return ids.length ? db.getRepository(EmployerEntity).findBy({ id: In([...ids]) }) : [];
  }

  /** Whether the user acts for the employer: the one place that decides it (today, its owner's account). */
  async actsFor(user: Pick<AuthUser, 'id' | 'role'>, employerId: string, db: DataSource | EntityManager = this.ds): Promise<boolean> {
    if (user.role !== Role.EMPLOYER) return false;
    return (await this.membershipOf(user.id, db))?.employerId === employerId;
  }

  /* ------------------------------------------------------------------------------------------- team */

  /** The members of the caller's team: the owner first, then recruiters by when they were invited. */
  async teamMembers(user: AuthUser): Promise<EmployerMemberEntity[]> {
    const employer = await this.requireOwn(user);
    return this.ds
      .getRepository(EmployerMemberEntity)
      .find({ where: { employerId: employer.id }, order: { role: 'ASC', createdAt: 'ASC' } });
  }

  /** User ids of the team's members who have accounts. */
  async teamUserIds(employerId: string, db: DataSource | EntityManager = this.ds): Promise<string[]> {
    const rows = await db.getRepository(EmployerMemberEntity).findBy({ employerId });
    return rows.map((m) => m.userId).filter((id): id is string => !!id);
  }

  /**
   * The owner invites a colleague by phone as a recruiter. An account with that phone joins at once; a phone with no
   * account yet joins when it signs up as an employer. A phone already on this team returns its membership (a
   * double-tap invites once); on another company's team, TEAM_MEMBER_TAKEN.
   */
  async inviteTeamMember(user: AuthUser, phone: string): Promise<EmployerMemberEntity> {
    const employer = await this.requireTeamOwner(user);
    try {
      return await this.ds.transaction(async (em) => {
        const held = await em.getRepository(EmployerMemberEntity).findOneBy({ phone });
        if (held) {
          if (held.employerId === employer.id) return held;
          throw new AppError(ErrorCode.TEAM_MEMBER_TAKEN, '该手机号已是其他单位的招聘成员', 'phone');
        }
        const account = await this.users.findByPhone(phone, em);
        if (account && account.role !== Role.EMPLOYER)
          throw new AppError(ErrorCode.VALIDATION_FAILED, '该手机号已注册为求职者或工作人员账号，不能加入单位', 'phone');
        const theirs = account ? await this.membershipOf(account.id, em) : null;
        // A simultaneous invitation of the same account (a double-tap) committed first: it is this team's, so it is the answer.
        if (theirs?.employerId === employer.id) return theirs;
        if (theirs) throw new AppError(ErrorCode.TEAM_MEMBER_TAKEN, '该账号已是其他单位的招聘成员', 'phone');
        const member = await em.save(
          em.create(EmployerMemberEntity, {
            employerId: employer.id,
            userId: account?.id ?? null,
            phone,
            role: TeamRole.RECRUITER,
            invitedByUserId: user.id,
          }),
        );
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.TEAM_MEMBER_INVITED,
          targetType: AuditTargetType.EMPLOYER,
          targetId: employer.id,
          regionCode: employer.regionCode,
          after: { memberId: member.id, phone: maskPhone(phone), joined: !!account },
        });
        return member;
      });
    } catch (e) {
      if (e instanceof QueryFailedError && String((e as { constraint?: string }).constraint).startsWith('uq_employer_members_')) {
        // A simultaneous invitation of the same phone (a double-tap) won: it is this team's, so it is the answer.
        const held = await this.ds.getRepository(EmployerMemberEntity).findOneBy({ phone });
        if (held?.employerId === employer.id) return held;
        throw new AppError(ErrorCode.TEAM_MEMBER_TAKEN, '该手机号已是其他单位的招聘成员', 'phone');
      }
      throw e;
    }
  }

  /** The owner removes a recruiter; the owner cannot be removed. From the next request the recruiter acts for no one. */
  async removeTeamMember(user: AuthUser, memberId: string): Promise<boolean> {
    const employer = await this.requireTeamOwner(user);
    return this.ds.transaction(async (em) => {
      const member = await em.getRepository(EmployerMemberEntity).findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!member || member.employerId !== employer.id) throw new AppError(ErrorCode.NOT_FOUND, '该成员不存在', 'id');
      if (member.role === TeamRole.OWNER) throw new AppError(ErrorCode.FORBIDDEN, '不能移除单位负责人', 'id');
      await em.delete(EmployerMemberEntity, { id: member.id });
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.TEAM_MEMBER_REMOVED,
        targetType: AuditTargetType.EMPLOYER,
        targetId: employer.id,
        regionCode: employer.regionCode,
        before: { memberId: member.id, phone: member.phone ? maskPhone(member.phone) : null },
      });
      return true;
    });
  }

  /** A phone invited before it had an account joins its team when it signs up as an employer (called by sign-up). */
  async claimInvitation(userId: string, phone: string | null, db: DataSource | EntityManager = this.ds): Promise<void> {
    if (phone) await db.getRepository(EmployerMemberEntity).update({ phone, userId: IsNull() }, { userId });
  }

  private async requireTeamOwner(user: AuthUser): Promise<EmployerEntity> {
    const member = await this.membershipOf(user.id);
    if (!member) throw new AppError(ErrorCode.EMPLOYER_PROFILE_REQUIRED, '请先完善单位信息');
    if (member.role !== TeamRole.OWNER) throw new AppError(ErrorCode.FORBIDDEN, '只有单位负责人可以管理招聘成员');
    return (await this.findById(member.employerId))!;
  }

  /** The caller's employer profile, or EMPLOYER_PROFILE_REQUIRED. */
  async requireOwn(user: AuthUser): Promise<EmployerEntity> {
    const employer = await this.findForMember(user.id);
    if (!employer) throw new AppError(ErrorCode.EMPLOYER_PROFILE_REQUIRED, '请先完善单位信息');
    return employer;
  }

  /** Creates or updates the caller's company. A changed name or credit code sends it back to verification. */
  async save(user: AuthUser, input: EmployerProfileInput): Promise<EmployerEntity> {
    const membership = await this.membershipOf(user.id);
    if (membership && membership.role !== TeamRole.OWNER) throw new AppError(ErrorCode.FORBIDDEN, '只有单位负责人可以修改单位信息');
    const creditCode = normalizeCreditCode(input.creditCode);
    const check = validateCreditCode(creditCode);
    if (!check.ok) throw new AppError(ErrorCode.INVALID_CREDIT_CODE, '统一社会信用代码不正确，请核对', 'creditCode');
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY, RegionLevel.TOWNSHIP]);
    const repo = this.ds.getRepository(EmployerEntity);
    const existing = membership ? await this.findById(membership.employerId) : null;
    const identityChanged = !existing || existing.name !== input.name.trim() || existing.creditCode !== creditCode;
    const entity = repo.merge(existing ?? repo.create({ ownerUserId: user.id }), {
      name: input.name.trim(),
      creditCode,
      regionCode: region.code,
      industry: input.industry.trim(),
      size: input.size,
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone.trim(),
      description: input.description?.trim() || null,
      ...(identityChanged
        ? { verificationStatus: VerificationStatus.PENDING, verificationNote: null, verifiedAt: null, verifiedByUserId: null }
        : {}),
    });
    try {
      const saved = await this.ds.transaction(async (em) => {
        const row = await em.save(entity);
        if (!membership) {
          const account = await this.users.findById(user.id, em);
          await em.insert(EmployerMemberEntity, {
            employerId: row.id,
            userId: user.id,
            phone: account?.phone ?? null,
            role: TeamRole.OWNER,
          });
        }
        // Its postings carry the name and industry in the search index.
        if (existing) await recordOutbox(em, OutboxTopic.EMPLOYER_CHANGED, row.id);
        return row;
      });
      this.sync.nudge();
      return saved;
    } catch (e) {
      if (e instanceof QueryFailedError && String((e as { constraint?: string }).constraint).startsWith('uq_employer_members_'))
        throw new AppError(ErrorCode.TEAM_MEMBER_TAKEN, '您的手机号已是其他单位的招聘成员');
      if (e instanceof QueryFailedError && (e as { constraint?: string }).constraint === 'uq_employers_credit_code') {
        throw new AppError(ErrorCode.ACCOUNT_EXISTS, '该统一社会信用代码已被其他账号登记', 'creditCode');
      }
      throw e;
    }
  }

  /** An officer of the region verifies, rejects (with a reason) or resets a company; the audit entry commits with it. */
  async verify(user: AuthUser, input: VerifyEmployerInput): Promise<EmployerEntity> {
    return this.ds.transaction(async (em) => {
      const employer = await em
        .getRepository(EmployerEntity)
        .findOne({ where: { id: input.employerId }, lock: { mode: 'pessimistic_write' } });
      if (!employer || !officerCovers(user, employer.regionCode)) throw forbidden();
      if (input.status === VerificationStatus.REJECTED && !input.note?.trim()) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, '驳回时请填写原因', 'note');
      }
      const before = { name: employer.name, verificationStatus: employer.verificationStatus, verificationNote: employer.verificationNote };
      Object.assign(employer, {
        verificationStatus: input.status,
        verificationNote: input.note?.trim() || null,
        verifiedByUserId: user.id,
        verifiedAt: new Date(),
      });
      const saved = await em.save(employer);
      await this.audit.record(em, {
        actor: user,
        action: VERIFY_ACTIONS[saved.verificationStatus],
        targetType: AuditTargetType.EMPLOYER,
        targetId: saved.id,
        regionCode: saved.regionCode,
        before,
        after: { verificationStatus: saved.verificationStatus, verificationNote: saved.verificationNote },
        reason: saved.verificationNote,
      });
      return saved;
    });
  }

  /** Employers in the officer's region awaiting verification, oldest first. */
  forReview(user: AuthUser, first: number): Promise<EmployerEntity[]> {
    return this.ds
      .getRepository(EmployerEntity)
      .createQueryBuilder('e')
      .where('e.verification_status = :s', { s: VerificationStatus.PENDING })
      .andWhere('e.region_code LIKE :p', { p: `${regionPrefix(user.regionCode!)}%` })
      .orderBy('e.created_at', 'ASC')
      .limit(first)
      .getMany();
  }

  /**
   * Employers in the officer's region, by name or credit code (for picking a project owner or a room's employers);
   * the whole region when the keyword is empty. Verified first, then by name.
   */
  searchInRegion(user: AuthUser, keyword: string | undefined, first: number): Promise<EmployerEntity[]> {
    const qb = this.ds
      .getRepository(EmployerEntity)
      .createQueryBuilder('e')
      .where('e.region_code LIKE :p', { p: `${regionPrefix(user.regionCode!)}%` });
    const k = keyword?.trim();
    if (k) qb.andWhere(`(e.name ILIKE :k OR e.credit_code = :code)`, { k: `%${escapeLike(k)}%`, code: k.toUpperCase() });
    return qb.orderBy(`CASE e.verification_status WHEN 'VERIFIED' THEN 0 ELSE 1 END`).addOrderBy('e.name', 'ASC').limit(first).getMany();
  }
}
