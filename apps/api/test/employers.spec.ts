import { Role } from '@jobbridge/contracts';
import {
  createTestApp,
  creditCodeFor,
  errorOf,
  makeEmployer,
  makeOfficer,
  ok,
  QINGYANG_PREFECTURE,
  signUp,
  TestApp,
} from '@jobbridge/testing';

const SAVE = `mutation($input: EmployerProfileInput!) { saveEmployerProfile(input: $input) {
  id name creditCode size verificationStatus contactPhone contactPhoneMasked region { code fullName } } }`;
const EMPLOYER = `query($id: ID!) { employer(id: $id) { id name contactPhone contactPhoneMasked } }`;
const VERIFY = `mutation($id: ID!, $status: VerificationStatus!, $note: String) { verifyEmployer(employerId: $id, status: $status, note: $note) { id verificationStatus verificationNote } }`;
const FOR_REVIEW = `{ employersForReview { id name } }`;

const profile = (overrides: Record<string, unknown> = {}) => ({
  name: '临夏州八坊牛肉拉面餐饮有限公司',
  creditCode: creditCodeFor(123456),
  regionCode: '622901',
  industry: '住宿和餐饮业',
  size: 'SME',
  contactName: '马经理',
  contactPhone: '13993001234',
  ...overrides,
});

describe('employers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('saves the company with its region and starts unverified', async () => {
    const s = await signUp(t, Role.EMPLOYER);
    const e = ok(await t.gql(SAVE, { input: profile() }, s.token)).saveEmployerProfile;
    expect(e).toMatchObject({ size: 'SME', verificationStatus: 'PENDING', contactPhone: '13993001234', contactPhoneMasked: '139****1234' });
    expect(e.region).toEqual({ code: '622901', fullName: '甘肃省 临夏回族自治州 临夏市' });
    // Saving again updates the same company.
    const again = ok(await t.gql(SAVE, { input: profile({ industry: '餐饮' }) }, s.token)).saveEmployerProfile;
    expect(again.id).toBe(e.id);
  });

  it('accepts a lowercase credit code and stores it uppercase', async () => {
    const s = await signUp(t, Role.EMPLOYER);
    const code = creditCodeFor(777001);
    const e = ok(await t.gql(SAVE, { input: profile({ creditCode: code.toLowerCase() }) }, s.token)).saveEmployerProfile;
    expect(e.creditCode).toBe(code);
  });

  it('rejects a credit code with a wrong check character and writes nothing', async () => {
    const s = await signUp(t, Role.EMPLOYER);
    const good = creditCodeFor(42);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(errorOf(await t.gql(SAVE, { input: profile({ creditCode: bad }) }, s.token))).toEqual({
      code: 'INVALID_CREDIT_CODE',
      field: 'creditCode',
    });
    expect(errorOf(await t.gql(SAVE, { input: profile({ creditCode: '123' }) }, s.token))).toEqual({
      code: 'INVALID_CREDIT_CODE',
      field: 'creditCode',
    });
    expect(ok(await t.gql(`{ myEmployer { id } }`, {}, s.token)).myEmployer).toBeNull();
  });

  it('rejects an unknown region and a region above county level', async () => {
    const s = await signUp(t, Role.EMPLOYER);
    expect(errorOf(await t.gql(SAVE, { input: profile({ creditCode: creditCodeFor(43), regionCode: '629999' }) }, s.token))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'regionCode',
    });
    expect(errorOf(await t.gql(SAVE, { input: profile({ creditCode: creditCodeFor(43), regionCode: '622900' }) }, s.token))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'regionCode',
    });
  });

  it('refuses a credit code another account already registered', async () => {
    const code = creditCodeFor(555);
    ok(await t.gql(SAVE, { input: profile({ creditCode: code }) }, (await signUp(t, Role.EMPLOYER)).token));
    const r = await t.gql(SAVE, { input: profile({ creditCode: code }) }, (await signUp(t, Role.EMPLOYER)).token);
    expect(errorOf(r)).toEqual({ code: 'ACCOUNT_EXISTS', field: 'creditCode' });
  });

  it('shows the full contact phone only to the employer and officers of its region', async () => {
    const employer = await makeEmployer(t);
    const local = await makeOfficer(t);
    const elsewhere = await makeOfficer(t, QINGYANG_PREFECTURE);
    const seeker = await signUp(t, Role.JOB_SEEKER);
    const view = async (token?: string) => ok(await t.gql(EMPLOYER, { id: employer.employerId }, token)).employer;
    expect((await view(employer.token)).contactPhone).toBe('13912345678');
    expect((await view(local.token)).contactPhone).toBe('13912345678');
    for (const token of [elsewhere.token, seeker.token, undefined]) {
      expect(await view(token)).toMatchObject({ contactPhone: null, contactPhoneMasked: '139****5678' });
    }
  });

  it('lets an officer of the region verify or reject (with a reason) and no one else', async () => {
    const employer = await makeEmployer(t);
    const local = await makeOfficer(t);
    const elsewhere = await makeOfficer(t, QINGYANG_PREFECTURE);
    expect(ok(await t.gql(FOR_REVIEW, {}, local.token)).employersForReview.map((e: { id: string }) => e.id)).toContain(employer.employerId);
    expect(ok(await t.gql(FOR_REVIEW, {}, elsewhere.token)).employersForReview.map((e: { id: string }) => e.id)).not.toContain(
      employer.employerId,
    );

    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId, status: 'VERIFIED' }, elsewhere.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId, status: 'VERIFIED' }, employer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId, status: 'REJECTED' }, local.token))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'note',
    });
    const v = ok(
      await t.gql(VERIFY, { id: employer.employerId, status: 'VERIFIED', note: '营业执照核验通过' }, local.token),
    ).verifyEmployer;
    expect(v).toMatchObject({ verificationStatus: 'VERIFIED', verificationNote: '营业执照核验通过' });
  });

  it('sends a company back to verification when its name or credit code changes', async () => {
    const employer = await makeEmployer(t);
    const officer = await makeOfficer(t);
    ok(await t.gql(VERIFY, { id: employer.employerId, status: 'VERIFIED' }, officer.token));
    const saved = ok(
      await t.gql(SAVE, { input: profile({ name: '改名后的公司', creditCode: creditCodeFor(9090) }) }, employer.token),
    ).saveEmployerProfile;
    expect(saved.verificationStatus).toBe('PENDING');
  });

  it('finds employers of the officer’s region by name or credit code, and only there', async () => {
    const named = await makeEmployer(t, { name: '临夏州搜索测试路桥有限公司' });
    const local = await makeOfficer(t);
    const elsewhere = await makeOfficer(t, QINGYANG_PREFECTURE);
    const FIND = `query($keyword: String) { employersInRegion(keyword: $keyword) { id name } }`;
    expect(ok(await t.gql(FIND, { keyword: '搜索测试路桥' }, local.token)).employersInRegion).toEqual([
      { id: named.employerId, name: '临夏州搜索测试路桥有限公司' },
    ]);
    const [{ credit_code: code }] = await t.ds.query(`SELECT credit_code FROM employers WHERE id = $1`, [named.employerId]);
    expect(ok(await t.gql(FIND, { keyword: code.toLowerCase() }, local.token)).employersInRegion.map((e: { id: string }) => e.id)).toEqual([
      named.employerId,
    ]);
    expect(ok(await t.gql(FIND, { keyword: '搜索测试路桥' }, elsewhere.token)).employersInRegion).toEqual([]);
    expect(ok(await t.gql(FIND, { keyword: '%' }, local.token)).employersInRegion).toEqual([]);
    expect(errorOf(await t.gql(FIND, { keyword: 'x' }, named.token)).code).toBe('FORBIDDEN');
  });
});
