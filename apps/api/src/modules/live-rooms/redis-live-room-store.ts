import type { LiveJobCard, LiveRoomEvent, LiveRoomEventBody } from '@jobbridge/contracts';
import Redis from 'ioredis';
import { LIVE_LOG_SIZE, LiveCounters, LiveRoomStore } from './live-room-store';

/** Live state survives a quiet room for two days, then expires (a room that never ended leaves nothing behind). */
const TTL_SECONDS = 2 * 86_400;

// KEYS: connections hash, peak. ARGV: viewer key, ttl. Returns { connections of this viewer, viewers }.
const JOIN = `
local c = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
local v = redis.call('HLEN', KEYS[1])
local p = tonumber(redis.call('GET', KEYS[2]) or '0')
if v > p then redis.call('SET', KEYS[2], v) end
redis.call('EXPIRE', KEYS[1], ARGV[2]); redis.call('EXPIRE', KEYS[2], ARGV[2])
return { c, v }`;

const LEAVE = `
local c = redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
if c <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return { c, redis.call('HLEN', KEYS[1]) }`;

// KEYS: connections hash, impressions set, impression-jobs set. ARGV: job id, ttl.
const IMPRESS_PRESENT = `
local keys = redis.call('HKEYS', KEYS[1])
for i = 1, #keys, 500 do redis.call('SADD', KEYS[2], unpack(keys, i, math.min(i + 499, #keys))) end
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2]); redis.call('EXPIRE', KEYS[3], ARGV[2])
return #keys`;

/** LiveRoomStore in Redis, shared by every API process. Keys are hash-tagged by room ({id}) for Redis Cluster. */
export class RedisLiveRoomStore implements LiveRoomStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(roomId: string, part: string) {
    return `${this.prefix}live:{${roomId}}:${part}`;
  }

  async log(roomId: string, body: LiveRoomEventBody): Promise<LiveRoomEvent> {
    const seq = await this.redis.incr(this.key(roomId, 'seq'));
    const event = { ...body, seq } as LiveRoomEvent;
    const log = this.key(roomId, 'log');
    await this.redis
      .multi()
      .rpush(log, JSON.stringify(event))
      .ltrim(log, -LIVE_LOG_SIZE, -1)
      .expire(log, TTL_SECONDS)
      .expire(this.key(roomId, 'seq'), TTL_SECONDS)
      .exec();
    return event;
  }

  async since(roomId: string, seq: number) {
    const [raw, latestRaw] = await Promise.all([this.redis.lrange(this.key(roomId, 'log'), 0, -1), this.redis.get(this.key(roomId, 'seq'))]);
    const latest = Number(latestRaw ?? 0);
    // Two processes may push out of order; the seq decides.
    const all = raw.map((r) => JSON.parse(r) as LiveRoomEvent).sort((a, b) => a.seq - b.seq);
    const oldest = all[0]?.seq ?? latest + 1;
    return { events: all.filter((e) => e.seq > seq), complete: seq >= latest || oldest <= seq + 1, latest };
  }

  async setPinned(roomId: string, card: LiveJobCard | null) {
    if (card) await this.redis.set(this.key(roomId, 'pinned'), JSON.stringify(card), 'EX', TTL_SECONDS);
    else await this.redis.del(this.key(roomId, 'pinned'));
  }

  async pinned(roomId: string) {
    const raw = await this.redis.get(this.key(roomId, 'pinned'));
    return raw ? (JSON.parse(raw) as LiveJobCard) : null;
  }

  async join(roomId: string, viewerKey: string) {
    const [c, v] = (await this.redis.eval(JOIN, 2, this.key(roomId, 'conn'), this.key(roomId, 'peak'), viewerKey, TTL_SECONDS)) as [number, number];
    return { viewers: v, first: c === 1 };
  }

  async leave(roomId: string, viewerKey: string) {
    const [c, v] = (await this.redis.eval(LEAVE, 1, this.key(roomId, 'conn'), viewerKey)) as [number, number];
    return { viewers: v, last: c <= 0 };
  }

  async addImpressions(roomId: string, jobPostingId: string, viewerKeys: string[] | 'present') {
    const set = this.key(roomId, `impr:${jobPostingId}`);
    const jobs = this.key(roomId, 'impr-jobs');
    if (viewerKeys === 'present') {
      await this.redis.eval(IMPRESS_PRESENT, 3, this.key(roomId, 'conn'), set, jobs, jobPostingId, TTL_SECONDS);
    } else if (viewerKeys.length) {
      await this.redis.multi().sadd(set, ...viewerKeys).sadd(jobs, jobPostingId).expire(set, TTL_SECONDS).expire(jobs, TTL_SECONDS).exec();
    }
  }

  async impressions(roomId: string) {
    const jobs = await this.redis.smembers(this.key(roomId, 'impr-jobs'));
    const members = await Promise.all(jobs.map((j) => this.redis.smembers(this.key(roomId, `impr:${j}`))));
    return jobs.flatMap((jobPostingId, i) => members[i].map((viewerKey) => ({ jobPostingId, viewerKey })));
  }

  async addLikes(roomId: string, count: number) {
    await this.redis.multi().incrby(this.key(roomId, 'likes'), count).expire(this.key(roomId, 'likes'), TTL_SECONDS).exec();
  }

  async countQuestion(roomId: string) {
    await this.redis.multi().incr(this.key(roomId, 'questions')).expire(this.key(roomId, 'questions'), TTL_SECONDS).exec();
  }

  async countApplication(roomId: string, jobPostingId: string) {
    await this.redis.multi().hincrby(this.key(roomId, 'apps'), jobPostingId, 1).expire(this.key(roomId, 'apps'), TTL_SECONDS).exec();
  }

  async counters(roomId: string): Promise<LiveCounters> {
    const r = await this.redis
      .multi()
      .hlen(this.key(roomId, 'conn'))
      .get(this.key(roomId, 'peak'))
      .get(this.key(roomId, 'likes'))
      .get(this.key(roomId, 'questions'))
      .hgetall(this.key(roomId, 'apps'))
      .exec();
    const value = (i: number) => r![i][1];
    const apps = (value(4) ?? {}) as Record<string, string>;
    return {
      viewers: Number(value(0) ?? 0),
      peakViewers: Number(value(1) ?? 0),
      likes: Number(value(2) ?? 0),
      questions: Number(value(3) ?? 0),
      applications: Object.fromEntries(Object.entries(apps).map(([k, v]) => [k, Number(v)])),
    };
  }

  async setMuted(roomId: string, userId: string, muted: boolean) {
    const key = this.key(roomId, 'muted');
    if (muted) await this.redis.multi().sadd(key, userId).expire(key, TTL_SECONDS).exec();
    else await this.redis.srem(key, userId);
  }

  async isMuted(roomId: string, userId: string) {
    return (await this.redis.sismember(this.key(roomId, 'muted'), userId)) === 1;
  }

  async clear(roomId: string) {
    const jobs = await this.redis.smembers(this.key(roomId, 'impr-jobs'));
    const parts = ['seq', 'log', 'pinned', 'conn', 'peak', 'likes', 'questions', 'apps', 'muted', 'impr-jobs', ...jobs.map((j) => `impr:${j}`)];
    await this.redis.del(...parts.map((p) => this.key(roomId, p)));
  }

  async close() {
    this.redis.disconnect();
  }
}
