import { chineseErrorMessage, ERROR_MESSAGES_ZH, ErrorCode, hasChineseText } from '@jobbridge/contracts';

// Lives in the domain's jest run (libs/contracts has no suite of its own in `npm run test:unit`).
describe('ERROR_MESSAGES_ZH', () => {
  it.each(Object.values(ErrorCode))('has a Chinese default for %s', (code) => {
    const message = ERROR_MESSAGES_ZH[code];
    expect(typeof message).toBe('string');
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect([...message].some((c) => c.charCodeAt(0) > 0x7f)).toBe(true);
  });

  it('has no message for a code that does not exist', () => {
    expect(Object.keys(ERROR_MESSAGES_ZH).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(ERROR_MESSAGES_ZH)).toBe(true);
  });
});

describe('chineseErrorMessage', () => {
  it('keeps a message that has Chinese', () => {
    expect(chineseErrorMessage(ErrorCode.VALIDATION_FAILED, '请输入11位手机号')).toBe('请输入11位手机号');
  });

  it.each(['An application cannot move from HIRED to INTERVIEW', 'Variable "$first" got invalid value "abc"', '', '   ', undefined, null])(
    'replaces %p by the default for its code',
    (message) => {
      expect(chineseErrorMessage(ErrorCode.INVALID_STATUS_TRANSITION, message)).toBe(ERROR_MESSAGES_ZH.INVALID_STATUS_TRANSITION);
    },
  );

  it('tells Chinese text from text without it', () => {
    expect(hasChineseText('直播已结束')).toBe(true);
    expect(hasChineseText('Rate limited 请稍后')).toBe(true);
    expect(hasChineseText('Rate limited')).toBe(false);
    expect(hasChineseText('１２３')).toBe(false);
    expect(hasChineseText(undefined)).toBe(false);
  });
});
