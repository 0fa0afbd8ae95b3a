import { Role } from '@jobbridge/contracts';
import {
  createTestApp,
  errorOf,
  fairInput,
  LINXIA_COUNTY,
  makeEmployer,
  makeLiveFair,
  makeOfficer,
  makeSeeker,
  makeStaff,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { JobFairEntity } from '../src/modules/job-fairs/job-fair.entity';

const HISTORY = `query($id: ID!) { jobFairHistory(fairId: $id) {
  fair { id name campaign regionCode status startDate endDate }
  stats { registered boothsApproved visitorsPeak meanWaitSeconds
    overall { key queued talked agreements interviews applications hired }
    byBooth { key queued talked agreements hired } byCounty { key queued } byPriorityGroup { key queued } alarms } } }`;
const STATS = `query($id: ID!) { jobFairStats(fairId: $id) { registered boothsApproved
  overall { key queued talked agreements interviews applications hired } byBooth { key queued talked agreements hired } } }`;
const END = `mutation($id: ID!) { endJobFair(id: $id) { id status } }`;
const JOIN = `mutation($boothId: ID!) { joinBoothQueue(input: { boothId: $boothId }) { id } }`;
const CALL = `mutation($boothId: ID!) { callNextTicket(boothId: $boothId) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptTalk(ticketId: $id) { id } }`;
const END_TALK = `mutation($input: EndTalkInput!) { endTalk(input: $input) { id } }`;

interface Entry {
  fair: { id: string; campaign: string; regionCode: string; status: string; startDate: string };
  stats: { overall: Record<string, number | string>; byBooth: unknown[] };
}
const ids = (entries: Entry[]) => entries.map((e) => e.fair.id);

describe('jobFairHistory: a campaign’s past fairs in a region, year on year (issue 12)', () => {
  let t: TestApp;
  let officer: Session;
  let lastYear: string;
  let thisYear: string;
  let live: string;

  /** A seeker queues at the fair's first booth, is called, talks and leaves with the outcome given. */
  const talk = async (fair: Awaited<ReturnType<typeof makeLiveFair>>, outcome: 'AGREEMENT' | 'NOT_SUITABLE') => {
    const booth = fair.booths[0];
    const seeker = await makeSeeker(t);
    const ticket = ok(await t.gql(JOIN, { boothId: booth.boothId }, seeker.token)).joinBoothQueue.id;
    ok(await t.gql(CALL, { boothId: booth.boothId }, booth.employer.token));
    ok(await t.gql(ACCEPT, { id: ticket }, seeker.token));
    ok(await t.gql(END_TALK, { input: { ticketId: ticket, outcome, jobPostingId: booth.jobIds[0] } }, booth.employer.token));
  };

  /** Moves an ended fair's days back by whole years (a fair of an earlier campaign year). */
  const yearsAgo = async (id: string, years: number) => {
    const repo = t.ds.getRepository(JobFairEntity);
    const f = await repo.findOneByOrFail({ id });
    const back = (d: string) => {
      const day = new Date(`${d}T00:00:00Z`);
      day.setUTCFullYear(day.getUTCFullYear() - years);
      return day.toISOString().slice(0, 10);
    };
    await repo.update({ id }, { startDate: back(f.startDate), endDate: back(f.endDate) });
  };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t);
    const [a, b, c] = await Promise.all([makeEmployer(t), makeEmployer(t), makeEmployer(t)]);

    // This year's 春风行动 in 临夏州: two booths, one agreement and one talk without, ended.
    const current = await makeLiveFair(t, officer, [a, b], { name: '2026春风行动' });
    await talk(current, 'AGREEMENT');
    await talk(current, 'NOT_SUITABLE');
    ok(await t.gql(END, { id: current.fairId }, officer.token));
    thisYear = current.fairId;

    // Last year's: one booth, one agreement, ended (created after this year's, so order is by date, not by creation).
    const earlier = await makeLiveFair(t, officer, [c], { name: '2025春风行动' });
    await talk(earlier, 'AGREEMENT');
    ok(await t.gql(END, { id: earlier.fairId }, officer.token));
    await yearsAgo(earlier.fairId, 1);
    lastYear = earlier.fairId;

    // Not compared: another campaign; the same campaign in a county below the region; one still live; a draft.
    const autumn = await makeLiveFair(t, officer, [a], { name: '金秋招聘月', campaign: 'GOLDEN_AUTUMN' });
    ok(await t.gql(END, { id: autumn.fairId }, officer.token));
    const county = await makeLiveFair(t, officer, [b], { name: '临夏县春风行动', regionCode: LINXIA_COUNTY });
    ok(await t.gql(END, { id: county.fairId }, officer.token));
    live = (await makeLiveFair(t, officer, [c], { name: '进行中的春风行动' })).fairId;
    ok(await t.gql(`mutation($input: JobFairInput!) { createJobFair(input: $input) { id } }`, { input: fairInput() }, officer.token));
  }, 120_000);
  afterAll(() => t?.close());

  it("lists the campaign's ended fairs of the same region by start date, each with the figures stored when it ended", async () => {
    const history = ok(await t.gql(HISTORY, { id: thisYear }, officer.token)).jobFairHistory as Entry[];
    expect(ids(history)).toEqual([lastYear, thisYear]);
    for (const e of history) expect(e.fair).toMatchObject({ campaign: 'SPRING_BREEZE', regionCode: '622900', status: 'ENDED' });
    expect(history[0].fair.startDate < history[1].fair.startDate).toBe(true);
    expect(history[0].stats.overall).toMatchObject({ key: 'ALL', queued: 1, talked: 1, agreements: 1, applications: 1 });
    expect(history[1].stats.overall).toMatchObject({ key: 'ALL', queued: 2, talked: 2, agreements: 1, applications: 1 });
    expect(history[1].stats.byBooth).toHaveLength(2);
    // the same figures jobFairStats gives for each ended fair
    for (const e of history) {
      const stored = ok(await t.gql(STATS, { id: e.fair.id }, officer.token)).jobFairStats;
      expect(e.stats).toMatchObject(stored);
    }
  });

  it('answers from any fair of the campaign: an earlier one, or a live one (which is not listed until it ends)', async () => {
    expect(ids(ok(await t.gql(HISTORY, { id: lastYear }, officer.token)).jobFairHistory)).toEqual([lastYear, thisYear]);
    expect(ids(ok(await t.gql(HISTORY, { id: live }, officer.token)).jobFairHistory)).toEqual([lastYear, thisYear]);
  });

  it('is for the officers over the region and admins only', async () => {
    const admin = await makeStaff(t, Role.ADMIN, null);
    expect(ids(ok(await t.gql(HISTORY, { id: thisYear }, admin.token)).jobFairHistory)).toEqual([lastYear, thisYear]);
    const qingyang = await makeOfficer(t, '621000');
    const countyOfficer = await makeOfficer(t, LINXIA_COUNTY); // below the prefecture's fair: not over it
    for (const s of [qingyang, countyOfficer, await makeEmployer(t), await makeSeeker(t)]) {
      const r = await t.gql(HISTORY, { id: thisYear }, s.token);
      expect(errorOf(r).code).toBe('FORBIDDEN');
      expect(r.data?.jobFairHistory ?? null).toBeNull();
    }
    expect(errorOf(await t.gql(HISTORY, { id: thisYear })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(HISTORY, { id: '00000000-0000-4000-8000-000000000000' }, officer.token)).code).toBe('NOT_FOUND');
  });

  it('reads figures stored before a field existed as zero or empty instead of failing the list', async () => {
    const stored = async () => (await t.ds.getRepository(JobFairEntity).findOneByOrFail({ id: lastYear })).finalStats;
    const before = await stored();
    // Figures stored by an older release: no byCounty, no meanWaitSeconds.
    await t.ds.query(`UPDATE job_fairs SET final_stats = final_stats - '{byCounty,meanWaitSeconds}'::text[] WHERE id = $1`, [lastYear]);
    expect(Object.keys((await stored()) ?? {})).not.toContain('byCounty');
    const history = ok(await t.gql(HISTORY, { id: thisYear }, officer.token)).jobFairHistory;
    expect(history[0].stats).toMatchObject({ byCounty: [], meanWaitSeconds: null, overall: { agreements: 1 } });
    await t.ds.query(`UPDATE job_fairs SET final_stats = $2::jsonb WHERE id = $1`, [lastYear, JSON.stringify(before)]);
  });
});
