import { LiveJobCard } from '@jobbridge/contracts';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LIVE_LOG_SIZE, LiveRoomStore, MemoryLiveRoomStore } from '../src/modules/live-rooms/live-room-store';
import { RedisLiveRoomStore } from '../src/modules/live-rooms/redis-live-room-store';

/** The same behaviour from both live-state stores: memory always, Redis whenever REDIS_URL is set (CI). */
const CAP = 3;
const stores: [string, () => LiveRoomStore][] = [['memory', () => new MemoryLiveRoomStore({ anonymousViewersPerAddress: CAP })]];
if (process.env.REDIS_URL)
  stores.push([
    'redis',
    () => new RedisLiveRoomStore(new Redis(process.env.REDIS_URL!), `test:${randomUUID()}:`, { anonymousViewersPerAddress: CAP }),
  ]);

const card = { jobPostingId: 'j1', title: '电焊工' } as LiveJobCard;

describe.each(stores)('%s live-room store', (_name, make) => {
  let store: LiveRoomStore;
  let room: string;
  beforeAll(() => (store = make()));
  beforeEach(() => (room = randomUUID()));
  afterAll(() => store.close());

  it('numbers logged events in order and replays after a seq', async () => {
    const a = await store.log(room, { type: 'chat', message: { id: 'm1', userId: 'u', userName: '马**', text: '你好', at: '' } });
    const b = await store.log(room, { type: 'pinned', card, at: '' });
    const c = await store.log(room, { type: 'unpinned', jobPostingId: 'j1', at: '' });
    expect([a.seq, b.seq, c.seq]).toEqual([1, 2, 3]);
    expect(await store.since(room, 1)).toEqual({ events: [b, c], complete: true, latest: 3 });
    expect((await store.since(room, 3)).events).toEqual([]);
  });

  it('keeps the last events only, and says when a replay cannot reach back', async () => {
    for (let i = 0; i < LIVE_LOG_SIZE + 5; i++) await store.log(room, { type: 'chat_removed', messageId: `m${i}` });
    const r = await store.since(room, 2);
    expect(r.complete).toBe(false);
    expect(r.events).toHaveLength(LIVE_LOG_SIZE);
    expect((await store.since(room, 10)).complete).toBe(true);
  });

  it('counts viewers by connection: a second tab is the same viewer; the peak stays', async () => {
    expect(await store.join(room, 'u:1')).toEqual({ viewers: 1, first: true, counted: true });
    expect(await store.join(room, 'u:1')).toEqual({ viewers: 1, first: false, counted: true });
    expect(await store.join(room, 'a:2')).toEqual({ viewers: 2, first: true, counted: true });
    expect(await store.leave(room, 'u:1')).toEqual({ viewers: 2, last: false });
    expect(await store.leave(room, 'u:1')).toEqual({ viewers: 1, last: true });
    expect(await store.counters(room)).toMatchObject({ viewers: 1, peakViewers: 2 });
  });

  it('counts at most the cap of anonymous connections per address; beyond it nothing changes, and a freed place is taken again', async () => {
    for (let i = 0; i < CAP; i++)
      expect(await store.join(room, `a:${i}`, '198.51.100.7')).toMatchObject({ viewers: i + 1, first: true, counted: true });
    expect(await store.join(room, 'a:extra', '198.51.100.7')).toEqual({ viewers: CAP, first: false, counted: false });
    // Another address, and signed-in viewers (no address), are counted as before.
    expect(await store.join(room, 'a:other', '203.0.113.9')).toMatchObject({ viewers: CAP + 1, counted: true });
    expect(await store.join(room, 'u:1')).toMatchObject({ viewers: CAP + 2, counted: true });
    expect(await store.leave(room, 'a:0', '198.51.100.7')).toEqual({ viewers: CAP + 1, last: true });
    expect(await store.join(room, 'a:extra', '198.51.100.7')).toMatchObject({ viewers: CAP + 2, counted: true });
    // A leave for a viewer that was never counted takes nothing away.
    expect((await store.leave(room, 'a:never', '198.51.100.7')).viewers).toBe(CAP + 2);
    expect(await store.counters(room)).toMatchObject({ viewers: CAP + 2, peakViewers: CAP + 2 });
  });

  it('records impressions for everyone present, once per viewer and job', async () => {
    await store.join(room, 'u:1');
    await store.join(room, 'u:2');
    await store.addImpressions(room, 'j1', 'present');
    await store.addImpressions(room, 'j1', ['u:1', 'u:3']);
    await store.addImpressions(room, 'j2', ['u:2']);
    const seen = (await store.impressions(room)).map((i) => `${i.jobPostingId}/${i.viewerKey}`).sort();
    expect(seen).toEqual(['j1/u:1', 'j1/u:2', 'j1/u:3', 'j2/u:2']);
  });

  it('keeps the pinned card, counters and muted users, and forgets them all on clear', async () => {
    await store.setPinned(room, card);
    expect(await store.pinned(room)).toEqual(card);
    await store.addLikes(room, 5);
    await store.addLikes(room, 7);
    await store.countQuestion(room);
    await store.countApplication(room, 'j1');
    await store.countApplication(room, 'j1');
    await store.setMuted(room, 'u1', true);
    expect(await store.counters(room)).toEqual({ viewers: 0, peakViewers: 0, likes: 12, questions: 1, applications: { j1: 2 } });
    expect(await store.isMuted(room, 'u1')).toBe(true);
    await store.setMuted(room, 'u1', false);
    expect(await store.isMuted(room, 'u1')).toBe(false);
    await store.clear(room);
    expect(await store.pinned(room)).toBeNull();
    expect(await store.counters(room)).toEqual({ viewers: 0, peakViewers: 0, likes: 0, questions: 0, applications: {} });
    expect(await store.impressions(room)).toEqual([]);
  });
});

/**
 * Presence that survives a crashed process: two stores on one Redis stand for two API processes. One stops without a
 * word (its heartbeat ends, nothing is cleaned up, as under SIGKILL); within its TTL the other counts only its own.
 */
(process.env.REDIS_URL ? describe : describe.skip)('redis presence heartbeats', () => {
  const prefix = `test:${randomUUID()}:`;
  const TTL = 1000;
  const make = () =>
    new RedisLiveRoomStore(new Redis(process.env.REDIS_URL!), prefix, { presenceTtlMs: TTL, anonymousViewersPerAddress: CAP });
  const until = async (what: () => Promise<boolean>, timeoutMs: number) => {
    const end = Date.now() + timeoutMs;
    while (!(await what())) {
      if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  let survivor: RedisLiveRoomStore;
  afterAll(() => survivor?.close());

  it('drops the viewers of a process that stopped heartbeating, keeps the survivor’s, and keeps the peak', async () => {
    survivor = make();
    const crashed = make();
    const room = randomUUID();
    await survivor.join(room, 'u:1');
    await survivor.join(room, 'a:1', '198.51.100.7');
    await crashed.join(room, 'u:2');
    await crashed.join(room, 'u:1'); // the same viewer on both: still one viewer, and still present after the crash
    for (let i = 0; i < CAP - 1; i++) await crashed.join(room, `a:c${i}`, '198.51.100.7');
    expect((await survivor.counters(room)).viewers).toBe(2 + 1 + CAP - 1);
    expect((await survivor.join(room, 'a:over', '198.51.100.7')).counted).toBe(false); // the address is full
    // Alive past several TTLs while both beat.
    await new Promise((r) => setTimeout(r, TTL * 2));
    expect((await survivor.counters(room)).viewers).toBe(2 + 1 + CAP - 1);
    const crashedAt = Date.now();
    await crashed.close();
    await until(async () => (await survivor.counters(room)).viewers === 2, TTL * 10);
    expect(Date.now() - crashedAt).toBeLessThan(TTL * 10);
    expect(await survivor.counters(room)).toMatchObject({ viewers: 2, peakViewers: 2 + 1 + CAP - 1 });
    // The crashed process's anonymous places at the address are free again.
    expect((await survivor.join(room, 'a:over', '198.51.100.7')).counted).toBe(true);
  });

  it('writes its share again when it was reaped while still alive (a stalled process)', async () => {
    const room = randomUUID();
    await survivor.join(room, 'u:1');
    await survivor.join(room, 'u:2');
    // Another process reaps it as if its heartbeat had lapsed.
    const redis = new Redis(process.env.REDIS_URL!);
    await redis.zadd(`${prefix}live:{${room}}:procs`, 0, survivor.processId);
    const other = make();
    expect((await other.counters(room)).viewers).toBe(0);
    // Its next beat finds it reaped and writes its viewers again.
    await until(async () => (await other.counters(room)).viewers === 2, TTL * 5);
    await other.close();
    redis.disconnect();
  });

  it('stays exact when joins and leaves run side by side with the rewrite of a reaped share', async () => {
    const room = randomUUID();
    const store = make();
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    await Promise.all(range(200).map((i) => store.join(room, `u:${i}`)));
    const redis = new Redis(process.env.REDIS_URL!);
    await redis.zadd(`${prefix}live:{${room}}:procs`, 0, store.processId); // reaped on the next script
    await Promise.all([
      ...range(100).map((i) => store.leave(room, `u:${i}`)),
      ...range(50).map((i) => store.join(room, `a:${i}`, '198.51.100.8')),
    ]);
    // Only CAP of the 50 anonymous joins from one address count.
    await until(async () => (await survivor.counters(room)).viewers === 100 + CAP, TTL * 5);
    const share = await redis.hgetall(`${prefix}live:{${room}}:conn:${store.processId}`);
    expect(Object.keys(share)).toHaveLength(100 + CAP);
    expect(await redis.hgetall(`${prefix}live:{${room}}:addr`)).toEqual({ '198.51.100.8': String(CAP) });
    redis.disconnect();
    await store.close();
  });

  it('takes its share back when it releases a room, and clear forgets everything', async () => {
    const room = randomUUID();
    const other = make();
    await survivor.join(room, 'u:1');
    await other.join(room, 'u:2');
    await other.release(room);
    expect((await survivor.counters(room)).viewers).toBe(1);
    await survivor.clear(room);
    expect((await survivor.counters(room)).viewers).toBe(0);
    // A late leave after the end changes nothing.
    expect((await survivor.leave(room, 'u:1')).viewers).toBe(0);
    const redis = new Redis(process.env.REDIS_URL!);
    expect(await redis.keys(`${prefix}live:{${room}}:*`)).toEqual([]);
    redis.disconnect();
    await other.close();
  });
});
