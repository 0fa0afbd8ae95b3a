import { ErrorCode, RegionLevel } from '@jobbridge/contracts';
import { maskIdNumber, normalizeIdNumber, validateIdNumber } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { PiiCipher } from '../../common/crypto/pii-cipher';
import { AppError } from '../../common/errors/app-error';
import { RegionsService } from '../regions/regions.service';
import { JobSeekerProfileInput } from './dto/job-seeker-profile.input';
import { JobSeekerProfileEntity } from './job-seeker-profile.entity';

const PLACE_LEVELS = [RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.PREFECTURE];

@Injectable()
export class JobSeekersService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly pii: PiiCipher,
  ) {}

  findByUser(userId: string): Promise<JobSeekerProfileEntity | null> {
    return this.ds.getRepository(JobSeekerProfileEntity).findOneBy({ userId });
  }

  hasProfile(userId: string): Promise<boolean> {
    return this.ds.getRepository(JobSeekerProfileEntity).exists({ where: { userId } });
  }

  /** A profile by id; `db` is the caller's transaction when it has one. */
  findById(id: string, db: DataSource | EntityManager = this.ds): Promise<JobSeekerProfileEntity | null> {
    return db.getRepository(JobSeekerProfileEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[], db: DataSource | EntityManager = this.ds): Promise<JobSeekerProfileEntity[]> {
    return ids.length ? db.getRepository(JobSeekerProfileEntity).findBy({ id: In([...ids]) }) : [];
  }

  async requireOwn(user: AuthUser): Promise<JobSeekerProfileEntity> {
    const profile = await this.findByUser(user.id);
    if (!profile) throw new AppError(ErrorCode.JOB_SEEKER_PROFILE_REQUIRED, '请先完善求职资料');
    return profile;
  }

  async save(user: AuthUser, input: JobSeekerProfileInput): Promise<JobSeekerProfileEntity> {
    const [hukou, residence] = await Promise.all([
      input.hukouRegionCode ? this.regions.require(input.hukouRegionCode, 'hukouRegionCode', PLACE_LEVELS) : null,
      input.residenceRegionCode ? this.regions.require(input.residenceRegionCode, 'residenceRegionCode', PLACE_LEVELS) : null,
    ]);
    if (input.expectedPayMin != null && input.expectedPayMax != null && input.expectedPayMin > input.expectedPayMax) {
      throw new AppError(ErrorCode.PAY_RANGE_INVALID, '期望薪资下限不能高于上限', 'expectedPayMin');
    }
    const repo = this.ds.getRepository(JobSeekerProfileEntity);
    const profile = (await this.findByUser(user.id)) ?? repo.create({ userId: user.id });
    const identity = this.identityFields(input.idNumber);
    repo.merge(profile, {
      fullName: input.fullName.trim(),
      gender: input.gender ?? identity?.gender ?? profile.gender ?? null,
      birthYear: input.birthYear ?? identity?.birthYear ?? profile.birthYear ?? null,
      hukouRegionCode: hukou?.code ?? null,
      residenceRegionCode: residence?.code ?? null,
      residenceLat: input.residenceLat ?? null,
      residenceLng: input.residenceLng ?? null,
      education: input.education ?? null,
      major: input.major?.trim() || null,
      graduationDate: input.graduationDate ?? null,
      skills: dedupe(input.skills),
      certificates: (input.certificates ?? []).map((c) => ({ name: c.name.trim(), level: c.level ?? null })),
      labourBrand: input.labourBrand?.trim() || null,
      desiredOccupations: dedupe(input.desiredOccupations),
      desiredPlaces: [...new Set(input.desiredPlaces ?? [])],
      expectedPayMin: input.expectedPayMin ?? null,
      expectedPayMax: input.expectedPayMax ?? null,
      priorityGroups: [...new Set(input.priorityGroups ?? [])],
      discoverable: input.discoverable ?? profile.discoverable ?? false,
      ...(identity ? { idNumberEncrypted: identity.encrypted, idNumberHash: identity.hash, idNumberMasked: identity.masked } : {}),
    });
    try {
      return await repo.save(profile);
    } catch (e) {
      if (e instanceof QueryFailedError && (e as { constraint?: string }).constraint === 'uq_job_seeker_profiles_id_number_hash') {
        throw new AppError(ErrorCode.DUPLICATE_ID_NUMBER, '该身份证号已被其他账号使用，如有疑问请联系人社部门', 'idNumber');
      }
      throw e;
    }
  }

  /** undefined: keep the stored number; "" removes it; otherwise validated, encrypted and blind-indexed. */
  private identityFields(raw: string | undefined) {
    if (raw === undefined) return undefined;
    if (raw.trim() === '') return { encrypted: null, hash: null, masked: null, gender: undefined, birthYear: undefined };
    const idNumber = normalizeIdNumber(raw);
    const result = validateIdNumber(idNumber);
    if (!result.ok) throw new AppError(ErrorCode.INVALID_ID_NUMBER, '身份证号不正确，请核对', 'idNumber');
    return {
      encrypted: this.pii.encrypt(idNumber),
      hash: this.pii.blindIndex(idNumber),
      masked: maskIdNumber(idNumber),
      gender: result.gender,
      birthYear: Number(result.birthDate.slice(0, 4)),
    };
  }
}

function dedupe(list: string[] | undefined): string[] {
  return [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))];
}
