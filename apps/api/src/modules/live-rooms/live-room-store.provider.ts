import { FactoryProvider } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { LiveRoomStore, MemoryLiveRoomStore } from './live-room-store';
import { RedisLiveRoomStore } from './redis-live-room-store';

export const LIVE_ROOM_STORE = Symbol('LIVE_ROOM_STORE');

/** Redis when REDIS_URL is set (several API processes share rooms), memory otherwise. */
export const liveRoomStoreProvider: FactoryProvider<LiveRoomStore> = {
  provide: LIVE_ROOM_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    const { presenceTtlMs, anonymousViewersPerAddress } = config.liveLimits;
    return config.redisUrl
      ? new RedisLiveRoomStore(new Redis(config.redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 3000 }), config.redisKeyPrefix, {
          presenceTtlMs,
          anonymousViewersPerAddress,
        })
      : new MemoryLiveRoomStore({ anonymousViewersPerAddress });
  },
};
