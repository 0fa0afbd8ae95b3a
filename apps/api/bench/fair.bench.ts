/**
 * npm run bench:fair -- --seekers 5000 --booths 200 --reps-per-booth 2 [--joins-per-second 40] [--calls-per-second 40] [--miss-rate 3] [--no-kill]
 *
 * Starts two API processes sharing PostgreSQL and Redis, sets up a live fair through the API (B booths, each staffed
 * by its owner and R-1 invited recruiters), signs up S seekers (sockets spread over both processes), and runs the
 * queues: seekers join one or two booths (a few leave, a few ignore their call and are MISSED), reps call the next
 * ticket, the seeker accepts, and the rep ends the talk. Both run at steady rates: joins are sent on a schedule
 * (--joins-per-second, open loop: a slow answer does not slow the senders, so latency is not hidden by back-pressure),
 * and each rep calls again after its talk ends, paced so that all reps together call --calls-per-second. Halfway through, the second API
 * process is killed with SIGKILL; its sockets reconnect to the first, and requests that were in flight are retried.
 * It measures:
 *   - join → the first place pushed to the seeker's socket (p95)
 *   - the rep's call → the seeker's socket told CALLED (p95)
 *   - wrong places: a ticket whose pushed place ever went up, or whose last pushed place differs from its rank once
 *     the run is quiet; lost: a join answered with a ticket that is not in the database (or the reverse);
 *     duplicated: two open tickets of one seeker at one booth.
 * RESULT fair seekers=S booths=B join_p95_ms=… call_p95_ms=… wrong_places=… lost=… duplicated=… kill_survived=yes|no
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';
import {
  ApiProcess,
  gqlRequest,
  LINXIA_COUNTY,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  startApiProcess,
  type TestApp,
} from '@jobbridge/testing';
import { benchDatabase, numberArg, percentile } from './support/bench-database';

const log = (m: string) => console.log(`[bench:fair] ${m}`);
const TARGET = { p95: 250 };
const DAY = 86_400_000;

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const PROFILE = `mutation($input: JobSeekerProfileInput!) { saveJobSeekerProfile(input: $input) { id } }`;
const JOIN = `mutation($b: ID!) { joinBoothQueue(input: { boothId: $b }) { id place } }`;
const LEAVE = `mutation($id: ID!) { leaveBoothQueue(ticketId: $id) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptTalk(ticketId: $id) { id } }`;
const CALL = `mutation($b: ID!) { callNextTicket(boothId: $b) { id } }`;
const END = `mutation($input: EndTalkInput!) { endTalk(input: $input) { id } }`;
const QUEUE = `query($b: ID!) { boothQueue(boothId: $b) { id status repUserId } }`;
const MINE = `query($f: ID) { myQueueTickets(fairId: $f) { id boothId status } }`;

interface Seeker {
  token: string;
  userId: string;
  socket: Socket;
  proc: 0 | 1;
  /** When the seeker last sent a join, per booth (until the first place for it is pushed). */
  joinSentAt: Map<string, number>;
  /** Pushed places per ticket, as a client applies them (an update older than the newest already seen is dropped). */
  places: Map<string, number[]>;
  asOf: Map<string, bigint>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function connect(url: string, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(`${url}/fairs`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 20_000 });
    const timer = setTimeout(() => reject(new Error('socket did not connect in 20 s')), 20_000);
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

async function pool<T>(items: T[], n: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (i < items.length) {
        const k = i++;
        await work(items[k], k);
      }
    }),
  );
}

async function main() {
  const S = numberArg('seekers', 5000);
  const B = numberArg('booths', 200);
  const repsPerBooth = numberArg('reps-per-booth', 2);
  const callsPerSecond = numberArg('calls-per-second', 40);
  const joinsPerSecond = numberArg('joins-per-second', 40);
  const kill = !process.argv.includes('--no-kill');
  // Seekers who ignore their call (MISSED by the sweeper, which then calls the next for the rep: such server-side calls
  // have no send time here, so they blur the call latency; --miss-rate 0 measures it cleanly).
  const missRate = numberArg('miss-rate', 3) / 100;
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) throw new Error('bench:fair needs REDIS_URL: its two API processes share sockets and presence through Redis');
  const db = await benchDatabase('fair');
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: `bench:${process.pid}:`,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    PII_ENCRYPTION_KEY: 'cd'.repeat(32),
    SEARCH_SYNC_POLL_MS: '0',
    LOG_LEVEL: 'warn',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
  };
  const procs: ApiProcess[] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  const alive = [true, true];
  const urlOf = (p: 0 | 1) => (alive[p] ? procs[p].url : procs[0].url);
  /** A GraphQL call on process p, retried on the survivor when p has died under it. */
  const gql = async <T = Record<string, any>>(p: 0 | 1, q: string, v: Record<string, unknown>, token?: string) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await gqlRequest<T>(urlOf(p), q, v, token);
      } catch (e) {
        if (attempt >= 3) throw e;
        await sleep(50);
      }
    }
  };
  const api = {
    url: procs[0].url,
    ds: db.ds,
    gql: (q: string, v?: Record<string, unknown>, t?: string) => gqlRequest(procs[0].url, q, v ?? {}, t),
  } as unknown as TestApp;
  try {
    log(
      `two API processes: ${procs.map((p) => p.url).join(', ')}; S=${S} B=${B} reps=${B * repsPerBooth}; ` +
        `${joinsPerSecond} joins/s, ${callsPerSecond} calls/s, ${missRate * 100}% of calls ignored`,
    );
    const began = performance.now();
    // ---------------------------------------------------------------- the fair, through the API
    const officer = await makeOfficer(api, '622900');
    const today = (d: number) => new Date(Date.now() + d * DAY).toISOString().slice(0, 10);
    const chinaMidnight = (d: number) => new Date(`${today(d)}T00:00:00+08:00`);
    const fairInput = (from: Date, until: Date, start: number, end: number) => ({
      name: '压测招聘会',
      campaign: 'SPRING_BREEZE',
      regionCode: '622900',
      targetGroups: [],
      mode: 'ONLINE',
      boothApplyFrom: from.toISOString(),
      boothApplyUntil: until.toISOString(),
      startDate: today(start),
      endDate: today(end),
      opensAt: '00:00',
      closesAt: '24:00',
      boothCapacity: Math.max(B, 1),
      answerWindowSeconds: 15,
      maxQueuesPerSeeker: 3,
    });
    const fair = (
      await gql(
        0,
        `mutation($input: JobFairInput!) { createJobFair(input: $input) { id } }`,
        { input: fairInput(new Date(Date.now() - DAY), new Date(Date.now() + DAY), 3, 4) },
        officer.token,
      )
    ).data!.createJobFair.id;
    await gql(0, `mutation($id: ID!) { publishJobFair(id: $id) { id } }`, { id: fair }, officer.token);
    const booths: { id: string; reps: { token: string; userId: string }[]; job: string }[] = [];
    await pool(
      Array.from({ length: B }, (_, i) => i),
      8,
      async (i) => {
        const owner = await makeEmployer(api, { name: `压测单位${i}` });
        const job = await makePublishedJob(api, owner, officer, { workRegionCode: LINXIA_COUNTY });
        const reps = [{ token: owner.token, userId: owner.userId }];
        for (let r = 1; r < repsPerBooth; r++) {
          const phone = `17${String(process.pid % 100).padStart(2, '0')}${String(i * 10 + r).padStart(7, '0')}`;
          await gql(0, `mutation($p: String!) { inviteTeamMember(input: { phone: $p }) { id } }`, { p: phone }, owner.token);
          const reg = (
            await gql(0, REGISTER, { input: { role: 'EMPLOYER', phone, password: 'Passw0rd!2026', displayName: `招聘专员${i}-${r}` } })
          ).data!.register;
          reps.push({ token: reg.token, userId: reg.user.id });
        }
        const boothId = (
          await gql(
            0,
            `mutation($input: BoothApplicationInput!) { applyForBooth(input: $input) { id } }`,
            {
              input: { fairId: fair, intro: '压测展位', jobPostingIds: [job], staffUserIds: reps.map((r) => r.userId) },
            },
            owner.token,
          )
        ).data!.applyForBooth.id;
        await gql(
          0,
          `mutation($input: ReviewBoothInput!) { reviewBooth(input: $input) { id } }`,
          { input: { boothId, approve: true } },
          officer.token,
        );
        booths.push({ id: boothId, reps, job });
      },
    );
    await gql(
      0,
      `mutation($id: ID!, $input: JobFairInput!) { updateJobFair(id: $id, input: $input) { id } }`,
      {
        id: fair,
        input: fairInput(new Date(chinaMidnight(-1).getTime() - 7 * DAY), chinaMidnight(-1), -1, 1),
      },
      officer.token,
    );
    await gql(0, `mutation($id: ID!) { startJobFair(id: $id) { id } }`, { id: fair }, officer.token);
    log(`fair with ${B} booths ready in ${((performance.now() - began) / 1000).toFixed(1)} s`);

    // ---------------------------------------------------------------- seekers and their sockets
    const seekers: Seeker[] = [];
    const joinLatency: number[] = [];
    const callLatency: number[] = [];
    const joinWhen: number[] = []; // when each sample's request was sent (for the p95 over time)
    const callWhen: number[] = [];
    // A call is timed by its ticket: the rep's answer names the ticket and the push to the seeker may come before or
    // after that answer, so whichever of the two comes second records the latency. Calls made by the server (the next
    // ticket after a missed call) have no send and are not timed.
    const callSentFor = new Map<string, number>(); // ticket → when the rep sent the call that answered with it
    const calledArrivedAt = new Map<string, number>(); // ticket → when its CALLED push arrived (answer not yet back)
    const timeCall = (sent: number, arrived: number) => {
      callLatency.push(arrived - sent);
      callWhen.push(sent);
    };
    const calledSeen = new Set<string>();
    const seekerOf = new Map<string, Seeker>(); // ticket → seeker
    const attach = (s: Seeker) => {
      s.socket.on('ticket.update', (e: { ticketId: string; boothId: string; status: string; place: number | null; asOf: string }) => {
        const at = performance.now();
        const asOf = BigInt(e.asOf);
        if ((s.asOf.get(e.ticketId) ?? -1n) >= asOf) return;
        s.asOf.set(e.ticketId, asOf);
        if (e.status === 'WAITING' && e.place != null) {
          const list = s.places.get(e.ticketId) ?? [];
          const sent = s.joinSentAt.get(e.boothId);
          if (!list.length && sent != null) {
            joinLatency.push(at - sent);
            joinWhen.push(sent);
            s.joinSentAt.delete(e.boothId);
          }
          list.push(e.place);
          s.places.set(e.ticketId, list);
        }
        if (e.status === 'CALLED' && !calledSeen.has(e.ticketId)) {
          calledSeen.add(e.ticketId);
          const sent = callSentFor.get(e.ticketId);
          if (sent != null) timeCall(sent, at);
          else calledArrivedAt.set(e.ticketId, at);
          void onCalled(s, e.ticketId);
        }
      });
    };
    const ignoreCall = new Set<string>();
    /** Reps waiting for their called seeker's answer: resolved when the seeker accepted (true) or ignored the call. */
    const answers = new Map<string, (accepted: boolean) => void>();
    const answered_ = new Map<string, boolean>();
    const settle = (ticketId: string, accepted: boolean) => {
      answered_.set(ticketId, accepted);
      answers.get(ticketId)?.(accepted);
    };
    const onCalled = async (s: Seeker, ticketId: string) => {
      if (ignoreCall.has(ticketId)) return settle(ticketId, false); // this one misses its call (the sweeper marks it)
      const r = await gql(s.proc, ACCEPT, { id: ticketId }, s.token);
      settle(ticketId, !r.errors);
    };
    await pool(
      Array.from({ length: S }, (_, i) => i),
      16,
      async (i) => {
        const phone = `16${String(process.pid % 100).padStart(2, '0')}${String(i).padStart(7, '0')}`;
        const reg = (await gql(0, REGISTER, { input: { role: 'JOB_SEEKER', phone, password: 'Passw0rd!2026', displayName: `求职者${i}` } }))
          .data!.register;
        await gql(0, PROFILE, { input: { fullName: `求职者${i}`, hukouRegionCode: LINXIA_COUNTY, skills: ['电焊'] } }, reg.token);
        const proc = (i % 2) as 0 | 1;
        const s: Seeker = {
          token: reg.token,
          userId: reg.user.id,
          socket: await connect(procs[proc].url, reg.token),
          proc,
          places: new Map(),
          asOf: new Map(),
          joinSentAt: new Map(),
        };
        attach(s);
        seekers.push(s);
      },
    );
    log(`${S} seekers signed up and connected in ${((performance.now() - began) / 1000).toFixed(1)} s`);

    // ---------------------------------------------------------------- reps online
    const repSockets: Socket[] = [];
    for (const b of booths)
      for (const [k, r] of b.reps.entries()) {
        const s = await connect(procs[k % 2].url, r.token);
        await s.emitWithAck('booth.staff', { boothId: b.id });
        repSockets.push(s);
      }

    // ---------------------------------------------------------------- the run
    const answered = new Map<string, string>(); // ticket id → booth, as the join answered
    let joinErrors = 0;
    let recovered = 0;
    const joinHttp: number[] = [];
    const refusals = new Map<string, number>();
    const joinOne = async (s: Seeker, boothId: string) => {
      const t0 = performance.now();
      s.joinSentAt.set(boothId, t0);
      const r = await gql<{ joinBoothQueue: { id: string } }>(s.proc, JOIN, { b: boothId }, s.token);
      joinHttp.push(performance.now() - t0);
      let id = r.data?.joinBoothQueue?.id;
      if (!id && (r.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code === 'ALREADY_QUEUED') {
        // The first attempt went to the process that was killed and committed before it died: the retry finds the place.
        const mine = await gql<{ myQueueTickets: { id: string; boothId: string; status: string }[] }>(s.proc, MINE, { f: fair }, s.token);
        id = mine.data?.myQueueTickets.find((tk) => tk.boothId === boothId && ['WAITING', 'CALLED', 'IN_TALK'].includes(tk.status))?.id;
        if (id) recovered++;
      }
      if (!id) {
        joinErrors++;
        refusals.set(
          JSON.stringify(r.errors?.[0] ?? 'none').slice(0, 120),
          (refusals.get(JSON.stringify(r.errors?.[0] ?? 'none').slice(0, 120)) ?? 0) + 1,
        );
        return;
      }
      answered.set(id, boothId);
      seekerOf.set(id, s);
      if (Math.random() < missRate) ignoreCall.add(id);
      if (Math.random() < 0.05) setTimeout(() => void gql(s.proc, LEAVE, { id }, s.token), 500 + Math.random() * 3000);
    };
    let stop = false;
    let talks = 0;
    let callErrorShown = false;
    const repLoop = async (boothId: string, rep: { token: string; userId: string }, proc: 0 | 1) => {
      // Reps start at random moments of one pacing period, not all in the same millisecond.
      await sleep(Math.random() * ((B * repsPerBooth * 1000) / callsPerSecond));
      while (!stop) {
        const sent = performance.now();
        const r = await gql<{ callNextTicket: { id: string } | null }>(proc, CALL, { b: boothId }, rep.token);
        const ticket = r.data?.callNextTicket?.id;
        const refusal = (r.errors?.[0] as { extensions?: { code?: string } } | undefined)?.extensions?.code;
        if (refusal && refusal !== 'INVALID_STATUS_TRANSITION' && !callErrorShown) {
          callErrorShown = true;
          log(`a call was refused: ${JSON.stringify(r.errors![0]).slice(0, 200)}`);
        }
        if (!ticket) {
          if (refusal === 'INVALID_STATUS_TRANSITION') {
            // The server called the next ticket for this rep after a missed call: the rep's console shows that talk,
            // and the rep ends it once the seeker has accepted (a call still unanswered is waited for).
            const q = await gql<{ boothQueue: { id: string; status: string; repUserId: string | null }[] }>(
              proc,
              QUEUE,
              { b: boothId },
              rep.token,
            );
            const mine = q.data?.boothQueue.find((tk) => tk.repUserId === rep.userId && tk.status === 'IN_TALK');
            if (mine) {
              await gql(proc, END, { input: { ticketId: mine.id, outcome: 'FOLLOW_UP' } }, rep.token);
              talks++;
            }
          }
          await sleep(300);
          continue;
        }
        const arrived = calledArrivedAt.get(ticket);
        if (arrived != null) timeCall(sent, arrived);
        else callSentFor.set(ticket, sent);
        // Wait for the seeker's answer (as the seeker's client knows it: no polling of the database).
        const accepted = answered_.has(ticket)
          ? answered_.get(ticket)!
          : await new Promise<boolean>((resolve) => {
              answers.set(ticket, resolve);
              setTimeout(() => resolve(false), 20_000);
            });
        answers.delete(ticket);
        if (accepted) {
          await sleep(100); // the talk
          await gql(proc, END, { input: { ticketId: ticket, outcome: 'FOLLOW_UP' } }, rep.token);
          talks++;
        } else {
          // An ignored call holds the rep until the sweeper marks it MISSED (the fair's answer window, 15 s here).
          await sleep(16_000);
        }
        await sleep(Math.max(0, (B * repsPerBooth * 1000) / callsPerSecond - (performance.now() - sent)));
      }
    };
    const runStart = performance.now();
    const loops = booths.flatMap((b) => b.reps.map((r, k) => repLoop(b.id, r, (k % 2) as 0 | 1)));
    // Seekers join one or two booths over the first part of the run, in a steady stream.
    const joins = seekers.flatMap(
      (s, i) =>
        (i % 3 === 0
          ? [
              [s, i],
              [s, i + 7],
            ]
          : [[s, i]]) as [Seeker, number][],
    );
    let killedAt = 0;
    let reconnecting: Promise<void> | null = null;
    const killSecond = async (k: number) => {
      killedAt = performance.now();
      log(`killing the second API process (SIGKILL) after ${k} joins`);
      alive[1] = false;
      await procs[1].crash();
      // its sockets reconnect to the survivor
      await pool(
        seekers.filter((x) => x.proc === 1),
        32,
        async (x) => {
          x.socket.close();
          x.proc = 0;
          x.socket = await connect(procs[0].url, x.token);
          attach(x);
        },
      );
      log(`sockets of the killed process reconnected to the survivor in ${((performance.now() - killedAt) / 1000).toFixed(1)} s`);
    };
    // Open loop: join k is sent at k / joinsPerSecond seconds, whether or not earlier joins were answered.
    const inFlight: Promise<void>[] = [];
    for (const [k, [s, i]] of joins.entries()) {
      const due = runStart + (k * 1000) / joinsPerSecond;
      if (due > performance.now()) await sleep(due - performance.now());
      if (kill && !killedAt && k >= joins.length / 2) reconnecting = killSecond(k);
      const boothId = booths[i % booths.length].id;
      // A seeker whose socket is moving to the survivor joins once it is there (its push would go nowhere before).
      inFlight.push(reconnecting && s.proc === 1 ? reconnecting.then(() => joinOne(s, boothId)) : joinOne(s, boothId));
    }
    await Promise.all(inFlight);
    await reconnecting;
    log(
      `${answered.size} joins answered (${joinErrors} refused: limits) in ${((performance.now() - runStart) / 1000).toFixed(1)} s; ${talks} talks so far`,
    );
    log(`join answered over HTTP: p50 ${percentile(joinHttp, 50).toFixed(1)} ms, p95 ${percentile(joinHttp, 95).toFixed(1)} ms`);
    for (const [why, n] of refusals) log(`refused ${n}×: ${why}`);
    await sleep(3000);
    stop = true;
    await Promise.all(loops);
    await sleep(2000); // let the last pushes arrive

    // ---------------------------------------------------------------- correctness
    const rows: { id: string; booth_id: string; user_id: string; status: string; place: number | null }[] = await db.ds.query(
      `SELECT t.id, t.booth_id, t.user_id, t.status,
         CASE WHEN t.status = 'WAITING' THEN (SELECT count(*)::int FROM fair_tickets w WHERE w.booth_id = t.booth_id AND w.status = 'WAITING' AND w.seq <= t.seq) END AS place
       FROM fair_tickets t WHERE t.fair_id = $1`,
      [fair],
    );
    const inDb = new Set(rows.map((r) => r.id));
    // Lost: a join answered with a ticket the database does not hold, or a ticket its seeker cannot find (a join whose
    // answer died with the killed process is not lost when the seeker's list shows it).
    let lost = [...answered.keys()].filter((id) => !inDb.has(id)).length;
    const bySeeker = new Map(seekers.map((x) => [x.userId, x]));
    for (const r of rows.filter((x) => !answered.has(x.id))) {
      const who = bySeeker.get(r.user_id);
      const mine = who ? await gql<{ myQueueTickets: { id: string }[] }>(0, MINE, { f: fair }, who.token) : null;
      if (!mine?.data?.myQueueTickets.some((tk) => tk.id === r.id)) lost++;
      else recovered++;
    }
    const open = rows.filter((r) => ['WAITING', 'CALLED', 'IN_TALK'].includes(r.status));
    const duplicated = open.length - new Set(open.map((r) => `${r.booth_id}:${r.user_id}`)).size;
    let wrong = 0;
    for (const r of rows) {
      const seen = seekerOf.get(r.id)?.places.get(r.id) ?? [];
      if (seen.some((p, i) => i > 0 && p > seen[i - 1])) wrong++;
      else if (r.status === 'WAITING' && seen.length && seen[seen.length - 1] !== r.place) wrong++;
    }
    // every booth's waiting places are exactly 1..n (by construction: the rank)
    const byBooth = new Map<string, number[]>();
    for (const r of rows.filter((x) => x.status === 'WAITING')) byBooth.set(r.booth_id, [...(byBooth.get(r.booth_id) ?? []), r.place!]);
    for (const places of byBooth.values()) if (places.sort((a, b) => a - b).some((p, i) => p !== i + 1)) wrong++;
    const killSurvived = kill ? (lost === 0 && duplicated === 0 && wrong === 0 ? 'yes' : 'no') : 'no';
    const joinP95 = percentile(joinLatency, 95);
    const callP95 = percentile(callLatency, 95);
    // p95 per 10 s of the run: shows whether slow answers are spread out or come in stalls (e.g. around the kill).
    const byWindow = (when: number[], ms: number[]) => {
      const w = new Map<number, number[]>();
      when.forEach((t, k) => {
        const key = Math.floor((t - runStart) / 10_000);
        w.set(key, [...(w.get(key) ?? []), ms[k]]);
      });
      return [...w]
        .sort((a, b) => a[0] - b[0])
        .map(([key, v]) => `${key * 10}s:${percentile(v, 95).toFixed(0)}`)
        .join(' ');
    };
    log(`join p95 by 10 s window (ms): ${byWindow(joinWhen, joinLatency)}`);
    log(`call p95 by 10 s window (ms): ${byWindow(callWhen, callLatency)}`);
    log(`${recovered} joins whose answer died with the killed process were found by their seekers (not lost)`);
    log(
      `join → first place pushed: p50 ${percentile(joinLatency, 50).toFixed(1)} ms, p95 ${joinP95.toFixed(1)} ms (${joinLatency.length} samples)`,
    );
    log(
      `call → seeker told: p50 ${percentile(callLatency, 50).toFixed(1)} ms, p95 ${callP95.toFixed(1)} ms (${callLatency.length} samples); ${talks} talks ended`,
    );
    log(
      `targets: both p95 ≤ ${TARGET.p95} ms, 0 wrong places, 0 lost, 0 duplicated → ${joinP95 <= TARGET.p95 && callP95 <= TARGET.p95 && !wrong && !lost && !duplicated ? 'met' : 'missed'}`,
    );
    for (const s of [...seekers.map((x) => x.socket), ...repSockets]) s.disconnect();
    console.log(
      `RESULT fair seekers=${S} booths=${B} join_p95_ms=${joinP95.toFixed(1)} call_p95_ms=${callP95.toFixed(1)} wrong_places=${wrong} lost=${lost} duplicated=${duplicated} kill_survived=${killSurvived}`,
    );
  } finally {
    await Promise.all(procs.map((p, i) => (alive[i] ? p.stop() : Promise.resolve())));
    await db.drop();
  }
}

main().catch((e) => {
  console.error('bench:fair failed:', e);
  process.exit(1);
});
