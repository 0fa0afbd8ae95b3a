import { addToHistogram, histogramMedian } from './histogram-median';

const hist = (pairs: [number, number][]) => new Map(pairs);

describe('histogramMedian', () => {
  it('is null for nothing', () => {
    expect(histogramMedian(new Map())).toBeNull();
    expect(histogramMedian(hist([[3, 0]]))).toBeNull();
  });

  it('is the middle value of an odd count', () => {
    expect(histogramMedian(hist([[7, 1]]))).toBe(7);
    expect(
      histogramMedian(
        hist([
          [1, 1],
          [5, 1],
          [9, 1],
        ]),
      ),
    ).toBe(5);
    expect(
      histogramMedian(
        hist([
          [0, 2],
          [30, 1],
        ]),
      ),
    ).toBe(0);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(
      histogramMedian(
        hist([
          [0, 1],
          [10, 1],
        ]),
      ),
    ).toBe(5);
    expect(
      histogramMedian(
        hist([
          [2, 2],
          [3, 2],
        ]),
      ),
    ).toBe(2.5);
    expect(
      histogramMedian(
        hist([
          [4, 3],
          [100, 1],
        ]),
      ),
    ).toBe(4);
  });

  it('takes the values in any order', () => {
    expect(
      histogramMedian(
        hist([
          [9, 1],
          [1, 1],
          [5, 2],
        ]),
      ),
    ).toBe(5);
  });

  it('agrees with sorting every value', () => {
    const values = [3, 17, 0, 0, 4, 4, 4, 12, 40, 6, 6, 1];
    const sorted = [...values].sort((a, b) => a - b);
    const expected = (sorted[5] + sorted[6]) / 2;
    const h = new Map<number, number>();
    addToHistogram(
      h,
      values,
      values.map(() => 1),
    );
    expect(histogramMedian(h)).toBe(expected);
    addToHistogram(h, [100], [1]);
    expect(histogramMedian(h)).toBe(sorted[6]);
  });
});
