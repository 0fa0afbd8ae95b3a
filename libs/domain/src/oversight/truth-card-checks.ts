import { DomainError } from '../errors';

/*
 * The "核实" (confirmed) marks on a posting's truth card (issue 13): an item is confirmed when enough hired workers
 * answered the post-hire check-in and enough of them said that item was as the card promised. Pure.
 */

export type TruthCardItem = 'WORKING_HOURS' | 'DORMITORY' | 'MEALS' | 'SOCIAL_INSURANCE';

/** The items in the order the card shows them. */
export const TRUTH_CARD_ITEMS: readonly TruthCardItem[] = Object.freeze(['WORKING_HOURS', 'DORMITORY', 'MEALS', 'SOCIAL_INSURANCE']);

export const TRUTH_CARD_ITEM_LABELS_ZH: Readonly<Record<TruthCardItem, string>> = Object.freeze({
  WORKING_HOURS: '工作时间',
  DORMITORY: '住宿',
  MEALS: '伙食',
  SOCIAL_INSURANCE: '社会保险',
});

/** Check-ins answered about one posting, and how many said each item was as the card promised. */
export interface TruthCardAnswers {
  answered: number;
  yes: Record<TruthCardItem, number>;
}

export interface TruthCardCheckPolicy {
  /** The fewest answers before any item can be confirmed. */
  minAnswers: number;
  /** The least share of answers saying yes (inclusive), e.g. 0.8. */
  minShare: number;
}

/**
 * Platform defaults (the seeds give no figures): 3 answers, so one worker alone cannot confirm a promise; 80%, so one
 * dissent in five still confirms (4 of 5) but one in three does not (2 of 3).
 */
export const DEFAULT_TRUTH_CARD_CHECK_POLICY: TruthCardCheckPolicy = Object.freeze({ minAnswers: 3, minShare: 0.8 });

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The truth-card items the check-ins confirmed, in card order: none below `minAnswers` answers, otherwise each item
 * whose yes share is at least `minShare`. Throws VALIDATION_FAILED (Chinese message, with the field) for a negative or
 * fractional count or more yes answers than answers, and a RangeError for an unusable policy.
 */
export function verifiedTruthCardItems(
  a: TruthCardAnswers,
  policy: TruthCardCheckPolicy = DEFAULT_TRUTH_CARD_CHECK_POLICY,
): TruthCardItem[] {
  if (!isWhole(policy.minAnswers) || policy.minAnswers < 1 || !(policy.minShare > 0 && policy.minShare <= 1)) {
    throw new RangeError(`Invalid truth-card check policy: minAnswers ${policy.minAnswers}, minShare ${policy.minShare}`);
  }
  if (!isWhole(a.answered)) {
    throw new DomainError('VALIDATION_FAILED', `已答回访数必须是非负整数（收到 ${String(a.answered)}）`, 'answered');
  }
  const yes = TRUTH_CARD_ITEMS.map((item) => {
    const n = a.yes?.[item];
    const label = TRUTH_CARD_ITEM_LABELS_ZH[item];
    if (!isWhole(n)) throw new DomainError('VALIDATION_FAILED', `“${label}”相符的回答数必须是非负整数（收到 ${String(n)}）`, `yes.${item}`);
    if (n > a.answered) {
      throw new DomainError('VALIDATION_FAILED', `“${label}”相符的回答数（${n}）不能超过已答回访数（${a.answered}）`, `yes.${item}`);
    }
    return [item, n] as const;
  });
  if (a.answered < policy.minAnswers) return [];
  // A ratio of whole numbers against a decimal bound: correctly rounded division keeps "at least" exact (7/10 ≥ 0.7).
  return yes.filter(([, n]) => n / a.answered >= policy.minShare).map(([item]) => item);
}
