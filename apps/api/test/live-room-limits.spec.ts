import { LiveAck, LiveJoinResult, LiveRoomEvent } from '@jobbridge/contracts';
import {
  connectSocket,
  createTestApp,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  nextEvent,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { LIKE_ADDRESS_WINDOW_SECONDS } from '../src/modules/live-rooms/live-interaction.service';
import { MAX_ROOMS_PER_CONNECTION } from '../src/modules/live-rooms/live-rooms.gateway';

/**
 * Live-room counters that cannot be pumped: likes are limited per connection and per client address (not per an id the
 * client picks), anonymous viewers are counted up to a cap per address, and one connection is a viewer in a few rooms
 * at most. The test client connects from loopback, which the default TRUST_PROXY trusts, so `x-forwarded-for` stands
 * for other client addresses. Runs on the Redis store when REDIS_URL is set, in memory otherwise.
 */
const LIKES_PER_CONNECTION = 50;
const LIKES_PER_ADDRESS = 600;
const VIEWERS_PER_ADDRESS = 5;

const CREATE = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`;
const START = `mutation($id: ID!) { startLiveRoom(id: $id) { id } }`;
const VIEWERS = `query($id: ID!) { liveRoom(id: $id) { viewers } }`;
const STATS = `query($id: ID!) { liveRoomStats(id: $id) { likes uniqueViewers } }`;

describe('live-room limits per connection and per address', () => {
  let t: TestApp;
  let host: Session;
  let jobId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        LIVE_LIKES_PER_CONNECTION: String(LIKES_PER_CONNECTION),
        LIVE_LIKES_PER_ADDRESS: String(LIKES_PER_ADDRESS),
        LIVE_VIEWERS_PER_ADDRESS: String(VIEWERS_PER_ADDRESS),
      },
    });
    const officer = await makeOfficer(t, LINXIA_PREFECTURE);
    host = await makeEmployer(t);
    jobId = await makePublishedJob(t, host, officer, { title: '电焊工' });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  const liveRoom = async () => {
    const room = ok(
      await t.gql(
        CREATE,
        { input: { title: '点赞与在线人数检查', scheduledStart: new Date().toISOString(), jobPostingIds: [jobId] } },
        host.token,
      ),
    ).createLiveRoom;
    ok(await t.gql(START, { id: room.id }, host.token));
    return room.id as string;
  };
  /** An anonymous viewer with its own (client-chosen) id, from `address` when given. */
  const connect = async (opts: { address?: string; token?: string; viewerId?: string } = {}) => {
    const s = await connectSocket(
      t.url,
      '/live',
      { token: opts.token, viewerId: opts.viewerId ?? randomUUID() },
      5000,
      opts.address ? { 'x-forwarded-for': opts.address } : undefined,
    );
    sockets.push(s);
    return s;
  };
  const join = async (s: Socket, roomId: string) => (await s.emitWithAck('room.join', { roomId })) as LiveAck<LiveJoinResult>;
  const like = (s: Socket, roomId: string, count: number) => s.emitWithAck('like', { roomId, count }) as Promise<LiveAck>;
  const likes = async (roomId: string) => ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats.likes as number;
  const viewers = async (roomId: string) => ok(await t.gql(VIEWERS, { id: roomId })).liveRoom.viewers as number;
  /** Polls until `read` gives `want` (a leave is handled after the socket is gone), within an overall timeout. */
  const until = async <T>(read: () => Promise<T>, want: T, timeoutMs = 5000): Promise<T> => {
    const end = Date.now() + timeoutMs;
    let last = await read();
    while (last !== want && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      last = await read();
    }
    return last;
  };

  it('caps what 20 anonymous sockets from one address add by hammering likes; another address still likes', async () => {
    const roomId = await liveRoom();
    const hammer = await Promise.all(Array.from({ length: 20 }, () => connect({ address: '198.51.100.20' })));
    for (const s of hammer) expect(await join(s, roomId)).toMatchObject({ ok: true });
    const SENDS = 10;
    const COUNT = 10;
    const started = Date.now();
    const acks = (await Promise.all(hammer.map((s) => Promise.all(Array.from({ length: SENDS }, () => like(s, roomId, COUNT)))))).flat();
    const elapsed = Date.now() - started;
    const accepted = acks.filter((a) => a.ok).length * COUNT;
    const added = await likes(roomId);
    // 2,000 tried; each address window lets LIKES_PER_ADDRESS through (one window unless the machine took 10 s).
    const windows = 1 + Math.floor(elapsed / (LIKE_ADDRESS_WINDOW_SECONDS * 1000));
    console.log(`RESULT likes tried=${SENDS * COUNT * hammer.length} added=${added} cap=${LIKES_PER_ADDRESS} in ${elapsed} ms`);
    expect(added).toBe(accepted);
    expect(added).toBeLessThanOrEqual(LIKES_PER_ADDRESS * windows);
    if (windows === 1) expect(added).toBe(LIKES_PER_ADDRESS);
    expect(acks.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'RATE_LIMITED')).toBe(true);

    // Another address (another school, another phone network) still likes in the same room.
    const elsewhere = await connect({ address: '203.0.113.5' });
    await join(elsewhere, roomId);
    expect(await like(elsewhere, roomId, 7)).toEqual({ ok: true });
    expect(await likes(roomId)).toBe(added + 7);
  });

  it('caps a single connection per second, whatever viewer id it sends', async () => {
    const roomId = await liveRoom();
    const s = await connect({ address: '198.51.100.21' });
    await join(s, roomId);
    const started = Date.now();
    const acks: LiveAck[] = [];
    for (let i = 0; i < 10; i++) acks.push(await like(s, roomId, 10));
    const elapsed = Date.now() - started;
    const accepted = acks.filter((a) => a.ok).length * 10;
    expect(accepted).toBeLessThanOrEqual(LIKES_PER_CONNECTION * (1 + Math.floor(elapsed / 1000)));
    if (elapsed < 1000) expect(acks.map((a) => (a.ok ? 'OK' : a.code))).toEqual([...Array(5).fill('OK'), ...Array(5).fill('RATE_LIMITED')]);
    expect(await likes(roomId)).toBe(accepted);
    // A new connection is a new allowance, but the same address keeps its room-wide cap.
    const again = await connect({ address: '198.51.100.21' });
    await join(again, roomId);
    expect(await like(again, roomId, 10)).toEqual({ ok: true });
  });

  it('counts anonymous viewers up to the cap per address: the rest watch, uncounted; signed-in viewers and other addresses count', async () => {
    const roomId = await liveRoom();
    const school = await Promise.all(Array.from({ length: VIEWERS_PER_ADDRESS + 3 }, () => connect({ address: '198.51.100.30' })));
    for (const s of school) expect(await join(s, roomId)).toMatchObject({ ok: true, status: 'LIVE' });
    expect(await viewers(roomId)).toBe(VIEWERS_PER_ADDRESS);
    // Signed-in seekers behind the same address are accounts, each counted.
    const seeker = await makeSeeker(t);
    await join(await connect({ address: '198.51.100.30', token: seeker.token }), roomId);
    await join(await connect({ address: '192.0.2.44' }), roomId);
    expect(await viewers(roomId)).toBe(VIEWERS_PER_ADDRESS + 2);
    expect(ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats.uniqueViewers).toBe(VIEWERS_PER_ADDRESS + 2);

    // The uncounted still watch: a pin reaches every socket.
    const hostSocket = await connect({ token: host.token });
    await join(hostSocket, roomId);
    const heard = school.map((s) => nextEvent<LiveRoomEvent>(s, 'room.event', (e) => e.type === 'pinned'));
    expect(await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobId })).toEqual({ ok: true });
    await Promise.all(heard);

    // An uncounted viewer leaving takes nothing away; a counted one leaving frees a place for the next.
    school[school.length - 1].disconnect();
    school[0].disconnect();
    expect(await until(() => viewers(roomId), VIEWERS_PER_ADDRESS + 1)).toBe(VIEWERS_PER_ADDRESS + 1);
    await join(await connect({ address: '198.51.100.30' }), roomId);
    expect(await viewers(roomId)).toBe(VIEWERS_PER_ADDRESS + 2);
  });

  it('does not let fresh ids after leaving pump unique viewers: an address brings at most twice its cap of new anonymous viewers an hour', async () => {
    const roomId = await liveRoom();
    const address = '198.51.100.50';
    const ids = Array.from({ length: 3 * VIEWERS_PER_ADDRESS }, () => randomUUID());
    const batch = async (from: number) => {
      const s = await Promise.all(ids.slice(from, from + VIEWERS_PER_ADDRESS).map((viewerId) => connect({ address, viewerId })));
      for (const x of s) expect(await join(x, roomId)).toMatchObject({ ok: true });
      return s;
    };
    const uniqueViewers = async () => ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats.uniqueViewers as number;
    const leaveAll = async (s: Socket[]) => {
      s.forEach((x) => x.disconnect());
      expect(await until(() => viewers(roomId), 0)).toBe(0);
    };
    await leaveAll(await batch(0));
    const second = await batch(VIEWERS_PER_ADDRESS);
    expect(await viewers(roomId)).toBe(VIEWERS_PER_ADDRESS);
    await leaveAll(second);
    // The third batch of fresh ids watches uncounted: the address used its allowance of new viewers.
    const third = await batch(2 * VIEWERS_PER_ADDRESS);
    expect(await viewers(roomId)).toBe(0);
    expect(await uniqueViewers()).toBe(2 * VIEWERS_PER_ADDRESS);
    await leaveAll(third);
    // Viewers seen before come back and count; another address brings its own.
    await join(await connect({ address, viewerId: ids[0] }), roomId);
    await join(await connect({ address: '192.0.2.50' }), roomId);
    expect(await viewers(roomId)).toBe(2);
    expect(await uniqueViewers()).toBe(2 * VIEWERS_PER_ADDRESS + 1);
  });

  it('counts one client-chosen id once however many connections use it, and one connection in a few rooms at most', async () => {
    const roomId = await liveRoom();
    const viewerId = randomUUID();
    for (let i = 0; i < 3; i++) await join(await connect({ address: '198.51.100.40', viewerId }), roomId);
    expect(await viewers(roomId)).toBe(1);

    const rooms = await Promise.all(Array.from({ length: MAX_ROOMS_PER_CONNECTION + 1 }, () => liveRoom()));
    const s = await connect({ address: '198.51.100.41' });
    for (const id of rooms.slice(0, MAX_ROOMS_PER_CONNECTION)) expect(await join(s, id)).toMatchObject({ ok: true });
    expect(await join(s, rooms[MAX_ROOMS_PER_CONNECTION])).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await viewers(rooms[MAX_ROOMS_PER_CONNECTION])).toBe(0);
    // Joining again a room it is in is a re-sync, not another room.
    expect(await join(s, rooms[0])).toMatchObject({ ok: true });
    expect(await viewers(rooms[0])).toBe(1);
    s.emit('room.leave', { roomId: rooms[0] });
    expect(await until(async () => (await join(s, rooms[MAX_ROOMS_PER_CONNECTION])).ok, true)).toBe(true);
  });
});
