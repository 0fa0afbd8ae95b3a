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
  Session,
  TestApp,
} from '@jobbridge/testing';
import { Socket } from 'socket.io-client';

const JOIN = `mutation($boothId: ID!) { joinBoothQueue(input: { boothId: $boothId }) { id place } }`;
const CALL = `mutation($boothId: ID!) { callNextTicket(boothId: $boothId) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptTalk(ticketId: $id) { id status } }`;
const LEAVE = `mutation($id: ID!) { leaveBoothQueue(ticketId: $id) { id } }`;

/** The /fairs namespace on one process: live booth figures, pushed places, rep presence, the talk's chat and signalling. */
describe('job fairs over socket.io', () => {
  let t: TestApp;
  let officer: Session;
  let rep: Session;
  let fair: Awaited<ReturnType<typeof makeLiveFair>>;
  const sockets: Socket[] = [];
  const connect = async (token?: string) => {
    const s = await connectSocket(t.url, FAIRS_NAMESPACE, { token });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t);
    rep = await makeEmployer(t);
    fair = await makeLiveFair(t, officer, [rep]);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t?.close();
  });

  it('counts visitors in the hall and shows a rep online at once, with a wait estimate from then on', async () => {
    const boothId = fair.booths[0].boothId;
    const visitor = await connect();
    expect(await visitor.emitWithAck('fair.enter', { fairId: fair.fairId })).toMatchObject({ ok: true, visitorsNow: expect.any(Number) });
    const online = nextEvent(visitor, 'booth.live', (e) => e.boothId === boothId && e.repsOnline === 1);
    const console_ = await connect(rep.token);
    expect(await console_.emitWithAck('booth.staff', { boothId })).toEqual({ ok: true, repsOnline: 1 });
    const live = await online;
    expect(live.estimatedWaitSeconds).toBe(300); // the first place, 5 minutes a talk before any talk
    // a seeker cannot staff a booth; a malformed id is a typed refusal
    const seeker = await makeSeeker(t);
    const s = await connect(seeker.token);
    expect(await s.emitWithAck('booth.staff', { boothId })).toMatchObject({ ok: false, code: 'FORBIDDEN', field: 'boothId' });
    expect(await s.emitWithAck('booth.staff', { boothId: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'boothId' });
    const anon = await connect();
    expect(await anon.emitWithAck('booth.staff', { boothId })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('pushes each waiting seeker its new place when the one before is called or leaves', async () => {
    const boothId = fair.booths[0].boothId;
    const [a, b, c] = await Promise.all([makeSeeker(t), makeSeeker(t), makeSeeker(t)]);
    const sb = await connect(b.token);
    const sc = await connect(c.token);
    const ta = ok(await t.gql(JOIN, { boothId }, a.token)).joinBoothQueue;
    const tb = ok(await t.gql(JOIN, { boothId }, b.token)).joinBoothQueue;
    const tc = ok(await t.gql(JOIN, { boothId }, c.token)).joinBoothQueue;
    expect([ta.place, tb.place, tc.place]).toEqual([1, 2, 3]);
    const bFirst = nextEvent(sb, 'ticket.update', (e) => e.ticketId === tb.id && e.place === 1, 5000);
    const cSecond = nextEvent(sc, 'ticket.update', (e) => e.ticketId === tc.id && e.place === 2, 5000);
    ok(await t.gql(CALL, { boothId }, rep.token));
    expect(await bFirst).toMatchObject({ status: 'WAITING', estimatedWaitSeconds: 300 });
    await cSecond;
    const cFirst = nextEvent(sc, 'ticket.update', (e) => e.ticketId === tc.id && e.place === 1, 5000);
    ok(await t.gql(LEAVE, { id: tb.id }, b.token));
    await cFirst;
    // a, called, hears it with a deadline
    const sa = await connect(a.token);
    const mine = await sa.emitWithAck('talk.join', { ticketId: ta.id });
    expect(mine).toMatchObject({ ok: true, rep: false, messages: [], iceServers: [] });
  });

  it('carries the talk: text both ways, WebRTC signalling to the other side only, and no one else in', async () => {
    const boothId = fair.booths[0].boothId;
    // the rep closes the call left from the test above, then calls a new seeker
    const left = ok(await t.gql(`query($b: ID!) { boothQueue(boothId: $b) { id status } }`, { b: boothId }, rep.token)).boothQueue;
    for (const q of left.filter((x: { status: string }) => x.status === 'CALLED'))
      await t.ds.query(`UPDATE fair_tickets SET status = 'MISSED' WHERE id = $1`, [q.id]);
    for (const q of left.filter((x: { status: string }) => x.status === 'WAITING'))
      await t.ds.query(`UPDATE fair_tickets SET status = 'LEFT' WHERE id = $1`, [q.id]);
    const d = await makeSeeker(t);
    const sd = await connect(d.token);
    const ticket = ok(await t.gql(JOIN, { boothId }, d.token)).joinBoothQueue;
    const told = nextEvent(sd, 'ticket.update', (e) => e.ticketId === ticket.id && e.status === 'CALLED', 5000);
    ok(await t.gql(CALL, { boothId }, rep.token));
    expect((await told).answerBy).toEqual(expect.any(String));
    expect(ok(await t.gql(ACCEPT, { id: ticket.id }, d.token)).acceptTalk.status).toBe('IN_TALK');

    const sr = await connect(rep.token);
    expect(await sr.emitWithAck('talk.join', { ticketId: ticket.id })).toMatchObject({ ok: true, rep: true });
    expect(await sd.emitWithAck('talk.join', { ticketId: ticket.id })).toMatchObject({ ok: true, rep: false });
    const heard = nextEvent(sd, 'talk.message', (m) => m.body === '您好，请介绍一下您的工作经历');
    expect(await sr.emitWithAck('talk.message', { ticketId: ticket.id, body: '您好，请介绍一下您的工作经历' })).toMatchObject({ ok: true });
    expect(await heard).toMatchObject({ fromRep: true, senderUserId: rep.userId });
    const reply = nextEvent(sr, 'talk.message', (m) => m.body === '我做过三年电焊');
    await sd.emitWithAck('talk.message', { ticketId: ticket.id, body: '我做过三年电焊' });
    expect(await reply).toMatchObject({ fromRep: false });
    // signalling goes to the other side only
    const offer = nextEvent(sr, 'talk.signal', (e) => e.kind === 'offer');
    let echoed = false;
    sd.on('talk.signal', () => (echoed = true));
    expect(await sd.emitWithAck('talk.signal', { ticketId: ticket.id, kind: 'offer', data: { type: 'offer', sdp: 'v=0' } })).toEqual({
      ok: true,
    });
    expect(await offer).toMatchObject({ fromUserId: d.userId, data: { sdp: 'v=0' } });
    expect(await sd.emitWithAck('talk.signal', { ticketId: ticket.id, kind: 'bogus', data: {} })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(echoed).toBe(false);
    // the history is kept for whoever joins again
    const again = await sd.emitWithAck('talk.join', { ticketId: ticket.id });
    expect(again.messages.map((m: { body: string }) => m.body)).toEqual(['您好，请介绍一下您的工作经历', '我做过三年电焊']);
    // another seeker, and another employer, cannot enter
    const outsider = await connect((await makeSeeker(t)).token);
    expect(await outsider.emitWithAck('talk.join', { ticketId: ticket.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const other = await connect((await makeEmployer(t)).token);
    expect(await other.emitWithAck('talk.message', { ticketId: ticket.id, body: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
