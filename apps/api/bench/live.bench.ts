/**
 * npm run bench:live -- --viewers 3000 [--pins 20] [--chat-per-second 5]
 *
 * Starts two API processes sharing Redis (the socket.io Redis adapter and the Redis live state), opens N socket.io
 * viewers (half on each process) in one live room, then pins cards and sends chat at a steady rate. It measures, for
 * every pin and every viewer, the time from the host's pin to the card's arrival, and the share delivered. In the same
 * run it measures the same N against two bare socket.io processes with the same Redis adapter and no application code
 * (bench/support/bare-socket-server.ts), for the ratio. `--viewers` may be a list (1000,3000,5000): each size is
 * measured and the last line reports the largest that meets the targets (p95 ≤ 300 ms, 100% delivered, ratio ≤ 1.5).
 * RESULT live viewers=N pin_p50_ms=… pin_p95_ms=… pin_p99_ms=… delivered=… baseline_ratio=…
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';
import { gqlRequest, makeEmployer, makeOfficer, makePublishedJob, signUp, startApiProcess, type TestApp } from '@jobbridge/testing';
import { Role } from '@jobbridge/contracts';
import { benchDatabase, numberArg, numberListArg, percentile } from './support/bench-database';

const ROOT = join(__dirname, '../../..');
const log = (m: string) => console.log(`[bench:live] ${m}`);
const TARGET = { p95: 300, delivered: 1, ratio: 1.5 };
const PIN_TIMEOUT_MS = 5000;

interface Target {
  urls: [string, string];
  roomId: string;
  /** Emits one pin from the host; resolves when the server acknowledged it. */
  pin(i: number): Promise<void>;
  /** Sockets that may chat. */
  talkers: Socket[];
  chat(s: Socket, i: number): void;
}

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  delivered: number;
}

function connect(url: string, auth: Record<string, string>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(`${url}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 20_000 });
    const timer = setTimeout(() => reject(new Error('viewer did not connect in 20 s')), 20_000);
    s.once('ready', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Opens N viewers, half on each process, in batches, each joined to the room. */
async function openViewers(target: Target, n: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  const batch = 100;
  for (let i = 0; i < n; i += batch) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(batch, n - i) }, async (_, j) => {
        const s = await connect(target.urls[(i + j) % 2], { viewerId: randomUUID() });
        const r = (await s.timeout(20_000).emitWithAck('room.join', { roomId: target.roomId })) as { ok: boolean; code?: string };
        if (!r.ok) throw new Error(`join refused: ${r.code}`);
        return s;
      }),
    );
    sockets.push(...opened);
  }
  return sockets;
}

/** Pins `pins` cards one after another while chat runs at `chatPerSecond`; every viewer's arrival time per pin. */
async function measure(target: Target, n: number, pins: number, chatPerSecond: number): Promise<Figures> {
  const viewers = await openViewers(target, n);
  let current = -1;
  let sentAt = 0;
  let arrived = 0;
  let onAll: (() => void) | null = null;
  const latencies: number[] = [];
  const seen = viewers.map(() => -1);
  viewers.forEach((s, v) => {
    s.on('room.event', (e: { type: string }) => {
      if (e.type !== 'pinned' || current < 0 || seen[v] === current) return;
      seen[v] = current;
      latencies.push(performance.now() - sentAt);
      if (++arrived === n) onAll?.();
    });
  });
  // Steady chat from the talkers during the whole measurement.
  let chats = 0;
  const chatTimer =
    chatPerSecond > 0
      ? setInterval(() => target.chat(target.talkers[chats % target.talkers.length], chats++), 1000 / chatPerSecond)
      : undefined;
  await new Promise((r) => setTimeout(r, 1500)); // counters settle after the joins
  let delivered = 0;
  for (let i = 0; i < pins; i++) {
    arrived = 0;
    const all = new Promise<void>((resolve) => {
      onAll = resolve;
      setTimeout(resolve, PIN_TIMEOUT_MS);
    });
    current = i;
    sentAt = performance.now();
    await target.pin(i);
    await all;
    delivered += arrived;
    await new Promise((r) => setTimeout(r, 250));
  }
  clearInterval(chatTimer);
  for (const s of viewers) s.disconnect();
  await new Promise((r) => setTimeout(r, 500));
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    delivered: delivered / (n * pins),
  };
}

function startBare(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'support/bare-socket-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /BARE_SOCKET_LISTENING (\S+)/.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
}

async function main() {
  const sizes = numberListArg('viewers', [3000]);
  const pins = numberArg('pins', 20);
  const chatPerSecond = numberArg('chat-per-second', 5);
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl)
    throw new Error(
      'bench:live needs REDIS_URL: its two API processes share one room through Redis (e.g. REDIS_URL=redis://127.0.0.1:6379)',
    );
  const db = await benchDatabase('live');
  const prefix = `bench:${process.pid}:`;
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    PII_ENCRYPTION_KEY: 'cd'.repeat(32),
    SEARCH_SYNC_POLL_MS: '0',
    LOG_LEVEL: 'warn',
    // Every bench viewer comes from loopback: count them all, as real viewers from many addresses would be.
    LIVE_VIEWERS_PER_ADDRESS: '1000000',
  };
  const processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  const bare = await Promise.all([
    startBare({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `${prefix}bare:` }),
    startBare({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `${prefix}bare:` }),
  ]);
  const rows: { n: number; app: Figures; bare: Figures; ratio: number; ok: boolean }[] = [];
  try {
    log(`two API processes: ${processes.map((p) => p.url).join(', ')}; two bare socket.io processes: ${bare.map((b) => b.url).join(', ')}`);
    // The room, its host and jobs, and some seekers to chat, through the real API.
    const api = {
      url: processes[0].url,
      ds: db.ds,
      gql: (q: string, v?: Record<string, unknown>, token?: string) => gqlRequest(processes[0].url, q, v ?? {}, token),
    } as unknown as TestApp;
    const officer = await makeOfficer(api, '622900');
    const host = await makeEmployer(api);
    const jobs = [
      await makePublishedJob(api, host, officer, { title: '电焊工' }),
      await makePublishedJob(api, host, officer, { title: '钢筋工' }),
    ];
    const room = await gqlRequest<{ createLiveRoom: { id: string } }>(
      api.url,
      `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`,
      { input: { title: '压测直播间', scheduledStart: new Date().toISOString(), jobPostingIds: jobs } },
      host.token,
    );
    const roomId = room.data!.createLiveRoom.id;
    await gqlRequest(api.url, `mutation($id: ID!) { startLiveRoom(id: $id) { id } }`, { id: roomId }, host.token);
    const talkerSessions = [];
    for (let i = 0; i < Math.max(4, Math.ceil(chatPerSecond * 2)); i++)
      talkerSessions.push(await signUp(api, Role.JOB_SEEKER, `压测观众${i}`));

    const hostSocket = await connect(processes[0].url, { token: host.token });
    await hostSocket.emitWithAck('room.join', { roomId });
    const talkers = await Promise.all(talkerSessions.map((s, i) => connect(processes[i % 2].url, { token: s.token })));
    for (const s of talkers) await s.emitWithAck('room.join', { roomId });
    const appTarget: Target = {
      urls: [processes[0].url, processes[1].url],
      roomId,
      talkers,
      pin: async (i) => {
        const r = (await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs[i % 2] })) as { ok: boolean; code?: string };
        if (!r.ok) throw new Error(`pin refused: ${r.code}`);
      },
      chat: (s, i) => s.emit('chat.send', { roomId, text: `请问第${i}个问题：包吃住吗？` }, () => undefined),
    };
    const bareHost = await connect(bare[0].url, {});
    const bareTalkers = await Promise.all(talkerSessions.map((_, i) => connect(bare[i % 2].url, {})));
    const bareTarget: Target = {
      urls: [bare[0].url, bare[1].url],
      roomId,
      talkers: bareTalkers,
      pin: async (i) => {
        await bareHost.emitWithAck('host.pin', {
          roomId,
          card: { jobPostingId: jobs[i % 2], title: '电焊工', truthCard: { workingHours: '8:00-18:00' } },
        });
      },
      chat: (s, i) => s.emit('chat.send', { roomId, text: `请问第${i}个问题：包吃住吗？` }, () => undefined),
    };
    for (const s of bareTalkers) await s.emitWithAck('room.join', { roomId });

    for (const n of sizes) {
      const app = await measure(appTarget, n, pins, chatPerSecond);
      log(
        `app   N=${n}: pin p50 ${app.p50.toFixed(1)} ms, p95 ${app.p95.toFixed(1)} ms, p99 ${app.p99.toFixed(1)} ms, delivered ${(app.delivered * 100).toFixed(2)}%`,
      );
      const base = await measure(bareTarget, n, pins, chatPerSecond);
      log(
        `bare  N=${n}: pin p50 ${base.p50.toFixed(1)} ms, p95 ${base.p95.toFixed(1)} ms, p99 ${base.p99.toFixed(1)} ms, delivered ${(base.delivered * 100).toFixed(2)}%`,
      );
      const ratio = app.p95 / base.p95;
      const ok = app.p95 <= TARGET.p95 && app.delivered >= TARGET.delivered && ratio <= TARGET.ratio;
      log(
        `N=${n}: p95 ratio to the bare baseline ${ratio.toFixed(2)} → ${ok ? 'meets' : 'misses'} the targets (p95 ≤ ${TARGET.p95} ms, 100% delivered, ratio ≤ ${TARGET.ratio})`,
      );
      rows.push({ n, app, bare: base, ratio, ok });
    }
    for (const s of [hostSocket, bareHost, ...talkers, ...bareTalkers]) s.disconnect();
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    for (const b of bare) b.child.kill('SIGTERM');
    await db.drop();
  }
  const passing = rows.filter((r) => r.ok);
  const best = passing.length ? passing.reduce((a, b) => (b.n > a.n ? b : a)) : rows[rows.length - 1];
  if (rows.length > 1) log(`largest N meeting the targets: ${passing.length ? best.n : 'none'}`);
  console.log(
    `RESULT live viewers=${best.n} pin_p50_ms=${best.app.p50.toFixed(1)} pin_p95_ms=${best.app.p95.toFixed(1)} pin_p99_ms=${best.app.p99.toFixed(1)} ` +
      `delivered=${(best.app.delivered * 100).toFixed(2)}% baseline_ratio=${best.ratio.toFixed(2)}`,
  );
}

main().catch((e) => {
  console.error('bench:live failed:', e);
  process.exit(1);
});
