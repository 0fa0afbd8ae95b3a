import { checkFairPayload, FAIR_CLIENT_PAYLOADS } from './fair-payloads';

const ID = '6d54d1d1-b282-4276-9fcc-b3e336cd379f';

describe('job-fair socket payloads', () => {
  it('passes well-formed payloads through, typed', () => {
    expect(checkFairPayload('fair.enter', { fairId: ID })).toEqual({ ok: true, data: { fairId: ID } });
    expect(checkFairPayload('talk.message', { ticketId: ID, body: '  您好  ' })).toEqual({
      ok: true,
      data: { ticketId: ID, body: '您好' },
    });
    expect(checkFairPayload('talk.signal', { ticketId: ID, kind: 'candidate', data: { candidate: 'x' } }).ok).toBe(true);
  });

  it('names the field of a misfit: ids as NOT_FOUND, the rest as INVALID_INPUT', () => {
    expect(checkFairPayload('booth.staff', { boothId: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND', field: 'boothId' });
    expect(checkFairPayload('booth.staff', null)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(checkFairPayload('talk.message', { ticketId: ID, body: '   ' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field: 'body',
    });
    expect(checkFairPayload('talk.message', { ticketId: ID, body: 'x'.repeat(1001) })).toMatchObject({ ok: false, field: 'body' });
    expect(checkFairPayload('talk.signal', { ticketId: ID, kind: 'bogus' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field: 'kind',
    });
  });

  it('has a schema for every client event', () => {
    expect(Object.keys(FAIR_CLIENT_PAYLOADS).sort()).toEqual(
      ['booth.staff', 'booth.unstaff', 'fair.enter', 'fair.leave', 'talk.join', 'talk.message', 'talk.signal'].sort(),
    );
  });
});
