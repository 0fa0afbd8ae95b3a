import { DormitoryProvision, JobKind, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { JobDocument, JobSearchQuery, SearchUnavailableError } from '../../search-port';
import {
  buildDuplicateCountParams,
  buildFilter,
  buildMeiliSearchParams,
  localWindowFilter,
  buildSort,
  formatNumber,
  fromMeiliResponse,
  haversineMetres,
  MAX_TOTAL_HITS,
  MeiliSearchResponseLike,
  MeilisearchEngine,
  meiliSettings,
  pageWindow,
  quoteFilterValue,
  RANKING_RULES,
  regionPrefixesOf,
  supportsDisableOnNumbers,
  taskError,
  toFacetCounts,
  toMarkedHtml,
  toMeiliDocument,
  toMeiliSynonyms,
  toSearchError,
} from './meilisearch-engine';

// A stand-in for the client (no server can run here). The engine require()s 'meilisearch' when it is built, so this
// mock is what it gets; the real package is never loaded by this file.
jest.mock('meilisearch', () => {
  class MeilisearchError extends Error {
    override name = 'MeilisearchError';
  }
  class MeilisearchApiError extends MeilisearchError {
    override name = 'MeilisearchApiError';
    response: { status: number };
    override cause?: { code: string; message: string; type: string; link: string };
    constructor(status: number, body?: { code: string; message: string; type?: string }) {
      super(body?.message ?? `${status}`);
      this.response = { status };
      if (body) this.cause = { type: 'invalid_request', link: '', ...body };
    }
  }
  class MeilisearchRequestError extends MeilisearchError {
    override name = 'MeilisearchRequestError';
    constructor(url: string, cause: unknown) {
      super(`Request to ${url} has failed`, { cause });
    }
  }
  const state = {
    configs: [] as unknown[],
    calls: [] as { method: string; args: unknown[] }[],
    indexExists: true,
    version: '1.16.0',
    taskResults: [] as Record<string, unknown>[],
    searchResponse: { hits: [], totalHits: 0 } as unknown,
    /** Answers for the next searches, in order; then searchResponse. */
    searchResponses: [] as unknown[],
    failWith: null as unknown,
    healthy: true,
  };
  let uid = 0;
  const enqueue = (type: string) => {
    const taskUid = ++uid;
    const promise = Promise.resolve({ taskUid, indexUid: 'jobs', status: 'enqueued', type, enqueuedAt: '' });
    return Object.assign(promise, {
      waitTask: async (options: unknown) => {
        state.calls.push({ method: 'waitTask', args: [taskUid, options] });
        const override = state.taskResults.shift();
        return { uid: taskUid, type, status: 'succeeded', error: null, ...override };
      },
    });
  };
  const record = (method: string, args: unknown[]) => {
    state.calls.push({ method, args });
    if (state.failWith) throw state.failWith;
  };
  class Meilisearch {
    constructor(config: unknown) {
      state.configs.push(config);
    }
    async getRawIndex(uid: string) {
      record('getRawIndex', [uid]);
      if (!state.indexExists) throw new MeilisearchApiError(404, { code: 'index_not_found', message: `Index \`${uid}\` not found.` });
      return { uid, primaryKey: 'id' };
    }
    createIndex(uid: string, options: unknown) {
      record('createIndex', [uid, options]);
      return enqueue('indexCreation');
    }
    async getVersion() {
      record('getVersion', []);
      return { pkgVersion: state.version, commitSha: '', commitDate: '' };
    }
    async health() {
      record('health', []);
      if (!state.healthy) throw new MeilisearchRequestError('http://meili/health', new Error('ECONNREFUSED'));
      return { status: 'available' };
    }
    index(uid: string) {
      return {
        updateSettings: (settings: unknown) => (record('updateSettings', [uid, settings]), enqueue('settingsUpdate')),
        addDocuments: (docs: unknown[], options: unknown) => (
          record('addDocuments', [uid, docs, options]),
          enqueue('documentAdditionOrUpdate')
        ),
        deleteDocuments: (ids: unknown) => (record('deleteDocuments', [uid, ids]), enqueue('documentDeletion')),
        deleteAllDocuments: () => (record('deleteAllDocuments', [uid]), enqueue('documentDeletion')),
        search: async (q: string, params: unknown) => {
          record('search', [uid, q, params]);
          return state.searchResponses.length ? state.searchResponses.shift() : state.searchResponse;
        },
      };
    }
  }
  return { Meilisearch, MeilisearchError, MeilisearchApiError, MeilisearchRequestError, __state: state };
});

const fake = jest.requireMock('meilisearch') as {
  MeilisearchApiError: new (status: number, body?: { code: string; message: string; type?: string }) => Error;
  MeilisearchRequestError: new (url: string, cause: unknown) => Error;
  __state: {
    configs: unknown[];
    calls: { method: string; args: unknown[] }[];
    indexExists: boolean;
    version: string;
    taskResults: Record<string, unknown>[];
    searchResponse: unknown;
    searchResponses: unknown[];
    failWith: unknown;
    healthy: boolean;
  };
};

const NOW = new Date('2026-11-20T12:00:00Z');
const NOW_S = Date.UTC(2026, 10, 20, 12) / 1000;

const job = (over: Partial<JobDocument> = {}): JobDocument => ({
  id: 'job-1',
  title: '电焊工',
  description: '钢结构焊接，能看懂图纸。',
  occupation: '电焊工',
  skills: ['电焊', '气割'],
  employerId: 'emp-1',
  employerName: '临夏测试用工单位',
  industry: '建筑业',
  kind: JobKind.FULL_TIME,
  payMin: 7000,
  payMax: 10000,
  regionCode: '622921',
  lat: 35.49,
  lng: 103.0,
  publishedAt: '2026-11-20T08:00:00.000Z',
  projectId: null,
  localScopePrefix: null,
  localOnlyUntil: null,
  dormitory: DormitoryProvision.FREE,
  meals: MealProvision.SUBSIDISED,
  socialInsurance: SocialInsurance.FIVE_INSURANCES,
  ...over,
});

const query = (over: Partial<JobSearchQuery> = {}): JobSearchQuery => ({ offset: 0, limit: 20, ...over });

describe('regionPrefixesOf', () => {
  it.each([
    ['622921', ['62', '6229', '622921']], // county
    ['622900', ['62', '6229', '622900']], // prefecture
    ['620000', ['62', '620000']], // province: no "6200"
    ['622921100', ['62', '6229', '622921', '622921100']], // township: also its county
    ['441900003', ['44', '4419', '441900', '441900003']], // township of a prefecture-level city without counties
    ['110101', ['11', '1101', '110101']], // municipality district
    ['6229', ['62', '6229', '622900']], // dataset form of a prefecture
    [' 622921 ', ['62', '6229', '622921']],
  ])('%s → %j', (code, prefixes) => {
    expect(regionPrefixesOf(code)).toEqual(prefixes);
  });

  it('throws for a malformed code', () => {
    expect(() => regionPrefixesOf('6229211')).toThrow('Malformed region code');
    expect(() => regionPrefixesOf('')).toThrow();
  });
});

describe('toMeiliDocument', () => {
  it('keeps every JobDocument field and adds the derived ones', () => {
    const doc = job({ projectId: 'p-1' });
    const m = toMeiliDocument(doc);
    expect(m).toEqual({
      ...doc,
      regionPrefixes: ['62', '6229', '622921'],
      publishedAtTs: Date.UTC(2026, 10, 20, 8) / 1000,
      payBand: '8000-12000',
      localOnlyUntilTs: 0,
      dedupeKey: 'emp-1|622921|7000-10000|电焊工',
      _geo: { lat: 35.49, lng: 103.0 },
    });
  });

  it('gives identical postings one dedupeKey: employer, title, county (a township counts as its county) and pay', () => {
    const key = toMeiliDocument(job()).dedupeKey;
    expect(
      toMeiliDocument(job({ id: 'job-2', regionCode: '622921100', description: '别的描述', publishedAt: '2026-11-01T08:00:00.000Z' }))
        .dedupeKey,
    ).toBe(key);
    expect(toMeiliDocument(job({ payMax: 10500 })).dedupeKey).not.toBe(key);
    expect(toMeiliDocument(job({ employerId: 'emp-2' })).dedupeKey).not.toBe(key);
    expect(toMeiliDocument(job({ regionCode: '622922' })).dedupeKey).not.toBe(key);
    expect(toMeiliDocument(job({ title: '电焊工（夜班）' })).dedupeKey).not.toBe(key);
  });

  it('has unix seconds, rounded down', () => {
    expect(toMeiliDocument(job({ publishedAt: '2026-11-20T08:00:00.999Z' })).publishedAtTs).toBe(Date.UTC(2026, 10, 20, 8) / 1000);
    expect(toMeiliDocument(job({ publishedAt: '2026-11-20T16:00:00+08:00' })).publishedAtTs).toBe(Date.UTC(2026, 10, 20, 8) / 1000);
  });

  it('bands pay by its upper bound', () => {
    expect(toMeiliDocument(job({ payMin: 1800, payMax: 2200 })).payBand).toBe('0-3000');
    expect(toMeiliDocument(job({ payMin: 4000, payMax: 6000 })).payBand).toBe('5000-8000');
    expect(toMeiliDocument(job({ payMax: 12000 })).payBand).toBe('12000+');
  });

  it('omits _geo unless both coordinates are present', () => {
    expect(toMeiliDocument(job({ lat: null, lng: null }))).not.toHaveProperty('_geo');
    expect(toMeiliDocument(job({ lat: 35.5, lng: null }))).not.toHaveProperty('_geo');
    expect(toMeiliDocument(job({ lat: 0, lng: 0 }))._geo).toEqual({ lat: 0, lng: 0 });
  });

  it('adds the township and its county for a 9-digit code', () => {
    expect(toMeiliDocument(job({ regionCode: '622921100' })).regionPrefixes).toEqual(['62', '6229', '622921', '622921100']);
  });

  it('rejects a malformed region code or date, naming the job', () => {
    expect(() => toMeiliDocument(job({ id: 'bad', regionCode: '62292' }))).toThrow(/Job bad .*region code/);
    expect(() => toMeiliDocument(job({ id: 'bad', publishedAt: 'yesterday' }))).toThrow(/Job bad .*publishedAt/);
  });

  it('strips the private-use characters used as highlight sentinels', () => {
    const m = toMeiliDocument(job({ title: 'a\uE000b\uE001c', description: '\uE001x' }));
    expect(m.title).toBe('abc');
    expect(m.description).toBe('x');
  });
});

describe('toMeiliSynonyms', () => {
  it('makes every group mutual', () => {
    expect(
      toMeiliSynonyms([
        ['电焊工', '焊工'],
        ['月嫂', '母婴护理员', '育婴员'],
      ]),
    ).toEqual({
      电焊工: ['焊工'],
      焊工: ['电焊工'],
      月嫂: ['母婴护理员', '育婴员'],
      母婴护理员: ['月嫂', '育婴员'],
      育婴员: ['月嫂', '母婴护理员'],
    });
  });

  it('merges groups sharing a term, trims, and drops empty or one-term groups', () => {
    expect(toMeiliSynonyms([[' 焊工 ', '电焊工'], ['焊工', '焊接工'], ['保洁员'], ['', ' ']])).toEqual({
      焊工: ['电焊工', '焊接工'],
      电焊工: ['焊工'],
      焊接工: ['焊工'],
    });
  });

  it('is empty without groups', () => {
    expect(toMeiliSynonyms()).toEqual({});
    expect(toMeiliSynonyms([])).toEqual({});
  });
});

describe('meiliSettings', () => {
  const settings = meiliSettings([['电焊工', '焊工']], { disableOnNumbers: true });

  it('searches the texts in order of importance', () => {
    expect(settings.searchableAttributes).toEqual(['title', 'occupation', 'skills', 'employerName', 'description']);
  });

  it('filters, sorts and ranks as specified', () => {
    expect(settings.filterableAttributes).toEqual([
      'id',
      'kind',
      'industry',
      'regionPrefixes',
      'payMin',
      'payMax',
      'publishedAtTs',
      'projectId',
      'payBand',
      'localOnlyUntilTs',
      'localScopePrefix',
      'dedupeKey',
      '_geo',
    ]);
    expect(settings.sortableAttributes).toEqual(['publishedAtTs', 'payMax', '_geo']);
    expect(settings.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']); // explicit sorts are strict
    expect(settings.rankingRules).toEqual([...RANKING_RULES]);
  });

  it('declares the text attributes Chinese and keeps short Chinese words exact', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['title', 'occupation', 'skills', 'employerName', 'description'], locales: ['cmn'] },
    ]);
    const typo = settings.typoTolerance!;
    expect(typo.disableOnNumbers).toBe(true);
    // 3 UTF-8 bytes per Han character: even servers that count bytes give no typo to words of up to 3 characters.
    expect(typo.minWordSizeForTypos!.oneTypo!).toBeGreaterThan(3 * 3);
    expect(typo.minWordSizeForTypos!.twoTypos!).toBeGreaterThanOrEqual(typo.minWordSizeForTypos!.oneTypo!);
  });

  it('counts totals exactly and keeps 200 facet values, the largest', () => {
    expect(settings.pagination).toEqual({ maxTotalHits: MAX_TOTAL_HITS });
    expect(MAX_TOTAL_HITS).toBeGreaterThanOrEqual(100_000);
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } });
  });

  it('turns synonym groups into the mutual map, empty when none are configured', () => {
    expect(settings.synonyms).toEqual({ 电焊工: ['焊工'], 焊工: ['电焊工'] });
    expect(meiliSettings(undefined, { disableOnNumbers: true }).synonyms).toEqual({});
  });

  it('leaves disableOnNumbers out for servers older than v1.15', () => {
    expect(meiliSettings(undefined, { disableOnNumbers: false }).typoTolerance).not.toHaveProperty('disableOnNumbers');
  });

  it.each([
    ['1.12.8', false],
    ['1.14.0', false],
    ['1.15.0', true],
    ['1.16.0-rc.1', true],
    ['2.0.0', true],
    ['v1.20.1', true],
    ['nightly', false],
  ])('supportsDisableOnNumbers(%s) is %s', (version, expected) => {
    expect(supportsDisableOnNumbers(version)).toBe(expected);
  });
});

describe('quoteFilterValue and formatNumber', () => {
  it('double-quotes and escapes quotes and backslashes', () => {
    expect(quoteFilterValue('建筑业')).toBe('"建筑业"');
    expect(quoteFilterValue('Toys "R" Us')).toBe('"Toys \\"R\\" Us"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quoteFilterValue("it's")).toBe('"it\'s"');
    expect(quoteFilterValue('x" OR kind = "GIG')).toBe('"x\\" OR kind = \\"GIG"');
  });

  it('writes plain decimals, never exponents', () => {
    expect(formatNumber(9000)).toBe('9000');
    expect(formatNumber(35.6)).toBe('35.6');
    expect(formatNumber(-12.25)).toBe('-12.25');
    expect(formatNumber(1e-7)).toBe('0.0000001');
    expect(formatNumber(1e-9)).toBe('0');
    expect(formatNumber(-1e-9)).toBe('0');
    expect(formatNumber(1e21)).not.toMatch(/e/i);
    expect(() => formatNumber(NaN)).toThrow();
    expect(() => formatNumber(Infinity)).toThrow();
  });
});

describe('buildFilter', () => {
  it('is empty without filters', () => {
    expect(buildFilter(query(), NOW)).toEqual([]);
  });

  it.each([
    ['620000', '62'],
    ['62', '62'],
    ['622900', '6229'],
    ['622921', '622921'],
    ['622921100', '622921100'],
  ])('filters region %s on the prefix %s', (regionCode, prefix) => {
    expect(buildFilter(query({ regionCode }), NOW)).toEqual([`regionPrefixes = "${prefix}"`]);
  });

  it('rejects a malformed region code', () => {
    expect(() => buildFilter(query({ regionCode: '6229211' }), NOW)).toThrow();
  });

  it('filters a radius in metres', () => {
    expect(buildFilter(query({ near: { lat: 35.6, lng: 103.21, radiusKm: 30 } }), NOW)).toEqual(['_geoRadius(35.6, 103.21, 30000)']);
    expect(buildFilter(query({ near: { lat: -33.8688, lng: 151.2093, radiusKm: 0.5 } }), NOW)).toEqual([
      '_geoRadius(-33.8688, 151.2093, 500)',
    ]);
    expect(buildFilter(query({ near: { lat: 35, lng: 103, radiusKm: 1.2345 } }), NOW)).toEqual(['_geoRadius(35, 103, 1235)']);
  });

  it('crosses the pay bounds: payMin on payMax, payMax on payMin', () => {
    expect(buildFilter(query({ payMin: 9000 }), NOW)).toEqual(['payMax >= 9000']);
    expect(buildFilter(query({ payMax: 2500 }), NOW)).toEqual(['payMin <= 2500']);
    expect(buildFilter(query({ payMin: 0 }), NOW)).toEqual(['payMax >= 0']);
  });

  it('lists kinds and industries, quoted and escaped', () => {
    expect(buildFilter(query({ kinds: [JobKind.GIG, JobKind.PUBLIC_WELFARE] }), NOW)).toEqual(['kind IN ["GIG", "PUBLIC_WELFARE"]']);
    expect(buildFilter(query({ industries: ['住宿和餐饮业', '批发"零售"业', 'a\\b'] }), NOW)).toEqual([
      'industry IN ["住宿和餐饮业", "批发\\"零售\\"业", "a\\\\b"]',
    ]);
  });

  it('ignores empty lists', () => {
    expect(buildFilter(query({ kinds: [], industries: [] }), NOW)).toEqual([]);
  });

  it('counts recency back from now, in unix seconds', () => {
    expect(buildFilter(query({ postedWithinDays: 3 }), NOW)).toEqual([`publishedAtTs >= ${NOW_S - 3 * 86400}`]);
    expect(buildFilter(query({ postedWithinDays: 0 }), NOW)).toEqual([`publishedAtTs >= ${NOW_S}`]);
    expect(buildFilter(query({ postedWithinDays: 1 }), new Date('2026-11-20T12:00:00.750Z'))).toEqual([
      `publishedAtTs >= ${NOW_S - 86400}`,
    ]);
  });

  it('filters a project', () => {
    expect(buildFilter(query({ projectId: '00000000-0000-4000-8000-00000000a001' }), NOW)).toEqual([
      'projectId = "00000000-0000-4000-8000-00000000a001"',
    ]);
  });

  it('combines everything (ANDed as an array)', () => {
    expect(
      buildFilter(
        query({
          regionCode: '622900',
          payMin: 8000,
          payMax: 12000,
          kinds: [JobKind.FULL_TIME],
          industries: ['建筑业'],
          postedWithinDays: 7,
          projectId: 'p',
        }),
        NOW,
      ),
    ).toEqual([
      'regionPrefixes = "6229"',
      'payMax >= 8000',
      'payMin <= 12000',
      'kind IN ["FULL_TIME"]',
      'industry IN ["建筑业"]',
      `publishedAtTs >= ${NOW_S - 7 * 86400}`,
      'projectId = "p"',
    ]);
  });
});

describe('buildSort', () => {
  const near = { lat: 35.6, lng: 103.21, radiusKm: 30 };

  it('defaults to relevance (no sort) with a keyword and newest without', () => {
    expect(buildSort(query(), '电焊')).toBeUndefined();
    expect(buildSort(query(), '')).toEqual(['publishedAtTs:desc']);
  });

  it('falls back to newest for RELEVANCE without a keyword', () => {
    expect(buildSort(query({ sort: 'RELEVANCE' }), '')).toEqual(['publishedAtTs:desc']);
    expect(buildSort(query({ sort: 'RELEVANCE' }), '电焊')).toBeUndefined();
  });

  it('sorts newest, pay (ties by recency) and distance', () => {
    expect(buildSort(query({ sort: 'NEWEST' }), '电焊')).toEqual(['publishedAtTs:desc']);
    expect(buildSort(query({ sort: 'PAY' }), '')).toEqual(['payMax:desc', 'publishedAtTs:desc']);
    expect(buildSort(query({ sort: 'DISTANCE', near }), '')).toEqual(['_geoPoint(35.6,103.21):asc']);
  });

  it('writes the point so that Meilisearch can compute _geoDistance from it', () => {
    const [rule] = buildSort(query({ sort: 'DISTANCE', near: { lat: 1e-7, lng: -0.5, radiusKm: 1 } }), '')!;
    expect(rule).toBe('_geoPoint(0.0000001,-0.5):asc');
    // Meilisearch's own pattern for reading the point back.
    expect(rule).toMatch(/_geoPoint\(\s*([\d.-]+)\s*,\s*([\d.-]+)\s*\)/);
  });

  it('refuses DISTANCE without a point', () => {
    expect(() => buildSort(query({ sort: 'DISTANCE' }), '')).toThrow('DISTANCE sort needs a point');
  });
});

describe('pageWindow', () => {
  it('maps aligned windows to pages', () => {
    expect(pageWindow(0, 20)).toEqual({ page: 1, hitsPerPage: 20, skip: 0 });
    expect(pageWindow(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 });
    expect(pageWindow(3, 3)).toEqual({ page: 2, hitsPerPage: 3, skip: 0 });
    expect(pageWindow(0, 1)).toEqual({ page: 1, hitsPerPage: 1, skip: 0 });
  });

  it('widens the page for an unaligned offset and skips the extra hits', () => {
    expect(pageWindow(5, 10)).toEqual({ page: 1, hitsPerPage: 15, skip: 5 });
    expect(pageWindow(25, 10)).toEqual({ page: 3, hitsPerPage: 12, skip: 1 });
    expect(pageWindow(1, 50)).toEqual({ page: 1, hitsPerPage: 51, skip: 1 });
  });

  it('asks for the total only when limit is 0', () => {
    expect(pageWindow(0, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 });
    expect(pageWindow(30, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 });
  });

  it('always covers exactly the window, with the smallest page that can', () => {
    for (let limit = 1; limit <= 12; limit++) {
      for (let offset = 0; offset <= 60; offset++) {
        const { page, hitsPerPage, skip } = pageWindow(offset, limit);
        expect((page - 1) * hitsPerPage + skip).toBe(offset);
        expect(skip + limit).toBeLessThanOrEqual(hitsPerPage);
        expect(hitsPerPage).toBeGreaterThanOrEqual(limit);
        for (let smaller = limit; smaller < hitsPerPage; smaller++) {
          const start = Math.floor(offset / smaller) * smaller;
          expect(offset + limit).toBeGreaterThan(start + smaller);
        }
      }
    }
  });

  it('rejects negative or fractional values', () => {
    expect(() => pageWindow(-1, 10)).toThrow();
    expect(() => pageWindow(0, -1)).toThrow();
    expect(() => pageWindow(1.5, 10)).toThrow();
  });
});

describe('buildMeiliSearchParams', () => {
  it('builds a placeholder search, newest first, for an empty query', () => {
    expect(buildMeiliSearchParams(query(), NOW)).toEqual({
      q: '',
      params: {
        page: 1,
        hitsPerPage: 20,
        attributesToRetrieve: ['id'],
        filter: [`localOnlyUntilTs <= ${NOW_S}`],
        sort: ['publishedAtTs:desc'],
      },
      skip: 0,
      matchesNothing: false,
    });
  });

  it('trims the keyword, needs every word, and reads the query as Chinese', () => {
    const { q, params } = buildMeiliSearchParams(query({ keyword: '  电焊 庆阳 ' }), NOW);
    expect(q).toBe('电焊 庆阳');
    expect(params.matchingStrategy).toBe('all');
    expect(params.locales).toEqual(['cmn']);
    expect(params.sort).toBeUndefined();
  });

  it('treats a blank keyword as no keyword', () => {
    const { q, params, matchesNothing } = buildMeiliSearchParams(query({ keyword: '   ' }), NOW);
    expect(q).toBe('');
    expect(matchesNothing).toBe(false);
    expect(params.sort).toEqual(['publishedAtTs:desc']);
    expect(params).not.toHaveProperty('matchingStrategy');
  });

  it('knows that a keyword of punctuation only can match nothing', () => {
    expect(buildMeiliSearchParams(query({ keyword: '！？' }), NOW).matchesNothing).toBe(true);
    expect(buildMeiliSearchParams(query({ keyword: ' - , 。' }), NOW).matchesNothing).toBe(true);
    expect(buildMeiliSearchParams(query({ keyword: 'C++' }), NOW).matchesNothing).toBe(false);
    expect(buildMeiliSearchParams(query({ keyword: '3D' }), NOW).matchesNothing).toBe(false);
  });

  it('pages through page/hitsPerPage and says how many hits to skip', () => {
    expect(buildMeiliSearchParams(query({ offset: 6, limit: 3 }), NOW)).toMatchObject({ params: { page: 3, hitsPerPage: 3 }, skip: 0 });
    expect(buildMeiliSearchParams(query({ offset: 5, limit: 10 }), NOW)).toMatchObject({ params: { page: 1, hitsPerPage: 15 }, skip: 5 });
    expect(buildMeiliSearchParams(query(), NOW).params).not.toHaveProperty('offset');
    expect(buildMeiliSearchParams(query(), NOW).params).not.toHaveProperty('limit');
  });

  it('asks for facets, the region one through regionPrefixes, once each', () => {
    const { params } = buildMeiliSearchParams(query({ facets: ['kind', 'industry', 'payBand', 'region', 'kind'] }), NOW);
    expect(params.facets).toEqual(['kind', 'industry', 'payBand', 'regionPrefixes']);
    expect(buildMeiliSearchParams(query({ facets: [] }), NOW).params).not.toHaveProperty('facets');
  });

  it('retrieves the point when near is given, for distances', () => {
    const { params } = buildMeiliSearchParams(query({ near: { lat: 35.6, lng: 103.21, radiusKm: 30 }, sort: 'DISTANCE' }), NOW);
    expect(params.attributesToRetrieve).toEqual(['id', '_geo']);
    expect(params.filter).toEqual(['_geoRadius(35.6, 103.21, 30000)', `localOnlyUntilTs <= ${NOW_S}`]);
    expect(params.sort).toEqual(['_geoPoint(35.6,103.21):asc']);
  });

  it('highlights title and description, cropping the description to about 60 words', () => {
    const { params } = buildMeiliSearchParams(query({ keyword: '拉面', highlight: true }), NOW);
    expect(params).toMatchObject({
      attributesToRetrieve: ['id', 'title', 'description'],
      attributesToHighlight: ['title', 'description'],
      attributesToCrop: ['description'],
      cropLength: 60,
      cropMarker: '…',
    });
    // Sentinel tags, turned into <mark> after HTML-escaping (see toMarkedHtml).
    expect(params.highlightPreTag).toBe('\uE000');
    expect(params.highlightPostTag).toBe('\uE001');
    expect(buildMeiliSearchParams(query({ keyword: '拉面' }), NOW).params).not.toHaveProperty('attributesToHighlight');
  });

  it('uses the now it is given for recency', () => {
    expect(buildMeiliSearchParams(query({ postedWithinDays: 3 }), NOW).params.filter).toEqual([
      `publishedAtTs >= ${NOW_S - 3 * 86400}`,
      `localOnlyUntilTs <= ${NOW_S}`,
    ]);
  });

  it('hides project jobs in their local-first window from anyone but viewers with a hukou inside the local scope', () => {
    expect(localWindowFilter({}, NOW)).toBe(`localOnlyUntilTs <= ${NOW_S}`);
    expect(localWindowFilter({ viewerHukouRegionCode: null }, NOW)).toBe(`localOnlyUntilTs <= ${NOW_S}`);
    expect(localWindowFilter({ viewerHukouRegionCode: '622921' }, NOW)).toBe(
      `(localOnlyUntilTs <= ${NOW_S} OR localScopePrefix IN ["62", "6229", "622921"])`,
    );
    expect(localWindowFilter({ viewerHukouRegionCode: '622921100' }, NOW)).toBe(
      `(localOnlyUntilTs <= ${NOW_S} OR localScopePrefix IN ["62", "6229", "622921", "622921100"])`,
    );
  });

  it('throws a plain Error for DISTANCE without near', () => {
    expect(() => buildMeiliSearchParams(query({ sort: 'DISTANCE' }), NOW)).toThrow(Error);
  });
});

describe('fromMeiliResponse', () => {
  const response = (over: Partial<MeiliSearchResponseLike> = {}): MeiliSearchResponseLike => ({ hits: [], totalHits: 0, ...over });

  it('reads ids and the exact total', () => {
    const r = fromMeiliResponse(response({ hits: [{ id: 'a' }, { id: 'b' }], totalHits: 42 }), query());
    expect(r).toEqual({ total: 42, hits: [{ id: 'a' }, { id: 'b' }], facets: {} });
  });

  it('falls back to estimatedTotalHits, then 0', () => {
    expect(fromMeiliResponse({ hits: [], estimatedTotalHits: 7 }, query()).total).toBe(7);
    expect(fromMeiliResponse({ hits: [] }, query()).total).toBe(0);
  });

  it('drops the skipped hits and keeps at most limit', () => {
    const hits = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
    expect(fromMeiliResponse(response({ hits }), query({ offset: 5, limit: 3 }), 2).hits.map((h) => h.id)).toEqual(['c', 'd', 'e']);
    expect(fromMeiliResponse(response({ hits: hits.slice(0, 3) }), query({ limit: 3 }), 2).hits.map((h) => h.id)).toEqual(['c']);
  });

  it('maps facet distributions, largest first then by value', () => {
    const r = fromMeiliResponse(
      response({
        totalHits: 6,
        facetDistribution: {
          kind: { PUBLIC_WELFARE: 1, FULL_TIME: 5 },
          industry: { 建筑业: 3, 居民服务业: 1, 住宿和餐饮业: 1, 公共管理: 1 },
          payBand: { '5000-8000': 3, '8000-12000': 2, '0-3000': 1 },
          regionPrefixes: { '62': 6, '6229': 6, '622921': 2, '622901': 2, '622922': 1, '622926': 1, '622921100': 1 },
        },
      }),
      query({ facets: ['kind', 'industry', 'payBand', 'region'] }),
    );
    expect(r.facets.kind).toEqual([
      { value: 'FULL_TIME', count: 5 },
      { value: 'PUBLIC_WELFARE', count: 1 },
    ]);
    expect(r.facets.industry?.[0]).toEqual({ value: '建筑业', count: 3 });
    expect(r.facets.industry?.map((f) => f.count)).toEqual([3, 1, 1, 1]);
    expect(r.facets.payBand).toEqual([
      { value: '5000-8000', count: 3 },
      { value: '8000-12000', count: 2 },
      { value: '0-3000', count: 1 },
    ]);
    expect(r.facets.region).toEqual([
      { value: '622901', count: 2 },
      { value: '622921', count: 2 },
      { value: '622922', count: 1 },
      { value: '622926', count: 1 },
    ]);
  });

  it('answers an empty list for a requested facet Meilisearch did not return, and nothing for unrequested ones', () => {
    const r = fromMeiliResponse(response({ facetDistribution: { kind: { GIG: 1 } } }), query({ facets: ['industry'] }));
    expect(r.facets).toEqual({ industry: [] });
    expect(fromMeiliResponse(response(), query({ facets: ['kind'] })).facets).toEqual({ kind: [] });
  });

  it('reads distances from _geoDistance in metres, to 0.1 km, only when near is given', () => {
    const near = { lat: 35.6, lng: 103.21, radiusKm: 30 };
    const hits = [
      { id: 'a', _geoDistance: 0 },
      { id: 'b', _geoDistance: 18_449 },
      { id: 'c', _geoDistance: 22_951 },
    ];
    expect(fromMeiliResponse(response({ hits }), query({ near })).hits).toEqual([
      { id: 'a', distanceKm: 0 },
      { id: 'b', distanceKm: 18.4 },
      { id: 'c', distanceKm: 23 },
    ]);
    expect(fromMeiliResponse(response({ hits }), query()).hits).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  });

  it('computes the distance from _geo when Meilisearch did not (no _geoPoint sort)', () => {
    const near = { lat: 35.6, lng: 103.21, radiusKm: 30 };
    const r = fromMeiliResponse(response({ hits: [{ id: 'a', _geo: { lat: 35.49, lng: 103.0 } }, { id: 'b' }] }), query({ near }));
    expect(r.hits[0].distanceKm).toBeCloseTo(haversineMetres(near, { lat: 35.49, lng: 103.0 }) / 1000, 1);
    expect(r.hits[0].distanceKm).toBeGreaterThan(10);
    expect(r.hits[0].distanceKm).toBeLessThan(30);
    expect(r.hits[1]).toEqual({ id: 'b' });
  });

  it('turns the highlight sentinels into <mark> and escapes the rest', () => {
    const r = fromMeiliResponse(
      response({
        hits: [
          {
            id: 'a',
            title: '牛肉拉面师',
            description: 'x',
            _formatted: { id: 'a', title: '牛肉\uE000拉面\uE001师 <b>', description: '…门店\uE000拉面\uE001出品 & "手工"…' },
          },
        ],
      }),
      query({ keyword: '拉面', highlight: true }),
    );
    expect(r.hits[0].highlights).toEqual({
      title: '牛肉<mark>拉面</mark>师 &lt;b&gt;',
      description: '…门店<mark>拉面</mark>出品 &amp; &quot;手工&quot;…',
    });
  });

  it('falls back to the raw text when a formatted value is missing, and adds no highlights unless asked', () => {
    const hits = [{ id: 'a', title: 'A&B', description: 'd', _formatted: { description: '\uE000d\uE001' } }];
    expect(fromMeiliResponse(response({ hits }), query({ highlight: true })).hits[0].highlights).toEqual({
      title: 'A&amp;B',
      description: '<mark>d</mark>',
    });
    expect(fromMeiliResponse(response({ hits }), query()).hits[0]).toEqual({ id: 'a' });
  });

  it('stringifies ids', () => {
    expect(fromMeiliResponse(response({ hits: [{ id: 12 }] }), query()).hits[0].id).toBe('12');
  });
});

describe('toFacetCounts and toMarkedHtml', () => {
  it('keeps only county-level region values', () => {
    expect(toFacetCounts('region', { '62': 3, '6229': 3, '622921': 3, '622921100': 1 })).toEqual([{ value: '622921', count: 3 }]);
    expect(toFacetCounts('kind', undefined)).toEqual([]);
  });

  it('escapes HTML around marks', () => {
    expect(toMarkedHtml("<script>'\uE000x\uE001'</script>")).toBe('&lt;script&gt;&#39;<mark>x</mark>&#39;&lt;/script&gt;');
  });
});

describe('toSearchError', () => {
  const { MeilisearchApiError, MeilisearchRequestError } = fake;

  it('reports network failures and timeouts as unavailable', () => {
    const network = toSearchError(
      new MeilisearchRequestError('http://meili/search', Object.assign(new Error('fetch failed'), { code: 'ECONNREFUSED' })),
      'search',
    );
    expect(network).toBeInstanceOf(SearchUnavailableError);
    expect(network.message).toContain('search');
    const timeout = Object.assign(new Error('request timed out after 5000ms'), { name: 'MeilisearchRequestTimeOutError' });
    expect(toSearchError(timeout, 'search')).toBeInstanceOf(SearchUnavailableError);
    const task = Object.assign(new Error('timeout of 120000ms has exceeded on task 3'), { name: 'MeilisearchTaskTimeOutError' });
    expect(toSearchError(task, 'document upsert')).toBeInstanceOf(SearchUnavailableError);
    expect(toSearchError(Object.assign(new Error('aborted'), { name: 'AbortError' }), 'search')).toBeInstanceOf(SearchUnavailableError);
    expect(toSearchError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'search')).toBeInstanceOf(
      SearchUnavailableError,
    );
  });

  it('reports 5xx, 408 and 429 as unavailable', () => {
    for (const status of [500, 502, 503, 504, 408, 429]) {
      expect(toSearchError(new MeilisearchApiError(status, { code: 'internal', message: 'boom' }), 'search')).toBeInstanceOf(
        SearchUnavailableError,
      );
    }
  });

  it('reports other 4xx as plain errors naming the Meilisearch code', () => {
    const original = new MeilisearchApiError(400, { code: 'invalid_search_filter', message: 'Attribute `salary` is not filterable.' });
    const e = toSearchError(original, 'search');
    expect(e).not.toBeInstanceOf(SearchUnavailableError);
    expect(e.message).toBe('Meilisearch rejected the search (invalid_search_filter): Attribute `salary` is not filterable.');
    expect((e as Error & { cause?: unknown }).cause).toBe(original);
    expect(
      toSearchError(new MeilisearchApiError(403, { code: 'invalid_api_key', message: 'The provided API key is invalid.' }), 'search'),
    ).not.toBeInstanceOf(SearchUnavailableError);
  });

  it('passes other errors through', () => {
    const e = new TypeError('x is undefined');
    expect(toSearchError(e, 'search')).toBe(e);
    const unavailable = new SearchUnavailableError('down');
    expect(toSearchError(unavailable, 'search')).toBe(unavailable);
  });
});

describe('taskError', () => {
  it('is a plain error for a task Meilisearch refused', () => {
    const e = taskError('document upsert', {
      uid: 7,
      type: 'documentAdditionOrUpdate',
      status: 'failed',
      error: { code: 'invalid_document_geo_field', message: 'bad _geo', type: 'invalid_request', link: '' },
    });
    expect(e).not.toBeInstanceOf(SearchUnavailableError);
    expect(e.message).toBe('Meilisearch document upsert task 7 (documentAdditionOrUpdate) failed: invalid_document_geo_field: bad _geo');
  });

  it('is unavailable for internal or system failures', () => {
    const e = taskError('document upsert', {
      uid: 8,
      type: 'documentAdditionOrUpdate',
      status: 'failed',
      error: { code: 'no_space_left_on_device', message: 'disk full', type: 'system', link: '' },
    });
    expect(e).toBeInstanceOf(SearchUnavailableError);
  });

  it('reports a cancelled task', () => {
    expect(taskError('settings update', { uid: 9, type: 'settingsUpdate', status: 'canceled', error: null }).message).toBe(
      'Meilisearch settings update task 9 (settingsUpdate) canceled: no error reported',
    );
  });
});

describe('MeilisearchEngine (against a stand-in client)', () => {
  const state = fake.__state;
  const calls = (method: string) => state.calls.filter((c) => c.method === method);
  let engine: MeilisearchEngine;

  beforeEach(() => {
    Object.assign(state, {
      configs: [],
      calls: [],
      indexExists: true,
      version: '1.16.0',
      taskResults: [],
      searchResponse: { hits: [], totalHits: 0 },
      searchResponses: [],
      failWith: null,
      healthy: true,
    });
    engine = new MeilisearchEngine({
      host: 'http://meili:7700',
      apiKey: 'key',
      synonyms: [['电焊工', '焊工']],
      timeoutMs: 1234,
      taskTimeoutMs: 9999,
    });
  });

  it('configures the client and names itself', () => {
    expect(engine.name).toBe('meilisearch');
    expect(state.configs).toEqual([{ host: 'http://meili:7700', apiKey: 'key', timeout: 1234 }]);
  });

  it('creates a missing index with primary key id, then applies the settings and waits for both', async () => {
    state.indexExists = false;
    await engine.ensureSetup();
    expect(calls('createIndex')).toEqual([{ method: 'createIndex', args: ['jobs', { primaryKey: 'id' }] }]);
    const [update] = calls('updateSettings');
    expect(update.args).toEqual(['jobs', meiliSettings([['电焊工', '焊工']], { disableOnNumbers: true })]);
    expect(calls('waitTask')).toHaveLength(2);
    expect(calls('waitTask')[0].args[1]).toEqual({ timeout: 9999, interval: 100 });
  });

  it('leaves an existing index alone and stays idempotent', async () => {
    await engine.ensureSetup();
    await engine.ensureSetup();
    expect(calls('createIndex')).toHaveLength(0);
    expect(calls('updateSettings')).toHaveLength(2);
    expect(calls('updateSettings')[0].args).toEqual(calls('updateSettings')[1].args);
  });

  it('accepts losing the race to create the index', async () => {
    state.indexExists = false;
    state.taskResults = [
      { status: 'failed', error: { code: 'index_already_exists', message: 'exists', type: 'invalid_request', link: '' } },
    ];
    await expect(engine.ensureSetup()).resolves.toBeUndefined();
  });

  it('omits disableOnNumbers on an older server', async () => {
    state.version = '1.12.3';
    await engine.ensureSetup();
    const settings = calls('updateSettings')[0].args[1] as { typoTolerance: object };
    expect(settings.typoTolerance).not.toHaveProperty('disableOnNumbers');
  });

  it('fails clearly when the settings task fails', async () => {
    state.taskResults = [
      { status: 'failed', error: { code: 'invalid_settings_ranking_rules', message: 'bad rule', type: 'invalid_request', link: '' } },
    ];
    await expect(engine.ensureSetup()).rejects.toThrow('Meilisearch settings update task');
  });

  it('uses the configured index uid', async () => {
    const other = new MeilisearchEngine({ host: 'http://meili:7700', indexUid: 'jobs_test_1' });
    await other.clearJobs();
    expect(calls('deleteAllDocuments')[0].args).toEqual(['jobs_test_1']);
    expect(state.configs[1]).toEqual({ host: 'http://meili:7700', apiKey: undefined, timeout: 5000 });
  });

  it('upserts documents in batches of 1000 and waits for each', async () => {
    const docs = Array.from({ length: 2001 }, (_, i) => job({ id: `job-${i}` }));
    await engine.upsertJobs(docs);
    const adds = calls('addDocuments');
    expect(adds.map((c) => (c.args[1] as unknown[]).length)).toEqual([1000, 1000, 1]);
    expect(adds[0].args[2]).toEqual({ primaryKey: 'id' });
    expect((adds[0].args[1] as unknown[])[0]).toEqual(toMeiliDocument(docs[0]));
    expect(calls('waitTask')).toHaveLength(3);
  });

  it('does nothing for empty upserts and removals', async () => {
    await engine.upsertJobs([]);
    await engine.removeJobs([]);
    expect(state.calls).toEqual([]);
  });

  it('fails an upsert whose task failed, with the reason', async () => {
    state.taskResults = [
      { status: 'failed', error: { code: 'invalid_document_id', message: 'bad id', type: 'invalid_request', link: '' } },
    ];
    await expect(engine.upsertJobs([job()])).rejects.toThrow('invalid_document_id: bad id');
  });

  it('removes and clears documents, waiting for the tasks', async () => {
    await engine.removeJobs(['a', 'b']);
    await engine.clearJobs();
    expect(calls('deleteDocuments')[0].args).toEqual(['jobs', ['a', 'b']]);
    expect(calls('deleteAllDocuments')).toHaveLength(1);
    expect(calls('waitTask')).toHaveLength(2);
  });

  it('searches with the built parameters and maps the answer', async () => {
    state.searchResponse = { hits: [{ id: 'c-welder-1' }], totalHits: 1, facetDistribution: { kind: { FULL_TIME: 1 } } };
    const q = query({ keyword: ' 电焊 ', regionCode: '622900', facets: ['kind'], now: NOW });
    const r = await engine.searchJobs(q);
    expect(r).toEqual({ total: 1, hits: [{ id: 'c-welder-1' }], facets: { kind: [{ value: 'FULL_TIME', count: 1 }] } });
    const expected = buildMeiliSearchParams(q, NOW);
    expect(calls('search')[0].args).toEqual(['jobs', expected.q, expected.params]);
  });

  it('collapses identical postings with distinct, then counts each kept group with one more request', async () => {
    state.searchResponses = [
      {
        hits: [
          { id: 'a', dedupeKey: 'k1' },
          { id: 'b', dedupeKey: 'k2' },
        ],
        totalHits: 2,
      },
      { hits: [], totalHits: 4, facetDistribution: { dedupeKey: { k1: 3, k2: 1 } } },
    ];
    const q = query({ keyword: '电焊', collapseDuplicates: true, now: NOW });
    const r = await engine.searchJobs(q);
    expect(r.hits).toEqual([{ id: 'a', duplicates: 2 }, { id: 'b' }]);
    expect(r.total).toBe(2);
    const [main, counts] = calls('search');
    expect((main.args[2] as { distinct?: string }).distinct).toBe('dedupeKey');
    expect(counts.args).toEqual(['jobs', '电焊', buildDuplicateCountParams(q, NOW, ['k1', 'k2']).params]);
    const countParams = counts.args[2] as { distinct?: string; facets: string[]; hitsPerPage: number; filter: string[] };
    expect(countParams.distinct).toBeUndefined();
    expect(countParams.facets).toEqual(['dedupeKey']);
    expect(countParams.hitsPerPage).toBe(0);
    expect(countParams.filter.at(-1)).toBe('dedupeKey IN ["k1", "k2"]');
  });

  it('asks once when not collapsing', async () => {
    await engine.searchJobs(query({ keyword: '电焊', now: NOW }));
    expect(calls('search')).toHaveLength(1);
    expect((calls('search')[0].args[2] as { distinct?: string }).distinct).toBeUndefined();
  });

  it('answers nothing for a punctuation-only keyword without asking', async () => {
    const r = await engine.searchJobs(query({ keyword: '！？', facets: ['kind', 'region'] }));
    expect(r).toEqual({ total: 0, hits: [], facets: { kind: [], region: [] } });
    expect(calls('search')).toHaveLength(0);
  });

  it('throws a plain Error for DISTANCE without near, before asking', async () => {
    await expect(engine.searchJobs(query({ sort: 'DISTANCE' }))).rejects.toThrow('DISTANCE sort needs a point');
    expect(calls('search')).toHaveLength(0);
  });

  it('answers SearchUnavailableError when the server cannot be reached or fails', async () => {
    state.failWith = new fake.MeilisearchRequestError('http://meili:7700/indexes/jobs/search', new Error('ECONNREFUSED'));
    await expect(engine.searchJobs(query())).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.upsertJobs([job()])).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.ensureSetup()).rejects.toBeInstanceOf(SearchUnavailableError);
    state.failWith = new fake.MeilisearchApiError(503, { code: 'internal', message: 'unavailable' });
    await expect(engine.searchJobs(query())).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('answers a plain Error for a rejected request', async () => {
    state.failWith = new fake.MeilisearchApiError(400, { code: 'invalid_search_filter', message: 'bad filter' });
    const e = await engine.searchJobs(query()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(SearchUnavailableError);
    expect((e as Error).message).toContain('invalid_search_filter');
  });

  it('reports health', async () => {
    expect(await engine.isHealthy()).toBe(true);
    state.healthy = false;
    expect(await engine.isHealthy()).toBe(false);
  });
});

describe('ids filter', () => {
  it('restricts to the given documents, quoting each id', () => {
    const { params } = buildMeiliSearchParams({ offset: 0, limit: 5, ids: ['a-1', 'b"2'] }, new Date('2026-11-20T00:00:00Z'));
    expect(JSON.stringify(params.filter)).toContain('id IN [');
    expect(JSON.stringify(params.filter)).toContain('a-1');
  });
});
