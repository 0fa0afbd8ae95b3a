import { AuditAction, AuditTargetType, ErrorCode, RegionLevel, Role, VerificationStatus } from '@jobbridge/contracts';
import { normalizeCreditCode, regionPrefix, validateCreditCode } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { OutboxTopic, recordOutbox } from '../search-index/outbox';
import { SearchSyncWorker } from '../search-index/search-sync.worker';
import { EmployerProfileInput, VerifyEmployerInput } from './dto/employer.input';
import { EmployerEntity } from './employer.entity';
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
  ) {}

  findByOwner(userId: string, db: DataSource | EntityManager = this.ds): Promise<EmployerEntity | null> {
    return db.getRepository(EmployerEntity).findOneBy({ ownerUserId: userId });
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
    return (await this.findById(employerId, db))?.ownerUserId === user.id;
  }

  /** The caller's employer profile, or EMPLOYER_PROFILE_REQUIRED. */
  async requireOwn(user: AuthUser): Promise<EmployerEntity> {
    const employer = await this.findByOwner(user.id);
    if (!employer) throw new AppError(ErrorCode.EMPLOYER_PROFILE_REQUIRED, '请先完善单位信息');
    return employer;
  }

  /** Creates or updates the caller's company. A changed name or credit code sends it back to verification. */
  async save(user: AuthUser, input: EmployerProfileInput): Promise<EmployerEntity> {
    const creditCode = normalizeCreditCode(input.creditCode);
    const check = validateCreditCode(creditCode);
    if (!check.ok) throw new AppError(ErrorCode.INVALID_CREDIT_CODE, '统一社会信用代码不正确，请核对', 'creditCode');
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY, RegionLevel.TOWNSHIP]);
    const repo = this.ds.getRepository(EmployerEntity);
    const existing = await this.findByOwner(user.id);
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
        // Its postings carry the name and industry in the search index.
        if (existing) await recordOutbox(em, OutboxTopic.EMPLOYER_CHANGED, row.id);
        return row;
      });
      this.sync.nudge();
      return saved;
    } catch (e) {
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
