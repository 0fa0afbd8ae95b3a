import { checkLivePayload, LIVE_CLIENT_PAYLOADS } from './live-room-payloads';

const ROOM = '0b7f2a9c-1d2e-4f50-8a61-7c8d9e0f1a2b';

describe('live-room socket payloads', () => {
  it('has a schema for every client event', () => {
    expect(Object.keys(LIVE_CLIENT_PAYLOADS).sort()).toEqual(
      [
        'card.apply',
        'chat.send',
        'host.answer',
        'host.mute',
        'host.pin',
        'host.remove_message',
        'host.unpin',
        'like',
        'question.ask',
        'room.join',
        'room.leave',
      ].sort(),
    );
  });

  it('passes well-formed payloads through, typed', () => {
    expect(checkLivePayload('room.join', { roomId: ROOM, since: 12 })).toEqual({ ok: true, data: { roomId: ROOM, since: 12 } });
    expect(checkLivePayload('room.join', { roomId: ROOM, since: null })).toMatchObject({ ok: true });
    expect(checkLivePayload('like', { roomId: ROOM })).toEqual({ ok: true, data: { roomId: ROOM } });
    expect(checkLivePayload('host.mute', { roomId: ROOM, userId: 'u1', muted: false })).toMatchObject({ ok: true });
  });

  it('answers a room id that cannot exist with ROOM_NOT_FOUND, anything else with INVALID_INPUT and the field', () => {
    expect(checkLivePayload('chat.send', { roomId: 'nope', text: 'hi' })).toMatchObject({
      ok: false,
      code: 'ROOM_NOT_FOUND',
      field: 'roomId',
    });
    expect(checkLivePayload('chat.send', { roomId: ROOM, text: 5 })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'text' });
    expect(checkLivePayload('like', { roomId: ROOM, count: 1.5 })).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'count' });
    expect(checkLivePayload('room.join', { roomId: ROOM, since: -1 })).toMatchObject({ ok: false, field: 'since' });
    expect(checkLivePayload('card.apply', { roomId: ROOM, jobPostingId: 'j', idempotencyKey: 'x'.repeat(81) })).toMatchObject({
      ok: false,
      field: 'idempotencyKey',
    });
    expect(checkLivePayload('host.pin', undefined)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'payload' });
  });
});
