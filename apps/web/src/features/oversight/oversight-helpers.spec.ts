import { describe, expect, it } from 'vitest';
import { liveLayoffVerdict } from './layoff-verdict';
import {
  API_BODY_LIMIT_BYTES,
  encodingAttempts,
  isAcceptablePhoto,
  MAX_PHOTO_DATA_URL_CHARS,
  MAX_REPORT_PHOTOS,
  PHOTO_TARGET_CHARS,
  scaledSize,
} from './photo-downscale';
import { monthOf, sortByWatchLevel } from './watch-levels';

describe('report photos', () => {
  it('shrinks the longest side to the limit, keeps proportions and never enlarges', () => {
    expect(scaledSize(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(scaledSize(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(scaledSize(0, 600, 1600)).toEqual({ width: 0, height: 0 });
  });

  it('tries lower qualities, then smaller sizes, largest first, down to a readable minimum', () => {
    const attempts = encodingAttempts(4000, 3000);
    expect(attempts[0]).toEqual({ width: 1024, height: 768, quality: 0.85 });
    expect(attempts[1].width).toBe(1024);
    const sides = attempts.map((a) => Math.max(a.width, a.height));
    expect(sides).toEqual([...sides].sort((a, b) => b - a));
    expect(Math.min(...sides)).toBeLessThan(400);
    expect(Math.min(...sides)).toBeGreaterThan(100);
  });

  it('accepts JPEG, PNG and WebP data URLs under the API limit only, three of them fitting one request', () => {
    expect(PHOTO_TARGET_CHARS).toBeLessThan(MAX_PHOTO_DATA_URL_CHARS);
    expect(PHOTO_TARGET_CHARS * MAX_REPORT_PHOTOS + 3 * 1000).toBeLessThan(API_BODY_LIMIT_BYTES);
    expect(isAcceptablePhoto('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAcceptablePhoto('data:image/webp;base64,UklGR')).toBe(true);
    expect(isAcceptablePhoto('data:image/gif;base64,R0lGOD')).toBe(false);
    expect(isAcceptablePhoto('data:text/html;base64,PGI+')).toBe(false);
    expect(isAcceptablePhoto(`data:image/jpeg;base64,${'A'.repeat(PHOTO_TARGET_CHARS)}`)).toBe(false);
  });
});

describe('the live layoff verdict (libs/domain assessLayoffPlan)', () => {
  const today = '2026-03-01';

  it('waits for staff, people and the date', () => {
    expect(liveLayoffVerdict({ staffNow: 100 }, today)).toEqual({ kind: 'incomplete' });
    expect(liveLayoffVerdict({ staffNow: 100, peopleToCut: 5, layoffDate: null }, today)).toEqual({ kind: 'incomplete' });
  });

  it('judges 20 people at once reportable, on time 30 days ahead and late at 29', () => {
    const onTime = liveLayoffVerdict({ staffNow: 1000, peopleToCut: 20, layoffDate: '2026-03-31' }, today);
    expect(onTime).toMatchObject({ kind: 'verdict', assessment: { reportable: true, onTime: true, daysBefore: 30 } });
    const late = liveLayoffVerdict({ staffNow: 1000, peopleToCut: 20, layoffDate: '2026-03-30' }, today);
    expect(late).toMatchObject({ kind: 'verdict', assessment: { reportable: true, onTime: false, daysBefore: 29, fileBy: '2026-02-28' } });
  });

  it('judges 10% of the staff reportable, and 19 of 1000 not', () => {
    expect(liveLayoffVerdict({ staffNow: 50, peopleToCut: 5, layoffDate: '2026-04-30' }, today)).toMatchObject({
      assessment: { reportable: true },
    });
    expect(liveLayoffVerdict({ staffNow: 1000, peopleToCut: 19, layoffDate: '2026-03-02' }, today)).toMatchObject({
      assessment: { reportable: false, onTime: true },
    });
  });

  it("gives the rule's own message for more people than staff and a date already past", () => {
    const more = liveLayoffVerdict({ staffNow: 10, peopleToCut: 11, layoffDate: '2026-04-30' }, today);
    expect(more).toMatchObject({ kind: 'invalid', field: 'peopleToCut' });
    expect(more.kind === 'invalid' && more.message).toContain('不能超过');
    expect(liveLayoffVerdict({ staffNow: 10, peopleToCut: 2, layoffDate: '2026-02-27' }, today)).toMatchObject({
      kind: 'invalid',
      field: 'layoffDate',
    });
  });
});

describe('the watch', () => {
  it('lists counties on warning first, then watch, then normal, by people affected', () => {
    const row = (regionName: string, level: string, peopleAffected: number) => ({ regionName, level, figures: { peopleAffected } });
    const sorted = sortByWatchLevel([row('甲', 'NORMAL', 0), row('乙', 'WATCH', 10), row('丙', 'WARNING', 5), row('丁', 'WARNING', 50)]);
    expect(sorted.map((r) => r.regionName)).toEqual(['丁', '丙', '乙', '甲']);
  });

  it('takes the month of a date', () => {
    expect(monthOf('2026-12-31')).toBe('2026-12');
  });
});
