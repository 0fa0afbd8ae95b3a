import { ErrorCode } from '@jobbridge/contracts';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';

/**
 * Limits failed logins per account (locks it for the window) and per client address (stops one machine guessing
 * many accounts). Only failures count, so a busy office behind one address is not locked out by its own sign-ins.
 * In memory for one process; in Redis when REDIS_URL is set, so every API process shares the counts.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly perLogin: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { maxFailures, maxFailuresPerAddress, windowSeconds } = config.login;
    const loginOpts = { keyPrefix: `${config.redisKeyPrefix}login-fail`, points: maxFailures, duration: windowSeconds };
    const ipOpts = { keyPrefix: `${config.redisKeyPrefix}login-fail-ip`, points: maxFailuresPerAddress, duration: windowSeconds };
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
      this.perLogin = new RateLimiterRedis({ storeClient: this.redis, ...loginOpts });
      this.perIp = new RateLimiterRedis({ storeClient: this.redis, ...ipOpts });
    } else {
      this.perLogin = new RateLimiterMemory(loginOpts);
      this.perIp = new RateLimiterMemory(ipOpts);
    }
  }

  /** Throws RATE_LIMITED when the account is locked or the address has tried too often. */
  async check(login: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.perLogin.get(login), this.perIp.get(ip)]);
    const locked = [
      account && account.consumedPoints >= this.perLogin.points ? account : null,
      address && address.consumedPoints >= this.perIp.points ? address : null,
    ].filter((s): s is RateLimiterRes => !!s);
    if (locked.length) {
      const seconds = Math.ceil(Math.max(...locked.map((s) => s.msBeforeNext)) / 1000);
      throw new AppError(ErrorCode.RATE_LIMITED, `登录尝试过于频繁，请 ${seconds} 秒后再试`);
    }
  }

  async recordFailure(login: string, ip: string): Promise<void> {
    await Promise.all([this.perLogin.penalty(login, 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(login: string): Promise<void> {
    await this.perLogin.delete(login);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
