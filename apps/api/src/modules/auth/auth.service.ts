import { ErrorCode, Role } from '@jobbridge/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { DataSource, QueryFailedError } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError, invalid } from '../../common/errors/app-error';
import type { AuthUser } from '../../common/auth/auth-user';
import { RegionsService } from '../regions/regions.service';
import { UserEntity } from '../users/user.entity';
import { AccountInput, CreateOfficerInput, LoginInput, RegisterInput } from './dto/auth.input';
import { LoginThrottle } from './login-throttle';

interface TokenClaims {
  sub: string;
  role: Role;
  name: string;
  region: string | null;
}

// A well-formed hash verified when the account does not exist, so both paths take the same time.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3ZDPPiGdCt0kQNnJu3M3q0yQ4n2oByeAnYfFHV0i4qw';

@Injectable()
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly regions: RegionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterInput): Promise<{ token: string; user: UserEntity }> {
    const user = await this.createUser(input, input.role, null);
    return { token: this.issueToken(user), user };
  }

  async createOfficer(input: CreateOfficerInput): Promise<UserEntity> {
    const region = await this.regions.require(input.regionCode, 'regionCode');
    return this.createUser(input, Role.OFFICER, region.code);
  }

  async createUser(input: AccountInput, role: Role, regionCode: string | null): Promise<UserEntity> {
    const phone = input.phone?.trim() || null;
    const email = input.email?.trim().toLowerCase() || null;
    if (!phone && !email) throw invalid('phone', '请填写手机号或邮箱');
    const repo = this.ds.getRepository(UserEntity);
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
    await this.throttle.check(login, ip);
    const user = await this.ds.getRepository(UserEntity).findOne({ where: login.includes('@') ? { email: login } : { phone: login } });
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
    if (!user || !ok) {
      await this.throttle.recordFailure(login, ip);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, '账号或密码错误');
    }
    await this.throttle.recordSuccess(login);
    return { token: this.issueToken(user), user };
  }

  issueToken(user: UserEntity): string {
    const claims: TokenClaims = { sub: user.id, role: user.role, name: user.displayName, region: user.regionCode };
    return this.jwt.sign(claims, { secret: this.config.jwt.secret, expiresIn: this.config.jwt.ttl as never });
  }

  /** The caller behind a bearer token; undefined when absent, malformed, forged or expired. */
  userFromAuthorization(header: string | undefined): AuthUser | undefined {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    return token ? this.userFromToken(token) : undefined;
  }

  userFromToken(token: string): AuthUser | undefined {
    try {
      const c = this.jwt.verify<TokenClaims>(token, { secret: this.config.jwt.secret });
      return { id: c.sub, role: c.role, displayName: c.name, regionCode: c.region };
    } catch {
      return undefined;
    }
  }
}
