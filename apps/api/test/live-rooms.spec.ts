import { LiveJoinResult, LiveRoomEvent } from '@jobbridge/contracts';
import {
  collect,
  connectSocket,
  createTestApp,
  errorOf,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  nextEvent,
  ok,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { Socket } from 'socket.io-client';

const CREATE = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id status hostName hostRole regionCode isHost } }`;
const START = `mutation($id: ID!) { startLiveRoom(id: $id) { id status startedAt } }`;
const END = `mutation($id: ID!) { endLiveRoom(id: $id) { id status endedAt } }`;
const ROOM = `query($id: ID!) { liveRoom(id: $id) { id title status viewers isHost lineup { position jobPosting { id title } } } }`;
const ROOMS = `query($regionCode: String) { liveRooms(regionCode: $regionCode) { totalCount edges { node { id title status } } } }`;
const STATS = `query($id: ID!) { liveRoomStats(id: $id) { status peakViewers uniqueViewers watchSeconds likes questions answeredQuestions
  total { viewers impressions applications interviews hires } byJob { jobPostingId title impressions applications interviews hires byCounty { key applications } }
  byCounty { key label viewers impressions applications } byPriorityGroup { key label viewers applications } } }`;
const FAQS = `query($id: ID!) { jobPosting(id: $id) { faqs { id question answer } } }`;

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

describe('live-stream hiring rooms (直播带岗)', () => {
  let t: TestApp;
  let host: Session & { employerId: string };
  let officer: Session;
  let jobs: { welder: string; cook: string; draft: string; noTruth: string; other: string; otherDraft: string; qingyang: string };
  const sockets: Socket[] = [];

  const connect = async (token?: string, viewerId?: string) => {
    const s = await connectSocket(t.url, '/live', { token, viewerId });
    sockets.push(s);
    return s;
  };
  const join = async (s: Socket, roomId: string, since?: number) =>
    (await s.emitWithAck('room.join', { roomId, since })) as { ok: boolean; code?: string } & LiveJoinResult;
  const createRoom = async (overrides: Record<string, unknown> = {}, by: Session = host) =>
    ok(
      await t.gql(
        CREATE,
        {
          input: {
            title: '临夏县电焊工专场直播带岗',
            scheduledStart: inAnHour(),
            jobPostingIds: [jobs.welder, jobs.cook, jobs.noTruth],
            ...overrides,
          },
        },
        by.token,
      ),
    ).createLiveRoom;
  const liveRoom = async () => {
    const room = await createRoom();
    ok(await t.gql(START, { id: room.id }, host.token));
    return room.id as string;
  };
  const event = (s: Socket, type: LiveRoomEvent['type']) => nextEvent<LiveRoomEvent>(s, 'room.event', (e) => e.type === type);

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    host = await makeEmployer(t, { name: '甘肃甘康焊接工程有限公司' });
    const other = await makeEmployer(t);
    jobs = {
      welder: await makePublishedJob(t, host, officer, { title: '电焊工' }),
      cook: await makePublishedJob(t, host, officer, { title: '项目部厨师', occupation: '中式烹调师', skills: ['炒菜'] }),
      draft: await makeDraftJob(t, host, { title: '气割工（未发布）' }),
      noTruth: await makePublishedJob(t, host, officer, { title: '架子工' }),
      other: await makePublishedJob(t, other, officer, { title: '别家的岗位' }),
      otherDraft: await makeDraftJob(t, other, { title: '别家的草稿岗位' }),
      qingyang: '',
    };
    const qingyangEmployer = await makeEmployer(t, { name: '庆阳东数西算数据中心运营有限公司', regionCode: QINGYANG_XIFENG });
    jobs.qingyang = await makePublishedJob(t, qingyangEmployer, await makeOfficer(t, QINGYANG_PREFECTURE), {
      title: '数据中心运维',
      workRegionCode: QINGYANG_XIFENG,
    });
    // A published job whose truth card was later emptied (e.g. an old import): it must not be pinned.
    await t.ds.query(`UPDATE job_postings SET truth_working_hours = NULL WHERE id = $1`, [jobs.noTruth]);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  describe('rooms over GraphQL', () => {
    it('lets an employer schedule a room with its own jobs, listed for seekers of the region', async () => {
      const room = await createRoom();
      expect(room).toMatchObject({
        status: 'SCHEDULED',
        hostName: '甘肃甘康焊接工程有限公司',
        hostRole: 'EMPLOYER',
        regionCode: LINXIA_COUNTY,
        isHost: true,
      });
      const detail = ok(await t.gql(ROOM, { id: room.id })).liveRoom;
      expect(detail.lineup.map((l: { jobPosting: { id: string } }) => l.jobPosting.id)).toEqual([jobs.welder, jobs.cook, jobs.noTruth]);
      expect(ok(await t.gql(ROOM, { id: room.id }, host.token)).liveRoom.lineup).toHaveLength(3);
      const listed = ok(await t.gql(ROOMS, { regionCode: '622921100' })).liveRooms;
      expect(listed.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(room.id);
      expect(
        ok(await t.gql(ROOMS, { regionCode: '621002' })).liveRooms.edges.map((e: { node: { id: string } }) => e.node.id),
      ).not.toContain(room.id);
    });

    it('lets a bureau officer host a multi-employer room of its region, listed for the counties below', async () => {
      const room = ok(
        await t.gql(
          CREATE,
          { input: { title: '临夏州人社局长直播带岗', scheduledStart: inAnHour(), jobPostingIds: [jobs.welder, jobs.other] } },
          officer.token,
        ),
      ).createLiveRoom;
      expect(room).toMatchObject({ hostRole: 'OFFICER', regionCode: LINXIA_PREFECTURE });
      expect(
        ok(await t.gql(ROOMS, { regionCode: LINXIA_COUNTY })).liveRooms.edges.map((e: { node: { id: string } }) => e.node.id),
      ).toContain(room.id);
    });

    it('takes only published postings the host may present into the lineup, naming the place of each refusal', async () => {
      const UPDATE = `mutation($id: ID!, $input: LiveRoomInput!) { updateLiveRoom(id: $id, input: $input) { id } }`;
      const input = (ids: string[]) => ({ input: { title: '岗位清单检查', scheduledStart: inAnHour(), jobPostingIds: ids } });
      const refusal = (r: Parameters<typeof errorOf>[0]) => ({ ...errorOf(r), message: r.errors?.[0]?.message });
      // An employer: its own draft is refused; another employer's posting (published or draft) is refused without its title.
      expect(refusal(await t.gql(CREATE, input([jobs.welder, jobs.cook, jobs.draft]), host.token))).toEqual({
        code: 'JOB_NOT_PUBLISHED',
        field: 'input.jobPostingIds.2',
        message: expect.stringContaining('只能选择已发布的岗位'),
      });
      expect(refusal(await t.gql(CREATE, input([jobs.welder, jobs.otherDraft]), host.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.jobPostingIds.1',
        message: '只能选择本单位的岗位',
      });
      expect(refusal(await t.gql(CREATE, input([jobs.other]), host.token))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'input.jobPostingIds.0',
      });
      // An officer: any employer's published postings in the region, never a draft, never an employer outside it.
      expect(refusal(await t.gql(CREATE, input([jobs.welder, jobs.other, jobs.otherDraft]), officer.token))).toEqual({
        code: 'JOB_NOT_PUBLISHED',
        field: 'input.jobPostingIds.2',
        message: expect.stringContaining('只能选择已发布的岗位'),
      });
      expect(refusal(await t.gql(CREATE, input([jobs.welder, jobs.other, jobs.qingyang]), officer.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.jobPostingIds.2',
        message: '只能选择本辖区用人单位的岗位',
      });
      expect(refusal(await t.gql(CREATE, input([jobs.welder, '00000000-0000-4000-8000-000000000000']), officer.token))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'input.jobPostingIds.1',
      });
      // Editing checks the same way, and a refused edit leaves the lineup as it was.
      const room = ok(await t.gql(CREATE, input([jobs.welder, jobs.other]), officer.token)).createLiveRoom;
      expect(refusal(await t.gql(UPDATE, { id: room.id, ...input([jobs.welder, jobs.draft]) }, officer.token))).toMatchObject({
        code: 'JOB_NOT_PUBLISHED',
        field: 'input.jobPostingIds.1',
      });
      expect(refusal(await t.gql(UPDATE, { id: room.id, ...input([jobs.qingyang]) }, officer.token))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'input.jobPostingIds.0',
      });
      const kept = ok(await t.gql(ROOM, { id: room.id }, officer.token)).liveRoom.lineup.map(
        (l: { jobPosting: { id: string } }) => l.jobPosting.id,
      );
      expect(kept).toEqual([jobs.welder, jobs.other]);
      const [{ n }] = await t.ds.query(
        `SELECT count(*)::int AS n FROM live_room_jobs l JOIN job_postings j ON j.id = l.job_posting_id WHERE j.status <> 'PUBLISHED'`,
      );
      expect(n).toBe(0);
    });

    it('answers bad input with field errors', async () => {
      const input = (o: Record<string, unknown>) => ({
        input: { title: '直播', scheduledStart: inAnHour(), jobPostingIds: [jobs.welder], ...o },
      });
      expect(errorOf(await t.gql(CREATE, input({ jobPostingIds: [jobs.other] }), host.token))).toEqual({
        code: 'FORBIDDEN',
        field: 'input.jobPostingIds.0',
      });
      expect(errorOf(await t.gql(CREATE, input({ jobPostingIds: [] }), host.token))).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'jobPostingIds',
      });
      expect(errorOf(await t.gql(CREATE, input({ scheduledEnd: new Date(Date.now() - 1000).toISOString() }), host.token))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'scheduledEnd',
      });
      expect(errorOf(await t.gql(CREATE, input({ streamUrl: 'rtmp://x/live' }), host.token))).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'streamUrl',
      });
      expect(errorOf(await t.gql(CREATE, input({}), (await makeSeeker(t)).token)).code).toBe('FORBIDDEN');
    });

    it('lets only the host go live or end, once', async () => {
      const room = await createRoom();
      const stranger = await makeEmployer(t);
      expect(errorOf(await t.gql(START, { id: room.id }, stranger.token)).code).toBe('FORBIDDEN');
      ok(await t.gql(START, { id: room.id }, host.token));
      expect(errorOf(await t.gql(START, { id: room.id }, host.token)).code).toBe('INVALID_STATUS_TRANSITION');
      ok(await t.gql(END, { id: room.id }, host.token));
      expect(errorOf(await t.gql(END, { id: room.id }, host.token)).code).toBe('INVALID_STATUS_TRANSITION');
    });
  });

  describe('the room over socket.io', () => {
    it('checks every payload at the gateway: a malformed one gets the typed error ack and changes nothing', async () => {
      const roomId = await liveRoom();
      const host_ = await connect(host.token);
      expect(await join(host_, roomId)).toMatchObject({ ok: true });
      const bad: [string, unknown, string][] = [
        ['room.join', { roomId: 'not-a-room' }, 'ROOM_NOT_FOUND'],
        ['room.join', { roomId, since: 'yesterday' }, 'INVALID_INPUT'],
        ['room.join', null, 'INVALID_INPUT'],
        ['chat.send', { roomId, text: 42 }, 'INVALID_INPUT'],
        ['chat.send', 'just a string', 'INVALID_INPUT'],
        ['like', { roomId, count: 'many' }, 'INVALID_INPUT'],
        ['question.ask', { roomId, text: ['a'] }, 'INVALID_INPUT'],
        ['card.apply', { roomId, jobPostingId: jobs.welder, idempotencyKey: 'short' }, 'INVALID_INPUT'],
        ['card.apply', { roomId, jobPostingId: { $ne: null }, idempotencyKey: 'long-enough-key' }, 'INVALID_INPUT'],
        ['host.pin', { roomId, jobPostingId: 7 }, 'INVALID_INPUT'],
        ['host.unpin', { roomId: "1' OR '1'='1" }, 'ROOM_NOT_FOUND'],
        ['host.answer', { roomId, questionId: 'q', answer: null }, 'INVALID_INPUT'],
        ['host.remove_message', { roomId }, 'INVALID_INPUT'],
        ['host.mute', { roomId, userId: host.userId, muted: 'yes' }, 'INVALID_INPUT'],
      ];
      for (const [event, payload, code] of bad) {
        expect({ event, ack: await host_.emitWithAck(event, payload) }).toMatchObject({ event, ack: { ok: false, code, action: event } });
      }
      // Nothing was pinned, and a well-formed request still works on the same socket.
      expect(ok(await t.gql(ROOM, { id: roomId })).liveRoom).toBeTruthy();
      expect(await host_.emitWithAck('host.pin', { roomId, jobPostingId: jobs.welder })).toEqual({ ok: true });
    });

    it('lets anonymous viewers watch and read, refuses them chat and apply with typed errors, and keeps the socket usable', async () => {
      const roomId = await liveRoom();
      const anon = await connect(undefined, '0b7f2a9c-1d2e-4f50-8a61-7c8d9e0f1a2b');
      const snap = await join(anon, roomId);
      expect(snap).toMatchObject({ ok: true, status: 'LIVE', pinned: null, you: { role: 'VIEWER', canInteract: false } });
      const errors = collect(anon, 'room.error');
      expect(await anon.emitWithAck('chat.send', { roomId, text: '你好' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
      expect(await anon.emitWithAck('card.apply', { roomId, jobPostingId: jobs.welder, idempotencyKey: 'anon-tap-1' })).toMatchObject({
        ok: false,
        code: 'UNAUTHENTICATED',
      });
      expect(errors).toEqual([
        expect.objectContaining({ code: 'UNAUTHENTICATED', action: 'chat.send' }),
        expect.objectContaining({ code: 'UNAUTHENTICATED', action: 'card.apply' }),
      ]);
      expect(await anon.emitWithAck('room.join', { roomId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
        ok: false,
        code: 'ROOM_NOT_FOUND',
      });
      expect(await join(anon, roomId)).toMatchObject({ ok: true }); // still usable
    });

    it('treats a forged token as anonymous, with an error event at the handshake', async () => {
      const roomId = await liveRoom();
      const { io } = await import('socket.io-client');
      const s = io(`${t.url}/live`, {
        auth: { token: 'forged.token.value' },
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      sockets.push(s);
      const [error, ready] = await Promise.all([nextEvent(s, 'room.error'), nextEvent(s, 'ready')]);
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(ready).toEqual({ userId: null });
      expect(await join(s, roomId)).toMatchObject({ ok: true, you: { role: 'VIEWER' } });
    });

    it('pins a card with its truth card for every viewer at once; refuses jobs outside the lineup, unpublished or without a truth card, and non-hosts', async () => {
      // A posting closed after it joined the lineup stays listed but cannot be pinned.
      const closing = await makePublishedJob(t, host, officer, { title: '钢筋工（已下架）' });
      const roomId = (await createRoom({ jobPostingIds: [jobs.welder, jobs.cook, jobs.noTruth, closing] })).id as string;
      ok(await t.gql(START, { id: roomId }, host.token));
      await t.ds.query(`UPDATE job_postings SET status = 'CLOSED' WHERE id = $1`, [closing]);
      const hostSocket = await connect(host.token);
      expect(await join(hostSocket, roomId)).toMatchObject({ ok: true, you: { role: 'HOST' } });
      const viewers = await Promise.all([connect((await makeSeeker(t)).token), connect(), connect()]);
      for (const v of viewers) await join(v, roomId);
      const pinned = viewers.map((v) => event(v, 'pinned'));
      expect(await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.welder })).toEqual({ ok: true });
      for (const p of pinned) {
        expect(await p).toMatchObject({
          roomId,
          type: 'pinned',
          card: {
            jobPostingId: jobs.welder,
            title: '电焊工',
            payMin: 6000,
            payMax: 9000,
            employerName: '甘肃甘康焊接工程有限公司',
            regionName: '临夏县',
            truthCard: { dormitory: 'FREE', meals: 'SUBSIDISED', socialInsurance: 'FIVE_INSURANCES' },
          },
        });
      }
      expect(await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.other })).toMatchObject({
        ok: false,
        code: 'JOB_NOT_IN_LINEUP',
      });
      expect(await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: closing })).toMatchObject({
        ok: false,
        code: 'JOB_NOT_PUBLISHED',
      });
      expect(await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.draft })).toMatchObject({
        ok: false,
        code: 'JOB_NOT_IN_LINEUP',
      });
      expect(await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.noTruth })).toMatchObject({
        ok: false,
        code: 'TRUTH_CARD_REQUIRED',
      });
      const intruder = await connect((await makeEmployer(t)).token);
      await join(intruder, roomId);
      expect(await intruder.emitWithAck('host.pin', { roomId, jobPostingId: jobs.cook })).toMatchObject({ ok: false, code: 'NOT_HOST' });
      expect(await viewers[0].emitWithAck('host.unpin', { roomId })).toMatchObject({ ok: false, code: 'NOT_HOST' });
      // A late viewer finds the card already up.
      const late = await connect();
      expect((await join(late, roomId)).pinned).toMatchObject({ jobPostingId: jobs.welder });
      const unpinned = event(late, 'unpinned');
      expect(await hostSocket.emitWithAck('host.unpin', { roomId })).toEqual({ ok: true });
      expect(await unpinned).toMatchObject({ jobPostingId: jobs.welder });
    });

    it('applies in one tap from the card: a double tap makes one application from this room, the counter moves for everyone', async () => {
      const roomId = await liveRoom();
      const hostSocket = await connect(host.token);
      await join(hostSocket, roomId);
      await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.cook });
      const seeker = await makeSeeker(t);
      const s = await connect(seeker.token);
      expect(await join(s, roomId)).toMatchObject({ you: { role: 'SEEKER', canInteract: true, appliedJobIds: [] } });
      const counted = nextEvent(
        hostSocket,
        'room.stats',
        (st: { applications: Record<string, number> }) => st.applications[jobs.cook] === 1,
      );
      const tap = { roomId, jobPostingId: jobs.cook, idempotencyKey: `live-tap-${seeker.userId}` };
      const [a, b] = await Promise.all([s.emitWithAck('card.apply', tap), s.emitWithAck('card.apply', tap)]);
      expect(a).toMatchObject({ ok: true, alreadyApplied: false });
      expect(b).toMatchObject({ ok: true, applicationId: a.applicationId });
      await counted;
      const rows = await t.ds.query(`SELECT source, live_room_id FROM applications WHERE seeker_profile_id = $1`, [seeker.profileId]);
      expect(rows).toEqual([{ source: 'LIVE_ROOM', live_room_id: roomId }]);
      expect(await s.emitWithAck('card.apply', { ...tap, idempotencyKey: 'another-tap-key' })).toMatchObject({
        ok: false,
        code: 'ALREADY_APPLIED',
      });
      expect(await s.emitWithAck('card.apply', { ...tap, jobPostingId: jobs.other, idempotencyKey: 'other-job-tap' })).toMatchObject({
        ok: false,
        code: 'JOB_NOT_IN_LINEUP',
      });
      expect((await join(s, roomId)).you.appliedJobIds).toEqual([jobs.cook]);
      // Not joined, no room: typed errors, nothing written.
      const stranger = await connect((await makeSeeker(t)).token);
      expect(await stranger.emitWithAck('card.apply', tap)).toMatchObject({ ok: false, code: 'NOT_JOINED' });
    });

    it('carries chat with a length limit, a word filter, a per-user rate limit, and host moderation', async () => {
      const roomId = await liveRoom();
      const hostSocket = await connect(host.token);
      await join(hostSocket, roomId);
      const alice = await makeSeeker(t, { fullName: '马小花' });
      const a = await connect(alice.token);
      const b = await connect((await makeSeeker(t)).token);
      await join(a, roomId);
      await join(b, roomId);
      const heard = event(b, 'chat');
      expect(await a.emitWithAck('chat.send', { roomId, text: '包吃住吗？' })).toMatchObject({ ok: true });
      const msg = await heard;
      expect(msg).toMatchObject({ type: 'chat', message: { text: '包吃住吗？', userId: alice.userId } });
      expect(await a.emitWithAck('chat.send', { roomId, text: '字'.repeat(101) })).toMatchObject({ ok: false, code: 'MESSAGE_TOO_LONG' });
      expect(await a.emitWithAck('chat.send', { roomId, text: '找工作加微信 abc123' })).toMatchObject({
        ok: false,
        code: 'MESSAGE_BLOCKED',
      });
      expect(await a.emitWithAck('chat.send', { roomId, text: '   ' })).toMatchObject({ ok: false, code: 'MESSAGE_EMPTY' });
      const burst = [];
      for (let i = 0; i < 5; i++) burst.push(await a.emitWithAck('chat.send', { roomId, text: `第${i}条` }));
      expect(burst.map((r) => (r.ok ? 'OK' : r.code))).toEqual(['OK', 'OK', 'OK', 'OK', 'RATE_LIMITED']);

      const removed = event(b, 'chat_removed');
      expect(
        await hostSocket.emitWithAck('host.remove_message', { roomId, messageId: (msg as { message: { id: string } }).message.id }),
      ).toEqual({ ok: true });
      expect(await removed).toMatchObject({ messageId: (msg as { message: { id: string } }).message.id });
      expect((await join(b, roomId)).recentChat.map((m) => m.text)).not.toContain('包吃住吗？');
      expect(await hostSocket.emitWithAck('host.mute', { roomId, userId: alice.userId, muted: true })).toEqual({ ok: true });
      expect(await a.emitWithAck('question.ask', { roomId, text: '能预支工资吗' })).toMatchObject({ ok: false, code: 'MUTED' });
    });

    it('sums likes and pushes counters a few times a second at most, not once per tap', async () => {
      const roomId = await liveRoom();
      const watcher = await connect();
      await join(watcher, roomId);
      const stats = collect<{ likes: number }>(watcher, 'room.stats');
      const liker = await connect();
      await join(liker, roomId);
      for (let i = 0; i < 6; i++) liker.emit('like', { roomId, count: 5 });
      await nextEvent(watcher, 'room.stats', (s: { likes: number }) => s.likes === 30, 3000);
      expect(stats.length).toBeLessThanOrEqual(6);
      expect(await liker.emitWithAck('like', { roomId, count: 500 })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    });

    it('queues questions for the host; answers reach everyone; unanswered ones become the job’s FAQ when the room ends', async () => {
      const roomId = await liveRoom();
      const hostSocket = await connect(host.token);
      await join(hostSocket, roomId);
      await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.welder });
      const seeker = await connect((await makeSeeker(t, { fullName: '韩建军' })).token); // signs up as 测试求职者
      await join(seeker, roomId);
      const queued = nextEvent(hostSocket, 'host.question');
      const q1 = await seeker.emitWithAck('question.ask', { roomId, text: '没有焊工证可以吗？' });
      expect(await queued).toMatchObject({ id: q1.questionId, askerName: '测**', jobPostingId: jobs.welder, status: 'OPEN' });
      const q2 = await seeker.emitWithAck('question.ask', { roomId, text: '宿舍几个人一间？' });
      const answered = event(seeker, 'answered');
      expect(
        await hostSocket.emitWithAck('host.answer', { roomId, questionId: q1.questionId, answer: '可以，入职后公司组织考证' }),
      ).toEqual({ ok: true });
      expect(await answered).toMatchObject({ question: { id: q1.questionId, status: 'ANSWERED', answer: '可以，入职后公司组织考证' } });
      expect(
        await hostSocket.emitWithAck('host.answer', { roomId, questionId: '00000000-0000-4000-8000-000000000000', answer: 'x' }),
      ).toMatchObject({ ok: false, code: 'QUESTION_NOT_FOUND' });

      const ended = event(seeker, 'status');
      ok(await t.gql(END, { id: roomId }, host.token));
      expect(await ended).toMatchObject({ status: 'ENDED' });
      const faqs = ok(await t.gql(FAQS, { id: jobs.welder })).jobPosting.faqs;
      expect(faqs).toEqual(expect.arrayContaining([expect.objectContaining({ question: '宿舍几个人一间？', answer: null })]));
      expect(faqs.map((f: { question: string }) => f.question)).not.toContain('没有焊工证可以吗？');
      const faq = faqs.find((f: { question: string }) => f.question === '宿舍几个人一间？');
      ok(
        await t.gql(
          `mutation($input: AnswerJobFaqInput!) { answerJobFaq(input: $input) { id } }`,
          { input: { id: faq.id, answer: '4人一间，带空调' } },
          host.token,
        ),
      );
      expect(ok(await t.gql(FAQS, { id: jobs.welder })).jobPosting.faqs.find((f: { id: string }) => f.id === faq.id).answer).toBe(
        '4人一间，带空调',
      );
      expect(
        errorOf(
          await t.gql(
            `mutation($input: AnswerJobFaqInput!) { answerJobFaq(input: $input) { id } }`,
            { input: { id: faq.id, answer: 'x' } },
            (await makeEmployer(t)).token,
          ),
        ).code,
      ).toBe('FORBIDDEN');
      expect(await join(seeker, roomId)).toMatchObject({ ok: false, code: 'ROOM_ENDED' });
      void q2;
    });

    it('replays what a viewer missed while disconnected, and keeps their place (one viewer, not two)', async () => {
      const roomId = await liveRoom();
      const hostSocket = await connect(host.token);
      await join(hostSocket, roomId);
      const seeker = await makeSeeker(t);
      const first = await connect(seeker.token);
      const snap = await join(first, roomId);
      first.disconnect();
      await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.welder });
      const talker = await connect((await makeSeeker(t)).token);
      await join(talker, roomId);
      await talker.emitWithAck('chat.send', { roomId, text: '刚进来，什么岗位？' });
      await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.cook });

      const again = await connect(seeker.token);
      const back = await join(again, roomId, snap.seq);
      expect(back.replayComplete).toBe(true);
      expect(back.missed.map((e) => e.type)).toEqual(['pinned', 'chat', 'pinned']);
      expect(back.missed.map((e) => e.seq)).toEqual([...back.missed.map((e) => e.seq)].sort((x, y) => x - y));
      expect(back.pinned).toMatchObject({ jobPostingId: jobs.cook });
      const stats = ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats;
      expect(stats.uniqueViewers).toBe(2); // the seeker who came back is still one viewer
    });

    it('stores the figures when the room ends: viewers, peak, impressions → applications → interviews → hires, by county and priority group', async () => {
      const roomId = await liveRoom();
      const hostSocket = await connect(host.token);
      await join(hostSocket, roomId);
      const poor = await makeSeeker(t, { residenceRegionCode: LINXIA_COUNTY, priorityGroups: ['POVERTY_ALLEVIATED'] });
      const grad = await makeSeeker(t, { residenceRegionCode: '622901', priorityGroups: ['GRADUATE'] });
      const sPoor = await connect(poor.token);
      const sGrad = await connect(grad.token);
      const anon = await connect();
      for (const s of [sPoor, sGrad, anon]) await join(s, roomId);
      await hostSocket.emitWithAck('host.pin', { roomId, jobPostingId: jobs.welder });
      const tapped = await sPoor.emitWithAck('card.apply', { roomId, jobPostingId: jobs.welder, idempotencyKey: `poor-${poor.userId}` });
      await sGrad.emitWithAck('card.apply', { roomId, jobPostingId: jobs.welder, idempotencyKey: `grad-${grad.userId}` });
      await sPoor.emitWithAck('like', { roomId, count: 12 });
      await sGrad.emitWithAck('question.ask', { roomId, text: '应届生有培训吗？' });
      const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { status } }`;
      ok(await t.gql(MOVE, { input: { applicationId: tapped.applicationId, toStatus: 'INTERVIEW' } }, host.token));
      ok(await t.gql(MOVE, { input: { applicationId: tapped.applicationId, toStatus: 'HIRED' } }, host.token));
      const live = ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats;
      expect(live).toMatchObject({ status: 'LIVE', uniqueViewers: 3, likes: 12, questions: 1 });
      anon.disconnect();
      await new Promise((r) => setTimeout(r, 1100)); // so the viewers still watching have a second to be credited
      ok(await t.gql(END, { id: roomId }, host.token));

      // The two seekers still on the page are credited their watch time when the room ends, not only when they leave
      // (each process credits its own sockets right after the end: poll briefly).
      let s = ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats;
      for (let i = 0; i < 20 && s.watchSeconds < 2; i++) {
        await new Promise((r) => setTimeout(r, 100));
        s = ok(await t.gql(STATS, { id: roomId }, host.token)).liveRoomStats;
      }
      expect(s.watchSeconds).toBeGreaterThanOrEqual(2);
      expect(s).toMatchObject({
        status: 'ENDED',
        peakViewers: 3,
        uniqueViewers: 3,
        likes: 12,
        questions: 1,
        answeredQuestions: 0,
        total: { viewers: 3, impressions: 3, applications: 2, interviews: 1, hires: 1 },
      });
      expect(s.byJob.find((j: { jobPostingId: string }) => j.jobPostingId === jobs.welder)).toMatchObject({
        title: '电焊工',
        impressions: 3,
        applications: 2,
        interviews: 1,
        hires: 1,
      });
      expect(s.byJob.find((j: { jobPostingId: string }) => j.jobPostingId === jobs.welder).byCounty).toEqual(
        expect.arrayContaining([
          { key: LINXIA_COUNTY, applications: 1 },
          { key: '622901', applications: 1 },
        ]),
      );
      expect(s.byCounty).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: LINXIA_COUNTY, label: '临夏县', viewers: 1, impressions: 1, applications: 1 }),
          expect.objectContaining({ key: '622901', label: '临夏市', viewers: 1, applications: 1 }),
          expect.objectContaining({ key: 'UNKNOWN', viewers: 1, applications: 0 }),
        ]),
      );
      expect(s.byPriorityGroup).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'POVERTY_ALLEVIATED', label: '脱贫劳动力', viewers: 1, applications: 1 })]),
      );
      expect(errorOf(await t.gql(STATS, { id: roomId }, (await makeEmployer(t)).token)).code).toBe('FORBIDDEN');
      expect(ok(await t.gql(STATS, { id: roomId }, officer.token)).liveRoomStats.uniqueViewers).toBe(3);
    });

    it('refuses actions in a room that is not live, and in an ended room', async () => {
      const room = await createRoom();
      const hostSocket = await connect(host.token);
      await join(hostSocket, room.id);
      expect(await hostSocket.emitWithAck('host.pin', { roomId: room.id, jobPostingId: jobs.welder })).toMatchObject({
        ok: false,
        code: 'ROOM_NOT_LIVE',
      });
      const seeker = await connect((await makeSeeker(t)).token);
      await join(seeker, room.id);
      expect(await seeker.emitWithAck('chat.send', { roomId: room.id, text: '开始了吗' })).toMatchObject({
        ok: false,
        code: 'ROOM_NOT_LIVE',
      });
      const live = event(seeker, 'status');
      ok(await t.gql(START, { id: room.id }, host.token));
      expect(await live).toMatchObject({ status: 'LIVE' });
      expect(await seeker.emitWithAck('chat.send', { roomId: room.id, text: '开始了' })).toMatchObject({ ok: true });
    });
  });
});
