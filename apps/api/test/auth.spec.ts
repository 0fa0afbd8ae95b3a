import { Role } from '@jobbridge/contracts';
import { createTestApp, errorOf, makeStaff, ok, PASSWORD, signUp, TestApp } from '@jobbridge/testing';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id role displayName phoneMasked } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id role } } }`;
const ME = `{ me { id role displayName phoneMasked regionCode hasJobSeekerProfile employerId } }`;
const CREATE_OFFICER = `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { id role regionCode } }`;

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(() => t.close());

  it('registers a job seeker, masks the phone and signs in with the token', async () => {
    const r = ok(await t.gql(REGISTER, { input: { role: 'JOB_SEEKER', phone: '13811112222', password: PASSWORD, displayName: '马小花' } }));
    expect(r.register.user).toMatchObject({ role: 'JOB_SEEKER', displayName: '马小花', phoneMasked: '138****2222' });
    const me = ok(await t.gql(ME, {}, r.register.token)).me;
    expect(me).toMatchObject({ id: r.register.user.id, role: 'JOB_SEEKER', hasJobSeekerProfile: false });
  });

  it('stores the password as an argon2 hash, never in clear', async () => {
    await t.gql(REGISTER, { input: { role: 'EMPLOYER', email: 'hr@example.cn', password: PASSWORD, displayName: '某公司' } });
    const [row] = await t.ds.query(`SELECT password_hash FROM users WHERE email = 'hr@example.cn'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('refuses a second account with the same phone (ACCOUNT_EXISTS on phone)', async () => {
    await t.gql(REGISTER, { input: { role: 'JOB_SEEKER', phone: '13811113333', password: PASSWORD, displayName: 'a' } });
    const r = await t.gql(REGISTER, { input: { role: 'EMPLOYER', phone: '13811113333', password: PASSWORD, displayName: 'b' } });
    expect(errorOf(r)).toEqual({ code: 'ACCOUNT_EXISTS', field: 'phone' });
  });

  it('does not let anyone register as an officer or admin', async () => {
    for (const role of ['OFFICER', 'ADMIN']) {
      const r = await t.gql(REGISTER, { input: { role, phone: '13811114444', password: PASSWORD, displayName: 'x' } });
      expect(errorOf(r)).toEqual({ code: 'VALIDATION_FAILED', field: 'role' });
    }
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM users WHERE phone = '13811114444'`);
    expect(n).toBe(0);
  });

  it('validates fields: short password, bad phone, neither phone nor email', async () => {
    expect(
      errorOf(await t.gql(REGISTER, { input: { role: 'JOB_SEEKER', phone: '13811115555', password: 'short', displayName: 'x' } })),
    ).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'password',
    });
    expect(errorOf(await t.gql(REGISTER, { input: { role: 'JOB_SEEKER', phone: '12345', password: PASSWORD, displayName: 'x' } }))).toEqual(
      {
        code: 'VALIDATION_FAILED',
        field: 'phone',
      },
    );
    expect(errorOf(await t.gql(REGISTER, { input: { role: 'JOB_SEEKER', password: PASSWORD, displayName: 'x' } }))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'phone',
    });
  });

  it('answers a wrong password and an unknown account alike (INVALID_CREDENTIALS)', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    expect(errorOf(await t.gql(LOGIN, { input: { login: s.phone, password: 'wrong-password' } })).code).toBe('INVALID_CREDENTIALS');
    expect(errorOf(await t.gql(LOGIN, { input: { login: '13000000009', password: 'wrong-password' } })).code).toBe('INVALID_CREDENTIALS');
    expect(ok(await t.gql(LOGIN, { input: { login: s.phone, password: PASSWORD } })).login.user.id).toBe(s.userId);
  });

  it('locks an account after repeated failures, even for the right password (RATE_LIMITED)', async () => {
    const s = await signUp(t, Role.EMPLOYER);
    for (let i = 0; i < 3; i++) await t.gql(LOGIN, { input: { login: s.phone, password: 'nope-nope' } });
    const r = await t.gql(LOGIN, { input: { login: s.phone, password: PASSWORD } });
    expect(errorOf(r).code).toBe('RATE_LIMITED');
    expect(r.errors![0].message).toMatch(/秒后再试/);
  });

  it('limits failures per client address too, across accounts', async () => {
    const limited = await createTestApp({ env: { LOGIN_MAX_FAILURES_PER_ADDRESS: '4' } });
    try {
      for (let i = 0; i < 4; i++) await limited.gql(LOGIN, { input: { login: `1300000010${i}`, password: 'nope-nope' } });
      const s = await signUp(limited, Role.JOB_SEEKER);
      expect(errorOf(await limited.gql(LOGIN, { input: { login: s.phone, password: PASSWORD } })).code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('does not count successful sign-ins against the address', async () => {
    const s = await signUp(t, Role.EMPLOYER);
    for (let i = 0; i < 12; i++) ok(await t.gql(LOGIN, { input: { login: s.phone, password: PASSWORD } }));
  });

  it('treats a forged or malformed token as signed out', async () => {
    const s = await signUp(t, Role.JOB_SEEKER);
    const forged = s.token.slice(0, -4) + 'abcd';
    expect(ok(await t.gql(ME, {}, forged)).me).toBeNull();
    expect(errorOf(await t.gql(`{ myApplications { totalCount } }`, {}, forged)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(`{ myApplications { totalCount } }`, {}, 'not-a-jwt')).code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin create an officer for a known region, and nobody else', async () => {
    const admin = await makeStaff(t, Role.ADMIN, null);
    const input = { phone: '13811116666', password: PASSWORD, displayName: '临夏州人社局 张科长', regionCode: '622900' };
    const officer = ok(await t.gql(CREATE_OFFICER, { input }, admin.token)).createOfficer;
    expect(officer).toMatchObject({ role: 'OFFICER', regionCode: '622900' });

    const employer = await signUp(t, Role.EMPLOYER);
    expect(errorOf(await t.gql(CREATE_OFFICER, { input: { ...input, phone: '13811117777' } }, employer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREATE_OFFICER, { input: { ...input, phone: '13811117777', regionCode: '999999' } }, admin.token))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'regionCode',
    });
  });
});
