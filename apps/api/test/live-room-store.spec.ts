import { LiveJobCard } from '@jobbridge/contracts';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { LIVE_LOG_SIZE, LiveRoomStore, MemoryLiveRoomStore } from '../src/modules/live-rooms/live-room-store';
import { RedisLiveRoomStore } from '../src/modules/live-rooms/redis-live-room-store';

/** The same behaviour from both live-state stores: memory always, Redis whenever REDIS_URL is set (CI). */
const stores: [string, () => LiveRoomStore][] = [['memory', () => new MemoryLiveRoomStore()]];
if (process.env.REDIS_URL) stores.push(['redis', () => new RedisLiveRoomStore(new Redis(process.env.REDIS_URL!), `test:${randomUUID()}:`)]);

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
    expect(await store.join(room, 'u:1')).toEqual({ viewers: 1, first: true });
    expect(await store.join(room, 'u:1')).toEqual({ viewers: 1, first: false });
    expect(await store.join(room, 'a:2')).toEqual({ viewers: 2, first: true });
    expect(await store.leave(room, 'u:1')).toEqual({ viewers: 2, last: false });
    expect(await store.leave(room, 'u:1')).toEqual({ viewers: 1, last: true });
    expect(await store.counters(room)).toMatchObject({ viewers: 1, peakViewers: 2 });
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
