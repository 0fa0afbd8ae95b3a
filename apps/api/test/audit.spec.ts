import { AuditAction, AuditTargetType, Role } from '@jobbridge/contracts';
import { encodeCursor, generateIdNumber } from '@jobbridge/domain';
import {
  connectSocket,
  createTestApp,
  errorOf,
  GqlResult,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  makeStaff,
  nextEvent,
  ok,
  PASSWORD,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { io, Socket } from 'socket.io-client';
import { AuditLogEntity } from '../src/modules/audit/audit-log.entity';
import { AuditService } from '../src/modules/audit/audit.service';

const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id status } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewJobPosting(id: $id, approve: $approve, reason: $reason) { id status } }`;
const VERIFY = `mutation($id: ID!, $status: VerificationStatus!, $note: String) { verifyEmployer(employerId: $id, status: $status, note: $note) { id verificationStatus } }`;
const CREATE_OFFICER = `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { id role regionCode } }`;
const PROJECT_FIELDS = `id name localHiring { threshold } breachRule localScope`;
const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { ${PROJECT_FIELDS} } }`;
const UPDATE_PROJECT = `mutation($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) { ${PROJECT_FIELDS} } }`;
const ADD_WORKER = `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id } }`;
const CREATE_ROOM = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id regionCode } }`;
const START_ROOM = `mutation($id: ID!) { startLiveRoom(id: $id) { id status } }`;
const SET_STATUS = `mutation($userId: ID!, $status: UserStatus!) { setUserStatus(userId: $userId, status: $status) { id } }`;
const SET_REGION = `mutation($userId: ID!, $regionCode: String!) { setOfficerRegion(userId: $userId, regionCode: $regionCode) { id } }`;
const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id occurredAt actorUserId actorRole actorName action targetType targetId regionCode beforeJson afterJson reason clientIp requestId } } } }`;
const AUDIT_CSV = `query($filter: AuditLogFilter) { auditLogCsv(filter: $filter) { csv rows truncated filename } }`;

/** China civil date `days` from today. */
const day = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
let idSeq = 300;
const idNumber = (region = LINXIA_COUNTY) => generateIdNumber(`${region}19900101${String(++idSeq).padStart(3, '0')}`);

describe('the audit trail', () => {
  let t: TestApp;
  let admin: Session;
  let officer: Session; // 临夏州
  let elsewhere: Session; // 庆阳市
  let employer: Session & { employerId: string };
  let seeker: Session & { profileId: string };
  const sockets: Socket[] = [];

  /** A GraphQL call that also returns the response's x-request-id. */
  const call = async (
    query: string,
    variables: Record<string, unknown>,
    token: string,
    headers: Record<string, string> = {},
  ): Promise<GqlResult & { requestId: string | null }> => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await res.json()) as GqlResult), status: res.status, requestId: res.headers.get('x-request-id') };
  };
  const entries = (where: { targetId: string }) => t.ds.getRepository(AuditLogEntity).find({ where, order: { occurredAt: 'ASC' } });
  const total = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;
  const projectInput = (overrides: Record<string, unknown> = {}) => ({
    name: '临夏县G310国道改扩建工程',
    employerId: employer.employerId,
    regionCode: LINXIA_COUNTY,
    kind: 'GOVERNMENT_INVESTED',
    plannedWorkforce: 120,
    startDate: day(-60),
    ...overrides,
  });
  const worker = (projectId: string, overrides: Record<string, unknown> = {}) => ({
    projectId,
    fullName: '马建国',
    idNumber: idNumber(),
    hukouRegionCode: LINXIA_COUNTY,
    trade: '钢筋工',
    startDate: day(-10),
    ...overrides,
  });

  /** A live-room socket whose handshake carries extra headers (as a reverse proxy adds them). */
  const socketWithHeaders = (token: string, extraHeaders: Record<string, string>) =>
    new Promise<Socket>((resolve, reject) => {
      const s = io(`${t.url}/live`, { auth: { token }, extraHeaders, transports: ['websocket'], reconnection: false, forceNew: true });
      s.once('ready', () => resolve(s));
      s.once('connect_error', reject);
    });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeStaff(t, Role.ADMIN);
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    elsewhere = await makeOfficer(t, QINGYANG_PREFECTURE);
    employer = await makeEmployer(t, { name: '甘肃甘康焊接工程有限公司', contactPhone: '13912345678' });
    seeker = await makeSeeker(t);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  describe('each privileged action writes exactly one entry: who, what, before, after, when, from where', () => {
    it('approving and rejecting a posting', async () => {
      const approved = await makeDraftJob(t, employer, { title: '电焊工' });
      ok(await t.gql(SUBMIT, { id: approved }, employer.token));
      const started = Date.now();
      // Through a proxy on this machine (TRUST_PROXY=loopback): the client is the address it forwards.
      const r = await call(REVIEW, { id: approved, approve: true }, officer.token, { 'x-forwarded-for': '203.0.113.9' });
      ok(r);
      const [entry, ...more] = await entries({ targetId: approved });
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        actorUserId: officer.userId,
        actorRole: Role.OFFICER,
        actorName: '人社局工作人员',
        action: AuditAction.JOB_POSTING_APPROVED,
        targetType: AuditTargetType.JOB_POSTING,
        regionCode: LINXIA_COUNTY,
        before: { title: '电焊工', status: 'PENDING_REVIEW', rejectionReason: null },
        after: { status: 'PUBLISHED', rejectionReason: null },
        reason: null,
        requestId: r.requestId,
      });
      expect(r.requestId).toBeTruthy();
      expect(entry.clientIp).toBe('203.0.113.9');
      expect(entry.occurredAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
      expect(entry.occurredAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);

      const rejected = await makeDraftJob(t, employer, { title: '气割工' });
      ok(await t.gql(SUBMIT, { id: rejected }, employer.token));
      ok(await t.gql(REVIEW, { id: rejected, approve: false, reason: '岗位描述不完整' }, officer.token));
      const rej = await entries({ targetId: rejected });
      expect(rej).toHaveLength(1);
      expect(rej[0]).toMatchObject({
        action: AuditAction.JOB_POSTING_REJECTED,
        before: { status: 'PENDING_REVIEW' },
        after: { status: 'REJECTED', rejectionReason: '岗位描述不完整' },
        reason: '岗位描述不完整',
      });
    });

    it('an officer closing an employer’s posting (the owner closing its own is not audited)', async () => {
      const CLOSE = `mutation($id: ID!) { closeJobPosting(id: $id) { id status } }`;
      const byOfficer = await makePublishedJob(t, employer, officer, { title: '违规岗位' });
      const byOwner = await makePublishedJob(t, employer, officer, { title: '招满了' });
      ok(await t.gql(CLOSE, { id: byOfficer }, officer.token));
      ok(await t.gql(CLOSE, { id: byOwner }, employer.token));
      expect((await entries({ targetId: byOfficer })).map((e) => [e.action, e.actorUserId, e.before, e.after])).toEqual([
        [AuditAction.JOB_POSTING_APPROVED, officer.userId, expect.anything(), expect.anything()],
        [AuditAction.JOB_POSTING_CLOSED_BY_OFFICER, officer.userId, { title: '违规岗位', status: 'PUBLISHED' }, { status: 'CLOSED' }],
      ]);
      expect((await entries({ targetId: byOwner })).map((e) => e.action)).toEqual([AuditAction.JOB_POSTING_APPROVED]);
    });

    it('a refused review (another prefecture, or no reason) writes nothing', async () => {
      const id = await makeDraftJob(t, employer);
      ok(await t.gql(SUBMIT, { id }, employer.token));
      expect(errorOf(await t.gql(REVIEW, { id, approve: true }, elsewhere.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REVIEW, { id, approve: false }, officer.token))).toEqual({ code: 'VALIDATION_FAILED', field: 'reason' });
      expect(await entries({ targetId: id })).toEqual([]);
    });

    it('the entry commits with the action: when the action rolls back after writing it, neither remains', async () => {
      const id = await makeDraftJob(t, employer);
      ok(await t.gql(SUBMIT, { id }, employer.token));
      // The review writes the posting, then its audit entry, then its outbox event: make the last step fail.
      await t.ds.query(
        `CREATE FUNCTION audit_spec_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`,
      );
      await t.ds.query(`CREATE TRIGGER audit_spec_fail BEFORE INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION audit_spec_fail()`);
      try {
        const r = await t.gql(REVIEW, { id, approve: true }, officer.token);
        expect(r.errors?.length).toBe(1);
      } finally {
        await t.ds.query(`DROP TRIGGER audit_spec_fail ON outbox_events`);
        await t.ds.query(`DROP FUNCTION audit_spec_fail()`);
      }
      expect(await entries({ targetId: id })).toEqual([]);
      expect((await t.ds.query(`SELECT status FROM job_postings WHERE id = $1`, [id]))[0].status).toBe('PENDING_REVIEW');
      // And the same action, committed, has its entry.
      ok(await t.gql(REVIEW, { id, approve: true }, officer.token));
      expect(await entries({ targetId: id })).toHaveLength(1);
    });

    it('verifying and rejecting an employer, without the company’s phone', async () => {
      ok(await t.gql(VERIFY, { id: employer.employerId, status: 'REJECTED', note: '营业执照照片不清晰' }, officer.token));
      ok(await t.gql(VERIFY, { id: employer.employerId, status: 'VERIFIED', note: '营业执照核验通过' }, officer.token));
      expect(errorOf(await t.gql(VERIFY, { id: employer.employerId, status: 'VERIFIED' }, elsewhere.token)).code).toBe('FORBIDDEN');
      const list = await entries({ targetId: employer.employerId });
      expect(list.map((e) => e.action)).toEqual([AuditAction.EMPLOYER_REJECTED, AuditAction.EMPLOYER_VERIFIED]);
      expect(list[0]).toMatchObject({
        actorUserId: officer.userId,
        targetType: AuditTargetType.EMPLOYER,
        regionCode: LINXIA_COUNTY,
        before: { name: '甘肃甘康焊接工程有限公司', verificationStatus: 'PENDING', verificationNote: null },
        after: { verificationStatus: 'REJECTED', verificationNote: '营业执照照片不清晰' },
        reason: '营业执照照片不清晰',
      });
      expect(list[1]).toMatchObject({ before: { verificationStatus: 'REJECTED' }, after: { verificationStatus: 'VERIFIED' } });
      expect(JSON.stringify(list)).not.toContain('13912345678');
    });

    it('creating an officer, with the phone masked', async () => {
      const created = ok(
        await t.gql(
          CREATE_OFFICER,
          {
            input: {
              phone: '13800007777',
              email: 'linxia.county@example.cn',
              password: PASSWORD,
              displayName: '临夏县人社局',
              regionCode: LINXIA_COUNTY,
            },
          },
          admin.token,
        ),
      ).createOfficer;
      const [entry, ...more] = await entries({ targetId: created.id });
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        actorUserId: admin.userId,
        actorRole: Role.ADMIN,
        action: AuditAction.OFFICER_CREATED,
        targetType: AuditTargetType.USER,
        regionCode: LINXIA_COUNTY,
        before: null,
        after: { role: 'OFFICER', displayName: '临夏县人社局', regionCode: LINXIA_COUNTY, phone: '138****7777', email: 'l***@example.cn' },
      });
      const raw = JSON.stringify(entry);
      expect(raw).not.toContain('13800007777');
      expect(raw).not.toContain('linxia.county@');
      expect(raw).not.toMatch(/argon2|password/i);
      // A duplicate phone is refused, and the refused creation leaves no entry.
      const before = await total();
      expect(
        errorOf(
          await t.gql(
            CREATE_OFFICER,
            { input: { phone: '13800007777', password: PASSWORD, displayName: '重复', regionCode: LINXIA_COUNTY } },
            admin.token,
          ),
        ).code,
      ).toBe('ACCOUNT_EXISTS');
      expect(await total()).toBe(before);
    });

    it('changing a project’s policy (threshold, breach rule, local scope); other edits write nothing', async () => {
      const p = ok(await t.gql(CREATE_PROJECT, { input: projectInput() }, officer.token)).createProject;
      ok(await t.gql(UPDATE_PROJECT, { id: p.id, input: projectInput({ name: '临夏县G310国道改扩建工程（一期）' }) }, officer.token));
      expect(await entries({ targetId: p.id })).toEqual([]);
      ok(await t.gql(UPDATE_PROJECT, { id: p.id, input: projectInput({ threshold: '0.25', breachRule: 'BLOCK' }) }, officer.token));
      const [entry, ...more] = await entries({ targetId: p.id });
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        actorUserId: officer.userId,
        action: AuditAction.PROJECT_POLICY_CHANGED,
        targetType: AuditTargetType.PROJECT,
        regionCode: LINXIA_COUNTY,
        before: { threshold: '0.3', breachRule: 'WARN', localScope: 'COUNTY' },
        after: { threshold: '0.25', breachRule: 'BLOCK', localScope: 'COUNTY' },
      });
      expect(entry.after!.thresholdSource).toContain('人社部门设定');
    });

    it('acknowledging a local-hiring breach, without names or identity numbers; a refused breach writes nothing', async () => {
      const warn = ok(await t.gql(CREATE_PROJECT, { input: projectInput({ name: '临夏河州水厂扩建' }) }, officer.token)).createProject;
      // 1 local of 3 (33%) complies; a fourth, non-local, makes 1 of 4 (25%): a breach under WARN.
      ok(await t.gql(ADD_WORKER, { input: worker(warn.id, { fullName: '本地工甲' }) }, employer.token));
      for (const name of ['外地工甲', '外地工丙']) {
        ok(
          await t.gql(
            ADD_WORKER,
            { input: worker(warn.id, { fullName: name, hukouRegionCode: QINGYANG_XIFENG, idNumber: idNumber(QINGYANG_XIFENG) }) },
            employer.token,
          ),
        );
      }
      const outsiderId = idNumber(QINGYANG_XIFENG);
      const outsider = worker(warn.id, { fullName: '外地工乙', hukouRegionCode: QINGYANG_XIFENG, idNumber: outsiderId });
      // Without a reason: refused, nothing written.
      expect(errorOf(await t.gql(ADD_WORKER, { input: outsider }, employer.token)).code).toBe('LOCAL_HIRING_ACK_REQUIRED');
      expect(await entries({ targetId: warn.id })).toEqual([]);
      const hired = ok(
        await t.gql(ADD_WORKER, { input: { ...outsider, acknowledgement: '特种焊接本地无合格人员' } }, employer.token),
      ).addProjectWorker;
      const [entry, ...more] = await entries({ targetId: warn.id });
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        actorUserId: employer.userId,
        actorRole: Role.EMPLOYER,
        action: AuditAction.LOCAL_HIRING_BREACH_ACKNOWLEDGED,
        targetType: AuditTargetType.PROJECT,
        regionCode: LINXIA_COUNTY,
        before: { localWorkers: 1, totalWorkers: 3 },
        after: { localWorkers: 1, totalWorkers: 4, threshold: '0.3', breachRule: 'WARN', change: 'HIRE', workerIds: [hired.id] },
        reason: '特种焊接本地无合格人员',
      });
      expect(JSON.stringify(entry)).not.toContain(outsiderId);
      expect(JSON.stringify(entry)).not.toContain('外地工乙');

      // BLOCK: refused whatever the reason, and nothing written.
      const block = ok(
        await t.gql(CREATE_PROJECT, { input: projectInput({ name: '临夏州物流园', breachRule: 'BLOCK' }) }, officer.token),
      ).createProject;
      // Created with other than the policy pack's rule: that is a policy decision too.
      expect(await entries({ targetId: block.id })).toMatchObject([
        {
          action: AuditAction.PROJECT_POLICY_CHANGED,
          actorUserId: officer.userId,
          before: { breachRule: 'WARN', threshold: '0.3' },
          after: { breachRule: 'BLOCK', threshold: '0.3' },
        },
      ]);
      const before = await total();
      const refused = await t.gql(
        ADD_WORKER,
        {
          input: worker(block.id, {
            hukouRegionCode: QINGYANG_XIFENG,
            idNumber: idNumber(QINGYANG_XIFENG),
            acknowledgement: '再多理由也不行',
          }),
        },
        employer.token,
      );
      expect(errorOf(refused).code).toBe('LOCAL_HIRING_BREACH');
      expect(await total()).toBe(before);
    });

    it('suspending and reactivating an account, moving an officer, signing out everywhere', async () => {
      const target = await makeSeeker(t);
      ok(await t.gql(SET_STATUS, { userId: target.userId, status: 'SUSPENDED' }, admin.token));
      ok(await t.gql(SET_STATUS, { userId: target.userId, status: 'ACTIVE' }, admin.token));
      expect((await entries({ targetId: target.userId })).map((e) => [e.action, e.actorUserId, e.before!.status, e.after!.status])).toEqual(
        [
          [AuditAction.USER_STATUS_CHANGED, admin.userId, 'ACTIVE', 'SUSPENDED'],
          [AuditAction.USER_STATUS_CHANGED, admin.userId, 'SUSPENDED', 'ACTIVE'],
        ],
      );
      // Refused (an admin cannot suspend itself): nothing written.
      const before = await total();
      expect(errorOf(await t.gql(SET_STATUS, { userId: admin.userId, status: 'SUSPENDED' }, admin.token)).code).toBe('FORBIDDEN');
      expect(await total()).toBe(before);

      const moved = await makeOfficer(t, LINXIA_PREFECTURE);
      ok(await t.gql(SET_REGION, { userId: moved.userId, regionCode: LINXIA_COUNTY }, admin.token));
      expect(await entries({ targetId: moved.userId })).toMatchObject([
        {
          action: AuditAction.OFFICER_REGION_CHANGED,
          actorUserId: admin.userId,
          regionCode: LINXIA_COUNTY,
          before: { regionCode: LINXIA_PREFECTURE },
          after: { regionCode: LINXIA_COUNTY },
        },
      ]);

      const leaver = await makeSeeker(t);
      ok(await t.gql(`mutation { signOutEverywhere }`, {}, leaver.token));
      expect(await entries({ targetId: leaver.userId })).toMatchObject([
        {
          action: AuditAction.USER_SIGNED_OUT_EVERYWHERE,
          actorUserId: leaver.userId,
          actorRole: Role.JOB_SEEKER,
          targetType: AuditTargetType.USER,
          regionCode: null,
        },
      ]);
    });

    it('removing a chat message and muting a viewer in a live room (over socket.io)', async () => {
      const job = await makePublishedJob(t, employer, officer, { title: '直播电焊工' });
      const room = ok(
        await t.gql(
          CREATE_ROOM,
          {
            input: {
              title: '临夏县电焊工专场直播带岗',
              scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
              jobPostingIds: [job],
            },
          },
          employer.token,
        ),
      ).createLiveRoom;
      ok(await t.gql(START_ROOM, { id: room.id }, employer.token));
      const connect = async (token: string, headers?: Record<string, string>) => {
        const s = headers ? await socketWithHeaders(token, headers) : await connectSocket(t.url, '/live', { token });
        sockets.push(s);
        expect(await s.emitWithAck('room.join', { roomId: room.id })).toMatchObject({ ok: true });
        return s;
      };
      // The host behind a proxy on this machine; the viewer direct.
      const host = await connect(employer.token, { 'x-forwarded-for': '198.51.100.4' });
      const viewer = await connect(seeker.token);
      const heard = nextEvent<{ type: string; message: { id: string } }>(host, 'room.event', (e) => e.type === 'chat', 15_000);
      expect(await viewer.emitWithAck('chat.send', { roomId: room.id, text: '包吃住吗？' })).toMatchObject({ ok: true });
      const messageId = (await heard).message.id;
      expect(await host.emitWithAck('host.remove_message', { roomId: room.id, messageId })).toEqual({ ok: true });
      expect(await host.emitWithAck('host.mute', { roomId: room.id, userId: seeker.userId, muted: true })).toEqual({ ok: true });
      // A refused moderation (not the host) writes nothing.
      expect(await viewer.emitWithAck('host.mute', { roomId: room.id, userId: employer.userId, muted: true })).toMatchObject({
        ok: false,
        code: 'NOT_HOST',
      });

      const list = await entries({ targetId: room.id });
      expect(list.map((e) => e.action)).toEqual([AuditAction.LIVE_MESSAGE_REMOVED, AuditAction.LIVE_USER_MUTED]);
      expect(list[0]).toMatchObject({
        actorUserId: employer.userId,
        actorRole: Role.EMPLOYER,
        targetType: AuditTargetType.LIVE_ROOM,
        regionCode: LINXIA_COUNTY,
        before: { messageId, authorUserId: seeker.userId, text: '包吃住吗？' },
        requestId: `socket:${host.id}`,
        clientIp: '198.51.100.4',
      });
      expect(list[1]).toMatchObject({
        before: { userId: seeker.userId, muted: false },
        after: { userId: seeker.userId, muted: true },
        requestId: `socket:${host.id}`,
      });
    });
  });

  describe('reading the trail', () => {
    const read = async (token: string | undefined, variables: Record<string, unknown> = {}) =>
      t.gql(AUDIT_LOG, { first: 50, ...variables }, token);

    it('admins read every entry, newest first, page by page', async () => {
      const all = await total();
      expect(all).toBeGreaterThanOrEqual(10);
      const first = ok(await read(admin.token, { first: 3 })).auditLog;
      expect(first.totalCount).toBe(all);
      expect(first.edges).toHaveLength(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const seen: { id: string; occurredAt: string }[] = first.edges.map((e: { node: { id: string; occurredAt: string } }) => e.node);
      let after = first.pageInfo.endCursor;
      for (;;) {
        const page = ok(await read(admin.token, { first: 3, after })).auditLog;
        seen.push(...page.edges.map((e: { node: { id: string; occurredAt: string } }) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(all);
      expect(new Set(seen.map((s) => s.id)).size).toBe(all);
      const times = seen.map((s) => Date.parse(s.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(errorOf(await read(admin.token, { after: 'not-a-cursor' }))).toEqual({ code: 'VALIDATION_FAILED', field: 'after' });
      // Well-formed cursors holding what PostgreSQL would refuse are refused before any query.
      const uuid = seen[0].id;
      for (const at of ['0000-01-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01 00:00', 'now']) {
        const cursor = encodeCursor([at, uuid]);
        expect([at, errorOf(await read(admin.token, { after: cursor }))]).toEqual([at, { code: 'VALIDATION_FAILED', field: 'after' }]);
      }
    });

    it('the officer of the region reads its entries; an officer of another prefecture none of them', async () => {
      const mine = ok(await read(officer.token)).auditLog;
      const inLinxia = (await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE region_code LIKE '6229%'`))[0].n;
      expect(mine.totalCount).toBe(inLinxia);
      expect(mine.totalCount).toBeGreaterThanOrEqual(10);
      expect(mine.edges.every((e: { node: { regionCode: string } }) => e.node.regionCode.startsWith('6229'))).toBe(true);
      const theirs = ok(await read(elsewhere.token)).auditLog;
      expect(theirs).toMatchObject({ totalCount: 0, edges: [] });
      // Not by asking for an entry by its target either.
      expect(ok(await read(elsewhere.token, { filter: { targetId: employer.employerId } })).auditLog.totalCount).toBe(0);
      expect(ok(await t.gql(AUDIT_CSV, {}, elsewhere.token)).auditLogCsv.rows).toBe(0);
    });

    it('job seekers, employers and anonymous callers are refused', async () => {
      expect(errorOf(await read(seeker.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await read(employer.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await read(undefined)).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(AUDIT_CSV, {}, seeker.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(AUDIT_CSV, {}, employer.token)).code).toBe('FORBIDDEN');
    });

    it('filters by action, actor, target and time', async () => {
      const byAction = ok(await read(admin.token, { filter: { action: 'EMPLOYER_VERIFIED' } })).auditLog;
      expect(byAction.totalCount).toBe(1);
      expect(byAction.edges[0].node).toMatchObject({ targetId: employer.employerId, actorUserId: officer.userId, actorRole: 'OFFICER' });
      expect(JSON.parse(byAction.edges[0].node.afterJson)).toEqual({
        verificationStatus: 'VERIFIED',
        verificationNote: '营业执照核验通过',
      });
      const byActor = ok(await read(admin.token, { filter: { actorId: admin.userId } })).auditLog;
      expect(byActor.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
        'OFFICER_REGION_CHANGED',
        'USER_STATUS_CHANGED',
        'USER_STATUS_CHANGED',
        'OFFICER_CREATED',
      ]);
      const byTarget = ok(await read(officer.token, { filter: { targetType: 'EMPLOYER', targetId: employer.employerId } })).auditLog;
      expect(byTarget.totalCount).toBe(2);
      const future = new Date(Date.now() + 60_000).toISOString();
      expect(ok(await read(admin.token, { filter: { from: future } })).auditLog.totalCount).toBe(0);
      expect(ok(await read(admin.token, { filter: { to: future } })).auditLog.totalCount).toBe(await total());
      expect(errorOf(await read(admin.token, { filter: { from: future, to: new Date().toISOString() } }))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'filter.from',
      });
      expect(errorOf(await read(admin.token, { filter: { actorId: 'not-a-uuid' } })).code).toBe('VALIDATION_FAILED');
    });

    it('exports CSV with Chinese headers, the same scope, and formulas defused', async () => {
      // A rejection reason a spreadsheet would run as a formula.
      const id = await makeDraftJob(t, employer);
      ok(await t.gql(SUBMIT, { id }, employer.token));
      ok(await t.gql(REVIEW, { id, approve: false, reason: '=HYPERLINK("http://evil.example","点我")' }, officer.token));

      const all = ok(await t.gql(AUDIT_CSV, {}, admin.token)).auditLogCsv;
      expect(all.rows).toBe(await total());
      expect(all.truncated).toBe(false);
      expect(all.filename).toMatch(/^审计日志-\d{8}\.csv$/);
      const lines = all.csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(all.csv.startsWith('\uFEFF')).toBe(true);
      expect(lines[0]).toBe('时间,操作,操作人,操作人角色,操作人编号,对象类型,对象编号,所属地区代码,变更前,变更后,原因,来源地址,请求编号');
      expect(lines).toHaveLength(all.rows + 1);
      expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,岗位审核驳回,人社局工作人员,人社工作人员,/);
      expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
      expect(all.csv).toContain('创建人社工作人员账号');
      expect(all.csv).not.toContain('13800007777');

      const filtered = ok(await t.gql(AUDIT_CSV, { filter: { action: 'LIVE_USER_MUTED' } }, officer.token)).auditLogCsv;
      expect(filtered.rows).toBe(1);
      expect(filtered.csv).toContain('直播间禁言');
    });
  });

  describe('append-only', () => {
    it('the database refuses UPDATE, DELETE and TRUNCATE of entries, through any path', async () => {
      const count = await total();
      const repo = t.ds.getRepository(AuditLogEntity);
      const entry = (await repo.find({ take: 1 }))[0];
      await expect(t.ds.query(`UPDATE audit_log SET reason = 'edited'`)).rejects.toThrow(/append-only/);
      await expect(t.ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(t.ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      await expect(repo.update({ id: entry.id }, { reason: 'edited' })).rejects.toThrow(/append-only/);
      await expect(repo.save({ ...entry, actorName: '别人' })).rejects.toThrow(/append-only/);
      await expect(repo.delete({ id: entry.id })).rejects.toThrow(/append-only/);
      await expect(repo.remove(entry)).rejects.toThrow(/append-only/);
      expect(await total()).toBe(count);
      expect(await repo.findOneByOrFail({ id: entry.id })).toEqual(entry);
    });

    it('a large trail: the export stops at 10,000 rows and says so; pages stay quick (figures printed)', async () => {
      // 30,000 synthetic entries over two prefectures (inserting is all the table allows).
      await t.ds.query(
        `INSERT INTO audit_log (occurred_at, actor_user_id, actor_role, actor_name, action, target_type, target_id, region_code, after, client_ip, request_id)
         SELECT now() - (n || ' seconds')::interval, $1, 'OFFICER', '批量', 'JOB_POSTING_APPROVED', 'JOB_POSTING', gen_random_uuid()::text,
                CASE WHEN n % 2 = 0 THEN '622921' ELSE '621002' END, '{"status":"PUBLISHED"}', '10.0.0.1', 'bulk-' || n
         FROM generate_series(1, 30000) AS n`,
        [officer.userId],
      );
      let at = Date.now();
      const all = ok(await t.gql(AUDIT_CSV, {}, admin.token)).auditLogCsv;
      const exportMs = Date.now() - at;
      expect(all).toMatchObject({ rows: 10_000, truncated: true });
      expect(all.csv.trimEnd().split('\r\n')).toHaveLength(10_001);
      at = Date.now();
      const page = ok(await t.gql(AUDIT_LOG, { first: 5 }, elsewhere.token)).auditLog;
      const pageMs = Date.now() - at;
      expect(page.totalCount).toBe(15_000);
      at = Date.now();
      ok(await t.gql(AUDIT_LOG, { first: 5, after: page.pageInfo.endCursor, filter: { action: 'JOB_POSTING_APPROVED' } }, officer.token));
      const nextMs = Date.now() - at;

      // Entries microseconds apart (as other writers than this API may store them) page without loss or repeats.
      await t.ds.query(
        `INSERT INTO audit_log (occurred_at, action, target_type, target_id, region_code)
         SELECT timestamptz '2026-12-01 10:00:00.123' + n * interval '1 microsecond', 'LIVE_USER_MUTED', 'LIVE_ROOM', 'microsecond-probe', '622921'
         FROM generate_series(1, 7) AS n`,
      );
      const ids: string[] = [];
      let after: string | undefined;
      do {
        const p = ok(await t.gql(AUDIT_LOG, { first: 2, after, filter: { targetId: 'microsecond-probe' } }, officer.token)).auditLog;
        ids.push(...p.edges.map((e: { node: { id: string } }) => e.node.id));
        after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : undefined;
      } while (after);
      expect(ids).toHaveLength(7);
      expect(new Set(ids).size).toBe(7);
      console.log(
        `RESULT audit entries=${await total()} export_rows=${all.rows} export_bytes=${Buffer.byteLength(all.csv)} export_ms=${exportMs} officer_page_ms=${pageMs} filtered_next_page_ms=${nextMs}`,
      );
    });

    it('an entry written in a transaction that rolls back is gone with it', async () => {
      const audit = t.app.get(AuditService);
      const count = await total();
      await expect(
        t.ds.transaction(async (em) => {
          await audit.record(em, {
            actor: null,
            action: AuditAction.USER_STATUS_CHANGED,
            targetType: AuditTargetType.USER,
            targetId: seeker.userId,
            regionCode: null,
          });
          expect((await em.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n).toBe(count + 1);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await total()).toBe(count);
    });
  });
});
