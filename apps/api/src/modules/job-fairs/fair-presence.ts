import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/**
 * Who is at a fair now: the reps online per booth (they set the wait estimate and the "no rep" alarm) and the visitors
 * in the hall (the bureau's live figure and its peak). Entries are per connection with an expiry that this process
 * renews while the connection lives: a process that dies stops renewing, and its entries drop out within the TTL,
 * seen the same from every surviving process. In memory for one process; in Redis (sorted sets scored by expiry) when
 * REDIS_URL is set.
 */
interface ExpiringSets {
  add(key: string, member: string, expiresAt: number): Promise<void>;
  remove(key: string, member: string): Promise<void>;
  /** Members not yet expired at `now`. */
  members(key: string, now: number): Promise<string[]>;
  /** Raises the number at `key` to `n` if it is lower; returns the (new) value. */
  raise(key: string, n: number): Promise<number>;
  read(key: string): Promise<number>;
  close(): Promise<void>;
}

class MemorySets implements ExpiringSets {
  private readonly sets = new Map<string, Map<string, number>>();
  private readonly numbers = new Map<string, number>();
  async add(key: string, member: string, expiresAt: number) {
    let s = this.sets.get(key);
    if (!s) this.sets.set(key, (s = new Map()));
    s.set(member, expiresAt);
  }
  async remove(key: string, member: string) {
    this.sets.get(key)?.delete(member);
  }
  async members(key: string, now: number) {
    const s = this.sets.get(key);
    if (!s) return [];
    for (const [m, at] of s) if (at <= now) s.delete(m);
    return [...s.keys()];
  }
  async raise(key: string, n: number) {
    const v = Math.max(this.numbers.get(key) ?? 0, n);
    this.numbers.set(key, v);
    return v;
  }
  async read(key: string) {
    return this.numbers.get(key) ?? 0;
  }
  async close() {}
}

const RAISE = `local v = tonumber(redis.call('GET', KEYS[1]) or '0'); local n = tonumber(ARGV[1]);
if n > v then redis.call('SET', KEYS[1], n, 'EX', 1209600); return n end; return v`;

class RedisSets implements ExpiringSets {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}
  async add(key: string, member: string, expiresAt: number) {
    await this.redis
      .multi()
      .zadd(this.prefix + key, expiresAt, member)
      .pexpire(this.prefix + key, 86_400_000)
      .exec();
  }
  async remove(key: string, member: string) {
    await this.redis.zrem(this.prefix + key, member);
  }
  async members(key: string, now: number) {
    await this.redis.zremrangebyscore(this.prefix + key, '-inf', now);
    return this.redis.zrange(this.prefix + key, 0, -1);
  }
  async raise(key: string, n: number) {
    return Number(await this.redis.eval(RAISE, 1, this.prefix + key, n));
  }
  async read(key: string) {
    return Number((await this.redis.get(this.prefix + key)) ?? 0);
  }
  async close() {
    this.redis.disconnect();
  }
}

const repsKey = (boothId: string) => `fair:booth:${boothId}:reps`;
const visitorsKey = (fairId: string) => `fair:${fairId}:visitors`;
const peakKey = (fairId: string) => `fair:${fairId}:peak`;

@Injectable()
export class FairPresence implements OnModuleDestroy {
  private readonly sets: ExpiringSets;
  /** This process's live entries, renewed every third of the TTL. */
  private readonly mine = new Map<string, { key: string; member: string }>();
  private readonly ttlMs: number;
  private readonly timer: NodeJS.Timeout;
  private readonly processId = randomUUID().slice(0, 8);

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = config.liveLimits.presenceTtlMs;
    this.sets = config.redisUrl
      ? new RedisSets(new Redis(config.redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 3000 }), config.redisKeyPrefix)
      : new MemorySets();
    this.timer = setInterval(() => void this.renew().catch(() => undefined), Math.max(500, Math.floor(this.ttlMs / 3)));
    this.timer.unref();
  }

  /** A connection of a rep staffing a booth came online. */
  repOnline(boothId: string, userId: string, connectionId: string): Promise<void> {
    return this.enter(repsKey(boothId), `${userId}|${this.processId}:${connectionId}`);
  }

  repOffline(boothId: string, userId: string, connectionId: string): Promise<void> {
    return this.leave(repsKey(boothId), `${userId}|${this.processId}:${connectionId}`);
  }

  /** A visitor's connection entered the hall; returns the visitors now. The peak is raised with it. */
  async visitorIn(fairId: string, visitorKey: string, connectionId: string): Promise<number> {
    await this.enter(visitorsKey(fairId), `${visitorKey}|${this.processId}:${connectionId}`);
    const now = await this.visitorsNow(fairId);
    await this.sets.raise(peakKey(fairId), now);
    return now;
  }

  visitorOut(fairId: string, visitorKey: string, connectionId: string): Promise<void> {
    return this.leave(visitorsKey(fairId), `${visitorKey}|${this.processId}:${connectionId}`);
  }

  /** Distinct reps online per booth. */
  async repsOnline(boothIds: readonly string[]): Promise<Map<string, number>> {
    const now = Date.now();
    const counts = await Promise.all(boothIds.map(async (id) => distinct(await this.sets.members(repsKey(id), now))));
    return new Map(boothIds.map((id, i) => [id, counts[i]]));
  }

  /** Which reps (user ids) are online at a booth. */
  async repsAt(boothId: string): Promise<string[]> {
    return [...new Set((await this.sets.members(repsKey(boothId), Date.now())).map((m) => m.split('|')[0]))];
  }

  async visitorsNow(fairId: string): Promise<number> {
    return distinct(await this.sets.members(visitorsKey(fairId), Date.now()));
  }

  visitorsPeak(fairId: string): Promise<number> {
    return this.sets.read(peakKey(fairId));
  }

  private async enter(key: string, member: string) {
    this.mine.set(`${key} ${member}`, { key, member });
    await this.sets.add(key, member, Date.now() + this.ttlMs);
  }

  private async leave(key: string, member: string) {
    this.mine.delete(`${key} ${member}`);
    await this.sets.remove(key, member);
  }

  private async renew() {
    const at = Date.now() + this.ttlMs;
    await Promise.all([...this.mine.values()].map(({ key, member }) => this.sets.add(key, member, at)));
  }

  async onModuleDestroy() {
    clearInterval(this.timer);
    // A clean shutdown takes its connections out at once; a crash leaves them to expire.
    await Promise.all([...this.mine.values()].map(({ key, member }) => this.sets.remove(key, member).catch(() => undefined)));
    await this.sets.close();
  }
}

/** Distinct people among `who|connection` members. */
const distinct = (members: string[]) => new Set(members.map((m) => m.split('|')[0])).size;
