import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { DormitoryProvision, JobKind, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { JobDocument, SearchUnavailableError } from '../../search-port';
import { meiliSettings, MeilisearchEngine, toMeiliDocument } from './meilisearch-engine';

/**
 * The engine with the real meilisearch 0.62 client, against an in-process HTTP stand-in that answers like the
 * documented REST API (no server can run here). It checks what actually goes over the wire (paths, methods, bodies,
 * task polling) and how real client errors are classified. Relevance itself is only checked by the conformance suite.
 */

// See meilisearch-engine.conformance.spec.ts: Node's own require() loads the ES-module-only client.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- inside jest.mock's factory, an import is not possible
jest.mock('meilisearch', () => Object.getPrototypeOf(require('node:module')).createRequire(__filename)('meilisearch'));

interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  auth?: string;
}

type Handler = (req: Recorded) => { status: number; body?: unknown; delayMs?: number } | undefined;

let server: Server;
let host: string;
let requests: Recorded[];
let override: Handler | undefined;
let indexExists: boolean;
let taskStatus: (uid: number) => Record<string, unknown>;
let searchBody: unknown;
let nextTask: number;

const task = (type: string) => ({
  status: 202,
  body: { taskUid: ++nextTask, indexUid: 'jobs', status: 'enqueued', type, enqueuedAt: new Date().toISOString() },
});

function route(req: Recorded): { status: number; body?: unknown; delayMs?: number } {
  const custom = override?.(req);
  if (custom) return custom;
  const { method, path } = req;
  let m: RegExpMatchArray | null;
  if (method === 'GET' && path === '/health') return { status: 200, body: { status: 'available' } };
  if (method === 'GET' && path === '/version') return { status: 200, body: { pkgVersion: '1.16.0', commitSha: 'x', commitDate: 'x' } };
  if (method === 'GET' && (m = path.match(/^\/tasks\/(\d+)$/))) {
    const uid = Number(m[1]);
    return { status: 200, body: { uid, indexUid: 'jobs', type: 'x', status: 'succeeded', error: null, ...taskStatus(uid) } };
  }
  if (method === 'GET' && (m = path.match(/^\/indexes\/([\w-]+)$/))) {
    return indexExists
      ? { status: 200, body: { uid: m[1], primaryKey: 'id', createdAt: '', updatedAt: '' } }
      : { status: 404, body: { message: `Index \`${m[1]}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: '' } };
  }
  if (method === 'POST' && path === '/indexes') return task('indexCreation');
  if (method === 'PATCH' && /^\/indexes\/[\w-]+\/settings$/.test(path)) return task('settingsUpdate');
  if (method === 'POST' && /^\/indexes\/[\w-]+\/documents$/.test(path)) return task('documentAdditionOrUpdate');
  if (method === 'POST' && /^\/indexes\/[\w-]+\/documents\/delete-batch$/.test(path)) return task('documentDeletion');
  if (method === 'DELETE' && /^\/indexes\/[\w-]+\/documents$/.test(path)) return task('documentDeletion');
  if (method === 'POST' && /^\/indexes\/[\w-]+\/search$/.test(path)) return { status: 200, body: searchBody };
  return { status: 404, body: { message: 'no route', code: 'not_found', type: 'invalid_request', link: '' } };
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const recorded: Recorded = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: raw ? JSON.parse(raw) : undefined,
        auth: req.headers.authorization,
      };
      requests.push(recorded);
      const { status, body, delayMs } = route(recorded);
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      }, delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
  override = undefined;
  indexExists = true;
  taskStatus = () => ({});
  searchBody = { hits: [], query: '', processingTimeMs: 0, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0 };
  nextTask = 0;
});

const engine = (over: Partial<ConstructorParameters<typeof MeilisearchEngine>[0]> = {}) =>
  new MeilisearchEngine({
    host,
    apiKey: 'masterKey0123456789',
    synonyms: [['电焊工', '焊工']],
    timeoutMs: 1000,
    taskTimeoutMs: 2000,
    ...over,
  });
const calls = (method: string, pattern: RegExp) => requests.filter((r) => r.method === method && pattern.test(r.path));

const job: JobDocument = {
  id: 'c-welder-1',
  title: '电焊工',
  description: '钢结构焊接，能看懂图纸。',
  occupation: '电焊工',
  skills: ['电焊', '气割'],
  employerId: 'e-1',
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
};

describe('MeilisearchEngine over HTTP (real client, stand-in server)', () => {
  it('creates a missing index, PATCHes the settings and polls both tasks, with the API key', async () => {
    indexExists = false;
    await engine().ensureSetup();
    expect(calls('POST', /^\/indexes$/)[0].body).toEqual({ uid: 'jobs', primaryKey: 'id' });
    expect(calls('PATCH', /\/settings$/)[0]).toMatchObject({
      path: '/indexes/jobs/settings',
      body: meiliSettings([['电焊工', '焊工']], { disableOnNumbers: true }),
    });
    expect(calls('GET', /^\/tasks\/\d+$/).map((r) => r.path)).toEqual(['/tasks/1', '/tasks/2']);
    expect(requests.every((r) => r.auth === 'Bearer masterKey0123456789')).toBe(true);
  });

  it('does not create an existing index', async () => {
    await engine().ensureSetup();
    expect(calls('POST', /^\/indexes$/)).toHaveLength(0);
    expect(calls('PATCH', /\/settings$/)).toHaveLength(1);
  });

  it('fails setup with the task error when the settings are refused', async () => {
    taskStatus = () => ({
      status: 'failed',
      error: { code: 'invalid_settings_filterable_attributes', message: 'nope', type: 'invalid_request', link: '' },
    });
    const e = await engine()
      .ensureSetup()
      .catch((x: unknown) => x);
    expect(e).not.toBeInstanceOf(SearchUnavailableError);
    expect((e as Error).message).toContain('invalid_settings_filterable_attributes: nope');
  });

  it('upserts with primaryKey=id, removes by id batch, clears, waiting each time', async () => {
    const e = engine();
    await e.upsertJobs([job]);
    await e.removeJobs(['a', 'b']);
    await e.clearJobs();
    const add = calls('POST', /\/documents$/)[0];
    expect(add.query).toEqual({ primaryKey: 'id' });
    expect(add.body).toEqual([JSON.parse(JSON.stringify(toMeiliDocument(job)))]);
    expect(calls('POST', /\/documents\/delete-batch$/)[0].body).toEqual(['a', 'b']);
    expect(calls('DELETE', /\/documents$/)).toHaveLength(1);
    expect(calls('GET', /^\/tasks\//)).toHaveLength(3);
  });

  it('keeps polling until the task is done', async () => {
    let polls = 0;
    taskStatus = () => (++polls < 3 ? { status: 'processing' } : {});
    await engine().clearJobs();
    expect(polls).toBe(3);
  });

  it('reports a task that never finishes as unavailable', async () => {
    taskStatus = () => ({ status: 'processing' });
    await expect(engine({ taskTimeoutMs: 300 }).clearJobs()).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('posts the search and maps totals, distances, facets and highlights', async () => {
    searchBody = {
      hits: [
        {
          id: 'c-lamian',
          _geo: { lat: 35.6, lng: 103.21 },
          _geoDistance: 0,
          title: '牛肉拉面师',
          description: '门店出品',
          _formatted: { title: '牛肉\uE000拉面\uE001师', description: '门店出品' },
        },
      ],
      query: '拉面',
      processingTimeMs: 1,
      hitsPerPage: 20,
      page: 1,
      totalPages: 1,
      totalHits: 1,
      facetDistribution: { regionPrefixes: { '62': 1, '6229': 1, '622901': 1 } },
    };
    const near = { lat: 35.6, lng: 103.21, radiusKm: 30 };
    const r = await engine().searchJobs({
      keyword: '拉面',
      near,
      sort: 'DISTANCE',
      facets: ['region'],
      highlight: true,
      offset: 0,
      limit: 20,
    });
    expect(r).toEqual({
      total: 1,
      hits: [{ id: 'c-lamian', distanceKm: 0, highlights: { title: '牛肉<mark>拉面</mark>师', description: '门店出品' } }],
      facets: { region: [{ value: '622901', count: 1 }] },
    });
    const [search] = calls('POST', /\/search$/);
    expect(search.path).toBe('/indexes/jobs/search');
    expect(search.body).toMatchObject({
      q: '拉面',
      page: 1,
      hitsPerPage: 20,
      filter: ['_geoRadius(35.6, 103.21, 30000)', expect.stringMatching(/^localOnlyUntilTs <= \d+$/)],
      sort: ['_geoPoint(35.6,103.21):asc'],
      facets: ['regionPrefixes'],
      matchingStrategy: 'all',
      locales: ['cmn'],
    });
  });

  it('answers SearchUnavailableError on a 5xx, a timeout or a refused connection', async () => {
    override = (req) =>
      req.path.endsWith('/search') ? { status: 503, body: { message: 'busy', code: 'internal', type: 'internal', link: '' } } : undefined;
    await expect(engine().searchJobs({ offset: 0, limit: 20 })).rejects.toBeInstanceOf(SearchUnavailableError);

    override = (req) => (req.path.endsWith('/search') ? { status: 200, body: searchBody, delayMs: 1000 } : undefined);
    await expect(engine({ timeoutMs: 100 }).searchJobs({ offset: 0, limit: 20 })).rejects.toBeInstanceOf(SearchUnavailableError);

    const closed = new MeilisearchEngine({ host: 'http://127.0.0.1:9', timeoutMs: 1000 });
    await expect(closed.searchJobs({ offset: 0, limit: 20 })).rejects.toBeInstanceOf(SearchUnavailableError);
    expect(await closed.isHealthy()).toBe(false);
  });

  it('answers a plain Error for an invalid filter (4xx)', async () => {
    override = (req) =>
      req.path.endsWith('/search')
        ? {
            status: 400,
            body: { message: 'Attribute `payBand` is not filterable.', code: 'invalid_search_filter', type: 'invalid_request', link: '' },
          }
        : undefined;
    const e = await engine()
      .searchJobs({ offset: 0, limit: 20, facets: ['payBand'] })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(SearchUnavailableError);
    expect((e as Error).message).toBe('Meilisearch rejected the search (invalid_search_filter): Attribute `payBand` is not filterable.');
  });

  it('is healthy when /health answers available', async () => {
    expect(await engine().isHealthy()).toBe(true);
  });
});
