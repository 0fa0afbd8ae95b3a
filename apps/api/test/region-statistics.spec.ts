import { generateIdNumber } from '@jobbridge/domain';
import {
  createTestApp,
  errorOf,
  LINXIA_CITY,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeLiveFair,
  makeOfficer,
  makePublishedJob,
  makeDraftJob,
  makeSeeker,
  makeStaff,
  ok,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { Role } from '@jobbridge/contracts';
import { StatisticsRefreshWorker } from '../src/modules/statistics/statistics-refresh.worker';

const GANSU = '620000';
const FIGURES = `postingsOpened postingsPublished postingsClosed seekersRegistered applications hires medianDaysToHire
  liveRoomsHeld fairsHeld fairTalks fairAgreements projects projectsAtRisk projectsInBreach`;
const STATS = `query($regionCode: String!, $from: String, $to: String, $period: StatsPeriod, $priorityGroup: PriorityGroup) {
  regionStatistics(regionCode: $regionCode, from: $from, to: $to, period: $period, priorityGroup: $priorityGroup) {
    region { code level } period from to priorityGroup refreshedAt
    total { ${FIGURES} }
    buckets { period start end figures { ${FIGURES} } }
    children { region { code name } ownLevel total { ${FIGURES} } buckets { period figures { applications hires } } } } }`;

const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;

/** China civil date `days` from today. */
const day = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
let idSeq = 300;
const idNumber = (region: string) => generateIdNumber(`${region}19900101${String(++idSeq).padStart(3, '0')}`);

type Figures = Record<string, number | null>;
const ZERO: Figures = {
  postingsOpened: 0,
  postingsPublished: 0,
  postingsClosed: 0,
  seekersRegistered: 0,
  applications: 0,
  hires: 0,
  liveRoomsHeld: 0,
  fairsHeld: 0,
  fairTalks: 0,
  fairAgreements: 0,
};

describe('regional statistics for the bureau (regionStatistics)', () => {
  let t: TestApp;
  let admin: Session;
  let linxia: Session; // 临夏州 officer
  let county: Session; // 临夏县 officer
  let qingyang: Session; // 庆阳市 officer
  let gansu: Session; // 甘肃省 officer
  const ids: Record<string, string> = {};

  const stats = (by: Session, vars: Record<string, unknown>) => t.gql(STATS, vars, by.token);
  const statsOf = async (by: Session, vars: Record<string, unknown>) => ok(await stats(by, vars)).regionStatistics;
  const refresh = () => t.app.get(StatisticsRefreshWorker);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeStaff(t, Role.ADMIN);
    linxia = await makeOfficer(t, LINXIA_PREFECTURE);
    county = await makeOfficer(t, LINXIA_COUNTY);
    qingyang = await makeOfficer(t, QINGYANG_PREFECTURE);
    gansu = await makeOfficer(t, GANSU);

    // Employers in 临夏县, 临夏市 and 庆阳 西峰区, and their postings (the workplace decides the region).
    const eA = await makeEmployer(t);
    const eB = await makeEmployer(t, { regionCode: LINXIA_CITY });
    const eC = await makeEmployer(t, { regionCode: QINGYANG_XIFENG, name: '庆阳测试用工单位' });
    ids.jA1 = await makePublishedJob(t, eA, linxia);
    ids.jA2 = await makePublishedJob(t, eA, linxia, { title: '钢筋工' });
    await makeDraftJob(t, eA, { title: '木工' });
    ids.jB1 = await makePublishedJob(t, eB, linxia, { workRegionCode: LINXIA_CITY, address: '临夏市' });
    ids.jC1 = await makePublishedJob(t, eC, qingyang, { workRegionCode: QINGYANG_XIFENG, address: '西峰区', lat: 35.73, lng: 107.64 });
    ok(await t.gql(`mutation($id: ID!) { closeJobPosting(id: $id) { id } }`, { id: ids.jA2 }, eA.token));

    // Seekers: a graduate of 16–24 living in 临夏市, a poverty-alleviated worker in 临夏县, one without a group in 西峰区.
    const s1 = await makeSeeker(t, { priorityGroups: ['GRADUATE', 'YOUTH'] });
    const s2 = await makeSeeker(t, { priorityGroups: ['POVERTY_ALLEVIATED'], residenceRegionCode: LINXIA_COUNTY });
    const s3 = await makeSeeker(t, { hukouRegionCode: QINGYANG_XIFENG, residenceRegionCode: QINGYANG_XIFENG });
    Object.assign(ids, { s2: s2.token, s3: s3.token });
    const apply = async (s: Session, job: string) => ok(await t.gql(APPLY, { input: { jobPostingId: job } }, s.token)).submitApplication.id;
    const a11 = await apply(s1, ids.jA1);
    await apply(s1, ids.jB1);
    await apply(s1, ids.jC1);
    const a21 = await apply(s2, ids.jA1);
    ids.a33 = await apply(s3, ids.jC1);
    ok(await t.gql(MOVE, { input: { applicationId: a11, toStatus: 'HIRED' } }, eA.token));
    ok(await t.gql(MOVE, { input: { applicationId: a21, toStatus: 'INTERVIEW' } }, eA.token));
    ok(await t.gql(MOVE, { input: { applicationId: ids.a33, toStatus: 'HIRED' } }, eC.token));

    // Live rooms on air: the prefecture bureau's (listed at 临夏州 itself) and 临夏县's employer's.
    const room = async (host: Session) => {
      const id = ok(
        await t.gql(
          `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`,
          { input: { title: '直播带岗', scheduledStart: new Date(Date.now() + 3_600_000).toISOString(), jobPostingIds: [ids.jA1] } },
          host.token,
        ),
      ).createLiveRoom.id;
      ok(await t.gql(`mutation($id: ID!) { startLiveRoom(id: $id) { id } }`, { id }, host.token));
    };
    await room(linxia);
    await room(eA);

    // A fair of 临夏州 (its booth job is one more 临夏县 posting), with a talk that ends in an agreement (an application).
    const fair = await makeLiveFair(t, linxia, [eA]);
    const booth = fair.booths[0];
    const ticket = ok(await t.gql(`mutation($b: ID!) { joinBoothQueue(input: { boothId: $b }) { id } }`, { b: booth.boothId }, s2.token))
      .joinBoothQueue.id;
    ok(await t.gql(`mutation($b: ID!) { callNextTicket(boothId: $b) { id } }`, { b: booth.boothId }, eA.token));
    ok(await t.gql(`mutation($id: ID!) { acceptTalk(ticketId: $id) { id } }`, { id: ticket }, s2.token));
    ok(
      await t.gql(
        `mutation($input: EndTalkInput!) { endTalk(input: $input) { id } }`,
        { input: { ticketId: ticket, outcome: 'AGREEMENT', jobPostingId: booth.jobIds[0] } },
        eA.token,
      ),
    );

    // The 30% projects: 临夏县's has 1 local of 3 (compliant, one more non-local hire would breach: AT_RISK); 西峰区's has
    // only a non-local worker (BREACH). Both began 60 days ago; their workers 10 days ago.
    const project = async (officer: Session, owner: string, regionCode: string) =>
      ok(
        await t.gql(
          `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`,
          {
            input: {
              name: '统计测试重点项目',
              employerId: owner,
              regionCode,
              kind: 'GOVERNMENT_INVESTED',
              plannedWorkforce: 50,
              startDate: day(-60),
            },
          },
          officer.token,
        ),
      ).createProject.id as string;
    const worker = async (officer: Session, projectId: string, hukouRegionCode: string) =>
      ok(
        await t.gql(
          `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id } }`,
          {
            input: {
              projectId,
              fullName: '马建国',
              idNumber: idNumber(hukouRegionCode),
              hukouRegionCode,
              trade: '钢筋工',
              startDate: day(-10),
              acknowledgement: '统计测试：本地人员暂缺',
            },
          },
          officer.token,
        ),
      );
    const p1 = await project(linxia, eA.employerId, LINXIA_COUNTY);
    await worker(linxia, p1, LINXIA_COUNTY);
    await worker(linxia, p1, QINGYANG_XIFENG);
    await worker(linxia, p1, QINGYANG_XIFENG);
    const p2 = await project(qingyang, eC.employerId, QINGYANG_XIFENG);
    await worker(qingyang, p2, LINXIA_COUNTY);
    ids.p1 = p1;
    ids.p2 = p2;

    await refresh().runOnce();
  }, 180_000);
  afterAll(() => t?.close());

  // What the fixture made, by region.
  const linxiaCounty = {
    ...ZERO,
    postingsOpened: 4,
    postingsPublished: 3,
    postingsClosed: 1,
    seekersRegistered: 1,
    applications: 3,
    hires: 1,
    liveRoomsHeld: 1,
  };
  const linxiaCity = { ...ZERO, postingsOpened: 1, postingsPublished: 1, seekersRegistered: 1, applications: 1 };
  const linxiaOwn = { ...ZERO, liveRoomsHeld: 1, fairsHeld: 1, fairTalks: 1, fairAgreements: 1 };
  const xifeng = { ...ZERO, postingsOpened: 1, postingsPublished: 1, seekersRegistered: 1, applications: 2, hires: 1 };
  const sum = (...xs: Figures[]) =>
    Object.fromEntries(Object.keys(ZERO).map((k) => [k, xs.reduce((n, x) => n + (x[k] ?? 0), 0)])) as Figures;
  const pick = (f: Figures) => Object.fromEntries(Object.keys(ZERO).map((k) => [k, f[k]]));

  it('sums a county, its prefecture and the province from what was created', async () => {
    const c = await statsOf(county, { regionCode: LINXIA_COUNTY, period: 'DAY', from: day(-1), to: day(0) });
    expect(c.region).toEqual({ code: LINXIA_COUNTY, level: 'COUNTY' });
    expect(pick(c.total)).toEqual(linxiaCounty);
    expect(c.children).toEqual([]);
    expect(c.buckets.map((b: { period: string }) => b.period)).toEqual([day(-1), day(0)]);
    expect(pick(c.buckets[0].figures)).toEqual(ZERO);
    expect(pick(c.buckets[1].figures)).toEqual(linxiaCounty);
    expect(c.total.medianDaysToHire).toBe(0);
    expect(c.refreshedAt).not.toBeNull();

    const p = await statsOf(linxia, { regionCode: LINXIA_PREFECTURE, period: 'MONTH', from: day(0), to: day(0) });
    expect(pick(p.total)).toEqual(sum(linxiaCounty, linxiaCity, linxiaOwn));
    const child = (code: string) => p.children.find((x: { region: { code: string } }) => x.region.code === code);
    expect(pick(child(LINXIA_COUNTY).total)).toEqual(linxiaCounty);
    expect(pick(child(LINXIA_CITY).total)).toEqual(linxiaCity);
    // Facts held by the prefecture's bureau itself (its live room, its fair) are its own row, in no county.
    expect(child(LINXIA_PREFECTURE)).toMatchObject({ ownLevel: true, region: { code: LINXIA_PREFECTURE } });
    expect(pick(child(LINXIA_PREFECTURE).total)).toEqual(linxiaOwn);
    // Every county of 临夏州 is listed (zeros included), in code order, then the own-level row.
    expect(p.children.length).toBeGreaterThanOrEqual(8);
    expect(
      p.children
        .filter((x: { ownLevel: boolean }) => !x.ownLevel)
        .every((x: { region: { code: string } }) => x.region.code.startsWith('6229')),
    ).toBe(true);

    const g = await statsOf(gansu, { regionCode: '62', from: day(0) });
    expect(g.region.code).toBe(GANSU);
    expect(g.period).toBe('MONTH');
    expect(pick(g.total)).toEqual(sum(linxiaCounty, linxiaCity, linxiaOwn, xifeng));
    const prefecture = (code: string) => g.children.find((x: { region: { code: string } }) => x.region.code === code);
    expect(pick(prefecture(LINXIA_PREFECTURE).total)).toEqual(sum(linxiaCounty, linxiaCity, linxiaOwn));
    expect(pick(prefecture(QINGYANG_PREFECTURE).total)).toEqual(xifeng);
    expect(pick(prefecture('620100').total)).toEqual(ZERO); // 兰州市: listed, nothing there
    expect(prefecture(LINXIA_PREFECTURE).buckets).toHaveLength(1);
  });

  it('counts only the chosen priority group’s seekers, applications, hires and talks; other figures stay for everyone', async () => {
    const poor = await statsOf(linxia, { regionCode: LINXIA_PREFECTURE, priorityGroup: 'POVERTY_ALLEVIATED', from: day(0) });
    expect(poor.priorityGroup).toBe('POVERTY_ALLEVIATED');
    expect(pick(poor.total)).toEqual({
      ...sum(linxiaCounty, linxiaCity, linxiaOwn),
      seekersRegistered: 1,
      applications: 2, // its application to 电焊工 and the fair agreement's
      hires: 0,
      fairTalks: 1,
      fairAgreements: 1,
    });
    expect(poor.total.medianDaysToHire).toBeNull();
    const graduates = await statsOf(admin, { regionCode: GANSU, priorityGroup: 'GRADUATE', from: day(0) });
    expect(pick(graduates.total)).toMatchObject({ seekersRegistered: 1, applications: 3, hires: 1, fairTalks: 0, postingsOpened: 6 });
    const veterans = await statsOf(admin, { regionCode: GANSU, priorityGroup: 'VETERAN', from: day(0) });
    expect(pick(veterans.total)).toMatchObject({ seekersRegistered: 0, applications: 0, hires: 0 });
  });

  it('reads the 30% projects on each period’s last day, with the statuses the projects API gives', async () => {
    const statuses = ok(
      await t.gql(`{ projects(first: 50) { edges { node { id localHiring { status } } } } }`, {}, gansu.token),
    ).projects.edges.map((e: { node: { id: string; localHiring: { status: string } } }) => [e.node.id, e.node.localHiring.status]);
    expect(Object.fromEntries(statuses)).toEqual({ [ids.p1]: 'AT_RISK', [ids.p2]: 'BREACH' });

    const g = await statsOf(gansu, { regionCode: GANSU, period: 'DAY', from: day(-12), to: day(0) });
    const on = (d: string) => g.buckets.find((b: { period: string }) => b.period === d).figures;
    // Before the workers came: two projects under way, nobody on them (NO_WORKERS).
    expect(on(day(-12))).toMatchObject({ projects: 2, projectsAtRisk: 0, projectsInBreach: 0 });
    expect(on(day(-10))).toMatchObject({ projects: 2, projectsAtRisk: 1, projectsInBreach: 1 });
    expect(g.total).toMatchObject({ projects: 2, projectsAtRisk: 1, projectsInBreach: 1 });
    const byPrefecture = (code: string) => g.children.find((x: { region: { code: string } }) => x.region.code === code).total;
    expect(byPrefecture(LINXIA_PREFECTURE)).toMatchObject({ projects: 1, projectsAtRisk: 1, projectsInBreach: 0 });
    expect(byPrefecture(QINGYANG_PREFECTURE)).toMatchObject({ projects: 1, projectsAtRisk: 0, projectsInBreach: 1 });
    // Before both began, and a period that has not begun.
    const early = await statsOf(gansu, { regionCode: GANSU, period: 'DAY', from: day(-70), to: day(-65) });
    expect(early.total).toMatchObject({ projects: 0, projectsAtRisk: 0, projectsInBreach: 0 });
    const ahead = await statsOf(gansu, { regionCode: GANSU, period: 'DAY', from: day(1), to: day(2) });
    expect(ahead.total).toMatchObject({ projects: null, applications: 0 });
  });

  it('puts a backdated fact in its own day and month, and takes the median time to hire over the hires', async () => {
    // 西峰区's hire took 10 days: its application moves 10 days back; a full rebuild takes it in.
    await t.ds.query(`UPDATE applications SET created_at = created_at - interval '10 days' WHERE id = $1`, [ids.a33]);
    const r = await refresh().refreshAll();
    expect(r.kind).toBe('full');
    const q = await statsOf(qingyang, { regionCode: QINGYANG_PREFECTURE, period: 'DAY', from: day(-10), to: day(0) });
    expect(q.buckets).toHaveLength(11);
    expect(q.buckets[0].figures).toMatchObject({ applications: 1, hires: 0 });
    expect(q.buckets[10].figures).toMatchObject({ applications: 1, hires: 1, medianDaysToHire: 10 });
    // Over the province: hires took 0 and 10 days, so the median is 5.
    const g = await statsOf(admin, { regionCode: GANSU, period: 'YEAR', from: day(-10), to: day(0) });
    expect(g.total).toMatchObject({ hires: 2, medianDaysToHire: 5, applications: 6 });
    expect(g.children.find((x: { region: { code: string } }) => x.region.code === QINGYANG_PREFECTURE).total.medianDaysToHire).toBe(10);
  });

  it('takes in new data on the next background pass, and on a query once today’s figures are stale', async () => {
    const before = (await statsOf(linxia, { regionCode: LINXIA_PREFECTURE, from: day(0) })).total.applications;
    ok(await t.gql(APPLY, { input: { jobPostingId: ids.jB1 } }, ids.s3));
    // A local worker joins 西峰区's project today: 1 local of 2, no longer in breach.
    ok(
      await t.gql(
        `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id } }`,
        {
          input: {
            projectId: ids.p2,
            fullName: '李本地',
            idNumber: idNumber(QINGYANG_XIFENG),
            hukouRegionCode: QINGYANG_XIFENG,
            trade: '钢筋工',
            startDate: day(0),
          },
        },
        qingyang.token,
      ),
    );
    const pass = await refresh().runOnce();
    expect(pass.kind).toBe('changes');
    expect(pass.days).toContain(day(0));
    expect((await statsOf(linxia, { regionCode: LINXIA_PREFECTURE, from: day(0) })).total.applications).toBe(before + 1);
    const g = await statsOf(gansu, { regionCode: GANSU, period: 'DAY', from: day(-1), to: day(0) });
    expect(g.buckets[0].figures).toMatchObject({ projects: 2, projectsAtRisk: 1, projectsInBreach: 1 });
    expect(g.buckets[1].figures).toMatchObject({ projects: 2, projectsAtRisk: 1, projectsInBreach: 0 });

    // Another application, no pass: a query over today refreshes today itself once its figures are older than 30 s.
    ok(await t.gql(APPLY, { input: { jobPostingId: ids.jB1 } }, ids.s2));
    await t.ds.query(`UPDATE region_stats_refresh SET today_refreshed_at = today_refreshed_at - interval '1 hour'`);
    const after = await statsOf(linxia, { regionCode: LINXIA_PREFECTURE, from: day(0) });
    expect(after.total.applications).toBe(before + 2);
    expect(new Date(after.refreshedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses a region outside the officer’s, with FORBIDDEN on regionCode; admins see every region', async () => {
    for (const [by, regionCode] of [
      [linxia, GANSU],
      [linxia, QINGYANG_PREFECTURE],
      [linxia, QINGYANG_XIFENG],
      [county, LINXIA_PREFECTURE],
      [county, LINXIA_CITY],
      [qingyang, LINXIA_COUNTY],
    ] as [Session, string][]) {
      const r = await stats(by, { regionCode });
      expect(errorOf(r)).toEqual({ code: 'FORBIDDEN', field: 'regionCode' });
      expect(r.errors![0].message).toMatch(/辖区/);
    }
    expect((await statsOf(admin, { regionCode: QINGYANG_XIFENG })).region.code).toBe(QINGYANG_XIFENG);
    expect((await statsOf(admin, { regionCode: '110000' })).region.code).toBe('110000');
    const seeker = await makeSeeker(t);
    expect(errorOf(await stats(seeker, { regionCode: LINXIA_COUNTY }))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(STATS, { regionCode: LINXIA_COUNTY }))).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('answers bad input with typed Chinese errors on the field at fault', async () => {
    const refusal = async (vars: Record<string, unknown>) => {
      const r = await stats(admin, vars);
      return { ...errorOf(r), chinese: /[\u4e00-\u9fff]/.test(r.errors![0].message) };
    };
    expect(await refusal({ regionCode: '629999' })).toEqual({ code: 'UNKNOWN_REGION', field: 'regionCode', chinese: true });
    expect(await refusal({ regionCode: 'abc' })).toEqual({ code: 'UNKNOWN_REGION', field: 'regionCode', chinese: true });
    expect(await refusal({ regionCode: '622921100' })).toMatchObject({
      code: expect.stringMatching(/VALIDATION_FAILED|UNKNOWN_REGION/),
      field: 'regionCode',
    });
    expect(await refusal({ regionCode: GANSU, from: day(0), to: day(-1) })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'from',
      chinese: true,
    });
    expect(await refusal({ regionCode: GANSU, period: 'DAY', from: '2024-01-01', to: '2025-12-31' })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'from',
      chinese: true,
    });
    expect(await refusal({ regionCode: GANSU, from: '2026-02-30' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'from' });
    // 400 days by day is allowed.
    expect((await statsOf(admin, { regionCode: GANSU, period: 'DAY', from: day(-399), to: day(0) })).buckets).toHaveLength(400);
  });
});
