import { ErrorCode } from '@jobbridge/contracts';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AppError } from '../../common/errors/app-error';

/** A counted sign-in attempt; a successful one gives its points back. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/**
 * Limits sign-in attempts per account and address pair (a stranger elsewhere cannot lock the owner out) and per
 * address (one machine guessing many accounts). Each attempt takes its point atomically (`consume`: one INCR in
 * Redis, or one synchronous step in memory) BEFORE the password is checked, so N parallel guesses get exactly the
 * allowance and a right password arriving after it is used is refused too. A successful sign-in resets its pair
 * and gives the address its point back, so an office behind one address is not locked out by its own sign-ins.
 * In memory for one process; in Redis when REDIS_URL is set, so every API process shares the counts (with the memory
 * limiter as insurance while Redis is unreachable).
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  readonly perPair: RateLimiterAbstract;
  readonly perAddress: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { maxFailures, maxFailuresPerAddress, windowSeconds } = config.login;
    const pairOpts = { keyPrefix: `${config.redisKeyPrefix}login-pair`, points: maxFailures, duration: windowSeconds };
    const addressOpts = { keyPrefix: `${config.redisKeyPrefix}login-ip`, points: maxFailuresPerAddress, duration: windowSeconds };
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
      this.perPair = new RateLimiterRedis({ storeClient: this.redis, ...pairOpts, insuranceLimiter: new RateLimiterMemory(pairOpts) });
      this.perAddress = new RateLimiterRedis({
        storeClient: this.redis,
        ...addressOpts,
        insuranceLimiter: new RateLimiterMemory(addressOpts),
      });
    } else {
      this.perPair = new RateLimiterMemory(pairOpts);
      this.perAddress = new RateLimiterMemory(addressOpts);
    }
  }

  static pairKey(login: string, ip: string): string {
    return `${login}|${ip}`;
  }

  /** Counts the attempt; throws RATE_LIMITED when the pair or the address has no attempts left. */
  async begin(login: string, ip: string): Promise<LoginAttempt> {
    const pair = LoginThrottle.pairKey(login, ip);
    try {
      await this.perPair.consume(pair);
    } catch (e) {
      throw limited(e);
    }
    try {
      await this.perAddress.consume(ip);
    } catch (e) {
      // The attempt was never made: give the pair its point back.
      await this.perPair.reward(pair, 1).catch(() => undefined);
      throw limited(e);
    }
    return {
      succeeded: async () => {
        await Promise.all([this.perPair.delete(pair), this.perAddress.reward(ip, 1)]);
      },
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}

function limited(e: unknown): Error {
  if (!(e instanceof RateLimiterRes)) return e as Error; // the store failed (and its insurance too): not a refusal
  const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `登录尝试过于频繁，请 ${seconds} 秒后再试`);
}
