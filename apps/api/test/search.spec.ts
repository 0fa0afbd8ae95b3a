import {
  createTestApp,
  errorOf,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  ok,
  Session,
  SwitchableEngine,
  TestApp,
} from '@jobbridge/testing';

const SEARCH = `query($input: JobSearchInput, $first: Int, $offset: Int) { searchJobs(input: $input, first: $first, offset: $offset) {
  totalCount hasNextPage engine
  hits { distanceKm highlightedTitle duplicateCount node { id title status employer { name } } }
  facets { kind { value label count } region { value label count } payBand { value count } } } }`;
const CLOSE = `mutation($id: ID!) { closeJobPosting(id: $id) { id } }`;

describe('searchJobs', () => {
  let t: TestApp;
  let employer: Session & { employerId: string };
  let officer: Session;
  let switchable: SwitchableEngine;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ wrapSearchEngine: (e) => (switchable = new SwitchableEngine(e)) });
    employer = await makeEmployer(t, { name: '临夏甘康焊接工程有限公司' });
    officer = await makeOfficer(t, '620000');
    ids.welder = await makePublishedJob(t, employer, officer, {
      title: '电焊工',
      occupation: '电焊工',
      skills: ['电焊', '气割'],
      lat: 35.49,
      lng: 103.0,
    });
    ids.lamian = await makePublishedJob(t, employer, officer, {
      title: '牛肉拉面师',
      occupation: '中式面点师',
      skills: ['拉面', '和面'],
      description: '门店手工拉面出品，熬制牛肉汤。',
      workRegionCode: '622901',
      lat: 35.6,
      lng: 103.21,
      payMin: 5000,
      payMax: 7000,
    });
    ids.cleaner = await makePublishedJob(t, employer, officer, {
      title: '公益性岗位保洁员',
      occupation: '保洁员',
      skills: ['清扫'],
      description: '负责街道和公共区域的日常清扫保洁。',
      kind: 'PUBLIC_WELFARE',
      workRegionCode: '622926',
      payMin: 1800,
      payMax: 2200,
      lat: null,
      lng: null,
    });
    await t.drainSearch();
  });
  afterAll(() => t.close());

  const search = async (input: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    ok(await t.gql(SEARCH, { input, ...extra })).searchJobs;
  const titles = (r: { hits: { node: { title: string } }[] }) => r.hits.map((h) => h.node.title);

  it('finds published postings by a partial Chinese word, with highlights, on the embedded engine', async () => {
    const r = await search({ keyword: '电焊' });
    expect(r.engine).toBe('postgres');
    expect(titles(r)).toEqual(['电焊工']);
    expect(r.hits[0].highlightedTitle).toBe('<mark>电焊</mark>工');
    expect(titles(await search({ keyword: '拉面' }))).toEqual(['牛肉拉面师']);
  });

  it('filters by region, pay, kind and distance, and counts facets', async () => {
    expect(titles(await search({ regionCode: '622901' }))).toEqual(['牛肉拉面师']);
    expect(titles(await search({ payMax: 2500 }))).toEqual(['公益性岗位保洁员']);
    const near = await search({ near: { lat: 35.6, lng: 103.21, radiusKm: 30 }, sort: 'DISTANCE' });
    expect(titles(near)).toEqual(['牛肉拉面师', '电焊工']);
    expect(near.hits[0].distanceKm).toBeLessThan(1);
    const faceted = await search({ regionCode: '622900', facets: ['KIND', 'REGION', 'PAY_BAND'] });
    expect(faceted.totalCount).toBe(3);
    expect(faceted.facets.kind).toEqual(expect.arrayContaining([{ value: 'FULL_TIME', label: 'FULL_TIME', count: 2 }]));
    expect(faceted.facets.region).toEqual(expect.arrayContaining([{ value: '622901', label: '临夏市', count: 1 }]));
  });

  it('collapses identical postings (one employer, title, county and pay) into one hit when asked, saying how many others', async () => {
    const COLLAPSED = `query($input: JobSearchInput) { searchJobs(input: $input, collapseDuplicates: true) { totalCount hits { duplicateCount node { id title } } } }`;
    const same = { title: '砌筑工', occupation: '砌筑工', workRegionCode: '622923', payMin: 6000, payMax: 8000 };
    const copies = [
      await makePublishedJob(t, employer, officer, same),
      await makePublishedJob(t, employer, officer, same),
      await makePublishedJob(t, employer, officer, { ...same, workRegionCode: '622923100' }), // a township of the same county
    ];
    const otherPay = await makePublishedJob(t, employer, officer, { ...same, payMax: 9000 });
    await t.drainSearch();
    const plain = await search({ regionCode: '622923' });
    expect(plain.totalCount).toBe(4);
    expect(plain.hits.every((h: { duplicateCount: number }) => h.duplicateCount === 0)).toBe(true);
    const collapsed = ok(await t.gql(COLLAPSED, { input: { regionCode: '622923' } })).searchJobs;
    expect(collapsed.totalCount).toBe(2);
    const byId = new Map<string, number>(
      collapsed.hits.map((h: { duplicateCount: number; node: { id: string } }) => [h.node.id, h.duplicateCount]),
    );
    expect(byId.get(otherPay)).toBe(0);
    const kept = copies.filter((id) => byId.has(id));
    expect(kept).toHaveLength(1);
    expect(byId.get(kept[0])).toBe(2);
    for (const id of [...copies, otherPay]) ok(await t.gql(CLOSE, { id }, employer.token));
    await t.drainSearch();
  });

  it('drops a closed posting from the index through the outbox', async () => {
    const id = await makePublishedJob(t, employer, officer, { title: '叉车司机' });
    await t.drainSearch();
    expect(titles(await search({ keyword: '叉车' }))).toEqual(['叉车司机']);
    ok(await t.gql(CLOSE, { id }, employer.token));
    await t.drainSearch();
    expect((await search({ keyword: '叉车' })).totalCount).toBe(0);
  });

  it('indexes nothing that is not published', async () => {
    const draft = ok(
      await t.gql(
        `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id } }`,
        {
          input: {
            title: '草稿岗位架子工',
            description: '这是一个还没有提交审核的岗位草稿。',
            occupation: '架子工',
            headcount: 1,
            payMin: 1,
            payMax: 2,
            workRegionCode: '622921',
            kind: 'FULL_TIME',
          },
        },
        employer.token,
      ),
    );
    expect(draft.createJobPosting.id).toBeTruthy();
    await t.drainSearch();
    expect((await search({ keyword: '架子工' })).totalCount).toBe(0);
  });

  it('answers bad input with the field at fault', async () => {
    expect(errorOf(await t.gql(SEARCH, { input: { keyword: '   ' } }))).toEqual({ code: 'VALIDATION_FAILED', field: 'input.keyword' });
    expect(errorOf(await t.gql(SEARCH, { input: { keyword: '长'.repeat(51) } }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'input.keyword',
    });
    expect(errorOf(await t.gql(SEARCH, { input: { regionCode: '629999' } }))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'input.regionCode',
    });
    expect(errorOf(await t.gql(SEARCH, { input: { near: { lat: 35, lng: 103, radiusKm: -1 } } }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'input.near.radiusKm',
    });
    expect(errorOf(await t.gql(SEARCH, { input: { sort: 'DISTANCE' } }))).toEqual({ code: 'VALIDATION_FAILED', field: 'input.sort' });
    expect(errorOf(await t.gql(SEARCH, { input: { payMin: 9000, payMax: 100 } }))).toEqual({
      code: 'PAY_RANGE_INVALID',
      field: 'input.payMin',
    });
    expect(errorOf(await t.gql(SEARCH, { input: {}, first: 51 }))).toEqual({ code: 'PAGE_SIZE_TOO_LARGE', field: 'first' });
    expect(errorOf(await t.gql(SEARCH, { input: {}, offset: 1001 }))).toEqual({ code: 'VALIDATION_FAILED', field: 'offset' });
  });

  it('keeps accepting writes while the engine is down, answers SEARCH_UNAVAILABLE, and catches up afterwards', async () => {
    switchable.down = true;
    try {
      const r = await t.gql(SEARCH, { input: { keyword: '钢筋' } });
      expect(errorOf(r).code).toBe('SEARCH_UNAVAILABLE');
      const id = await makePublishedJob(t, employer, officer, { title: '钢筋工' });
      expect(id).toBeTruthy();
      expect(await t.drainSearch()).toBe(0);
      const [event] = await t.ds.query(
        `SELECT attempts, last_error, available_at > now() AS deferred FROM outbox_events WHERE aggregate_id = $1 ORDER BY id DESC LIMIT 1`,
        [id],
      );
      expect(event).toMatchObject({ attempts: 1, last_error: 'simulated outage', deferred: true });
    } finally {
      switchable.down = false;
    }
    await t.ds.query(`UPDATE outbox_events SET available_at = now() WHERE processed_at IS NULL`); // skip the backoff wait
    expect(await t.drainSearch()).toBeGreaterThan(0);
    expect(titles(await search({ keyword: '钢筋' }))).toEqual(['钢筋工']);
  });

  it('reindexes an employer’s postings when its name changes', async () => {
    ok(
      await t.gql(
        `mutation($input: EmployerProfileInput!) { saveEmployerProfile(input: $input) { id } }`,
        {
          input: {
            name: '临夏黄河焊接工程有限公司',
            creditCode: (await t.ds.query(`SELECT credit_code FROM employers WHERE id = $1`, [employer.employerId]))[0].credit_code,
            regionCode: '622921',
            industry: '建筑业',
            size: 'SME',
            contactName: '马经理',
            contactPhone: '13912345678',
          },
        },
        employer.token,
      ),
    );
    await t.drainSearch();
    expect(titles(await search({ keyword: '黄河' }))).toContain('电焊工');
  });
});
