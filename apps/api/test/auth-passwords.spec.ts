import { Role } from '@jobbridge/contracts';
import { createTestApp, errorOf, makeStaff, ok, PASSWORD, TestApp } from '@jobbridge/testing';
import { buildDemoData, DEMO_PASSWORD } from '../src/database/seed/demo-data';
import { passwordProblem } from '../src/modules/auth/password-policy';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const CREATE_OFFICER = `mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { id } }`;

let seq = 0;
const phone = () => `1370009${String(++seq).padStart(4, '0')}`;

describe('password rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function register(password: string, account: { phone?: string; email?: string } = { phone: phone() }) {
    return t.gql(REGISTER, { input: { role: 'JOB_SEEKER', password, displayName: '测试', ...account } });
  }

  it('refuses common passwords, Chinese-typical ones included (VALIDATION_FAILED on password, in Chinese)', async () => {
    // Shorter ones (123456, 5201314, a123456) already fail the 8-character minimum.
    for (const password of [
      '123456',
      '5201314',
      'a123456',
      '12345678',
      'password',
      'Password',
      'qwerty123',
      'woaini1314',
      '88888888',
      '1qaz2wsx',
      'iloveyou',
      'P@ssw0rd',
      'abc123456',
      '1314520520',
    ]) {
      const r = await register(password);
      expect({ password, ...errorOf(r) }).toEqual({ password, code: 'VALIDATION_FAILED', field: 'password' });
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await register('qwerty123')).errors![0].message).toBe('该密码过于常见，容易被猜到，请换一个');
  });

  it("refuses the account's own phone or email (or its name part) in the password", async () => {
    const p = phone();
    const byPhone = await register(p, { phone: p });
    expect(errorOf(byPhone)).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
    expect(byPhone.errors![0].message).toBe('密码不能包含手机号');
    expect(errorOf(await register(`${p}ab`, { phone: p }))).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
    for (const password of ['mahua.linxia@example.cn', 'mahualinxia', 'Mahua.Linxia!9']) {
      const r = await register(password, { email: 'mahua.linxia@example.cn' });
      expect({ password, ...errorOf(r) }).toEqual({ password, code: 'VALIDATION_FAILED', field: 'password' });
      expect(r.errors![0].message).toBe('密码不能包含邮箱或邮箱用户名');
    }
  });

  it('refuses all-whitespace passwords and one character repeated', async () => {
    const spaces = await register('        ');
    expect(errorOf(spaces)).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
    expect(spaces.errors![0].message).toBe('密码不能全是空格');
    for (const password of ['\t\t\t\t\t\t\t\t', '　　　　　　　　'])
      expect(errorOf(await register(password))).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
    const same = await register('zzzzzzzzzz');
    expect(errorOf(same)).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
    expect(same.errors![0].message).toBe('密码不能由同一个字符重复组成');
    expect(errorOf(await register('哈哈哈哈哈哈哈哈'))).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
  });

  it('checks passwords of officers an admin creates too', async () => {
    const admin = await makeStaff(t, Role.ADMIN, null);
    const input = { phone: phone(), password: '12345678', displayName: '人社局 李科员', regionCode: '622900' };
    expect(errorOf(await t.gql(CREATE_OFFICER, { input }, admin.token))).toEqual({ code: 'VALIDATION_FAILED', field: 'password' });
    ok(await t.gql(CREATE_OFFICER, { input: { ...input, password: 'Linxia#Rsj2026' } }, admin.token));
  });

  it('accepts reasonable passwords: the demo password, the test factories’, a Chinese passphrase', async () => {
    for (const password of [DEMO_PASSWORD, PASSWORD, '河州牛肉面2026', 'correct horse battery staple']) ok(await register(password));
  });

  it('every demo login passes the rules with its own phone', () => {
    const demo = buildDemoData({ postings: 1 });
    const logins = [
      demo.admin,
      ...demo.officers.map((o) => o.login),
      ...demo.employers.map((e) => e.login),
      ...demo.seekers.map((s) => s.login),
    ].filter((l): l is { phone: string; password: string; displayName: string } => !!l);
    expect(logins.length).toBeGreaterThan(20);
    for (const l of logins)
      expect({ phone: l.phone, problem: passwordProblem(l.password, { phone: l.phone }) }).toEqual({ phone: l.phone, problem: null });
  });
});
