import {
  AuditAction,
  AuditTargetType,
  ErrorCode,
  RegionLevel,
  SupportCaseKind,
  SupportCaseStatus,
  UnemploymentRegistrationStatus,
} from '@jobbridge/contracts';
import {
  chinaIsoDateOf,
  difficultyCategories,
  maskIdNumber,
  nextFollowUpDue,
  normalizeIdNumber,
  registrationProblems,
} from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { RegionsService } from '../regions/regions.service';
import { RegisterUnemploymentInput } from './dto/employment-support.input';
import { SupportCaseEntity, UnemploymentRegistrationEntity } from './employment-support.entity';
import { SupportCasesService } from './support-cases.service';

const uniqueViolation = (e: unknown): string | null =>
  e instanceof QueryFailedError && (e as { code?: string }).code === '23505' ? ((e as { constraint?: string }).constraint ?? '') : null;

/**
 * Online unemployment registration (失业登记, 000 §23, 004 §18; issue 14). One transaction writes the registration, its
 * household (found by the head's identity number, its declaration replaced by the latest), the support case (a new
 * UNEMPLOYED case, or the person's open DIFFICULTY case taken over) and the audit entry.
 */
@Injectable()
export class UnemploymentRegistrationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly seekers: JobSeekersService,
    private readonly regions: RegionsService,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly cases: SupportCasesService,
  ) {}

  async register(user: AuthUser, input: RegisterUnemploymentInput, now = new Date()): Promise<UnemploymentRegistrationEntity> {
    const profile = await this.seekers.requireOwn(user);
    const repo = this.ds.getRepository(UnemploymentRegistrationEntity);
    const key = input.idempotencyKey ?? null;
    if (key) {
      const first = await repo.findOneBy({ userId: user.id, idempotencyKey: key });
      if (first) return first;
    }
    const problems = registrationProblems(input, now);
    if (problems.length) throw problems[0];
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY, RegionLevel.TOWNSHIP]);
    const county = region.level === RegionLevel.TOWNSHIP && region.parentCode ? region.parentCode : region.code;
    const idNumber = normalizeIdNumber(input.idNumber);
    const idHash = this.pii.blindIndex(idNumber);
    if (profile.idNumberHash && profile.idNumberHash !== idHash) {
      throw new AppError(ErrorCode.ID_NUMBER_MISMATCH, '身份证号与您求职资料中的不一致，请核对', 'idNumber');
    }
    const headId = normalizeIdNumber(input.householdHeadIdNumber);
    const today = chinaIsoDateOf(now);

    try {
      return await this.ds.transaction(async (em) => {
        const active = await em.getRepository(UnemploymentRegistrationEntity).findOneBy({
          userId: user.id,
          status: UnemploymentRegistrationStatus.ACTIVE,
        });
        // A concurrent tap with the same key may have committed between the key check above and this read.
        if (active && key && active.idempotencyKey === key) return active;
        if (active) {
          throw new AppError(ErrorCode.UNEMPLOYMENT_ALREADY_REGISTERED, `您已于 ${active.registeredOn} 办理失业登记，无需重复登记`);
        }
        const [household]: { id: string }[] = await em.query(
          `INSERT INTO households (region_code, head_id_number_hash, head_id_number_masked, head_name, working_age_members, declared_employed_members)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (head_id_number_hash) DO UPDATE SET region_code = EXCLUDED.region_code, head_name = EXCLUDED.head_name,
             working_age_members = EXCLUDED.working_age_members, declared_employed_members = EXCLUDED.declared_employed_members, updated_at = now()
           RETURNING id`,
          [
            county,
            this.pii.blindIndex(headId),
            maskIdNumber(headId),
            input.householdHeadName.trim(),
            input.workingAgeMembers,
            input.employedMembers,
          ],
        );
        const registration = await em.getRepository(UnemploymentRegistrationEntity).save(
          em.create(UnemploymentRegistrationEntity, {
            userId: user.id,
            seekerProfileId: profile.id,
            regionCode: county,
            registeredOn: today,
            reason: input.reason,
            lastEmployerName: input.lastEmployerName?.trim() || null,
            lastJobEndedMonth: input.lastJobEndedMonth || null,
            wantsJob: input.wantsJob,
            difficultyCategories: difficultyCategories(profile.priorityGroups),
            idNumberEncrypted: this.pii.encrypt(idNumber),
            idNumberHash: idHash,
            idNumberMasked: maskIdNumber(idNumber),
            householdId: household.id,
            idempotencyKey: key,
          }),
        );
        const cases = em.getRepository(SupportCaseEntity);
        const open = await cases.findOne({
          where: { seekerProfileId: profile.id, status: SupportCaseStatus.OPEN },
          lock: { mode: 'pessimistic_write' },
        });
        const kase = open
          ? await cases.save(Object.assign(open, { kind: SupportCaseKind.UNEMPLOYED, registrationId: registration.id, regionCode: county }))
          : await cases.save(
              cases.create({
                seekerProfileId: profile.id,
                userId: user.id,
                kind: SupportCaseKind.UNEMPLOYED,
                regionCode: county,
                registrationId: registration.id,
                openedOn: today,
                nextFollowUpDue: nextFollowUpDue(today, null),
              }),
            );
        await this.audit.record(em, {
          actor: user,
          action: AuditAction.UNEMPLOYMENT_REGISTERED,
          targetType: AuditTargetType.UNEMPLOYED_REGISTRATION,
          targetId: registration.id,
          regionCode: county,
          after: { reason: input.reason, registeredOn: today, householdId: household.id, caseId: kase.id, caseTakenOver: !!open },
        });
        return registration;
      });
    } catch (e) {
      const constraint = uniqueViolation(e);
      if (constraint !== null && key) {
        const first = await repo.findOneBy({ userId: user.id, idempotencyKey: key });
        if (first) return first;
      }
      if (constraint === 'uq_unemployment_registrations_active_user') {
        throw new AppError(ErrorCode.UNEMPLOYMENT_ALREADY_REGISTERED, '您已有一条有效的失业登记，无需重复登记');
      }
      if (constraint === 'uq_unemployment_registrations_active_id_number') {
        throw new AppError(
          ErrorCode.UNEMPLOYMENT_ALREADY_REGISTERED,
          '该身份证号已有一条有效的失业登记，如有疑问请联系当地人社部门',
          'idNumber',
        );
      }
      throw e;
    }
  }

  /** The seeker's registration: the active one, else the latest; closed first if a hire ended it. */
  async mine(user: AuthUser): Promise<UnemploymentRegistrationEntity | null> {
    await this.cases.closeOnHires({ userId: user.id });
    const repo = this.ds.getRepository(UnemploymentRegistrationEntity);
    return (
      (await repo.findOneBy({ userId: user.id, status: UnemploymentRegistrationStatus.ACTIVE })) ??
      (await repo.findOne({ where: { userId: user.id }, order: { createdAt: 'DESC' } }))
    );
  }

  byIds(ids: readonly string[]): Promise<UnemploymentRegistrationEntity[]> {
    return ids.length ? this.ds.getRepository(UnemploymentRegistrationEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
}
