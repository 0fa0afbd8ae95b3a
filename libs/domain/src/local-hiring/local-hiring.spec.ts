import { LocalHiringStatus } from '@jobbridge/contracts';
import { compareLocalHiringRisk, localHiringFigures, localHiringShortfall, previewRosterChange } from './local-hiring';
import { parseShare } from './share';

const THIRTY = parseShare('0.3');

describe('localHiringFigures at the 30% rule (000 §1 "不低于用工总量的30%")', () => {
  it('3 of 10 local complies: exactly 30% is "not below"', () => {
    expect(localHiringFigures({ total: 10, local: 3 }, THIRTY)).toEqual({
      threshold: '0.3',
      totalWorkers: 10,
      localWorkers: 3,
      ratio: 0.3,
      compliant: true,
      shortfall: 0,
      status: LocalHiringStatus.AT_RISK,
    });
  });

  it('2 of 7 local (28.6%) is a breach with a shortfall of 1', () => {
    const f = localHiringFigures({ total: 7, local: 2 }, THIRTY);
    expect(f.ratio).toBeCloseTo(0.2857, 4);
    expect(f).toMatchObject({ compliant: false, shortfall: 1, status: LocalHiringStatus.BREACH });
  });

  it('0 workers: no ratio, not in breach', () => {
    expect(localHiringFigures({ total: 0, local: 0 }, THIRTY)).toEqual({
      threshold: '0.3',
      totalWorkers: 0,
      localWorkers: 0,
      ratio: null,
      compliant: true,
      shortfall: 0,
      status: LocalHiringStatus.NO_WORKERS,
    });
  });

  it('1 of 1 local is compliant and not at risk (1 of 2 would still be 50%)', () => {
    expect(localHiringFigures({ total: 1, local: 1 }, THIRTY)).toMatchObject({
      ratio: 1,
      compliant: true,
      shortfall: 0,
      status: LocalHiringStatus.COMPLIANT,
    });
  });

  it('0 of 1 local is a breach; one local hire restores it (1 of 2)', () => {
    expect(localHiringFigures({ total: 1, local: 0 }, THIRTY)).toMatchObject({
      ratio: 0,
      compliant: false,
      shortfall: 1,
      status: LocalHiringStatus.BREACH,
    });
  });

  it.each([
    // [local, total, status, shortfall]
    [3, 10, LocalHiringStatus.AT_RISK, 0], // 3/11 = 27.3% after one more non-local
    [4, 10, LocalHiringStatus.COMPLIANT, 0], // 4/11 = 36.4%
    [3, 9, LocalHiringStatus.COMPLIANT, 0], // 3/10 = 30% still complies
    [2, 10, LocalHiringStatus.BREACH, 2], // (2+2)/12 = 33.3%, (2+1)/11 = 27.3%
    [0, 10, LocalHiringStatus.BREACH, 5], // 5/15 = 33.3%, 4/14 = 28.6%
    [29, 100, LocalHiringStatus.BREACH, 2], // 31/102 = 30.4%, 30/101 = 29.7%
    [30, 100, LocalHiringStatus.AT_RISK, 0],
    [31, 100, LocalHiringStatus.COMPLIANT, 0], // 31/101 = 30.7%
    [30, 99, LocalHiringStatus.COMPLIANT, 0], // 30/100 = 30% still complies
    [6, 20, LocalHiringStatus.AT_RISK, 0],
    [0, 1000, LocalHiringStatus.BREACH, 429], // 429/1429 = 30.02%, 428/1428 = 29.97%
  ])('%i local of %i → %s, shortfall %i', (local, total, status, shortfall) => {
    const f = localHiringFigures({ total, local }, THIRTY);
    expect(f.status).toBe(status);
    expect(f.shortfall).toBe(shortfall);
  });

  it('the shortfall is the fewest hires: one fewer still breaches, that many complies', () => {
    for (let total = 1; total <= 60; total++) {
      for (let local = 0; local <= total; local++) {
        const x = localHiringShortfall({ total, local }, THIRTY);
        expect(localHiringFigures({ total: total + x, local: local + x }, THIRTY).compliant).toBe(true);
        if (x > 0) expect(localHiringFigures({ total: total + x - 1, local: local + x - 1 }, THIRTY).compliant).toBe(false);
      }
    }
  });

  it('works with a threshold other than 30% (a region whose pack says 50%)', () => {
    const half = parseShare('50%');
    expect(localHiringFigures({ total: 10, local: 5 }, half)).toMatchObject({
      threshold: '0.5',
      compliant: true,
      status: LocalHiringStatus.AT_RISK,
    });
    expect(localHiringFigures({ total: 10, local: 4 }, half)).toMatchObject({
      compliant: false,
      shortfall: 2,
      status: LocalHiringStatus.BREACH,
    });
    expect(localHiringFigures({ total: 10, local: 3 }, parseShare('0.25'))).toMatchObject({
      compliant: true,
      status: LocalHiringStatus.COMPLIANT,
    });
    expect(localHiringFigures({ total: 10, local: 2 }, parseShare('0.25'))).toMatchObject({ compliant: false, shortfall: 1 });
  });

  it('a 0% threshold never breaches', () => {
    expect(localHiringFigures({ total: 10, local: 0 }, parseShare('0'))).toMatchObject({
      compliant: true,
      status: LocalHiringStatus.COMPLIANT,
      shortfall: 0,
    });
  });

  it('refuses impossible counts and thresholds of 100% or more', () => {
    expect(() => localHiringFigures({ total: 2, local: 3 }, THIRTY)).toThrow(RangeError);
    expect(() => localHiringFigures({ total: -1, local: 0 }, THIRTY)).toThrow(RangeError);
    expect(() => localHiringFigures({ total: 1.5, local: 0 }, THIRTY)).toThrow(RangeError);
    expect(() => localHiringFigures({ total: 1, local: 0 }, parseShare('1'))).toThrow(RangeError);
  });
});

describe('previewRosterChange', () => {
  it('a non-local hire that takes 3 of 10 to 3 of 11 breaches', () => {
    const p = previewRosterChange({ total: 10, local: 3 }, { nonLocalHires: 1 }, THIRTY);
    expect(p.before.status).toBe(LocalHiringStatus.AT_RISK);
    expect(p.after).toMatchObject({ totalWorkers: 11, localWorkers: 3, status: LocalHiringStatus.BREACH, shortfall: 1 });
    expect(p.breaches).toBe(true);
  });

  it('a local hire never breaches, even on a project already in breach', () => {
    const p = previewRosterChange({ total: 10, local: 0 }, { localHires: 1 }, THIRTY);
    expect(p.after.status).toBe(LocalHiringStatus.BREACH);
    expect(p.breaches).toBe(false);
  });

  it('a non-local exit never breaches', () => {
    expect(previewRosterChange({ total: 10, local: 2 }, { nonLocalExits: 1 }, THIRTY).breaches).toBe(false);
  });

  it('a local exit below the threshold breaches; above it does not', () => {
    expect(previewRosterChange({ total: 10, local: 3 }, { localExits: 1 }, THIRTY).breaches).toBe(true);
    expect(previewRosterChange({ total: 10, local: 5 }, { localExits: 1 }, THIRTY)).toMatchObject({
      breaches: false,
      after: { localWorkers: 4, totalWorkers: 9 },
    });
  });

  it('a non-local hire on a project already in breach breaches again (it makes it worse)', () => {
    expect(previewRosterChange({ total: 10, local: 1 }, { nonLocalHires: 1 }, THIRTY).breaches).toBe(true);
  });

  it('the first hire on an empty project: local complies, non-local breaches', () => {
    expect(previewRosterChange({ total: 0, local: 0 }, { localHires: 1 }, THIRTY)).toMatchObject({
      breaches: false,
      after: { status: LocalHiringStatus.COMPLIANT },
    });
    expect(previewRosterChange({ total: 0, local: 0 }, { nonLocalHires: 1 }, THIRTY)).toMatchObject({
      breaches: true,
      after: { status: LocalHiringStatus.BREACH },
    });
  });

  it('the last worker leaving leaves no workers, which is not a breach', () => {
    expect(previewRosterChange({ total: 1, local: 1 }, { localExits: 1 }, THIRTY)).toMatchObject({
      breaches: false,
      after: { status: LocalHiringStatus.NO_WORKERS },
    });
  });

  it('a batch is judged on its result: 7 local + 3 non-local into an empty project complies', () => {
    expect(previewRosterChange({ total: 0, local: 0 }, { localHires: 3, nonLocalHires: 7 }, THIRTY)).toMatchObject({
      breaches: false,
      after: { ratio: 0.3 },
    });
    expect(previewRosterChange({ total: 0, local: 0 }, { localHires: 2, nonLocalHires: 8 }, THIRTY)).toMatchObject({
      breaches: true,
      after: { shortfall: 2 },
    });
  });

  it('refuses more exits than workers and fractional changes', () => {
    expect(() => previewRosterChange({ total: 2, local: 1 }, { localExits: 2 }, THIRTY)).toThrow(RangeError);
    expect(() => previewRosterChange({ total: 2, local: 1 }, { nonLocalExits: 2 }, THIRTY)).toThrow(RangeError);
    expect(() => previewRosterChange({ total: 2, local: 1 }, { localHires: 0.5 }, THIRTY)).toThrow(RangeError);
    expect(() => previewRosterChange({ total: 2, local: 1 }, { localHires: -1 }, THIRTY)).toThrow(RangeError);
  });
});

describe('compareLocalHiringRisk', () => {
  it('puts breaches first (largest shortfall first), then at risk, compliant, no workers', () => {
    const figures = [
      localHiringFigures({ total: 0, local: 0 }, THIRTY),
      localHiringFigures({ total: 10, local: 5 }, THIRTY),
      localHiringFigures({ total: 10, local: 2 }, THIRTY),
      localHiringFigures({ total: 10, local: 3 }, THIRTY),
      localHiringFigures({ total: 10, local: 0 }, THIRTY),
    ];
    const sorted = [...figures].sort(compareLocalHiringRisk).map((f) => `${f.localWorkers}/${f.totalWorkers}`);
    expect(sorted).toEqual(['0/10', '2/10', '3/10', '5/10', '0/0']);
  });
});
