import { createTestApp, errorOf, makeEmployer, makeOfficer, makePublishedJob, makeSeeker, ok, Session, TestApp } from '@jobbridge/testing';
import { io, Socket } from 'socket.io-client';

const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name criteriaJson } }`;
const ALERTS = `query($unreadOnly: Boolean! = false, $first: Int! = 20) { mySearchAlerts(unreadOnly: $unreadOnly, first: $first) { id savedSearchName createdAt readAt jobPosting { id title payMin payMax workRegion { name } employer { name } } } }`;
const READ = `mutation($ids: [ID!]!) { markSearchAlertsRead(ids: $ids) }`;
const DELETE = `mutation($id: ID!) { deleteSavedSearch(id: $id) }`;

describe('saved searches and alerts', () => {
  let t: TestApp;
  let employer: Session & { employerId: string };
  let officer: Session;
  let seeker: Session;
  let socket: Socket;
  let beforeSaving: string;

  beforeAll(async () => {
    t = await createTestApp();
    employer = await makeEmployer(t);
    officer = await makeOfficer(t);
    beforeSaving = await makePublishedJob(t, employer, officer, { title: '电焊工（老岗位）' });
    await t.drainSearch();
    seeker = await makeSeeker(t);
    ok(await t.gql(SAVE, { input: { name: '临夏电焊', criteria: { keyword: '电焊', regionCode: '622900', payMin: 5000 } } }, seeker.token));
    socket = io(`${t.url}/notifications`, { auth: { token: seeker.token }, transports: ['websocket'], reconnection: false });
    await new Promise((resolve) => socket.on('ready', resolve));
  });
  afterAll(async () => {
    socket?.disconnect();
    await t.close();
  });

  it('alerts the seeker, live, when a newly published posting matches — and only then', async () => {
    const pushed = new Promise<{ jobPostingId: string; savedSearchName: string }>((resolve) => socket.on('search_alert.created', resolve));
    const matching = await makePublishedJob(t, employer, officer, {
      title: '电焊工',
      workRegionCode: '622921',
      payMin: 6000,
      payMax: 9000,
    });
    await makePublishedJob(t, employer, officer, {
      title: '牛肉拉面师',
      occupation: '中式面点师',
      skills: ['拉面'],
      description: '门店手工拉面出品，熬制牛肉汤底。',
    });
    await makePublishedJob(t, employer, officer, { title: '电焊学徒', payMin: 2000, payMax: 3000 }); // under the pay the search asks for
    await t.drainSearch();
    await expect(pushed).resolves.toMatchObject({ jobPostingId: matching, savedSearchName: '临夏电焊' });
    const alerts = ok(await t.gql(ALERTS, {}, seeker.token)).mySearchAlerts;
    expect(alerts.map((a: { jobPosting: { id: string } }) => a.jobPosting.id)).toEqual([matching]);
    expect(alerts.map((a: { jobPosting: { id: string } }) => a.jobPosting.id)).not.toContain(beforeSaving);
  });

  it('raises one alert per posting even when the posting is indexed again', async () => {
    await t.ds.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT 'job_posting.changed', id FROM job_postings`);
    await t.drainSearch();
    expect(ok(await t.gql(ALERTS, {}, seeker.token)).mySearchAlerts).toHaveLength(1);
  });

  it('marks alerts read, for their owner only', async () => {
    const [alert] = ok(await t.gql(ALERTS, { unreadOnly: true }, seeker.token)).mySearchAlerts;
    const other = await makeSeeker(t);
    expect(ok(await t.gql(READ, { ids: [alert.id] }, other.token)).markSearchAlertsRead).toBe(0);
    expect(ok(await t.gql(READ, { ids: [alert.id] }, seeker.token)).markSearchAlertsRead).toBe(1);
    expect(ok(await t.gql(ALERTS, { unreadOnly: true }, seeker.token)).mySearchAlerts).toEqual([]);
  });

  it('validates criteria like a search and keeps searches private', async () => {
    expect(errorOf(await t.gql(SAVE, { input: { name: 'x', criteria: { regionCode: '629999' } } }, seeker.token))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'criteria.regionCode',
    });
    expect(errorOf(await t.gql(SAVE, { input: { name: 'x', criteria: { keyword: '电焊' } } }, employer.token)).code).toBe('FORBIDDEN');
    const mine = ok(await t.gql(`{ mySavedSearches { id } }`, {}, seeker.token)).mySavedSearches;
    const other = await makeSeeker(t);
    expect(errorOf(await t.gql(DELETE, { id: mine[0].id }, other.token)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(DELETE, { id: mine[0].id }, seeker.token)).deleteSavedSearch).toBe(true);
  });

  it('saving the same criteria again (a double tap, another name, keys in another order) answers the search already saved', async () => {
    const owner = await makeSeeker(t);
    const criteria = { keyword: '电焊', regionCode: '622900', kinds: ['PART_TIME', 'FULL_TIME'], facets: ['KIND'] };
    const [a, b] = await Promise.all([
      t.gql(SAVE, { input: { name: '临夏电焊', criteria } }, owner.token),
      t.gql(SAVE, { input: { name: '临夏电焊', criteria } }, owner.token),
    ]);
    const again = ok(
      await t.gql(
        SAVE,
        { input: { name: '另一个名字', criteria: { kinds: ['FULL_TIME', 'PART_TIME'], regionCode: '622900', keyword: '电焊' } } },
        owner.token,
      ),
    ).saveSearch;
    expect(new Set([ok(a).saveSearch.id, ok(b).saveSearch.id, again.id]).size).toBe(1);
    expect(again.name).toBe('临夏电焊');
    expect(ok(await t.gql(`{ mySavedSearches { id } }`, {}, owner.token)).mySavedSearches).toHaveLength(1);
    // Different criteria are a second search.
    ok(
      await t.gql(
        SAVE,
        { input: { name: '临夏全职电焊', criteria: { keyword: '电焊', regionCode: '622900', kinds: ['FULL_TIME'] } } },
        owner.token,
      ),
    );
    expect(ok(await t.gql(`{ mySavedSearches { id } }`, {}, owner.token)).mySavedSearches).toHaveLength(2);
  });
});
