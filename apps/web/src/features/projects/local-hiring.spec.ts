import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode, LocalHiringStatus, type LocalHiringSnapshot } from '@jobbridge/contracts';
import { describe, expect, it } from 'vitest';
import { GAUGE_GAP_DEGREE, gaugeGeometry, localHiringRefusal, sortByRisk, thresholdPercent, thresholdValue } from './local-hiring';

const figures = (over: Partial<LocalHiringSnapshot>): LocalHiringSnapshot => ({
  threshold: '0.3',
  totalWorkers: 10,
  localWorkers: 3,
  ratio: 0.3,
  compliant: true,
  shortfall: 0,
  status: LocalHiringStatus.COMPLIANT,
  ...over,
});

describe('the local-hiring gauge', () => {
  it('fills to the ratio with one decimal, and to 0 with no workers', () => {
    expect(gaugeGeometry(0.3, '0.3').percent).toBe(30);
    expect(gaugeGeometry(2 / 7, '0.3').percent).toBe(28.6); // just below 30%
    expect(gaugeGeometry(0.2999, '0.3').percent).toBe(30); // rounds for display; the status says BREACH, not the arc
    expect(gaugeGeometry(null, '0.3').percent).toBe(0);
    expect(gaugeGeometry(1, '0.3').percent).toBe(100);
  });

  it('puts the threshold marker on the arc: start at 0%, the far end at 100%, 30% in between', () => {
    const start = 180 + GAUGE_GAP_DEGREE / 2;
    expect(gaugeGeometry(0, '0').markerAngle).toBe(start);
    expect(gaugeGeometry(0, '1').markerAngle).toBe(start + 360 - GAUGE_GAP_DEGREE);
    expect(gaugeGeometry(0, '0.3').markerAngle).toBeCloseTo(start + 0.3 * (360 - GAUGE_GAP_DEGREE), 10);
    expect(gaugeGeometry(0, '0.35').threshold).toBeCloseTo(35, 10); // a region's policy pack may ask more
  });

  it('reads the threshold the API sends as an exact decimal, and falls back to 30% on nonsense', () => {
    expect(thresholdPercent('0.3')).toBe('30%');
    expect(thresholdPercent('0.325')).toBe('32.5%');
    expect(thresholdValue('0.3')).toBeCloseTo(30, 10);
    expect(thresholdValue('not a number')).toBe(30);
    expect(thresholdPercent('not a number')).toBe('not a number');
  });
});

describe('sortByRisk', () => {
  it('puts breaches first (largest shortfall first), then at risk, compliant, no workers; then by name', () => {
    const rows = [
      { id: '1', name: '乙项目', localHiring: figures({}) },
      { id: '2', name: '甲项目', localHiring: figures({}) },
      {
        id: '3',
        name: '空项目',
        localHiring: figures({ totalWorkers: 0, localWorkers: 0, ratio: null, status: LocalHiringStatus.NO_WORKERS }),
      },
      {
        id: '4',
        name: '小缺口',
        localHiring: figures({ localWorkers: 2, ratio: 0.2, compliant: false, shortfall: 1, status: LocalHiringStatus.BREACH }),
      },
      {
        id: '5',
        name: '大缺口',
        localHiring: figures({ localWorkers: 0, ratio: 0, compliant: false, shortfall: 3, status: LocalHiringStatus.BREACH }),
      },
      { id: '6', name: '临界', localHiring: figures({ status: LocalHiringStatus.AT_RISK }) },
    ];
    expect(sortByRisk(rows).map((r) => r.name)).toEqual(['大缺口', '小缺口', '临界', '甲项目', '乙项目', '空项目']);
    expect(rows[0].name).toBe('乙项目'); // a copy, not in place
  });
});

describe('localHiringRefusal', () => {
  const refusal = (code: string, extensions: Record<string, unknown>) =>
    new CombinedGraphQLErrors({ errors: [{ message: '变动后本地用工比例为 27.3%，低于 30%', extensions: { code, ...extensions } }] });

  it('reads the figures and the rule of a refused roster change', () => {
    const before = figures({});
    const after = figures({ totalWorkers: 11, ratio: 3 / 11, compliant: false, shortfall: 1, status: LocalHiringStatus.BREACH });
    const r = localHiringRefusal(refusal(ErrorCode.LOCAL_HIRING_BREACH, { localHiring: { before, after }, breachRule: 'BLOCK' }));
    expect(r).toMatchObject({ code: ErrorCode.LOCAL_HIRING_BREACH, breachRule: 'BLOCK', before, after });
  });

  it('tolerates missing or malformed figures, and ignores other errors', () => {
    const r = localHiringRefusal(
      refusal(ErrorCode.LOCAL_HIRING_ACK_REQUIRED, { localHiring: { before: { totalWorkers: 'x' } }, breachRule: 'SOMETHING' }),
    );
    expect(r).toMatchObject({ code: ErrorCode.LOCAL_HIRING_ACK_REQUIRED, before: null, after: null, breachRule: null });
    expect(localHiringRefusal(refusal(ErrorCode.FORBIDDEN, {}))).toBeNull();
    expect(localHiringRefusal(new Error('boom'))).toBeNull();
  });
});
