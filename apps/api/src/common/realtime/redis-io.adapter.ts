import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/**
 * socket.io across API processes: with REDIS_URL every broadcast (a pinned card, a status push) travels through Redis
 * pub/sub to the sockets of every process (@socket.io/redis-adapter). Keys are prefixed like every other Redis key of
 * this installation.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(
    app: INestApplicationContext,
    redisUrl: string,
    private readonly keyPrefix: string,
  ) {
    super(app);
    this.pub = new Redis(redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 3000 });
    this.sub = this.pub.duplicate();
  }

  /** Resolves once both connections are up, so a misconfigured REDIS_URL fails the start instead of the first broadcast. */
  async connect(): Promise<void> {
    await Promise.all([this.pub.ping(), this.sub.ping()]);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(createAdapter(this.pub, this.sub, { key: `${this.keyPrefix}socket.io` }));
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
  }

  async dispose(): Promise<void> {
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
