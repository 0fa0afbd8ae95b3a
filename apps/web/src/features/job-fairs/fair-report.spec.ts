import { describe, expect, it } from 'vitest';
import { change, formatChange, previousOf, topByQueued } from './fair-report';

describe('fair report helpers', () => {
  it('keeps the booths with the most seekers queued, ties by number', () => {
    const rows = [
      { key: 'A02', queued: 3 },
      { key: 'A01', queued: 9 },
      { key: 'B01', queued: 3 },
      { key: 'C01', queued: 0 },
    ];
    expect(topByQueued(rows, 3).map((r) => r.key)).toEqual(['A01', 'A02', 'B01']);
    expect(topByQueued(rows, 10)).toHaveLength(4);
    expect(rows[0].key).toBe('A02'); // the input is not reordered
  });

  it('gives the change from the fair before, signed, and none when there was nothing before', () => {
    expect(change(100, 112)).toBeCloseTo(0.12);
    expect(change(0, 5)).toBeNull();
    expect(formatChange(0.12)).toBe('+12%');
    expect(formatChange(-0.055)).toBe('−5.5%');
    expect(formatChange(0)).toBe('±0%');
  });

  it('finds the fair before this one in the history', () => {
    const h = [{ fair: { id: 'a' } }, { fair: { id: 'b' } }, { fair: { id: 'c' } }];
    expect(previousOf(h, 'c')?.fair.id).toBe('b');
    expect(previousOf(h, 'a')).toBeNull();
    expect(previousOf(h, 'x')).toBeNull();
  });
});
