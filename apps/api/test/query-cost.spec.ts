import { createTestApp, errorOf, makeEmployer, makeOfficer, makePublishedJob, ok, TestApp } from '@jobbridge/testing';

const LIST = `query($first: Int) { jobPostings(first: $first) { totalCount edges { cursor node {
  id title payMin payMax kind truthCard { workingHours dormitory meals socialInsurance }
  workRegion { code name fullName } employer { id name verificationStatus region { code fullName } } } } } }`;

describe('query cost', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const officer = await makeOfficer(t);
    // Several employers in several counties, so a per-row lookup would show.
    for (let e = 0; e < 4; e++) {
      const employer = await makeEmployer(t, { regionCode: ['622921', '622922', '622923', '622901'][e] });
      for (let j = 0; j < 10; j++)
        await makePublishedJob(t, employer, officer, {
          title: `岗位${e}-${j}`,
          workRegionCode: ['622921', '622924', '622925', '622926'][j % 4],
        });
    }
    await t.drainSearch(); // so no background indexing runs statements while they are counted
  });
  afterAll(() => t.close());

  async function statementsFor(first: number): Promise<number> {
    const before = t.queries.total;
    const r = ok(await t.gql(LIST, { first }));
    expect(r.jobPostings.edges).toHaveLength(first);
    return t.queries.total - before;
  }

  it('lists jobs with employers and regions in a constant number of SQL statements', async () => {
    await statementsFor(40); // warm-up: regions are cached for the process after their first load
    const small = await statementsFor(2);
    const large = await statementsFor(40);
    expect(large).toBe(small);
    expect(large).toBe(3); // count, page, employers (regions come from the process cache)
  });

  it('rejects a page size over the cap with PAGE_SIZE_TOO_LARGE on `first`', async () => {
    expect(errorOf(await t.gql(LIST, { first: 51 }))).toEqual({ code: 'PAGE_SIZE_TOO_LARGE', field: 'first' });
  });

  it('rejects an over-complex query before running it (QUERY_TOO_COMPLEX)', async () => {
    const fields = Array.from({ length: 60 }, (_, i) => `f${i}: title`).join(' ');
    const before = t.queries.total;
    const r = await t.gql(`{ jobPostings(first: 50) { edges { node { ${fields} } } } }`);
    expect(errorOf(r).code).toBe('QUERY_TOO_COMPLEX');
    expect(t.queries.total).toBe(before);
  });
});
