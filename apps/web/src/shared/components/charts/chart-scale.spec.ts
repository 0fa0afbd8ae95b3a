import { describe, expect, it } from 'vitest';
import { barPercent, describeBars, describeFunnel, formatPercent, funnelRates, rate, scaleMax, type ChartRow } from './chart-scale';

describe('chart scales', () => {
  it('scales bars to the largest value, keeps a sliver for small non-zero values, and survives all-zero data', () => {
    expect(scaleMax([3, 12, 0])).toBe(12);
    expect(scaleMax([0, 0])).toBe(1);
    expect(scaleMax([])).toBe(1);
    expect(scaleMax([Number.NaN, -4, 2])).toBe(2);
    expect(barPercent(12, 12)).toBe(100);
    expect(barPercent(6, 12, 80)).toBe(40);
    expect(barPercent(0, 12)).toBe(0);
    expect(barPercent(1, 10_000)).toBe(0.5);
    expect(barPercent(50, 12)).toBe(100); // never past the span
  });

  it('gives rates and prints them as percentages', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(3, 0)).toBeNull();
    expect(formatPercent(0.25)).toBe('25%');
    expect(formatPercent(0.4567)).toBe('45.7%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('rates each funnel step from the one before, except the first, noRate steps and after a zero', () => {
    const steps = [
      { key: 'visitors', label: '在线峰值', value: 50 },
      { key: 'queued', label: '排队', value: 80, noRate: true },
      { key: 'talked', label: '洽谈', value: 40 },
      { key: 'agreements', label: '达成意向', value: 0 },
      { key: 'hired', label: '录用', value: 0 },
    ];
    expect(funnelRates(steps)).toEqual([null, null, 0.5, 0, null]);
    expect(describeFunnel('转化漏斗', steps, (p) => `较上一步 ${p}`)).toBe(
      '转化漏斗：在线峰值 50，排队 80，洽谈 40（较上一步 50%），达成意向 0（较上一步 0%），录用 0',
    );
  });

  it('describes bar charts for screen readers, one series or several', () => {
    const rows: ChartRow[] = [
      { key: 'A01', label: 'A01', values: { queued: 12, talked: 8 } },
      { key: 'A02', label: 'A02', values: { queued: 3 } },
    ];
    expect(describeBars('按展位', [{ key: 'queued', label: '排队' }], rows, '暂无数据')).toBe('按展位：A01 12；A02 3');
    expect(
      describeBars(
        '按展位',
        [
          { key: 'queued', label: '排队' },
          { key: 'talked', label: '洽谈' },
        ],
        rows,
        '暂无数据',
      ),
    ).toBe('按展位：A01：排队 12，洽谈 8；A02：排队 3，洽谈 0');
    expect(describeBars('按展位', [{ key: 'queued', label: '排队' }], [], '暂无数据')).toBe('按展位：暂无数据');
  });
});
