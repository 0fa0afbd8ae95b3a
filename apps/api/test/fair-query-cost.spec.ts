import { FAIRS_NAMESPACE } from '@jobbridge/contracts';
import {
  connectSocket,
  createTestApp,
  makeEmployer,
  makeLiveFair,
  makeOfficer,
  makeSeeker,
  nextEvent,
  ok,
  TestApp,
} from '@jobbridge/testing';

const JOIN = `mutation($b: ID!) { joinBoothQueue(input: { boothId: $b }) { id place estimatedWaitSeconds } }`;
const CALL = `mutation($b: ID!) { callNextTicket(boothId: $b) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptTalk(ticketId: $id) { id } }`;
const LEAVE = `mutation($id: ID!) { leaveBoothQueue(ticketId: $id) { id } }`;
const END = `mutation($input: EndTalkInput!) { endTalk(input: $input) { id } }`;

/**
 * The queue's busy paths cost a fixed, small number of SQL statements (issue 12's bench: every statement is a round trip
 * on a machine PostgreSQL shares). Counted: the request's own statements, BEGIN and COMMIT included; the pushes that
 * follow run in the background and are counted apart. Moves of one ticket are one guarded UPDATE each (no BEGIN or
 * COMMIT of their own); the seeker's profile and the rep's team membership are one statement each; joining takes a
 * transaction (the booth's sequence and the seeker's queue limit).
 */
describe('fair queue: statements per request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('join 7, call 2, accept 1, leave 1, end 2, whatever the queue length', async () => {
    const officer = await makeOfficer(t);
    const employer = await makeEmployer(t);
    const fair = await makeLiveFair(t, officer, [employer]);
    const b = fair.booths[0].boothId;
    const seekers = await Promise.all([0, 1, 2, 3].map(() => makeSeeker(t)));
    const socket = await connectSocket(t.url, FAIRS_NAMESPACE, { token: seekers[3].token });
    const cost = async (work: () => Promise<unknown>) => {
      const before = t.queries.total;
      await work();
      return t.queries.total - before;
    };
    const ids: string[] = [];
    for (const s of seekers.slice(0, 3))
      expect(await cost(async () => ids.push(ok(await t.gql(JOIN, { b }, s.token)).joinBoothQueue.id))).toBe(7);
    // the last seeker's place reaches its socket (the push is work of its own, not the request's)
    const pushed = nextEvent(socket, 'ticket.update');
    expect(await cost(async () => ids.push(ok(await t.gql(JOIN, { b }, seekers[3].token)).joinBoothQueue.id))).toBe(7);
    expect(await pushed).toMatchObject({ ticketId: ids[3], place: 4 });
    expect(await cost(async () => expect(ok(await t.gql(CALL, { b }, employer.token)).callNextTicket.id).toBe(ids[0]))).toBe(2);
    expect(await cost(async () => ok(await t.gql(ACCEPT, { id: ids[0] }, seekers[0].token)))).toBe(1);
    expect(await cost(async () => ok(await t.gql(LEAVE, { id: ids[2] }, seekers[2].token)))).toBe(1);
    expect(await cost(async () => ok(await t.gql(END, { input: { ticketId: ids[0], outcome: 'FOLLOW_UP' } }, employer.token)))).toBe(2);
    socket.disconnect();
  });
});
