import { AuditAction, AuditTargetType, ErrorCode, Role, UserStatus } from '@jobbridge/contracts';
import { createSecretKey, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError, invalid, notFound } from '../../common/errors/app-error';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { CurrentUsers } from '../users/current-users';
import { EmployersService } from '../employers/employers.service';
import { UserEntity } from '../users/user.entity';
import { AccountInput, CreateOfficerInput, LoginInput, RegisterInput } from './dto/auth.input';
import { LoginThrottle } from './login-throttle';
import { passwordProblem } from './password-policy';
import { SessionWatch } from './session-watch';

/**
 * What a token says: who (`sub`) and which generation of that user's tokens (`ver`). Role, region and status are
 * not in it: every request reads them as they are now (ADR 0010).
 */
interface TokenClaims {
  sub: string;
  ver: number;
  exp?: number;
}

/** The one algorithm tokens are signed and verified with; a token in any other (or none) is refused. */
const JWT_ALGORITHM = 'HS256';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A well-formed hash verified when the account does not exist, so both paths take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3ZDPPiGdCt0kQNnJu3M3q0yQ4n2oByeAnYfFHV0i4qw';

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly regions: RegionsService,
    private readonly users: CurrentUsers,
    private readonly audit: AuditService,
    private readonly employers: EmployersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.sessions = new SessionWatch(users, (token) => this.userFromToken(token));
    this.key = createSecretKey(Buffer.from(config.jwt.secret));
  }

  /**
   * The HS256 key, made once. Given a string, jsonwebtoken first tries it as a PEM public key (createPublicKey throws)
   * and then builds a secret key, on every sign and verify: that cost ~9% of a busy process's CPU. The typings of
   * @nestjs/jwt name only string | Buffer, but the secret is handed to jsonwebtoken unchanged, which takes a KeyObject.
   */
  private readonly key: KeyObject;
  private get secret(): Buffer {
    return this.key as unknown as Buffer;
  }

  /** Open sockets of a user are closed when that user changes (ADR 0010). */
  readonly sessions: SessionWatch;

  async register(input: RegisterInput): Promise<{ token: string; user: UserEntity }> {
    // An employer whose phone was invited to a team joins it with the account (one transaction).
    const user = await this.ds.transaction(async (em) => {
      const created = await this.createUser(input, input.role, null, em);
      if (created.role === Role.EMPLOYER) await this.employers.claimInvitation(created.id, created.phone, em);
      return created;
    });
    return { token: this.issueToken(user), user };
  }

  /** An admin creates a bureau officer; the audit entry commits with the account. */
  async createOfficer(admin: AuthUser, input: CreateOfficerInput): Promise<UserEntity> {
    const region = await this.regions.require(input.regionCode, 'regionCode');
    return this.ds.transaction(async (em) => {
      const officer = await this.createUser(input, Role.OFFICER, region.code, em);
      await this.audit.record(em, {
        actor: admin,
        action: AuditAction.OFFICER_CREATED,
        targetType: AuditTargetType.USER,
        targetId: officer.id,
        regionCode: officer.regionCode,
        after: {
          role: officer.role,
          displayName: officer.displayName,
          regionCode: officer.regionCode,
          phone: officer.phone,
          email: officer.email,
        },
      });
      return officer;
    });
  }

  async createUser(
    input: AccountInput,
    role: Role,
    regionCode: string | null,
    db: DataSource | EntityManager = this.ds,
  ): Promise<UserEntity> {
    const phone = input.phone?.trim() || null;
    const email = input.email?.trim().toLowerCase() || null;
    if (!phone && !email) throw invalid('phone', '请填写手机号或邮箱');
    const weak = passwordProblem(input.password, { phone, email });
    if (weak) throw invalid('password', weak);
    const repo = db.getRepository(UserEntity);
    try {
      return await repo.save(
        repo.create({ role, phone, email, regionCode, displayName: input.displayName.trim(), passwordHash: await hash(input.password) }),
      );
    } catch (e) {
      if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') {
        const field = String((e as { constraint?: string }).constraint).includes('email') ? 'email' : 'phone';
        throw new AppError(ErrorCode.ACCOUNT_EXISTS, field === 'email' ? '该邮箱已注册' : '该手机号已注册', field);
      }
      throw e;
    }
  }

  async login(input: LoginInput, ip: string): Promise<{ token: string; user: UserEntity }> {
    const login = input.login.trim().toLowerCase();
    // The attempt is counted before the password is looked at, so parallel guesses get exactly the allowance.
    const attempt = await this.throttle.begin(login, ip);
    const user = await this.ds.getRepository(UserEntity).findOne({ where: login.includes('@') ? { email: login } : { phone: login } });
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
    if (!user || !ok) throw new AppError(ErrorCode.INVALID_CREDENTIALS, '账号或密码错误');
    if (user.status !== UserStatus.ACTIVE) throw new AppError(ErrorCode.FORBIDDEN, '该账号已停用，请联系管理员');
    await attempt.succeeded();
    return { token: this.issueToken(user), user };
  }

  /** Every token the user holds stops working on its next request (all devices). */
  async signOutEverywhere(user: AuthUser): Promise<void> {
    await this.updateUser(user.id, { tokenVersion: () => '"token_version" + 1' }, (before) => ({
      actor: user,
      action: AuditAction.USER_SIGNED_OUT_EVERYWHERE,
      targetType: AuditTargetType.USER,
      targetId: user.id,
      regionCode: before.regionCode,
    }));
  }

  /** Admins suspend or reactivate an account. Suspending also retires its tokens, so reactivation does not revive them. */
  async setUserStatus(admin: AuthUser, userId: string, status: UserStatus): Promise<UserEntity> {
    if (!UUID.test(userId)) throw invalid('userId', '编号格式不正确');
    if (userId === admin.id) throw new AppError(ErrorCode.FORBIDDEN, '不能停用或启用自己的账号');
    const set: Record<string, unknown> = { status };
    if (status === UserStatus.SUSPENDED) set.tokenVersion = () => '"token_version" + 1';
    return this.updateUser(userId, set, (before, after) => ({
      actor: admin,
      action: AuditAction.USER_STATUS_CHANGED,
      targetType: AuditTargetType.USER,
      targetId: userId,
      regionCode: after.regionCode,
      before: { role: before.role, displayName: before.displayName, status: before.status },
      after: { status: after.status },
    }));
  }

  /** Admins move an officer to another region; it acts for the new region from its next request. */
  async setOfficerRegion(admin: AuthUser, userId: string, regionCode: string): Promise<UserEntity> {
    if (!UUID.test(userId)) throw invalid('userId', '编号格式不正确');
    const region = await this.regions.require(regionCode, 'regionCode');
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw notFound('用户');
    if (user.role !== Role.OFFICER) throw invalid('userId', '只能调整人社部门工作人员的辖区');
    return this.updateUser(userId, { regionCode: region.code }, (before, after) => ({
      actor: admin,
      action: AuditAction.OFFICER_REGION_CHANGED,
      targetType: AuditTargetType.USER,
      targetId: userId,
      regionCode: after.regionCode,
      before: { displayName: before.displayName, regionCode: before.regionCode },
      after: { regionCode: after.regionCode },
    }));
  }

  /** One change to a user and its audit entry, in one transaction; the cached user is dropped after commit. */
  private async updateUser(
    userId: string,
    set: Record<string, unknown>,
    audit: (before: UserEntity, after: UserEntity) => AuditEntry,
  ): Promise<UserEntity> {
    try {
      return await this.ds.transaction(async (em) => {
        const before = await em.getRepository(UserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
        if (!before) throw notFound('用户');
        await em.createQueryBuilder().update(UserEntity).set(set).where('id = :id', { id: userId }).execute();
        const after = (await em.getRepository(UserEntity).findOneBy({ id: userId }))!;
        await this.audit.record(em, audit(before, after));
        return after;
      });
    } finally {
      this.users.evict(userId);
    }
  }

  issueToken(user: Pick<UserEntity, 'id' | 'tokenVersion'>): string {
    const claims: TokenClaims = { sub: user.id, ver: user.tokenVersion };
    return this.jwt.sign(claims, { secret: this.secret, algorithm: JWT_ALGORITHM, expiresIn: this.config.jwt.ttl as never });
  }

  /** The caller behind a bearer token; undefined when absent, malformed, forged, expired or revoked. */
  userFromAuthorization(header: string | undefined): Promise<AuthUser | undefined> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    return token ? this.userFromToken(token) : Promise.resolve(undefined);
  }

  /**
   * The user behind a token as the user is NOW: role, region and status from the database (through the per-process
   * cache of CurrentUsers). A token whose user is gone or suspended, or that was issued before the user's
   * token_version was bumped, is treated as no token at all.
   */
  async userFromToken(token: string): Promise<AuthUser | undefined> {
    const claims = this.verifyToken(token);
    if (!claims) return undefined;
    const user = await this.users.get(claims.sub);
    if (!user || user.status !== UserStatus.ACTIVE || user.tokenVersion !== claims.ver) return undefined;
    return { id: user.id, role: user.role, displayName: user.displayName, regionCode: user.regionCode };
  }

  /** Signature (HS256 only), expiry (required) and shape; undefined for anything else. */
  private verifyToken(token: string): TokenClaims | undefined {
    try {
      const c = this.jwt.verify<TokenClaims>(token, { secret: this.secret, algorithms: [JWT_ALGORITHM] });
      if (typeof c.exp !== 'number' || typeof c.sub !== 'string' || !UUID.test(c.sub) || !Number.isSafeInteger(c.ver)) return undefined;
      return c;
    } catch {
      return undefined;
    }
  }
}
