import { SCREENING_FLAG_CODES, ScreeningFlagCode, ScreeningRule, screenJobPosting, ScreenablePosting } from '../posting-screening';
import { DEFAULT_SCREENING_RULES } from '../screening-rules';

/** A posting with the codes it should raise. */
export interface ExpectedScreening extends ScreenablePosting {
  readonly id: string;
  readonly expected: readonly ScreeningFlagCode[];
}

/** Counts over (posting, code) pairs: a posting raising a code once or three times counts once. */
export interface ScreeningScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** TP / (TP + FP); 1 when nothing was flagged. */
  precision: number;
  /** TP / (TP + FN); 1 when nothing was expected. */
  recall: number;
}

export interface ScreeningMiss {
  id: string;
  code: ScreeningFlagCode;
  /** FALSE_POSITIVE: raised but not expected; FALSE_NEGATIVE: expected but not raised. */
  kind: 'FALSE_POSITIVE' | 'FALSE_NEGATIVE';
  /** What the screen matched (false positives), so a reviewer sees why. */
  evidence: string[];
}

export interface ScreeningEvaluation {
  postings: number;
  /** Postings expected to raise at least one code. */
  flaggedPostings: number;
  overall: ScreeningScore;
  byCode: Record<ScreeningFlagCode, ScreeningScore>;
  misses: ScreeningMiss[];
}

function score(tp: number, fp: number, fn: number, tn: number): ScreeningScore {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Screens every posting of a labelled set with `rules` and compares the codes raised with the codes expected:
 * precision and recall per code and overall (micro-averaged over posting × code pairs), and every miss.
 */
export function evaluateScreening(
  set: readonly ExpectedScreening[],
  rules: readonly ScreeningRule[] = DEFAULT_SCREENING_RULES,
  codes: readonly ScreeningFlagCode[] = SCREENING_FLAG_CODES,
): ScreeningEvaluation {
  const counts = new Map(codes.map((code) => [code, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misses: ScreeningMiss[] = [];
  for (const posting of set) {
    const flags = screenJobPosting(posting, rules);
    const raised = new Set(flags.map((f) => f.code));
    const expected = new Set(posting.expected);
    for (const code of codes) {
      const c = counts.get(code)!;
      const got = raised.has(code);
      const want = expected.has(code);
      if (got && want) c.tp++;
      else if (got) {
        c.fp++;
        misses.push({
          id: posting.id,
          code,
          kind: 'FALSE_POSITIVE',
          evidence: flags.filter((f) => f.code === code).map((f) => f.evidence),
        });
      } else if (want) {
        c.fn++;
        misses.push({ id: posting.id, code, kind: 'FALSE_NEGATIVE', evidence: [] });
      } else c.tn++;
    }
  }
  const byCode = {} as Record<ScreeningFlagCode, ScreeningScore>;
  let [tp, fp, fn, tn] = [0, 0, 0, 0];
  for (const [code, c] of counts) {
    byCode[code] = score(c.tp, c.fp, c.fn, c.tn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    tn += c.tn;
  }
  return {
    postings: set.length,
    flaggedPostings: set.filter((p) => p.expected.length > 0).length,
    overall: score(tp, fp, fn, tn),
    byCode,
    misses,
  };
}
