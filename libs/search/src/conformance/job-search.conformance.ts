import { DormitoryProvision, JobKind, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import type { JobDocument, SearchEngine } from '../search-port';

/**
 * The behaviour every search engine must show, run against each adapter (PostgreSQL always; Meilisearch whenever
 * MEILI_URL is set). Call inside a jest test file.
 */
export function describeJobSearchConformance(
  engineName: string,
  setup: () => Promise<{ engine: SearchEngine; cleanup: () => Promise<void> }>,
): void {
  describe(`${engineName} search engine conformance`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const NOW = new Date('2026-11-20T12:00:00Z');
    const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id);
    const search = (q: Partial<Parameters<SearchEngine['searchJobs']>[0]>) => engine.searchJobs({ offset: 0, limit: 20, now: NOW, ...q });

    beforeAll(async () => {
      ({ engine, cleanup } = await setup());
      await engine.ensureSetup();
      await engine.ensureSetup(); // idempotent
      await engine.clearJobs();
      await engine.upsertJobs(CORPUS);
    });
    afterAll(() => cleanup?.());

    it('answers healthy', async () => {
      expect(await engine.isHealthy()).toBe(true);
    });

    describe('keywords in Chinese', () => {
      it('finds 电焊工 for the partial word 电焊, ranked above a description-only mention', async () => {
        const top = ids(await search({ keyword: '电焊' }));
        expect(top.slice(0, 2).sort()).toEqual(['c-welder-1', 'c-welder-2']);
        expect(top).toContain('c-mention');
        expect(top.indexOf('c-mention')).toBeGreaterThan(1);
      });

      it('finds 牛肉拉面师 for 拉面', async () => {
        expect(ids(await search({ keyword: '拉面' }))[0]).toBe('c-lamian');
      });

      it('treats 焊工 and 电焊工 as the same trade', async () => {
        expect(ids(await search({ keyword: '焊工' }))).toEqual(expect.arrayContaining(['c-welder-1', 'c-welder-2']));
      });

      it('treats 月嫂 and 母婴护理员 as the same trade', async () => {
        expect(ids(await search({ keyword: '月嫂' }))[0]).toBe('c-nanny');
      });

      it('keeps 带货主播 whole and still finds it by 主播', async () => {
        expect(ids(await search({ keyword: '带货主播' }))[0]).toBe('c-streamer');
        expect(ids(await search({ keyword: '主播' }))[0]).toBe('c-streamer');
      });

      it('needs every word of a two-word query', async () => {
        expect(ids(await search({ keyword: '电焊 庆阳' }))).toEqual(['c-welder-2']);
      });

      it('returns nothing for a word no posting has, or for punctuation only', async () => {
        expect((await search({ keyword: '宇航员' })).total).toBe(0);
        expect((await search({ keyword: '！？' })).total).toBe(0);
      });

      it('highlights the matched words when asked', async () => {
        const hit = (await search({ keyword: '拉面', highlight: true })).hits[0];
        expect(hit.highlights?.title).toContain('<mark>拉面</mark>');
      });
    });

    describe('filters', () => {
      it('by region at any level', async () => {
        expect((await search({ regionCode: '620000' })).total).toBe(CORPUS.length);
        expect(ids(await search({ regionCode: '621000' })).sort()).toEqual(['c-apple', 'c-welder-2']);
        expect(ids(await search({ regionCode: '622921' })).sort()).toEqual(['c-mention', 'c-welder-1']);
      });

      it('by pay: jobs whose range reaches the minimum, and starts under the maximum', async () => {
        expect(ids(await search({ payMin: 9000 })).sort()).toEqual(['c-dc', 'c-welder-1']);
        expect(ids(await search({ payMax: 2500 })).sort()).toEqual(['c-cleaner']);
      });

      it('by kind, industry, project and recency', async () => {
        expect(ids(await search({ kinds: [JobKind.GIG, JobKind.PUBLIC_WELFARE] })).sort()).toEqual(['c-apple', 'c-cleaner']);
        expect(ids(await search({ industries: ['住宿和餐饮业'] })).sort()).toEqual(['c-lamian']);
        expect(ids(await search({ projectId: PROJECT }))).toEqual(['c-welder-1']);
        expect(ids(await search({ postedWithinDays: 3 })).sort()).toEqual(['c-nanny', 'c-welder-1']);
      });

      it('within a radius, nearest first, with distances', async () => {
        const r = await search({ near: { lat: 35.6, lng: 103.21, radiusKm: 30 }, sort: 'DISTANCE' });
        expect(ids(r)).toEqual(['c-lamian', 'c-mention', 'c-welder-1']);
        expect(r.hits[0].distanceKm).toBeLessThan(1);
        expect(r.hits[2].distanceKm).toBeGreaterThan(10);
        expect(r.hits[2].distanceKm).toBeLessThan(30);
      });

      it('restricts to given documents (matching saved searches against new postings)', async () => {
        expect(ids(await search({ keyword: '电焊', ids: ['c-welder-2', 'c-lamian'] }))).toEqual(['c-welder-2']);
        expect((await search({ ids: [] })).total).toBe(0);
      });

      it('combines keyword and filters', async () => {
        expect(ids(await search({ keyword: '电焊', regionCode: '622900', payMin: 8000 }))).toEqual(['c-welder-1']);
      });
    });

    describe('a keyword within a radius', () => {
      // 架子工 postings around a point on the corner of grid cells: eight 4.5 km away in every direction, two 5.6 km away,
      // one 12 km away, and one without a point.
      const centre = { lat: 35.6, lng: 103.2 };
      const at = (id: string, km: number, bearing: number): JobDocument => {
        const [lat, lng] = pointAt(centre.lat, centre.lng, km, bearing);
        return {
          ...base,
          id,
          title: '架子工',
          occupation: '架子工',
          description: '搭设脚手架。',
          payMin: 6000,
          payMax: 8000,
          regionCode: '622921',
          lat,
          lng,
          publishedAt: day(1),
        };
      };
      const near = [0, 45, 90, 135, 180, 225, 270, 315].map((b) => at(`c-scaffold-${b}`, 4.5, b));
      const beyond = [at('c-scaffold-far-1', 5.6, 22.5), at('c-scaffold-far-2', 5.6, 202.5)];
      const farther = at('c-scaffold-12km', 12, 90);
      const pointless = { ...at('c-scaffold-none', 1, 0), lat: null, lng: null };
      const all = [...near, ...beyond, farther, pointless];
      beforeAll(() => engine.upsertJobs(all));
      afterAll(() => engine.removeJobs(all.map((d) => d.id)));

      it('finds exactly the matches inside the radius, whichever side of a cell edge they lie, and counts them', async () => {
        for (const sort of ['DISTANCE', 'RELEVANCE', 'NEWEST'] as const) {
          const inside = await search({ keyword: '架子工', near: { ...centre, radiusKm: 5 }, sort });
          expect(ids(inside).sort()).toEqual(near.map((d) => d.id).sort());
          expect(inside.total).toBe(8);
          const wider = await search({ keyword: '架子工', near: { ...centre, radiusKm: 15 }, sort, facets: ['kind'] });
          expect(ids(wider).sort()).toEqual([...near, ...beyond, farther].map((d) => d.id).sort());
          expect(wider.total).toBe(11);
          expect(wider.facets.kind).toEqual([{ value: JobKind.FULL_TIME, count: 11 }]);
        }
        expect(ids(await search({ keyword: '架子工', near: { ...centre, radiusKm: 15 }, sort: 'DISTANCE' })).at(-1)).toBe(
          'c-scaffold-12km',
        );
        expect((await search({ keyword: '架子工' })).total).toBe(12);
      });
    });

    describe('sorting, paging and facets', () => {
      it('sorts by newest and by pay', async () => {
        expect(ids(await search({ sort: 'NEWEST' }))[0]).toBe('c-welder-1');
        expect(ids(await search({ sort: 'PAY' }))[0]).toBe('c-dc');
      });

      it('pages without repeats and counts exactly', async () => {
        const seen: string[] = [];
        for (let offset = 0; offset < CORPUS.length; offset += 3) {
          const page = await search({ sort: 'NEWEST', offset, limit: 3 });
          expect(page.total).toBe(CORPUS.length);
          seen.push(...ids(page));
        }
        expect(new Set(seen).size).toBe(CORPUS.length);
      });

      it('counts exactly up to the cap, and says when more match', async () => {
        expect(await search({ countCap: 4, limit: 2 })).toMatchObject({ total: 4, totalCapped: true });
        const exact = await search({ regionCode: '621000', countCap: 4 });
        expect(exact.total).toBe(2);
        expect(exact.totalCapped).toBeFalsy();
        expect((await search({ countCap: CORPUS.length })).totalCapped).toBeFalsy();
      });

      it('counts facets over the whole filtered result', async () => {
        const r = await search({ regionCode: '622900', facets: ['kind', 'industry', 'payBand', 'region'], limit: 1 });
        expect(r.total).toBe(6);
        expect(r.facets.kind).toEqual(
          expect.arrayContaining([
            { value: JobKind.FULL_TIME, count: 5 },
            { value: JobKind.PUBLIC_WELFARE, count: 1 },
          ]),
        );
        expect(r.facets.region?.find((f) => f.value === '622921')?.count).toBe(2);
        expect(r.facets.payBand?.reduce((n, f) => n + f.count, 0)).toBe(6);
        expect(r.facets.industry?.reduce((n, f) => n + f.count, 0)).toBe(6);
      });
    });

    describe('project jobs', () => {
      it('counts postings per project in the project facet', async () => {
        const r = await search({ facets: ['project'], limit: 1 });
        expect(r.facets.project).toEqual([{ value: PROJECT, count: 1 }]);
      });

      describe('in a local-first window', () => {
        const windowed: JobDocument = {
          ...CORPUS[0],
          id: 'c-local-first',
          title: '管道工（本地优先）',
          occupation: '管道工',
          description: '项目用工，本地户籍优先。',
          localScopePrefix: '622921',
          localOnlyUntil: new Date(NOW.getTime() + 3 * 86_400_000).toISOString(),
        };
        const expired: JobDocument = {
          ...windowed,
          id: 'c-local-first-over',
          localOnlyUntil: new Date(NOW.getTime() - 1000).toISOString(),
        };
        beforeAll(() => engine.upsertJobs([windowed, expired]));
        afterAll(() => engine.removeJobs([windowed.id, expired.id]));

        it('is found by viewers whose hukou lies inside the local scope (the county or a township of it)', async () => {
          expect(ids(await search({ keyword: '管道工', viewerHukouRegionCode: '622921' })).sort()).toEqual([
            'c-local-first',
            'c-local-first-over',
          ]);
          expect(ids(await search({ keyword: '管道工', viewerHukouRegionCode: '622921100' })).sort()).toEqual([
            'c-local-first',
            'c-local-first-over',
          ]);
        });

        it('is hidden from other viewers and from signed-out ones until the window ends', async () => {
          expect(ids(await search({ keyword: '管道工', viewerHukouRegionCode: '622901' }))).toEqual(['c-local-first-over']);
          expect(ids(await search({ keyword: '管道工', viewerHukouRegionCode: '621002' }))).toEqual(['c-local-first-over']);
          expect(ids(await search({ keyword: '管道工' }))).toEqual(['c-local-first-over']);
          const later = new Date(NOW.getTime() + 4 * 86_400_000);
          expect(ids(await engine.searchJobs({ keyword: '管道工', offset: 0, limit: 20, now: later })).sort()).toEqual([
            'c-local-first',
            'c-local-first-over',
          ]);
        });

        it('is left out of counts and facets for those who cannot see it', async () => {
          const r = await search({ regionCode: '622921', facets: ['project'] });
          expect(r.total).toBe(3);
          expect(r.facets.project).toEqual([{ value: PROJECT, count: 2 }]);
          expect((await search({ regionCode: '622921', viewerHukouRegionCode: '622921' })).total).toBe(4);
        });
      });
    });

    describe('identical postings (same employer, title, county and pay)', () => {
      // Three copies of one 塔吊司机 job (one in a township of the same county), and two that differ: the pay, the employer.
      const copy = (id: string, daysAgo: number, extra: Partial<JobDocument> = {}): JobDocument => ({
        ...base,
        id,
        title: '塔吊司机',
        occupation: '塔式起重机司机',
        description: '持证上岗，项目工地。',
        payMin: 8000,
        payMax: 11000,
        regionCode: '622922',
        lat: null,
        lng: null,
        publishedAt: day(daysAgo),
        ...extra,
      });
      const group = [
        copy('c-crane-1', 1),
        copy('c-crane-2', 3),
        copy('c-crane-3', 4, { regionCode: '622922100', description: '持证上岗，乡镇项目。' }),
      ];
      const otherPay = copy('c-crane-pay', 2, { payMax: 12000 });
      const otherEmployer = copy('c-crane-employer', 2, { employerId: '00000000-0000-4000-8000-000000000e02', employerName: '另一家单位' });
      const all = [...group, otherPay, otherEmployer];
      const groupIds = group.map((d) => d.id);
      beforeAll(() => engine.upsertJobs(all));
      afterAll(() => engine.removeJobs(all.map((d) => d.id)));

      it('are separate hits unless asked to collapse', async () => {
        expect(ids(await search({ keyword: '塔吊' })).sort()).toEqual(all.map((d) => d.id).sort());
      });

      it('collapse into one hit that says how many others matched; different pay or employer stay apart', async () => {
        for (const sort of ['RELEVANCE', 'NEWEST', 'PAY'] as const) {
          const r = await search({ keyword: '塔吊', collapseDuplicates: true, sort });
          expect(r.total).toBe(3);
          expect(r.hits).toHaveLength(3);
          const [kept, ...rest] = r.hits.filter((h) => groupIds.includes(h.id));
          expect(rest).toEqual([]);
          expect(kept.duplicates).toBe(2);
          expect(
            r.hits
              .filter((h) => !groupIds.includes(h.id))
              .map((h) => [h.id, h.duplicates ?? 0])
              .sort(),
          ).toEqual([
            ['c-crane-employer', 0],
            ['c-crane-pay', 0],
          ]);
        }
      });

      it('sort the matches of a keyword by newest and by pay, paging through them with their exact count and facets', async () => {
        // Newest: crane-1 (1 day), then pay and employer (2 days; their order is the engine's), crane-2, crane-3.
        // By pay: the 12,000 one, then the 11,000 ones newest first.
        const untied = (xs: string[], sort: string) => (sort === 'NEWEST' ? [xs[0], ...xs.slice(1, 3).sort(), ...xs.slice(3)] : xs);
        for (const [sort, expected] of [
          ['NEWEST', ['c-crane-1', 'c-crane-employer', 'c-crane-pay', 'c-crane-2', 'c-crane-3']],
          ['PAY', ['c-crane-pay', 'c-crane-1', 'c-crane-employer', 'c-crane-2', 'c-crane-3']],
        ] as const) {
          const r = await search({ keyword: '塔吊', sort, facets: ['region'] });
          expect(untied(ids(r), sort)).toEqual(expected);
          expect(r.total).toBe(5);
          expect(r.facets.region).toEqual([{ value: '622922', count: 5 }]);
          const paged: string[] = [];
          for (let offset = 0; offset < 5; offset += 2) paged.push(...ids(await search({ keyword: '塔吊', sort, offset, limit: 2 })));
          expect(untied(paged, sort)).toEqual(expected);
        }
      });

      it('count and facet the collapsed hits, and page through them without repeats', async () => {
        const r = await search({ regionCode: '622922', collapseDuplicates: true, facets: ['kind'] });
        expect(r.total).toBe(4); // the streamer, the group, two that differ
        expect(r.facets.kind?.reduce((n, f) => n + f.count, 0)).toBe(4);
        const seen: string[] = [];
        for (let offset = 0; offset < 4; offset += 1)
          seen.push(...ids(await search({ regionCode: '622922', collapseDuplicates: true, sort: 'NEWEST', offset, limit: 1 })));
        expect(new Set(seen).size).toBe(4);
        expect(seen.filter((id) => groupIds.includes(id))).toHaveLength(1);
      });

      it('keep a group whose newest copy does not match, counting only the copies that do', async () => {
        const r = await search({ collapseDuplicates: true, ids: ['c-crane-2', 'c-crane-3'] });
        expect(r.hits).toHaveLength(1);
        expect(['c-crane-2', 'c-crane-3']).toContain(r.hits[0].id);
        expect(r.hits[0].duplicates).toBe(1);
        const alone = await search({ collapseDuplicates: true, keyword: '乡镇' });
        expect(alone.hits).toEqual([expect.objectContaining({ id: 'c-crane-3' })]);
        expect(alone.hits[0].duplicates).toBeUndefined();
      });
    });

    describe('keeping in step', () => {
      it('replaces a document on upsert and forgets a removed one', async () => {
        await engine.upsertJobs([{ ...CORPUS.find((d) => d.id === 'c-cleaner')!, title: '公益性岗位保洁员（城区）' }]);
        expect((await search({ keyword: '城区' })).hits.map((h) => h.id)).toEqual(['c-cleaner']);
        await engine.removeJobs(['c-cleaner', 'c-unknown']);
        expect((await search({ keyword: '保洁' })).total).toBe(0);
        await engine.upsertJobs(CORPUS.filter((d) => d.id === 'c-cleaner'));
      });

      it('keeps facets over a whole region in step with upserts that move a posting, and with removals', async () => {
        const facetsOf = async (regionCode?: string) => (await search({ regionCode, facets: ['kind', 'region'], limit: 1 })).facets;
        const welder = CORPUS.find((d) => d.id === 'c-welder-1')!;
        const before = await facetsOf('622900');
        const count = (fs: { value: string; count: number }[] | undefined, value: string) => fs?.find((f) => f.value === value)?.count ?? 0;
        // Moved from 临夏县 to 康乐县 and made part-time.
        await engine.upsertJobs([{ ...welder, regionCode: '622922', kind: JobKind.PART_TIME }]);
        const moved = await facetsOf('622900');
        expect(count(moved.region, '622921')).toBe(count(before.region, '622921') - 1);
        expect(count(moved.region, '622922')).toBe(count(before.region, '622922') + 1);
        expect(count(moved.kind, JobKind.PART_TIME)).toBe(count(before.kind, JobKind.PART_TIME) + 1);
        expect(count((await facetsOf('622922')).kind, JobKind.PART_TIME)).toBe(count(moved.kind, JobKind.PART_TIME));
        await engine.removeJobs([welder.id]);
        const removed = await facetsOf('622900');
        expect(count(removed.region, '622922')).toBe(count(before.region, '622922'));
        expect(removed.kind?.reduce((n, f) => n + f.count, 0)).toBe((before.kind?.reduce((n, f) => n + f.count, 0) ?? 0) - 1);
        // Over everything, the facets add up to the total.
        const everything = await search({ facets: ['kind'], limit: 1 });
        expect(everything.facets.kind?.reduce((n, f) => n + f.count, 0)).toBe(everything.total);
        await engine.upsertJobs([welder]);
        expect(await facetsOf('622900')).toEqual(before);
      });
    });
  });
}

const PROJECT = '00000000-0000-4000-8000-00000000a001';
const base = {
  employerId: '00000000-0000-4000-8000-000000000e01',
  employerName: '临夏测试用工单位',
  industry: '建筑业',
  kind: JobKind.FULL_TIME,
  projectId: null,
  localScopePrefix: null,
  localOnlyUntil: null,
  dormitory: DormitoryProvision.FREE,
  meals: MealProvision.SUBSIDISED,
  socialInsurance: SocialInsurance.FIVE_INSURANCES,
  skills: [] as string[],
};
/** The point `km` from (lat, lng) along `bearing` degrees, on earthdistance's sphere. */
export function pointAt(lat: number, lng: number, km: number, bearing: number): [number, number] {
  const rad = Math.PI / 180;
  const d = km / 6378.168;
  const [p1, l1, b] = [lat * rad, lng * rad, bearing * rad];
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [p2 / rad, l2 / rad];
}
const day = (d: number) => new Date(Date.UTC(2026, 10, 20 - d, 8)).toISOString();

/** A small corpus in 临夏州 (6229) and 庆阳市 (6210) with the cases above in mind. Ids are stable UUID-like strings. */
export const CORPUS: JobDocument[] = [
  {
    ...base,
    id: 'c-welder-1',
    title: '电焊工',
    occupation: '电焊工',
    description: '钢结构焊接，能看懂图纸。',
    skills: ['电焊', '气割'],
    payMin: 7000,
    payMax: 10000,
    regionCode: '622921',
    lat: 35.49,
    lng: 103.0,
    publishedAt: day(0),
    projectId: PROJECT,
  },
  {
    ...base,
    id: 'c-welder-2',
    title: '焊工（庆阳）',
    occupation: '电焊工',
    description: '庆阳西峰区厂房维修焊接。',
    skills: ['电焊'],
    payMin: 6000,
    payMax: 8000,
    regionCode: '621002',
    lat: 35.73,
    lng: 107.64,
    publishedAt: day(5),
  },
  {
    ...base,
    id: 'c-mention',
    title: '钢筋工',
    occupation: '钢筋工',
    description: '配合电焊班组完成钢筋绑扎。',
    payMin: 5000,
    payMax: 7000,
    regionCode: '622921',
    lat: 35.5,
    lng: 103.05,
    publishedAt: day(6),
  },
  {
    ...base,
    id: 'c-lamian',
    title: '牛肉拉面师',
    occupation: '中式面点师',
    industry: '住宿和餐饮业',
    description: '门店出品，手工和面。',
    payMin: 5500,
    payMax: 7500,
    regionCode: '622901',
    lat: 35.6,
    lng: 103.21,
    publishedAt: day(8),
  },
  {
    ...base,
    id: 'c-nanny',
    title: '母婴护理员',
    occupation: '母婴护理员',
    industry: '居民服务业',
    description: '产妇和新生儿护理，住家。',
    payMin: 6000,
    payMax: 8500,
    regionCode: '622901',
    lat: null,
    lng: null,
    publishedAt: day(2),
  },
  {
    ...base,
    id: 'c-streamer',
    title: '带货主播',
    occupation: '互联网营销师',
    industry: '批发和零售业',
    description: '直播销售本地特产。',
    payMin: 4000,
    payMax: 8000,
    regionCode: '622922',
    lat: null,
    lng: null,
    publishedAt: day(10),
  },
  {
    ...base,
    id: 'c-cleaner',
    title: '公益性岗位保洁员',
    occupation: '保洁员',
    industry: '公共管理',
    kind: JobKind.PUBLIC_WELFARE,
    description: '街道保洁，每天6小时。',
    payMin: 1800,
    payMax: 2200,
    regionCode: '622926',
    lat: null,
    lng: null,
    publishedAt: day(12),
  },
  {
    ...base,
    id: 'c-apple',
    title: '苹果分拣工',
    occupation: '农产品分拣',
    industry: '农业',
    kind: JobKind.GIG,
    description: '按天结算，秋季用工。',
    payMin: 3000,
    payMax: 4000,
    regionCode: '621021',
    lat: 35.74,
    lng: 107.64,
    publishedAt: day(15),
  },
  {
    ...base,
    id: 'c-dc',
    title: '数据中心运维工程师',
    occupation: '运维工程师',
    industry: '信息技术',
    description: '机房巡检与故障处理。',
    payMin: 8000,
    payMax: 12000,
    regionCode: '620102',
    lat: 36.06,
    lng: 103.83,
    publishedAt: day(20),
  },
];
