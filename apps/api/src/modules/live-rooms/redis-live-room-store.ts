import type { LiveJobCard, LiveRoomEvent, LiveRoomEventBody } from '@jobbridge/contracts';
import Redis from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { LIVE_LOG_SIZE, LiveCounters, LiveRoomStore } from './live-room-store';

/** Live state survives a quiet room for two days, then expires (a room that never ended leaves nothing behind). */
const TTL_SECONDS = 2 * 86_400;

/*
 * Presence with per-process heartbeats. A room's viewers are the fields of `conn` (viewer key → connections) and the
 * anonymous connections counted per client address are `addr` (address → connections); both are sums over the API
 * processes. Each process also keeps its own share under `conn:<pid>` / `addr:<pid>` and its heartbeat in the
 * sorted set `procs` (pid → expiry, Redis TIME in ms). Every script first reaps processes whose heartbeat expired:
 * their shares are subtracted from the sums and deleted. A process that finds itself reaped (it stalled past its TTL)
 * writes its whole share again from memory (RESYNC). Shard keys are built in the script from the room's key prefix;
 * they carry the room's hash tag, so they sit in the room's Redis Cluster slot.
 */
const PRESENCE_LIB = `
local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function add(hash, field, delta)
  local n = redis.call('HINCRBY', hash, field, delta)
  if n <= 0 then redis.call('HDEL', hash, field) end
  return n
end
local function subtract(shard, sum)
  local h = redis.call('HGETALL', shard)
  for i = 1, #h, 2 do add(sum, h[i], -tonumber(h[i + 1])) end
  redis.call('DEL', shard)
end
-- KEYS[1] procs, KEYS[2] conn, KEYS[3] addr; base: the room's key prefix.
local function reap(base, now)
  local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
  for _, p in ipairs(dead) do
    subtract(base .. 'conn:' .. p, KEYS[2])
    subtract(base .. 'addr:' .. p, KEYS[3])
    redis.call('ZREM', KEYS[1], p)
  end
end
local function touch(ttl)
  for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ttl) end
end
local function peak()
  local v = redis.call('HLEN', KEYS[2])
  local p = tonumber(redis.call('GET', KEYS[4]) or '0')
  if v > p then redis.call('SET', KEYS[4], v) end
  return v
end
`;

// KEYS: procs, conn, addr, peak, conn:<pid>, addr:<pid>. ARGV: base, pid, heartbeat ttl ms, key ttl s, viewer key,
// address ('' = not capped), cap. Returns { connections of the viewer, viewers, was alive, counted }.
const JOIN = `${PRESENCE_LIB}
local now = now_ms()
reap(ARGV[1], now)
local alive = redis.call('ZSCORE', KEYS[1], ARGV[2]) and 1 or 0
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
if ARGV[6] ~= '' then
  if tonumber(redis.call('HGET', KEYS[3], ARGV[6]) or '0') >= tonumber(ARGV[7]) then
    return { 0, redis.call('HLEN', KEYS[2]), alive, 0 }
  end
  add(KEYS[3], ARGV[6], 1); add(KEYS[6], ARGV[6], 1)
end
local c = add(KEYS[2], ARGV[5], 1)
add(KEYS[5], ARGV[5], 1)
local v = peak()
touch(ARGV[4])
return { c, v, alive, 1 }`;

// KEYS and ARGV as JOIN (no cap). Returns { connections of the viewer left, viewers, was alive }.
const LEAVE = `${PRESENCE_LIB}
local now = now_ms()
reap(ARGV[1], now)
local alive = redis.call('ZSCORE', KEYS[1], ARGV[2]) and 1 or 0
local c = tonumber(redis.call('HGET', KEYS[2], ARGV[5]) or '0')
if tonumber(redis.call('HGET', KEYS[5], ARGV[5]) or '0') > 0 then
  add(KEYS[5], ARGV[5], -1)
  c = add(KEYS[2], ARGV[5], -1)
  if ARGV[6] ~= '' and tonumber(redis.call('HGET', KEYS[6], ARGV[6]) or '0') > 0 then
    add(KEYS[6], ARGV[6], -1); add(KEYS[3], ARGV[6], -1)
  end
end
if alive == 1 then
  if redis.call('EXISTS', KEYS[5]) == 0 and redis.call('EXISTS', KEYS[6]) == 0 then redis.call('ZREM', KEYS[1], ARGV[2])
  else redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2]) end
end
return { c, redis.call('HLEN', KEYS[2]), alive }`;

// KEYS as JOIN. ARGV: base, pid, heartbeat ttl ms, key ttl s. Returns 1, or 0 when this process had been reaped.
const HEARTBEAT = `${PRESENCE_LIB}
local now = now_ms()
reap(ARGV[1], now)
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
touch(ARGV[4])
return 1`;

// KEYS as JOIN. ARGV: base, pid, heartbeat ttl ms, key ttl s, number of viewer fields n, then n viewer/count pairs,
// then address/count pairs. Makes this process's shares exactly these (and the sums follow). No pairs: leaves.
const RESYNC = `${PRESENCE_LIB}
local now = now_ms()
reap(ARGV[1], now)
local function sync(shard, sum, from, to)
  local want, have = {}, {}
  for i = from, to, 2 do want[ARGV[i]] = tonumber(ARGV[i + 1]) end
  local h = redis.call('HGETALL', shard)
  for i = 1, #h, 2 do have[h[i]] = tonumber(h[i + 1]) end
  for f, n in pairs(have) do
    if not want[f] then add(sum, f, -n); redis.call('HDEL', shard, f) end
  end
  for f, n in pairs(want) do
    local d = n - (have[f] or 0)
    if d ~= 0 then add(sum, f, d); redis.call('HSET', shard, f, n) end
  end
end
local split = 6 + 2 * tonumber(ARGV[5])
sync(KEYS[5], KEYS[2], 6, split - 1)
sync(KEYS[6], KEYS[3], split, #ARGV)
if redis.call('EXISTS', KEYS[5]) == 0 and redis.call('EXISTS', KEYS[6]) == 0 then
  redis.call('ZREM', KEYS[1], ARGV[2])
else
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
  peak()
  touch(ARGV[4])
end
return redis.call('HLEN', KEYS[2])`;

// KEYS: procs, conn, addr, peak, likes, questions, apps. ARGV: base. The room's counters, after reaping.
const COUNTERS = `${PRESENCE_LIB}
reap(ARGV[1], now_ms())
return { redis.call('HLEN', KEYS[2]), redis.call('GET', KEYS[4]) or '0', redis.call('GET', KEYS[5]) or '0', redis.call('GET', KEYS[6]) or '0', redis.call('HGETALL', KEYS[7]) }`;

// KEYS: procs, conn, addr, impressions set, impression-jobs set. ARGV: base, job id, ttl. Everyone present saw the card.
const IMPRESS_PRESENT = `${PRESENCE_LIB}
reap(ARGV[1], now_ms())
local keys = redis.call('HKEYS', KEYS[2])
for i = 1, #keys, 500 do redis.call('SADD', KEYS[4], unpack(keys, i, math.min(i + 499, #keys))) end
redis.call('SADD', KEYS[5], ARGV[2])
redis.call('EXPIRE', KEYS[4], ARGV[3]); redis.call('EXPIRE', KEYS[5], ARGV[3])
return #keys`;

const SCRIPT_SHAS = new Map<string, string>();

/**
 * Presence changes of one room in this process run side by side (pipelined on the connection), but a resync runs
 * alone: it waits until those in flight have answered (and updated memory) and holds new ones back, so what it writes
 * is exactly this process's share.
 */
class RoomGate {
  private active = 0;
  private drained: (() => void)[] = [];
  private exclusive: Promise<void> | null = null;

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.exclusive) await this.exclusive;
    this.active++;
    try {
      return await work();
    } finally {
      if (--this.active === 0) this.drained.splice(0).forEach((done) => done());
    }
  }

  async alone(work: () => Promise<void>): Promise<void> {
    while (this.exclusive) await this.exclusive;
    let release!: () => void;
    this.exclusive = new Promise<void>((r) => (release = r));
    try {
      if (this.active) await new Promise<void>((r) => this.drained.push(r));
      await work();
    } finally {
      this.exclusive = null;
      release();
    }
  }
}

/** This process's share of one room's presence, kept to write it again if the process was reaped while alive. */
interface LocalShare {
  conn: Map<string, number>;
  addr: Map<string, number>;
}

export interface RedisLiveRoomStoreOptions {
  /** A process that has not heartbeaten for this long is reaped: its viewers no longer count. */
  presenceTtlMs?: number;
  /** Anonymous connections counted per client address in a room; more still watch, uncounted. */
  anonymousViewersPerAddress?: number;
}

/** LiveRoomStore in Redis, shared by every API process. Keys are hash-tagged by room ({id}) for Redis Cluster. */
export class RedisLiveRoomStore implements LiveRoomStore {
  /** This process in the rooms' heartbeat sets. */
  readonly processId = randomUUID();
  private readonly presenceTtlMs: number;
  private readonly cap: number;
  private readonly shares = new Map<string, LocalShare>();
  private readonly gates = new Map<string, RoomGate>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    options: RedisLiveRoomStoreOptions = {},
  ) {
    this.presenceTtlMs = options.presenceTtlMs ?? 30_000;
    this.cap = options.anonymousViewersPerAddress ?? 60;
    // Three beats per TTL: one late beat (a busy event loop) does not drop this process's viewers.
    this.heartbeat = setInterval(() => void this.beat(), Math.max(250, Math.floor(this.presenceTtlMs / 3)));
    this.heartbeat.unref();
  }

  /** Runs a script by its SHA (EVALSHA), loading it on first use or after a Redis restart: a few bytes a call. */
  private async script(lua: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    let sha = SCRIPT_SHAS.get(lua);
    if (!sha) SCRIPT_SHAS.set(lua, (sha = createHash('sha1').update(lua).digest('hex')));
    try {
      return await this.redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (e) {
      if (!String((e as Error).message).startsWith('NOSCRIPT')) throw e;
      return this.redis.eval(lua, keys.length, ...keys, ...args);
    }
  }

  private key(roomId: string, part: string) {
    return `${this.base(roomId)}${part}`;
  }

  private base(roomId: string) {
    return `${this.prefix}live:{${roomId}}:`;
  }

  private presenceKeys(roomId: string) {
    return ['procs', 'conn', 'addr', 'peak', `conn:${this.processId}`, `addr:${this.processId}`].map((p) => this.key(roomId, p));
  }

  private presenceArgs(roomId: string) {
    return [this.base(roomId), this.processId, this.presenceTtlMs, TTL_SECONDS];
  }

  private gate(roomId: string): RoomGate {
    let g = this.gates.get(roomId);
    if (!g) this.gates.set(roomId, (g = new RoomGate()));
    return g;
  }

  private share(roomId: string): LocalShare {
    let s = this.shares.get(roomId);
    if (!s) this.shares.set(roomId, (s = { conn: new Map(), addr: new Map() }));
    return s;
  }

  private static bump(map: Map<string, number>, field: string, delta: number) {
    const n = (map.get(field) ?? 0) + delta;
    if (n > 0) map.set(field, n);
    else map.delete(field);
  }

  /** Writes this process's whole share of the room again (after it found itself reaped), alone in the room. */
  private resync(roomId: string): Promise<void> {
    return this.gate(roomId).alone(() => this.writeShare(roomId));
  }

  private async writeShare(roomId: string): Promise<void> {
    const s = this.shares.get(roomId) ?? { conn: new Map(), addr: new Map() };
    if (!s.conn.size && !s.addr.size) this.shares.delete(roomId);
    const pairs = (m: Map<string, number>) => [...m].flatMap(([k, n]) => [k, n]);
    await this.script(RESYNC, this.presenceKeys(roomId), [...this.presenceArgs(roomId), s.conn.size, ...pairs(s.conn), ...pairs(s.addr)]);
  }

  private async beat(): Promise<void> {
    for (const roomId of [...this.shares.keys()]) {
      try {
        const alive = await this.gate(roomId).shared(async () =>
          this.shares.has(roomId) ? ((await this.script(HEARTBEAT, this.presenceKeys(roomId), this.presenceArgs(roomId))) as number) : 1,
        );
        if (!alive) await this.resync(roomId);
      } catch {
        // Redis away: the next beat tries again; presence may lapse meanwhile, never count twice.
      }
    }
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
    const [raw, latestRaw] = await Promise.all([
      this.redis.lrange(this.key(roomId, 'log'), 0, -1),
      this.redis.get(this.key(roomId, 'seq')),
    ]);
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

  async join(roomId: string, viewerKey: string, address: string | null = null) {
    const [c, v, alive, counted] = await this.gate(roomId).shared(async () => {
      const r = (await this.script(JOIN, this.presenceKeys(roomId), [
        ...this.presenceArgs(roomId),
        viewerKey,
        address ?? '',
        this.cap,
      ])) as number[];
      if (r[3]) {
        const s = this.share(roomId);
        RedisLiveRoomStore.bump(s.conn, viewerKey, 1);
        if (address) RedisLiveRoomStore.bump(s.addr, address, 1);
      }
      return r;
    });
    // Reaped while alive (or new in the room): make the whole share true again.
    if (!alive && this.shares.has(roomId)) await this.resync(roomId);
    return { viewers: v, first: c === 1, counted: counted === 1 };
  }

  async leave(roomId: string, viewerKey: string, address: string | null = null) {
    const result = await this.gate(roomId).shared(async () => {
      const s = this.shares.get(roomId);
      // Not ours (never counted here, or the room ended and was released): nothing to take back.
      if (!s?.conn.has(viewerKey)) return null;
      RedisLiveRoomStore.bump(s.conn, viewerKey, -1);
      if (address) RedisLiveRoomStore.bump(s.addr, address, -1);
      if (!s.conn.size && !s.addr.size) this.shares.delete(roomId);
      return (await this.script(LEAVE, this.presenceKeys(roomId), [...this.presenceArgs(roomId), viewerKey, address ?? ''])) as number[];
    });
    if (!result) return { viewers: (await this.counters(roomId)).viewers, last: true };
    const [c, v, alive] = result;
    if (!alive && this.shares.has(roomId)) await this.resync(roomId);
    return { viewers: v, last: c <= 0 };
  }

  async release(roomId: string) {
    await this.gate(roomId).alone(async () => {
      if (!this.shares.has(roomId)) return;
      this.shares.delete(roomId);
      await this.writeShare(roomId);
    });
    this.gates.delete(roomId);
  }

  async addImpressions(roomId: string, jobPostingId: string, viewerKeys: string[] | 'present') {
    const set = this.key(roomId, `impr:${jobPostingId}`);
    const jobs = this.key(roomId, 'impr-jobs');
    if (viewerKeys === 'present') {
      await this.script(
        IMPRESS_PRESENT,
        [this.key(roomId, 'procs'), this.key(roomId, 'conn'), this.key(roomId, 'addr'), set, jobs],
        [this.base(roomId), jobPostingId, TTL_SECONDS],
      );
    } else if (viewerKeys.length) {
      await this.redis
        .multi()
        .sadd(set, ...viewerKeys)
        .sadd(jobs, jobPostingId)
        .expire(set, TTL_SECONDS)
        .expire(jobs, TTL_SECONDS)
        .exec();
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
    const keys = ['procs', 'conn', 'addr', 'peak', 'likes', 'questions', 'apps'].map((p) => this.key(roomId, p));
    const [viewers, peak, likes, questions, apps] = (await this.script(COUNTERS, keys, [this.base(roomId)])) as [
      number,
      string,
      string,
      string,
      string[],
    ];
    const applications: Record<string, number> = {};
    for (let i = 0; i < apps.length; i += 2) applications[apps[i]] = Number(apps[i + 1]);
    return { viewers: Number(viewers), peakViewers: Number(peak), likes: Number(likes), questions: Number(questions), applications };
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
    const [jobs, procs] = await Promise.all([
      this.redis.smembers(this.key(roomId, 'impr-jobs')),
      this.redis.zrange(this.key(roomId, 'procs'), 0, -1),
    ]);
    const parts = [
      'seq',
      'log',
      'pinned',
      'conn',
      'addr',
      'procs',
      'peak',
      'likes',
      'questions',
      'apps',
      'muted',
      'impr-jobs',
      ...jobs.map((j) => `impr:${j}`),
      ...[...new Set([...procs, this.processId])].flatMap((p) => [`conn:${p}`, `addr:${p}`]),
    ];
    this.shares.delete(roomId);
    this.gates.delete(roomId);
    await this.redis.del(...parts.map((p) => this.key(roomId, p)));
  }

  async close() {
    clearInterval(this.heartbeat);
    this.redis.disconnect();
  }
}
