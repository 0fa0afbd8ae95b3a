import { chinaIsoDateOf, validateIdNumber } from '@jobbridge/domain';
import { createTestApp, ok, TestApp } from '@jobbridge/testing';
import pino from 'pino';
import { PiiCipher } from '../src/common/crypto/pii-cipher';
import { buildDemoData, DEMO_PASSWORD } from '../src/database/seed/demo-data';
import { seedDemoData } from '../src/database/seed/seeder';
import { GigSettlementService } from '../src/modules/gigs/gig-settlement.service';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const PROJECTS = `{ projects { totalCount edges { node { id name employer { name } localHiring { status ratio shortfall totalWorkers localWorkers } labourPay { compliant share } } } } }`;

/** The demo data as `npm start` seeds it, read back through the API as the demo users would. */
describe('demo data', () => {
  let t: TestApp;
  const data = buildDemoData({ postings: 60 });
  const cipher = new PiiCipher(Buffer.alloc(32, 7));
  const login = async (phone: string) => ok(await t.gql(LOGIN, { input: { login: phone, password: DEMO_PASSWORD } })).login.token as string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.ds, pino({ level: 'silent' }), cipher, data);
    await t.drainSearch();
  });
  afterAll(() => t.close());

  it('has three major projects in different states, riskiest first on the province dashboard', async () => {
    const list = ok(await t.gql(PROJECTS, {}, await login('13800000003'))).projects;
    expect(list.edges.map((e: { node: { localHiring: { status: string } } }) => e.node.localHiring.status)).toEqual([
      'BREACH',
      'AT_RISK',
      'COMPLIANT',
    ]);
    const [canal, dc, g310] = list.edges.map((e: { node: unknown }) => e.node);
    expect(canal).toMatchObject({
      name: '康乐县农田灌溉渠系改造以工代赈项目',
      localHiring: { totalWorkers: 21, localWorkers: 5, shortfall: 2 },
      labourPay: { compliant: false, share: 0.12 },
    });
    expect(dc).toMatchObject({ localHiring: { totalWorkers: 40, localWorkers: 12, ratio: 0.3 }, labourPay: null });
    expect(g310).toMatchObject({ employer: { name: '甘肃甘康焊接工程有限公司' }, localHiring: { totalWorkers: 40, localWorkers: 18 } });
  });

  it('shows each prefecture’s officer its own projects', async () => {
    expect(ok(await t.gql(PROJECTS, {}, await login('13800000001'))).projects.totalCount).toBe(2);
    expect(ok(await t.gql(PROJECTS, {}, await login('13800000002'))).projects.totalCount).toBe(1);
  });

  it('lets the demo employer preview a hire on its project', async () => {
    const token = await login('13900000002');
    const mine = ok(await t.gql(PROJECTS, {}, token)).projects;
    expect(mine.totalCount).toBe(1);
    const preview = ok(
      await t.gql(
        `query($input: PreviewProjectHireInput!) { previewProjectHire(input: $input) { local after { localWorkers totalWorkers } } }`,
        { input: { projectId: mine.edges[0].node.id, hukouRegionCode: '622922' } },
        token,
      ),
    ).previewProjectHire;
    expect(preview).toEqual({ local: true, after: { localWorkers: 19, totalWorkers: 41 } });
  });

  it('has an upcoming bureau room, an upcoming employer room, and a past room with its figures', async () => {
    const upcoming = ok(await t.gql(`{ liveRooms { edges { node { id title hostRole status } } } }`)).liveRooms.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(upcoming).toEqual([
      expect.objectContaining({ hostRole: 'EMPLOYER', status: 'SCHEDULED', title: expect.stringContaining('甘康电焊工') }),
      expect.objectContaining({ hostRole: 'OFFICER', status: 'SCHEDULED', title: expect.stringContaining('局长直播带岗') }),
    ]);
    const token = await login('13900000004');
    const [past] = ok(await t.gql(`{ myLiveRooms { id status } }`, {}, token)).myLiveRooms;
    expect(past.status).toBe('ENDED');
    const stats = ok(
      await t.gql(
        `query($id: ID!) { liveRoomStats(id: $id) { peakViewers uniqueViewers likes questions answeredQuestions total { impressions applications interviews hires } byCounty { label viewers } } }`,
        { id: past.id },
        token,
      ),
    ).liveRoomStats;
    expect(stats).toMatchObject({
      peakViewers: 186,
      likes: 2431,
      questions: 6,
      answeredQuestions: 4,
      total: { applications: 3, interviews: 2, hires: 1 },
    });
    expect(stats.uniqueViewers).toBeGreaterThan(200);
    expect(stats.byCounty.find((r: { label: string }) => r.label === '西峰区').viewers).toBeGreaterThan(50);
  });

  it('has a caseload in 临夏 and 庆阳: overdue and due-this-week follow-ups, a case closed on a hire, a zero-employment household', async () => {
    const CASES = `query($filter: CaseloadFilter) { caseload(filter: $filter, first: 50) { edges { node { kind status overdue standing outcome employedByApplicationId person { fullName } } } } }`;
    const names = (list: { edges: { node: { person: { fullName: string } } }[] }) => list.edges.map((e) => e.node.person.fullName);
    const linxia = await login('13800000001');
    const due = ok(await t.gql(CASES, { filter: 'DUE' }, linxia)).caseload;
    const byName = (n: string) => due.edges.find((e: { node: { person: { fullName: string } } }) => e.node.person.fullName === n)?.node;
    expect(byName('马小军')).toMatchObject({ kind: 'UNEMPLOYED', overdue: true });
    expect(byName('何秀兰')).toMatchObject({ kind: 'UNEMPLOYED', overdue: false, standing: 'DUE_SOON' });
    const closed = ok(await t.gql(CASES, { filter: 'CLOSED' }, linxia)).caseload;
    expect(closed.edges.map((e: { node: unknown }) => e.node)).toEqual([
      expect.objectContaining({ person: { fullName: '马永福' }, outcome: 'EMPLOYED', employedByApplicationId: expect.any(String) }),
    ]);
    const households = ok(
      await t.gql(`{ zeroEmploymentHouseholds { headName workingAgeMembers employedMembers } }`, {}, linxia),
    ).zeroEmploymentHouseholds;
    expect(households).toEqual([{ headName: '何秀兰', workingAgeMembers: 3, employedMembers: 0 }]);
    const qingyang = ok(await t.gql(CASES, { filter: 'DUE' }, await login('13800000002'))).caseload;
    const qy = (n: string) => qingyang.edges.find((e: { node: { person: { fullName: string } } }) => e.node.person.fullName === n)?.node;
    expect(qy('王建军')).toMatchObject({ overdue: false, standing: 'DUE_SOON' });
    expect(qy('张海龙')).toMatchObject({ overdue: true });
    expect(qy('郭彩琴')).toMatchObject({ kind: 'DIFFICULTY', overdue: true });
    expect(names(qingyang)).not.toContain('马小军');
    const mine = ok(
      await t.gql(
        `{ myUnemploymentRegistration { status household { zeroEmployment } supportCase { overdue followUps { outcome } } } }`,
        {},
        await login('13700000002'),
      ),
    ).myUnemploymentRegistration;
    expect(mine).toMatchObject({
      status: 'ACTIVE',
      household: { zeroEmployment: false },
      supportCase: { overdue: true, followUps: [{ outcome: 'CONTINUING' }] },
    });
  });

  it('has a live fair with booths, queues and a talk, an upcoming one taking booths, and a past one with its report', async () => {
    const fairs = ok(await t.gql(`{ jobFairs(first: 20) { id name status campaign priorityWindowMinutes } }`)).jobFairs;
    expect(fairs.map((f: { status: string }) => f.status)).toEqual(['LIVE', 'PUBLISHED', 'ENDED']);
    const [live, , past] = fairs;
    expect(live).toMatchObject({ campaign: 'SPRING_BREEZE', priorityWindowMinutes: 30 });
    const booths = ok(
      await t.gql(`query($id: ID!) { fairBooths(fairId: $id) { id number queueLength employer { name } } }`, { id: live.id }),
    ).fairBooths;
    expect(booths.length).toBeGreaterThanOrEqual(3);
    expect(booths.reduce((n: number, b: { queueLength: number }) => n + b.queueLength, 0)).toBe(5);
    // the demo employer staffs the 拉面 booth: a talk in progress and seekers waiting
    const employer = await login('13900000001');
    const mine = booths.find((b: { employer: { name: string } }) => b.employer.name.includes('拉面'));
    const queue = ok(await t.gql(`query($b: ID!) { boothQueue(boothId: $b) { status place } }`, { b: mine.id }, employer)).boothQueue;
    expect(queue.map((q: { status: string }) => q.status)).toEqual(['IN_TALK', 'WAITING', 'WAITING', 'WAITING']);
    const officer = await login('13800000001');
    const report = ok(
      await t.gql(
        `query($id: ID!) { jobFairStats(fairId: $id) { visitorsPeak boothsApproved overall { queued talked agreements interviews applications hired } } }`,
        { id: past.id },
        officer,
      ),
    ).jobFairStats;
    expect(report).toMatchObject({ visitorsPeak: 240, overall: { hired: 1 } });
    expect(report.overall.queued).toBeGreaterThanOrEqual(10);
    expect(report.overall.agreements + report.overall.interviews).toBeGreaterThanOrEqual(4);
  });

  it('has subsidies in every state in 西峰区, a paid batch with its export, and the employer sees its own', async () => {
    const officer = await login('13800000002');
    const queue = ok(
      await t.gql(
        `{ subsidyProposals(first: 50) { totalCount edges { node { id ruleName status amountYuan missing employerName } } } }`,
        {},
        officer,
      ),
    ).subsidyProposals;
    const statuses = new Set(queue.edges.map((e: { node: { status: string } }) => e.node.status));
    expect([...statuses].sort()).toEqual(['APPROVED', 'INFO_REQUESTED', 'PAID', 'PROPOSED', 'REJECTED']);
    const names = queue.edges.map((e: { node: { ruleName: string } }) => e.node.ruleName);
    expect(names).toEqual(expect.arrayContaining(['一次性吸纳就业补贴', '一次性扩岗补助', '技能提升补贴']));
    const [batch] = ok(await t.gql(`{ subsidyPayments { id reference count totalYuan } }`, {}, officer)).subsidyPayments;
    expect(batch).toMatchObject({ count: 2 });
    const csv: string = ok(
      await t.gql(`query($id: ID!) { subsidyPaymentExport(batchId: $id) }`, { id: batch.id }, officer),
    ).subsidyPaymentExport;
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    // The data centre (13900000004) hired 李欣怡 a week ago: its own list shows the proposal.
    const mine = ok(
      await t.gql(`{ mySubsidies { pendingYuan proposals { ruleName status personName } } }`, {}, await login('13900000004')),
    ).mySubsidies;
    expect(mine.proposals.map((p: { personName: string }) => p.personName)).toContain('李欣怡');
  });
  it('has a gig market: a station per demo county, gigs today near every demo seeker, a paid, a disputed and an unpaid gig', async () => {
    const counties = [...new Set(data.seekers.map((s) => s.residenceRegionCode))].sort();
    const stations = ok(await t.gql(`{ gigStations { regionCode name address openingHours services contactPhone } }`)).gigStations;
    expect(stations.map((s: { regionCode: string }) => s.regionCode).sort()).toEqual(counties);
    for (const s of stations) expect(s.services.length).toBeGreaterThan(0);

    // Every demo seeker opted in at their county seat and finds published gigs running today within their distance.
    const today = chinaIsoDateOf(new Date());
    const NEARBY = `query($lat: Float!, $lng: Float!, $r: Float!, $date: String) {
      gigsNearby(lat: $lat, lng: $lng, radiusKm: $r, date: $date, first: 50) {
        id status posterKind regionCode startDate endDate distanceMeters payUnit belowMinimumWage effectiveHourlyYuan screeningFlags { code } } }`;
    for (const s of data.seekers) {
      const token = await login(s.login.phone);
      const prefs = ok(await t.gql(`{ myGigPreferences { enabled lat lng maxDistanceKm weekdays skills } }`, {}, token)).myGigPreferences;
      expect(prefs).toMatchObject({ enabled: true, maxDistanceKm: 20, weekdays: [1, 2, 3, 4, 5, 6, 7] });
      expect(prefs.skills.length).toBeGreaterThan(0);
      const gigs = ok(await t.gql(NEARBY, { lat: prefs.lat, lng: prefs.lng, r: prefs.maxDistanceKm, date: today })).gigsNearby;
      expect(gigs.filter((g: { regionCode: string }) => g.regionCode === s.residenceRegionCode).length).toBeGreaterThan(0);
      for (const g of gigs) {
        expect(g).toMatchObject({ status: 'PUBLISHED', belowMinimumWage: false, screeningFlags: [] });
        expect(g.distanceMeters).toBeLessThanOrEqual(prefs.maxDistanceKm * 1000);
        expect(g.startDate <= today && today <= g.endDate).toBe(true);
        if (g.effectiveHourlyYuan !== null) expect(g.effectiveHourlyYuan).toBeGreaterThanOrEqual(17.4);
      }
    }
    // All of them (today's, tomorrow's, the ended ones) passed the screen and the minimum wage, paid by the day, hour or piece.
    expect(await t.ds.query(`SELECT title FROM gigs WHERE status <> 'PUBLISHED' OR screening_flags <> '[]' OR below_minimum_wage`)).toEqual(
      [],
    );
    const units = await t.ds.query(`SELECT DISTINCT pay_unit AS unit FROM gigs ORDER BY 1`);
    expect(units.map((r: { unit: string }) => r.unit)).toEqual(['DAY', 'HOUR', 'PIECE']);

    // Tomorrow's move in 西峰区 is posted by 刘秀芳 as a real-name individual poster, trusted after the officer's approval.
    const liu = data.seekers.find((s) => s.fullName === '刘秀芳')!;
    const liuToken = await login(liu.login.phone);
    const poster = ok(await t.gql(`{ myGigPoster { realName idNumberMasked regionCode trusted } }`, {}, liuToken)).myGigPoster;
    expect(poster).toMatchObject({ realName: '刘秀芳', regionCode: liu.residenceRegionCode, trusted: true });
    const [{ id_number_encrypted }] = await t.ds.query(`SELECT id_number_encrypted FROM gig_posters`);
    expect(validateIdNumber(cipher.decrypt(id_number_encrypted)).ok).toBe(true);
    const posted = ok(await t.gql(`{ postedGigs { posterKind status title } }`, {}, liuToken)).postedGigs;
    expect(posted).toEqual([expect.objectContaining({ posterKind: 'INDIVIDUAL', status: 'PUBLISHED' })]);

    // Places held match every gig's acceptedCount.
    const drift = await t.ds.query(
      `SELECT g.id FROM gigs g WHERE g.accepted_count <> (SELECT count(*) FROM gig_assignments a WHERE a.gig_id = g.id AND a.status = 'ACCEPTED')`,
    );
    expect(drift).toEqual([]);

    // The 香包 fair in 西峰区 ended: 王建军 paid and confirmed (rated both ways), 赵鹏 disputing the amount.
    const MY_GIGS = `{ myGigs { status payStatus payDueYuan paidYuan disputeReason ratedByMe attendance { workDate minutes }
      gig { title phase posterKind } } }`;
    const wang = ok(await t.gql(MY_GIGS, {}, await login('13700000004'))).myGigs;
    expect(wang).toEqual([
      expect.objectContaining({
        payStatus: 'CONFIRMED',
        payDueYuan: 360,
        paidYuan: 360,
        ratedByMe: true,
        gig: expect.objectContaining({ phase: 'ENDED' }),
      }),
    ]);
    expect(wang[0].attendance).toHaveLength(2);
    const record = ok(await t.gql(`{ myGigRecord { days gigs earningsConfirmedYuan } }`, {}, await login('13700000004'))).myGigRecord;
    expect(record).toEqual({ days: 2, gigs: 1, earningsConfirmedYuan: 360 });
    const zhao = ok(await t.gql(MY_GIGS, {}, await login('13700000007'))).myGigs;
    expect(zhao).toEqual([
      expect.objectContaining({ payStatus: 'DISPUTED', payDueYuan: 360, paidYuan: 180, disputeReason: expect.any(String) }),
    ]);

    // Each prefecture's officer sees its open alert: the dispute in 西峰区, the overdue pay in 临夏市.
    const ALERTS = `{ gigAlerts { kind regionCode resolvedAt gig { title phase } assignment { workerName payStatus attendance { workDate } } } }`;
    const qingyang = ok(await t.gql(ALERTS, {}, await login('13800000002'))).gigAlerts;
    expect(qingyang).toEqual([
      expect.objectContaining({
        kind: 'DISPUTE',
        regionCode: '621002',
        resolvedAt: null,
        assignment: expect.objectContaining({ workerName: '赵鹏', payStatus: 'DISPUTED' }),
      }),
    ]);
    const linxia = ok(await t.gql(ALERTS, {}, await login('13800000001'))).gigAlerts;
    expect(linxia).toEqual([
      expect.objectContaining({
        kind: 'UNPAID',
        regionCode: '622901',
        resolvedAt: null,
        assignment: expect.objectContaining({ workerName: '马小军', payStatus: 'UNPAID' }),
      }),
    ]);
    expect(ok(await t.gql(ALERTS, {}, await login('13800000003'))).gigAlerts).toHaveLength(2);
    // Both ended gigs are closed out and alerted as the sweep would have: it finds nothing more to do.
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM gigs WHERE closed_out_at IS NOT NULL`)).toEqual([{ n: 2 }]);
    expect(await t.app.get(GigSettlementService).sweep(new Date())).toEqual({ closedOut: 0, alerts: 0 });
  });
});
