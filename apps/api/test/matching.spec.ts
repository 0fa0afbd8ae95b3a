import {
  createTestApp,
  errorOf,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  QINGYANG_PREFECTURE,
  Session,
  TestApp,
} from '@jobbridge/testing';

const RECOMMENDED = `{ recommendedJobs(first: 10) { score eligible reasons reasonDetails { kind text distanceKm met total items } skillsMet skillsMissing distanceKm job { id title kind } } }`;
const CANDIDATES = `query($id: ID!) { matchCandidates(jobPostingId: $id) { score eligible reasons skillsMet candidate { id fullName idNumberMasked phoneMasked } } }`;

describe('matching', () => {
  let t: TestApp;
  let employer: Session & { employerId: string };
  let officer: Session;
  const jobs: Record<string, string> = {};
  let welder: Session & { profileId: string };
  let hidden: Session & { profileId: string };

  beforeAll(async () => {
    t = await createTestApp();
    employer = await makeEmployer(t);
    officer = await makeOfficer(t);
    jobs.welder = await makePublishedJob(t, employer, officer, {
      title: '电焊工',
      occupation: '电焊工',
      skills: ['电焊', '气割', '识图'],
      lat: 35.49,
      lng: 103.0,
    });
    jobs.cook = await makePublishedJob(t, employer, officer, {
      title: '中式烹调师',
      occupation: '中式烹调师',
      skills: ['炒菜'],
      description: '负责后厨炒菜和菜品出品。',
      lat: 35.6,
      lng: 103.21,
    });
    jobs.welfare = await makePublishedJob(t, employer, officer, {
      title: '公益性岗位保洁员',
      occupation: '保洁员',
      kind: 'PUBLIC_WELFARE',
      skills: [],
      description: '负责街道公共区域日常保洁。',
      payMin: 1800,
      payMax: 2200,
    });
    await t.drainSearch();
    welder = await makeSeeker(t, {
      fullName: '马永福',
      skills: ['电焊', '气割'],
      desiredOccupations: ['焊工'],
      residenceLat: 35.52,
      residenceLng: 103.04,
      hukouRegionCode: '622921',
      residenceRegionCode: '622921',
      expectedPayMin: 5000,
      expectedPayMax: 8000,
      discoverable: true,
    });
    hidden = await makeSeeker(t, {
      fullName: '何秀兰',
      skills: ['电焊'],
      residenceRegionCode: '622921',
      discoverable: false,
      priorityGroups: ['EMPLOYMENT_DIFFICULTY'],
    });
  });
  afterAll(() => t.close());

  it('recommends the welding job first to a welder, with readable reasons', async () => {
    const list = ok(await t.gql(RECOMMENDED, {}, welder.token)).recommendedJobs;
    expect(list[0].job.title).toBe('电焊工');
    expect(list[0].skillsMet).toEqual(['电焊', '气割']);
    expect(list[0].skillsMissing).toEqual(['识图']);
    expect(list[0].reasons.join(' ')).toContain('技能匹配 2/3');
    expect(list[0].distanceKm).toBeGreaterThan(2);
    expect(list[0].distanceKm).toBeLessThan(10);
    expect(list[0].score).toBeGreaterThan(list[list.length - 1].score);
  });

  it('gives each reason a kind and its values, in the order of the readable reasons', async () => {
    const [best] = ok(await t.gql(RECOMMENDED, {}, welder.token)).recommendedJobs;
    type Reason = { kind: string; text: string; distanceKm: number | null; met: number | null; total: number | null; items: string[] };
    const details: Reason[] = best.reasonDetails;
    expect(details.map((r) => r.text)).toEqual(best.reasons);
    expect(details.find((r) => r.kind === 'SKILLS')).toMatchObject({ met: 2, total: 3, items: ['电焊', '气割'] });
    expect(details.find((r) => r.kind === 'MISSING_SKILLS')).toMatchObject({ items: ['识图'], met: null, total: null });
    const distance = details.find((r) => r.kind === 'DISTANCE');
    if (distance) expect(distance.distanceKm).toBe(best.distanceKm);
  });

  it('leaves out a public-welfare post for someone outside its groups, and offers it to an eligible person', async () => {
    const forWelder = ok(await t.gql(RECOMMENDED, {}, welder.token)).recommendedJobs.map((m: { job: { id: string } }) => m.job.id);
    expect(forWelder).not.toContain(jobs.welfare);
    const forHidden = ok(await t.gql(RECOMMENDED, {}, hidden.token)).recommendedJobs.map((m: { job: { id: string } }) => m.job.id);
    expect(forHidden).toContain(jobs.welfare);
  });

  it('shows the employer only candidates who allow discovery, masked, with reasons', async () => {
    const list = ok(await t.gql(CANDIDATES, { id: jobs.welder }, employer.token)).matchCandidates;
    const names = list.map((m: { candidate: { fullName: string } }) => m.candidate.fullName);
    expect(names).toContain('马永福');
    expect(names).not.toContain('何秀兰');
    expect(list[0].candidate.phoneMasked).toMatch(/\*{4}/);
    expect(list[0].reasons.length).toBeGreaterThan(0);
  });

  it("shows officers their region's people whether or not they allow discovery, and nobody else may look", async () => {
    const names = ok(await t.gql(CANDIDATES, { id: jobs.welder }, officer.token)).matchCandidates.map(
      (m: { candidate: { fullName: string } }) => m.candidate.fullName,
    );
    expect(names).toEqual(expect.arrayContaining(['马永福', '何秀兰']));
    expect(errorOf(await t.gql(CANDIDATES, { id: jobs.welder }, (await makeEmployer(t)).token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CANDIDATES, { id: jobs.welder }, (await makeOfficer(t, QINGYANG_PREFECTURE)).token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CANDIDATES, { id: jobs.welder }, welder.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(RECOMMENDED, {}, employer.token)).code).toBe('FORBIDDEN');
  });
});
