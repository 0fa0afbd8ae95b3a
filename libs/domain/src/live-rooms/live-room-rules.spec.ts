import { LiveRoomStatus } from '@jobbridge/contracts';
import {
  assertLiveRoomTransition,
  canTransitionLiveRoom,
  DEFAULT_LIVE_CHAT_RULES,
  isLiveRoomEditable,
  moderateText,
  publicChatName,
  TextRule,
} from './live-room-rules';

const S = LiveRoomStatus;

describe('live room lifecycle', () => {
  it.each([
    [S.SCHEDULED, S.LIVE, true],
    [S.SCHEDULED, S.ENDED, true],
    [S.LIVE, S.ENDED, true],
    [S.LIVE, S.SCHEDULED, false],
    [S.LIVE, S.LIVE, false],
    [S.ENDED, S.LIVE, false],
    [S.ENDED, S.SCHEDULED, false],
  ])('%s → %s: %s', (from, to, ok) => {
    expect(canTransitionLiveRoom(from, to)).toBe(ok);
    if (ok) expect(() => assertLiveRoomTransition(from, to)).not.toThrow();
    else expect(() => assertLiveRoomTransition(from, to)).toThrow(expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION' }));
  });

  it('says why in Chinese', () => {
    expect(() => assertLiveRoomTransition(S.ENDED, S.LIVE)).toThrow('直播已结束');
    expect(() => assertLiveRoomTransition(S.LIVE, S.LIVE)).toThrow('直播已开始');
    expect(() => assertLiveRoomTransition(S.LIVE, S.SCHEDULED)).toThrow('直播间已是「直播中」状态，不能改为「未开播」');
  });

  it('is editable until it ends', () => {
    expect([S.SCHEDULED, S.LIVE, S.ENDED].map(isLiveRoomEditable)).toEqual([true, true, false]);
  });
});

describe('moderateText (the chat word filter is data)', () => {
  const max = DEFAULT_LIVE_CHAT_RULES.maxChatLength;

  it.each([
    '包吃住吗？',
    '请问宿舍几个人一间',
    '电焊工要不要证',
    '工资怎么发，月结还是日结',
    '押金退不退',
    '我在临夏县，离项目部远吗',
    '可以带家属吗',
  ])(
    'lets an ordinary question through: %s',
    // Asking about a deposit (押金退不退) is allowed; charging one (交押金) is not.
    (text) => expect(moderateText(text, max)).toEqual({ ok: true, text, masked: false }),
  );

  it.each([
    '加微信详聊',
    '加 V 信了解',
    '+vx：abc12345',
    '+ＶＸ 了解',
    '想要岗位的加QQ',
    '微信号:jobs_2026',
    '电话13912345678',
    '139 1234 5678 联系我',
    '扫码进群领取高薪岗位',
    '刷单兼职，躺赚',
    '日结500',
    '入职先交押金200',
    '需缴纳培训费',
  ])('blocks spam, contact handles and fee schemes: %s', (text) => {
    expect(moderateText(text, max)).toMatchObject({ ok: false, code: 'MESSAGE_BLOCKED' });
  });

  it('masks abuse instead of refusing the message', () => {
    expect(moderateText('主播是sb吗', max)).toEqual({ ok: true, text: '主播是＊＊吗', masked: true });
    expect(moderateText('你个傻逼', max)).toEqual({ ok: true, text: '你个＊＊', masked: true });
  });

  it('refuses empty and over-long text, counting characters not bytes', () => {
    expect(moderateText('   ', max)).toMatchObject({ ok: false, code: 'MESSAGE_EMPTY' });
    expect(moderateText('', max)).toMatchObject({ ok: false, code: 'MESSAGE_EMPTY' });
    expect(moderateText('字'.repeat(100), max)).toMatchObject({ ok: true });
    expect(moderateText('字'.repeat(101), max)).toMatchObject({ ok: false, code: 'MESSAGE_TOO_LONG', message: '内容不能超过100字' });
    expect(moderateText('😀'.repeat(100), max)).toMatchObject({ ok: true });
  });

  it('trims, keeps the text as typed, but matches full-width characters too', () => {
    expect(moderateText('  好的，谢谢！  ', max)).toEqual({ ok: true, text: '好的，谢谢！', masked: false });
    expect(moderateText('ＱＱ群:１２３４５６７', max)).toMatchObject({ ok: false, code: 'MESSAGE_BLOCKED' });
  });

  it('takes a region’s own rules', () => {
    const rules: TextRule[] = [{ pattern: '传销', action: 'block', reason: 'pyramid scheme' }];
    expect(moderateText('加微信', max, rules)).toMatchObject({ ok: true });
    expect(moderateText('这是传销吗', max, rules)).toMatchObject({ ok: false, code: 'MESSAGE_BLOCKED' });
  });

  it('has sensible default limits', () => {
    expect(DEFAULT_LIVE_CHAT_RULES).toMatchObject({ maxChatLength: 100, maxQuestionLength: 200, chatPerWindow: 5, chatWindowSeconds: 10 });
    for (const rule of DEFAULT_LIVE_CHAT_RULES.words) expect(() => new RegExp(rule.pattern, 'giu')).not.toThrow();
  });
});

describe('publicChatName', () => {
  it.each([
    ['马小花', '马**'],
    ['韩建军', '韩**'],
    ['欧阳修', '欧**'],
    ['测试求职者', '测**'],
    ['  李四 ', '李**'],
    ['Tom', 'Tom'],
    ['averyveryverylongnickname', 'averyveryver'],
    ['', '求职者'],
  ])('%p → %p', (name, shown) => expect(publicChatName(name)).toBe(shown));
});
