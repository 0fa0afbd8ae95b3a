import {
  LiveQuestionStatus,
  LiveRoomStatus,
  type LiveChatMessage,
  type LiveJobCard,
  type LiveJoinResult,
  type LiveQuestion,
  type LiveRoomEvent,
} from '@jobbridge/contracts';
import { describe, expect, it } from 'vitest';
import {
  applyLiveEvent,
  initialLiveRoomState,
  laterStatus,
  liveRoomReducer,
  MAX_CHAT,
  type LiveRoomAction,
  type LiveRoomState,
} from './live-room-state';

const card = (id: string): LiveJobCard =>
  ({
    jobPostingId: id,
    title: `岗位${id}`,
    employerName: '临夏建工',
    kind: 'FULL_TIME',
    payMin: 5000,
    payMax: 7000,
    headcount: 3,
    regionCode: '622921',
    regionName: '临夏县',
    truthCard: {},
  }) as unknown as LiveJobCard;
const msg = (id: string, text = '你好'): LiveChatMessage => ({ id, userId: 'u1', userName: '马**', text, at: '2026-12-03T08:00:00Z' });
const question = (id: string, status: LiveQuestionStatus, answer: string | null = null): LiveQuestion => ({
  id,
  askerName: '马**',
  text: '包住吗？',
  jobPostingId: null,
  status,
  answer,
  askedAt: '2026-12-03T08:00:00Z',
  answeredAt: answer ? '2026-12-03T08:01:00Z' : null,
});
const stats = (likes = 0) => ({ roomId: 'r1', viewers: 5, peakViewers: 9, likes, questions: 0, applications: {} });
const join = (over: Partial<LiveJoinResult> = {}): LiveJoinResult => ({
  roomId: 'r1',
  status: LiveRoomStatus.LIVE,
  pinned: null,
  stats: stats(),
  recentChat: [],
  answered: [],
  seq: 0,
  you: { role: 'SEEKER', canInteract: true, muted: false, appliedJobIds: [] },
  missed: [],
  replayComplete: true,
  ...over,
});
const run = (actions: LiveRoomAction[], from: LiveRoomState = initialLiveRoomState) => actions.reduce(liveRoomReducer, from);
const joined = (over: Partial<LiveJoinResult> = {}) => run([{ type: 'joining' }, { type: 'joined', result: join(over), resumed: false }]);

describe('liveRoomReducer: joining', () => {
  it('connects, then takes the first snapshot', () => {
    expect(run([{ type: 'joining' }]).connection).toBe('connecting');
    const s = joined({ seq: 7, pinned: card('j1'), recentChat: [msg('m1')], stats: stats(12) });
    expect(s).toMatchObject({ connection: 'joined', seq: 7, lastJoin: 'snapshot', likes: 12, status: LiveRoomStatus.LIVE });
    expect(s.pinned?.jobPostingId).toBe('j1');
    expect(s.chat.map((m) => m.id)).toEqual(['m1']);
  });

  it('keeps only the latest MAX_CHAT messages of a snapshot', () => {
    const recentChat = Array.from({ length: MAX_CHAT + 5 }, (_, i) => msg(`m${i}`));
    const s = joined({ recentChat });
    expect(s.chat).toHaveLength(MAX_CHAT);
    expect(s.chat[0].id).toBe('m5');
  });

  it('says reconnecting (not connecting) once it had joined, and on a dropped connection', () => {
    const s = joined();
    expect(run([{ type: 'disconnected' }], s).connection).toBe('reconnecting');
    expect(run([{ type: 'joining' }], s).connection).toBe('reconnecting');
    expect(run([{ type: 'disconnected' }]).connection).toBe('connecting');
  });

  it('records a refusal; an ended room shows ended and unpins; a failed state survives a disconnect', () => {
    const s = joined({ pinned: card('j1') });
    const ended = run([{ type: 'join_failed', code: 'ROOM_ENDED' }], s);
    expect(ended).toMatchObject({ connection: 'failed', joinError: 'ROOM_ENDED', status: LiveRoomStatus.ENDED, pinned: null });
    const missing = run([{ type: 'join_failed', code: 'ROOM_NOT_FOUND' }], s);
    expect(missing).toMatchObject({ joinError: 'ROOM_NOT_FOUND', status: LiveRoomStatus.LIVE });
    expect(missing.pinned?.jobPostingId).toBe('j1');
    expect(run([{ type: 'disconnected' }], ended)).toBe(ended);
  });

  it('clears the error on the next join and resets to the initial state', () => {
    const failed = run([{ type: 'join_failed', code: 'ROOM_NOT_FOUND' }]);
    expect(run([{ type: 'joined', result: join(), resumed: false }], failed).joinError).toBeNull();
    expect(run([{ type: 'reset' }], joined())).toBe(initialLiveRoomState);
  });
});

describe('liveRoomReducer: catching up after a dropped connection', () => {
  const before = run([{ type: 'event', event: { seq: 4, type: 'chat', message: msg('m4') } }], joined({ seq: 3, recentChat: [msg('m3')] }));

  it('replays the missed events on a complete resume, skipping those already applied', () => {
    const missed: LiveRoomEvent[] = [
      { seq: 4, type: 'chat', message: msg('m4') }, // raced the reconnect: already here
      { seq: 5, type: 'chat', message: msg('m5') },
      { seq: 6, type: 'pinned', card: card('j2'), at: '2026-12-03T08:02:00Z' },
    ];
    const s = run(
      [{ type: 'joining' }, { type: 'joined', result: join({ seq: 6, missed, recentChat: [msg('x')] }), resumed: true }],
      before,
    );
    expect(s.lastJoin).toBe('replay');
    expect(s.chat.map((m) => m.id)).toEqual(['m3', 'm4', 'm5']);
    expect(s.pinned?.jobPostingId).toBe('j2');
    expect(s.seq).toBe(6);
  });

  it('takes the snapshot when the log no longer reaches back', () => {
    const s = run([{ type: 'joined', result: join({ seq: 40, replayComplete: false, recentChat: [msg('m40')] }), resumed: true }], before);
    expect(s.lastJoin).toBe('snapshot');
    expect(s.chat.map((m) => m.id)).toEqual(['m40']);
    expect(s.seq).toBe(40);
  });

  it('takes the snapshot when the log restarted below the seq held (a server restart without Redis)', () => {
    const s = run([{ type: 'joined', result: join({ seq: 1, recentChat: [msg('n1')] }), resumed: true }], before);
    expect(s.lastJoin).toBe('snapshot');
    expect(s.seq).toBe(1);
    expect(s.chat.map((m) => m.id)).toEqual(['n1']);
  });

  it('never lowers the likes shown on a join', () => {
    const tapped = run([{ type: 'liked', count: 3 }], joined({ stats: stats(10) }));
    expect(tapped.likes).toBe(13);
    expect(run([{ type: 'joined', result: join({ stats: stats(11) }), resumed: true }], tapped).likes).toBe(13);
  });
});

describe('applyLiveEvent', () => {
  const s = joined({ seq: 10, pinned: card('j1'), recentChat: [msg('m1')] });

  it('skips duplicates and stale events (seq at or below the last applied)', () => {
    expect(applyLiveEvent(s, { seq: 10, type: 'chat', message: msg('dup') })).toBe(s);
    expect(applyLiveEvent(s, { seq: 3, type: 'chat', message: msg('old') })).toBe(s);
  });

  it('appends chat once per message id, and removes a message', () => {
    const once = applyLiveEvent(s, { seq: 11, type: 'chat', message: msg('m1') });
    expect(once.chat).toHaveLength(1);
    expect(once.seq).toBe(11);
    const removed = applyLiveEvent(s, { seq: 11, type: 'chat_removed', messageId: 'm1' });
    expect(removed.chat).toEqual([]);
  });

  it('pins, unpins only the card shown, and unpins when the room ends', () => {
    expect(applyLiveEvent(s, { seq: 11, type: 'unpinned', jobPostingId: 'other', at: '' }).pinned?.jobPostingId).toBe('j1');
    expect(applyLiveEvent(s, { seq: 11, type: 'unpinned', jobPostingId: 'j1', at: '' }).pinned).toBeNull();
    expect(applyLiveEvent(s, { seq: 11, type: 'pinned', card: card('j9'), at: '' }).pinned?.jobPostingId).toBe('j9');
    const ended = applyLiveEvent(s, { seq: 11, type: 'status', status: LiveRoomStatus.ENDED, at: '' });
    expect(ended).toMatchObject({ status: LiveRoomStatus.ENDED, pinned: null });
  });

  it('puts an answered question first, once, and updates the host queue', () => {
    const withQueue = run([{ type: 'host_question', question: question('q1', LiveQuestionStatus.OPEN) }], s);
    const answered = question('q1', LiveQuestionStatus.ANSWERED, '包住，四人间');
    const a = applyLiveEvent(withQueue, { seq: 11, type: 'answered', question: answered });
    const b = applyLiveEvent(a, { seq: 12, type: 'answered', question: answered });
    expect(b.answered.map((q) => q.id)).toEqual(['q1']);
    expect(b.incomingQuestions[0].answer).toBe('包住，四人间');
  });
});

describe('liveRoomReducer: counters and the viewer', () => {
  const s = joined({ stats: stats(5) });

  it('takes pushed stats, likes never below what this viewer has seen', () => {
    const tapped = run([{ type: 'liked', count: 4 }], s);
    expect(run([{ type: 'stats', stats: stats(6) }], tapped).likes).toBe(9);
    expect(run([{ type: 'stats', stats: stats(20) }], tapped).likes).toBe(20);
  });

  it('queues a host question once', () => {
    const q = question('q1', LiveQuestionStatus.OPEN);
    expect(
      run(
        [
          { type: 'host_question', question: q },
          { type: 'host_question', question: q },
        ],
        s,
      ).incomingQuestions,
    ).toHaveLength(1);
  });

  it('records an application once, and a mute; both need a joined viewer', () => {
    const applied = run([{ type: 'applied', jobPostingId: 'j1' }, { type: 'applied', jobPostingId: 'j1' }, { type: 'muted' }], s);
    expect(applied.you).toMatchObject({ appliedJobIds: ['j1'], muted: true });
    expect(run([{ type: 'applied', jobPostingId: 'j1' }, { type: 'muted' }])).toBe(initialLiveRoomState);
  });
});

describe('laterStatus', () => {
  it('only moves forward: 未开播 → 直播中 → 已结束', () => {
    expect(laterStatus(null, LiveRoomStatus.SCHEDULED)).toBe(LiveRoomStatus.SCHEDULED);
    expect(laterStatus(LiveRoomStatus.LIVE, LiveRoomStatus.SCHEDULED)).toBe(LiveRoomStatus.LIVE);
    expect(laterStatus(LiveRoomStatus.LIVE, LiveRoomStatus.ENDED)).toBe(LiveRoomStatus.ENDED);
    expect(laterStatus(LiveRoomStatus.ENDED, LiveRoomStatus.LIVE)).toBe(LiveRoomStatus.ENDED);
  });
});
