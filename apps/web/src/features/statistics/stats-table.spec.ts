import { RegionLevel, StatsPeriod } from '@jobbridge/contracts';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN';
import type { RegionStatistics, StatsFigures } from './statistics.graphql';
import { exportFileName, METRICS, metricValue, periodLabel, periodTable, regionTable } from './stats-table';

/** A t() over the zh-CN resources with {{name}} interpolation, enough for these helpers. */
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], zhCN);
  if (typeof text !== 'string') throw new Error(`missing key ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

const figures = (over: Partial<StatsFigures> = {}): StatsFigures => ({
  postingsOpened: 0,
  postingsPublished: 0,
  postingsClosed: 0,
  seekersRegistered: 0,
  applications: 0,
  hires: 0,
  medianDaysToHire: null,
  liveRoomsHeld: 0,
  fairsHeld: 0,
  fairTalks: 0,
  fairAgreements: 0,
  projects: 0,
  projectsAtRisk: 0,
  projectsInBreach: 0,
  ...over,
});

const stats: RegionStatistics = {
  region: { code: '622900', name: '临夏回族自治州', fullName: '甘肃省 临夏回族自治州', level: RegionLevel.PREFECTURE },
  period: StatsPeriod.MONTH,
  from: '2026-11-15',
  to: '2026-12-04',
  priorityGroup: null,
  refreshedAt: null,
  total: figures({ applications: 5, hires: 2, medianDaysToHire: 4.25 }),
  buckets: [
    { period: '2026-11-01', start: '2026-11-15', end: '2026-11-30', figures: figures({ applications: 2, hires: 1, medianDaysToHire: 3 }) },
    { period: '2026-12-01', start: '2026-12-01', end: '2026-12-04', figures: figures({ applications: 3, hires: 1, projects: null }) },
  ],
  children: [
    { ownLevel: false, region: { code: '622921', name: '临夏县' }, total: figures({ applications: 4 }) },
    { ownLevel: true, region: { code: '622900', name: '临夏回族自治州' }, total: figures({ fairsHeld: 1 }) },
  ],
};

describe('statistics tables and exports', () => {
  it('names periods by day, week, month and year', () => {
    const b = { period: '2026-11-30', start: '2026-12-01', end: '2026-12-06' };
    expect(periodLabel(t, StatsPeriod.DAY, { ...b, period: '2026-12-04' })).toBe('2026-12-04');
    expect(periodLabel(t, StatsPeriod.WEEK, b)).toBe('2026-12-01～2026-12-06');
    expect(periodLabel(t, StatsPeriod.MONTH, { ...b, period: '2026-02-01' })).toBe('2026年2月');
    expect(periodLabel(t, StatsPeriod.YEAR, { ...b, period: '2026-01-01' })).toBe('2026年');
  });

  it('lays out the table by period: a header, one row per period, the total; medians to one decimal, none as null', () => {
    const rows = periodTable(t, stats);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['周期', ...METRICS.map((m) => zhCN.statistics.metrics[m])]);
    const column = (m: (typeof METRICS)[number]) => 1 + METRICS.indexOf(m);
    expect(rows[1][0]).toBe('2026年11月');
    expect(rows[1][column('applications')]).toBe(2);
    expect(rows[2][column('medianDaysToHire')]).toBeNull();
    expect(rows[2][column('projects')]).toBeNull();
    expect(rows[3][0]).toBe('合计');
    expect(rows[3][column('medianDaysToHire')]).toBe(4.3);
  });

  it('lays out the table by region, naming the region’s own level', () => {
    const rows = regionTable(t, stats);
    expect(rows.map((r) => r[0])).toEqual(['地区', '临夏县', '临夏回族自治州（本级）', '合计']);
  });

  it('rounds only the median', () => {
    expect(metricValue(figures({ medianDaysToHire: 2.04 }), 'medianDaysToHire')).toBe(2);
    expect(metricValue(figures({ hires: 7 }), 'hires')).toBe(7);
  });

  it('names the export after the region, the range and the period', () => {
    expect(exportFileName(t, stats)).toBe('统计_临夏回族自治州_2026-11-15至2026-12-04_按月');
  });
});
