import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { emptyLiveRoomFormValues, HTTP_URL, toLiveRoomFormValues, toLiveRoomInput } from './live-room-form';

describe('the live-room form', () => {
  it('starts a new room at the next full hour, for one hour', () => {
    const v = emptyLiveRoomFormValues();
    expect(v.scheduledStart!.minute()).toBe(0);
    expect(v.scheduledStart!.isAfter(dayjs())).toBe(true);
    expect(v.scheduledEnd!.diff(v.scheduledStart!, 'minute')).toBe(60);
    expect(v.jobPostingIds).toEqual([]);
  });

  it('sends trimmed text, blanks as null and instants as ISO strings', () => {
    const start = dayjs('2026-12-05T02:00:00Z');
    const input = toLiveRoomInput({
      title: '  临夏县电焊工专场  ',
      description: '   ',
      scheduledStart: start,
      scheduledEnd: null,
      coverUrl: '',
      streamUrl: 'https://live.example.cn/a.m3u8',
      jobPostingIds: ['j1', 'j2'],
    });
    expect(input).toEqual({
      title: '临夏县电焊工专场',
      description: null,
      scheduledStart: '2026-12-05T02:00:00.000Z',
      scheduledEnd: null,
      coverUrl: null,
      streamUrl: 'https://live.example.cn/a.m3u8',
      jobPostingIds: ['j1', 'j2'],
    });
  });

  it('fills the edit form from a room and back to the same input', () => {
    const room = {
      title: '专场',
      description: null,
      scheduledStart: '2026-12-05T02:00:00.000Z',
      scheduledEnd: '2026-12-05T03:00:00.000Z',
      coverUrl: null,
      streamUrl: null,
      lineup: [{ jobPosting: { id: 'j1' } }],
    };
    const values = toLiveRoomFormValues(room);
    expect(values).toMatchObject({ description: '', coverUrl: '', streamUrl: '', jobPostingIds: ['j1'] });
    expect(toLiveRoomInput(values)).toMatchObject({
      scheduledStart: room.scheduledStart,
      scheduledEnd: room.scheduledEnd,
      description: null,
    });
  });

  it('accepts http(s) stream and cover addresses only', () => {
    expect(HTTP_URL.test('https://live.example.cn/a.m3u8')).toBe(true);
    expect(HTTP_URL.test('http://10.0.0.1/live')).toBe(true);
    for (const bad of ['rtmp://live.example.cn/a', 'javascript:alert(1)', 'https://a b', 'live.example.cn'])
      expect(HTTP_URL.test(bad)).toBe(false);
  });
});
