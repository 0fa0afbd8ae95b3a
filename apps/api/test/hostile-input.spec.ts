import { JobKind, Role } from '@jobbridge/contracts';
import { generateIdNumber } from '@jobbridge/domain';
import {
  creditCodeFor,
  createTestApp,
  LINXIA_COUNTY,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  makeStaff,
  PASSWORD,
  QINGYANG_PREFECTURE,
  TestApp,
} from '@jobbridge/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';

/**
 * Generated hostile input: reads the live schema and calls every query and mutation as every kind of caller, with a
 * plausible call first and then with one argument at a time replaced by a malformed value of its type (malformed and
 * unknown ids, empty, 100 KB and control-character texts, negative and huge numbers, unknown enum values, invalid
 * region codes and dates, broken CSV, missing required input). An operation added later is covered the day it is
 * added. Nothing may answer INTERNAL or HTTP 5xx, no response may carry a stack or SQL, and every error message a
 * client sees has Chinese in it.
 */

type Json = unknown;
interface Call {
  role: string;
  operation: string;
  what: string;
  query: string;
  variables: Record<string, Json>;
  token?: string;
}

const HUGE = 'x'.repeat(100_000);
const MALFORMED_BY_SCALAR: Record<string, Json[]> = {
  ID: ['not-a-uuid', '', "1' OR '1'='1", '00000000-0000-0000-0000-000000000000', randomUUID().toUpperCase() + 'x', HUGE],
  String: [
    '',
    '   ',
    HUGE,
    'a\u0000b',
    'a\ud800b',
    "'; DROP TABLE users; --",
    '999999',
    '2026-02-30',
    'not-a-date',
    '姓名,身份证号\n"broken',
    '\u202e\u0007',
    42,
  ],
  Int: [-1, 0, -2147483648, 2147483647, 2147483648, 'abc', 1.5],
  Float: [-1e9, 1e308, -0.0, 'abc'],
  Boolean: ['yes', 0],
  DateTime: ['not-a-date', '2026-13-45T99:99:99Z', '', 0, '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z'],
};
const MALFORMED_ENUM: Json[] = ['NOT_A_VALUE', '', 5];

/** Plausible values by argument name, so one malformed leaf at a time reaches the resolver's own checks. */
function plausibleString(name: string): string {
  const n = name.toLowerCase();
  if (n.includes('regioncode') || n === 'parentcode' || n === 'code') return LINXIA_COUNTY;
  if (n.includes('creditcode')) return creditCodeFor(4242);
  if (n.includes('idnumber')) return generateIdNumber(`${LINXIA_COUNTY}19900101123`);
  if (n.includes('phone') || n === 'login') return '13912345678';
  if (n.includes('email')) return 'hostile@example.com';
  if (n.includes('password')) return PASSWORD;
  if (n.includes('date') || n === 'from' || n === 'to' || n.endsWith('on')) return '2026-12-01';
  if (n.includes('url')) return 'https://example.com/live.m3u8';
  if (n.includes('csv')) return '姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力\n';
  if (n === 'after' || n === 'cursor') return 'bm90LWEtY3Vyc29y';
  return '电焊';
}

interface Ids {
  job: string;
  employer: string;
  any: () => string;
}

function plausible(type: GraphQLInputType, name: string, ids: Ids, depth = 0): Json {
  if (isNonNullType(type)) return plausible(type.ofType, name, ids, depth);
  if (isListType(type)) return [plausible(type.ofType, name, ids, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, Json> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || depth < 2) out[f.name] = plausible(f.type, f.name, ids, depth + 1);
    }
    return out;
  }
  const scalar = getNamedType(type).name;
  switch (scalar) {
    case 'ID':
      return /job/i.test(name) ? ids.job : /employer/i.test(name) ? ids.employer : ids.any();
    case 'Int':
      return /first|limit|size|count|headcount|planned/i.test(name) ? 5 : /pay|wage/i.test(name) ? 6000 : 1;
    case 'Float':
      return /lat/i.test(name) ? 35.5 : /lng|lon/i.test(name) ? 103.2 : 10;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-12-10T08:00:00.000Z';
    default:
      return plausibleString(name);
  }
}

/** Every (path, malformed value) for an argument: each scalar leaf replaced in turn, lists and objects broken whole. */
function* malformations(
  type: GraphQLInputType,
  value: Json,
  path: (string | number)[],
): Generator<{ path: (string | number)[]; value: Json; what: string }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    yield { path, value: [], what: 'empty list' };
    yield { path, value: Array.from({ length: 1000 }, () => (value as Json[])[0]), what: '1000 items' };
    if (Array.isArray(value) && value.length) yield* malformations(inner.ofType, value[0], [...path, 0]);
    return;
  }
  if (isEnumType(inner)) {
    for (const v of MALFORMED_ENUM) yield { path, value: v, what: `enum ${JSON.stringify(v)}` };
    return;
  }
  if (isInputObjectType(inner)) {
    yield { path, value: {}, what: 'empty object' };
    yield { path, value: { ...(value as object), notAField: 1 }, what: 'unknown field' };
    for (const f of Object.values(inner.getFields())) {
      const v =
        (value as Record<string, Json>)[f.name] ??
        plausible(f.type, f.name, { job: randomUUID(), employer: randomUUID(), any: randomUUID });
      yield* malformations(f.type, v, [...path, f.name]);
    }
    return;
  }
  if (isScalarType(inner)) {
    for (const v of MALFORMED_BY_SCALAR[inner.name] ?? MALFORMED_BY_SCALAR.String) {
      yield {
        path,
        value: v,
        what: `${inner.name} ${typeof v === 'string' ? (v.length > 40 ? `${v.length} chars` : JSON.stringify(v)) : String(v)}`,
      };
    }
    if (!isNonNullType(type)) yield { path, value: null, what: 'null' };
  }
}

function setAt(root: Record<string, Json>, path: (string | number)[], value: Json): Record<string, Json> {
  const copy = structuredClone(root) as Record<string, Json>;
  let node = copy as Record<string | number, Json>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (node[key] === undefined || node[key] === null) node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, Json>;
  }
  node[path[path.length - 1]] = value;
  return copy;
}

const typeString = (t: GraphQLInputType): string => t.toString();

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  return `${kind} Hostile${vars ? `(${vars})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

const SESSION_ENDING = new Set(['mutation signOutEverywhere']);
const STACK_OR_SQL =
  /\n\s+at |QueryFailedError|TypeORMError|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|\bUPDATE\b.+\bSET\b|violates .* constraint|syntax error at|relation "|node_modules|\.ts:\d+/;
const CHINESE = /[\u3400-\u9fff]/;

describe('hostile input, generated from the schema', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const tokens: Record<string, string | undefined> = {};
  let ids: Ids;

  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    const officer = await makeOfficer(t);
    const employer = await makeEmployer(t);
    const seeker = await makeSeeker(t);
    const job = await makePublishedJob(t, employer, officer, { kind: JobKind.FULL_TIME });
    const otherOfficer = await makeOfficer(t, QINGYANG_PREFECTURE);
    const admin = await makeStaff(t, Role.ADMIN);
    Object.assign(tokens, {
      anonymous: undefined,
      seeker: seeker.token,
      employer: employer.token,
      otherOfficer: otherOfficer.token,
      admin: admin.token,
    });
    const pool = [job, employer.employerId, randomUUID()];
    ids = { job, employer: employer.employerId, any: () => pool[Math.floor(Math.random() * pool.length)] };
  }, 120_000);
  afterAll(() => t?.close());

  it('answers every malformed call with a typed client error: no INTERNAL, no 5xx, no stack or SQL, messages in Chinese', async () => {
    const operations: { name: string; query: string; variants: { what: string; variables: Record<string, Json> }[] }[] = [];
    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      for (const field of Object.values(root!.getFields())) {
        const base: Record<string, Json> = {};
        for (const a of field.args) base[a.name] = plausible(a.type, a.name, ids);
        const variants: { what: string; variables: Record<string, Json> }[] = [{ what: 'plausible', variables: base }];
        for (const a of field.args) {
          for (const m of malformations(a.type, base[a.name], [a.name]))
            variants.push({ what: `${m.path.join('.')}: ${m.what}`, variables: setAt(base, m.path, m.value) });
          if (isNonNullType(a.type)) {
            const { [a.name]: _omit, ...rest } = base;
            variants.push({ what: `${a.name}: missing`, variables: rest });
          }
        }
        operations.push({ name: `${kind} ${field.name}`, query: documentFor(kind, field), variants });
      }
    }
    // Operations that end the caller's sessions go last, so they do not sign the callers out for everything after them.
    operations.sort((a, b) => Number(SESSION_ENDING.has(a.name)) - Number(SESSION_ENDING.has(b.name)));
    // Every role gets every variant of the operations it may call. Where the plausible call is refused at the door
    // (UNAUTHENTICATED, FORBIDDEN by role), the guard answers before any argument is read, so a third of the variants
    // (chosen in turn, so every one is sent by some role) is enough to show malformed input is still refused cleanly.
    const calls: Call[] = [];
    let sampled = 0;
    for (const op of operations) {
      for (const [role, token] of Object.entries(tokens)) {
        // Probing a session-ending operation would sign the caller out for the rest of the test: send all of it.
        const probe = SESSION_ENDING.has(op.name) ? undefined : await t.gql(op.query, op.variants[0].variables, token);
        const refused = ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(probe?.errors?.[0]?.extensions?.code));
        op.variants.forEach((v, i) => {
          if (refused && (i + sampled) % 3 !== 0) return;
          calls.push({ role, operation: op.name, what: v.what, query: op.query, variables: v.variables, token });
        });
        if (refused) sampled++;
      }
    }
    // The whole document malformed, too.
    calls.push(
      { role: 'anonymous', operation: 'document', what: 'mismatched operationName', query: 'query A { me { id } }', variables: {} },
      { role: 'anonymous', operation: 'document', what: 'subscription', query: 'subscription { me { id } }', variables: {} },
      { role: 'anonymous', operation: 'document', what: 'unknown field', query: '{ nope }', variables: {} },
      { role: 'anonymous', operation: 'document', what: 'syntax error', query: '{ me { ', variables: {} },
    );

    const problems: string[] = [];
    let internal = 0;
    let serverErrors = 0;
    let next = 0;
    const timeByOperation = new Map<string, number>();
    const started = Date.now();
    let queue: Call[] = [];
    const worker = async () => {
      while (next < queue.length) {
        const c = queue[next++];
        const callStarted = performance.now();
        const res = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(c.token ? { authorization: `Bearer ${c.token}` } : {}) },
          body: JSON.stringify({
            query: c.query,
            variables: c.variables,
            ...(c.what === 'mismatched operationName' ? { operationName: 'B' } : {}),
          }),
        });
        const text = await res.text();
        const spent = performance.now() - callStarted;
        timeByOperation.set(c.operation, (timeByOperation.get(c.operation) ?? 0) + spent);
        const where = `${c.role} ${c.operation} [${c.what}] → HTTP ${res.status}`;
        if (res.status >= 500) {
          serverErrors++;
          problems.push(`${where}: ${text.slice(0, 300)}`);
          continue;
        }
        let body: { errors?: { message: string; extensions?: { code?: string } }[] };
        try {
          body = JSON.parse(text);
        } catch {
          problems.push(`${where}: not JSON: ${text.slice(0, 200)}`);
          continue;
        }
        for (const e of body.errors ?? []) {
          if (c.token && e.extensions?.code === 'UNAUTHENTICATED' && !SESSION_ENDING.has(c.operation)) {
            problems.push(`${where}: a signed-in caller was treated as signed out (did an earlier call end its session?)`);
          }
          if (e.extensions?.code === 'INTERNAL') {
            internal++;
            problems.push(`${where}: INTERNAL ${e.message}`);
          } else if (!e.extensions?.code) problems.push(`${where}: error without a code: ${e.message}`);
          else if (!CHINESE.test(e.message)) problems.push(`${where}: message without Chinese: ${e.message}`);
        }
        if (STACK_OR_SQL.test(text)) problems.push(`${where}: stack or SQL in the response: ${text.slice(0, 300)}`);
      }
    };
    // Everything else first; then, once nothing else is in flight, the calls that end sessions.
    for (const phase of [calls.filter((c) => !SESSION_ENDING.has(c.operation)), calls.filter((c) => SESSION_ENDING.has(c.operation))]) {
      queue = phase;
      next = 0;
      await Promise.all(Array.from({ length: 6 }, worker));
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `RESULT hostile calls=${calls.length} internal=${internal} server_errors=${serverErrors} problems=${problems.length} seconds=${seconds}`,
    );
    const slowest = [...timeByOperation].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`slowest operations (total ms over all their calls): ${slowest.map(([o, ms]) => `${o} ${Math.round(ms)}`).join(', ')}`);
    if (problems.length) console.log(problems.slice(0, 60).join('\n'));
    expect(calls.length).toBeGreaterThanOrEqual(5000);
    expect({ internal, serverErrors, problems: problems.slice(0, 20) }).toEqual({ internal: 0, serverErrors: 0, problems: [] });
  }, 600_000);
});
