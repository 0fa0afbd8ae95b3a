import { Role } from '@jobbridge/contracts';
import { createTestApp, PASSWORD, signUp, TestApp } from '@jobbridge/testing';
import { LoginThrottle } from '../src/modules/auth/login-throttle';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const MAX_FAILURES = 5; // the configured default (LOGIN_MAX_FAILURES)
const MAX_PER_ADDRESS = 20;

/**
 * Parallel guesses get exactly the allowance, on both stores: Redis (REDIS_URL, several processes) and memory (one
 * process). Addresses come from X-Forwarded-For, which the API trusts from loopback (TRUST_PROXY=loopback), as it
 * would from a reverse proxy on the same machine.
 */
describe('login limits while Redis is unreachable', () => {
  it('fall back to the in-process insurance limiter: still exactly the allowance, no INTERNAL', async () => {
    const throttle = new LoginThrottle({
      redisUrl: 'redis://127.0.0.1:1', // nothing listens there
      redisKeyPrefix: 'test:unreachable:',
      login: { maxFailures: MAX_FAILURES, maxFailuresPerAddress: 100, windowSeconds: 60 },
    } as never);
    try {
      const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => throttle.begin('13000000001', '198.51.100.20')));
      const codes = outcomes.map((o) =>
        o.status === 'fulfilled' ? 'COUNTED' : String((o.reason as { extensions?: { code?: string } }).extensions?.code ?? o.reason),
      );
      expect(codes.filter((c) => c === 'COUNTED')).toHaveLength(MAX_FAILURES);
      expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(12 - MAX_FAILURES);
    } finally {
      await throttle.onModuleDestroy();
    }
  });
});

const stores = [...(process.env.REDIS_URL ? [['redis', process.env.REDIS_URL] as const] : []), ['memory', undefined] as const];

describe.each(stores)('login limits under a burst (%s store)', (store, redisUrl) => {
  let t: TestApp;
  let throttle: LoginThrottle;
  beforeAll(async () => {
    t = await createTestApp({ env: { REDIS_URL: redisUrl, LOGIN_MAX_FAILURES_PER_ADDRESS: String(MAX_PER_ADDRESS) } });
    throttle = t.app.get(LoginThrottle);
  });
  afterAll(() => t.close());

  /** One sign-in from `address`: the error code, or 'OK'. */
  async function login(loginName: string, password: string, address: string): Promise<string> {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { input: { login: loginName, password } } }),
    });
    const body = (await res.json()) as { data?: { login?: { token: string } }; errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.[0]?.extensions?.code ?? (body.data?.login?.token ? 'OK' : `HTTP ${res.status}`);
  }

  const tally = (codes: string[]) => codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

  it('40 wrong passwords at once for one account from one address: exactly the allowance is checked, the rest RATE_LIMITED; the owner elsewhere still signs in', async () => {
    const victim = await signUp(t, Role.JOB_SEEKER);
    const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => login(victim.phone, `wrong-guess-${i}`, '198.51.100.7')));
    const counts = tally(codes);
    console.log(
      `RESULT login-burst store=${store} attempts=40 allowed=${counts.INVALID_CREDENTIALS ?? 0} limited=${counts.RATE_LIMITED ?? 0}`,
    );
    expect(counts).toEqual({ INVALID_CREDENTIALS: MAX_FAILURES, RATE_LIMITED: 40 - MAX_FAILURES });
    // Locked for that address only: the stranger cannot lock the owner out from elsewhere.
    expect(await login(victim.phone, PASSWORD, '198.51.100.7')).toBe('RATE_LIMITED');
    expect(await login(victim.phone, PASSWORD, '203.0.113.9')).toBe('OK');
  });

  it('a right password once the allowance is used is refused too (RATE_LIMITED), even inside the burst', async () => {
    const victim = await signUp(t, Role.EMPLOYER);
    const address = '198.51.100.8';
    const key = LoginThrottle.pairKey(victim.phone, address);
    const burst = Promise.all(Array.from({ length: 30 }, (_, i) => login(victim.phone, `wrong-guess-${i}`, address)));
    // Wait for the state "allowance used" (points are taken before any password is checked), then try the right one.
    for (;;) {
      const res = await throttle.perPair.get(key);
      if (res && res.consumedPoints >= MAX_FAILURES) break;
      await new Promise((r) => setImmediate(r));
    }
    const right = await login(victim.phone, PASSWORD, address);
    const counts = tally(await burst);
    console.log(
      `RESULT login-burst-right-password store=${store} wrong=30 allowed=${counts.INVALID_CREDENTIALS ?? 0} limited=${counts.RATE_LIMITED ?? 0} right=${right}`,
    );
    expect(right).toBe('RATE_LIMITED');
    expect(counts).toEqual({ INVALID_CREDENTIALS: MAX_FAILURES, RATE_LIMITED: 30 - MAX_FAILURES });
  });

  it('one address guessing many accounts at once gets exactly the per-address allowance', async () => {
    const address = '198.51.100.9';
    const codes = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(`1300000${String(i).padStart(4, '0')}`, 'wrong-guess', address)),
    );
    const counts = tally(codes);
    console.log(
      `RESULT login-burst-address store=${store} attempts=60 allowed=${counts.INVALID_CREDENTIALS ?? 0} limited=${counts.RATE_LIMITED ?? 0}`,
    );
    expect(counts).toEqual({ INVALID_CREDENTIALS: MAX_PER_ADDRESS, RATE_LIMITED: 60 - MAX_PER_ADDRESS });
    // The address is spent, but its attempts on locked pairs did not count: another address is unaffected.
    const owner = await signUp(t, Role.JOB_SEEKER);
    expect(await login(owner.phone, PASSWORD, address)).toBe('RATE_LIMITED');
    expect(await login(owner.phone, PASSWORD, '203.0.113.10')).toBe('OK');
  });

  it('a successful sign-in gives back its points: an office behind one address signs in all day', async () => {
    const address = '198.51.100.10';
    const staff = await Promise.all(Array.from({ length: 4 }, () => signUp(t, Role.EMPLOYER)));
    for (let round = 0; round < 3; round++) {
      const codes = await Promise.all(staff.map((s) => login(s.phone, PASSWORD, address)));
      expect(tally(codes)).toEqual({ OK: staff.length });
    }
    const [address0] = [await throttle.perAddress.get(address)];
    expect(address0?.consumedPoints ?? 0).toBe(0);
    // A wrong password followed by the right one: the pair starts again from zero.
    const s = staff[0];
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await login(s.phone, 'wrong-guess', address)).toBe('INVALID_CREDENTIALS');
    expect(await login(s.phone, PASSWORD, address)).toBe('OK');
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await login(s.phone, 'wrong-guess', address)).toBe('INVALID_CREDENTIALS');
    expect(await login(s.phone, PASSWORD, address)).toBe('OK');
  });
});
