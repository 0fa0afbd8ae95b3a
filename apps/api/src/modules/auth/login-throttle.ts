import { ErrorCode } from '@jobbridge/contracts';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';

/**
 * Limits failed logins per account and all attempts per client address. In memory for one process; in Redis when
 * REDIS_URL is set, so every API process shares the counts.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly perLogin: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { maxFailures, windowSeconds } = config.login;
    const loginOpts = { keyPrefix: 'login-fail', points: maxFailures, duration: windowSeconds, blockDuration: windowSeconds };
    const ipOpts = { keyPrefix: 'login-ip', points: maxFailures * 10, duration: windowSeconds };
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
    try {
      await this.perIp.consume(ip);
      const state = await this.perLogin.get(login);
      if (state && state.consumedPoints >= this.perLogin.points) throw state;
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        const seconds = Math.ceil(e.msBeforeNext / 1000);
        throw new AppError(ErrorCode.RATE_LIMITED, `登录尝试过于频繁，请 ${seconds} 秒后再试`);
      }
      throw e;
    }
  }

  async recordFailure(login: string): Promise<void> {
    await this.perLogin.penalty(login, 1);
  }

  async recordSuccess(login: string): Promise<void> {
    await this.perLogin.delete(login);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
