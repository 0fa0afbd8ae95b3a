/**
 * The figures of the layoff rules, as data in the style of a policy pack (a name, the document, the figures). They
 * are national — the 20-or-10% rule and the 30 days come from the Labour Contract Law (art. 41) as the seeds restate
 * it, the 5.5% from the national surveyed-unemployment target — so they are one default object rather than fields of
 * the regional PolicyPack; a caller may pass other figures (a later year's 稳岗返还 notice) to the functions.
 */
export interface LayoffPolicy {
  name: string;
  /** The documents the figures come from, cited as in domain.md. */
  source: string;
  reporting: {
    /** A reduction of this many people or more at once must be reported ("一次性裁减人员20人以上"). */
    headcount: number;
    /** … or fewer, but this share of the staff or more ("占企业职工总数10%以上"), e.g. "0.1". */
    share: string;
    /** Days before the layoff the plan must be explained to the union or staff and reported ("提前30日"). */
    noticeDays: number;
  };
  stableJobsRefund: {
    /** The highest layoff rate over the last year that still earns the refund ("不高于…5.5%"), e.g. "0.055". */
    maxLayoffRate: string;
    /** The same for small employers ("30人(含)以下的参保企业裁员率不高于参保职工总数20%"), e.g. "0.2". */
    smallEmployerMaxLayoffRate: string;
    /** Insured staff at or below which an employer is small (30, inclusive). */
    smallEmployerMaxInsured: number;
  };
}

export const DEFAULT_LAYOFF_POLICY: LayoffPolicy = Object.freeze({
  name: '全国默认（经济性裁员报告与失业保险稳岗返还）',
  source: '004 §5、003 §12（裁减20人以上或占职工总数10%以上，提前30日报告）；001 §1（稳岗返还：裁员率≤5.5%，30人及以下≤20%）',
  reporting: Object.freeze({ headcount: 20, share: '0.1', noticeDays: 30 }),
  stableJobsRefund: Object.freeze({ maxLayoffRate: '0.055', smallEmployerMaxLayoffRate: '0.2', smallEmployerMaxInsured: 30 }),
});
