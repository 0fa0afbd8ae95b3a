import { createTestApp, TestApp } from '@jobbridge/testing';

/** Raw POSTs: these requests are malformed on purpose, so they bypass the test client's conveniences. */
async function post(t: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  return {
    status: res.status,
    json,
    code: json.errors?.[0]?.extensions?.code,
    field: json.errors?.[0]?.extensions?.field,
    message: json.errors?.[0]?.message ?? '',
  };
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('malformed requests are client errors (HTTP 400, typed code, Chinese message)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a text for an Int', 'query($f: Int) { jobPostings(first: $f) { totalCount } }', { f: 'abc' }, 'BAD_USER_INPUT', 'f'],
    ['2147483648 for an Int', 'query($f: Int) { jobPostings(first: $f) { totalCount } }', { f: 2147483648 }, 'BAD_USER_INPUT', 'f'],
    [
      'an unknown enum value',
      'query($s: ApplicationStatus) { myApplications(status: $s) { totalCount } }',
      { s: 'NOPE' },
      'BAD_USER_INPUT',
      's',
    ],
    [
      'a NUL in a text',
      'query($k: String) { searchJobs(input: { keyword: $k }) { totalCount } }',
      { k: 'a\u0000b' },
      'VALIDATION_FAILED',
      'input.keyword',
    ],
    [
      'a lone surrogate in a text',
      'query($k: String) { searchJobs(input: { keyword: $k }) { totalCount } }',
      { k: 'a\ud800b' },
      'VALIDATION_FAILED',
      'input.keyword',
    ],
    [
      'a control character in a literal',
      '{ searchJobs(input: { keyword: "a\\u0007b" }) { totalCount } }',
      {},
      'VALIDATION_FAILED',
      'input.keyword',
    ],
    ['a subscription', 'subscription { me { id } }', {}, 'UNSUPPORTED_OPERATION', undefined],
  ])('%s', async (_name, query, variables, code, field) => {
    const r = await post(t, { query, variables });
    expect(r.status).toBe(400);
    expect(r.code).toBe(code);
    if (field) expect(r.field).toBe(field);
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a mismatched operationName', async () => {
    const r = await post(t, { query: 'query A { me { id } }', operationName: 'B' });
    expect([r.status, r.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('a body that is not JSON', async () => {
    const r = await post(t, '{"query": "{ me { id } }"');
    expect([r.status, r.code]).toEqual([400, 'BAD_REQUEST']);
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('1,000 aliases of regions are refused before running', async () => {
    const r = await post(t, { query: aliases(1000, 'regions { code }') });
    expect(r.status).toBe(400);
    expect(['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED']).toContain(r.code);
  });

  it('1,000 aliases of searchJobs(first: 1) are refused before running', async () => {
    const before = t.queries.total;
    const r = await post(t, { query: aliases(1000, 'searchJobs(first: 1) { totalCount }') });
    expect(r.status).toBe(400);
    expect(['QUERY_TOO_COMPLEX', 'GRAPHQL_PARSE_FAILED']).toContain(r.code);
    expect(t.queries.total).toBe(before);
  });

  it('31 aliases (a short document) hit the alias cap', async () => {
    const r = await post(t, { query: aliases(31, '__typename') });
    expect([r.status, r.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('30 aliases of searchJobs(first: 1) pass the alias cap and stay cheap enough to run', async () => {
    const r = await post(t, { query: aliases(30, 'searchJobs(first: 1) { totalCount }') });
    expect(r.status).toBe(200);
  });

  it('30 root reads of an unpaged list cost more than a page', async () => {
    const r = await post(t, { query: aliases(30, 'regions { code name fullName level parentCode }') });
    expect([r.status, r.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('a 3,800-deep query is refused before parsing, and the server stays up', async () => {
    const r = await post(t, { query: `{ me ${'{ id '.repeat(3800)}${'}'.repeat(3800)} }` });
    expect([r.status, r.code]).toEqual([400, 'QUERY_TOO_DEEP']);
    expect((await post(t, { query: '{ __typename }' })).status).toBe(200);
  });

  it('introspection is served outside production', async () => {
    const r = await post(t, { query: '{ __schema { queryType { name } } }' });
    expect(r.status).toBe(200);
  });
});

describe('production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://config-check-only@127.0.0.1:1/unused' } });
  });
  afterAll(() => t?.close());

  it('does not answer introspection', async () => {
    const r = await post(t, { query: '{ __schema { queryType { name } } }' });
    expect(r.status).toBe(400);
    expect(r.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
