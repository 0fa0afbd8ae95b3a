/**
 * Subsidy policy packs (issue 14, 免申即享): each region's subsidies as data — who gets how much for what, citing the
 * document and clause — so a rule change is a data change. Packs ship as JSON under `./packs`; an installation may add
 * its own. Every pack is checked at start (`subsidyPackProblems`): an unknown condition, an overlapping validity period
 * or a missing citation stops the API with a message that names the pack and the rule.
 */

/** What happened, as the rules see it. */
export const SUBSIDY_TRIGGERS = ['HIRE', 'TENURE', 'INTERNSHIP_MONTH', 'CERTIFICATE', 'LAYOFF_FILING'] as const;
export type SubsidyTrigger = (typeof SUBSIDY_TRIGGERS)[number];

/** Who is paid. INTERMEDIARY is the labour agency (劳务中介) that placed the worker. */
export const SUBSIDY_BENEFICIARIES = ['EMPLOYER', 'WORKER', 'INTERMEDIARY'] as const;
export type SubsidyBeneficiary = (typeof SUBSIDY_BENEFICIARIES)[number];

/** Whose region decides which pack applies: the workplace (the job's county) or the worker's hukou. */
export const SUBSIDY_REGION_BASES = ['WORKPLACE', 'HUKOU'] as const;
export type SubsidyRegionBasis = (typeof SUBSIDY_REGION_BASES)[number];

/**
 * How often a rule may pay one subject: ONCE (ever, per person or per employer when there is no person), YEAR (once a
 * calendar year), MONTH (once a month — internships, post subsidies). The proposal's period key is built from it.
 */
export const SUBSIDY_PERIODS = ['ONCE', 'YEAR', 'MONTH'] as const;
export type SubsidyPeriod = (typeof SUBSIDY_PERIODS)[number];

export const CERTIFICATE_LEVELS = ['初级', '中级', '高级', '技师', '高级技师'] as const;
export type CertificateLevel = (typeof CERTIFICATE_LEVELS)[number];

/**
 * The closed vocabulary of conditions. A pack naming any other `kind` fails at start. Each condition is judged met,
 * unmet or unknown (the event lacks the fact); an unmet condition stops the rule, an unknown one makes a proposal that
 * lists the missing item for the officer to ask for.
 */
export type SubsidyCondition =
  /** The worker is in at least one of these priority groups (PriorityGroup values). */
  | { kind: 'workerInGroups'; groups: string[] }
  /** The worker graduated in the event's year or within `years` years before it (毕业年度或离校N年内). */
  | { kind: 'graduatedWithinYears'; years: number }
  /** The worker's age on the event date, inclusive bounds. */
  | { kind: 'ageBetween'; min: number; max: number }
  /** Registered unemployed for at least this many months before the event (登记失业半年以上 = 6). */
  | { kind: 'registeredUnemployedMonthsAtLeast'; months: number }
  /** The labour contract runs at least this many months (签订1年以上劳动合同 = 12). */
  | { kind: 'contractMonthsAtLeast'; months: number }
  /** Social insurance (失业、工伤、养老) paid for the worker at least this many months. */
  | { kind: 'socialInsuranceMonthsAtLeast'; months: number }
  /** The worker has been insured at least this many months in total (技能提升补贴: 参保满1年 = 12). */
  | { kind: 'insuredMonthsAtLeast'; months: number }
  /** Stable employment with this employer for at least this many months (稳定就业半年 = 6). */
  | { kind: 'tenureMonthsAtLeast'; months: number }
  /** The employer's size is one of these (EmployerSize values: LARGE, or SME for 中小微企业). */
  | { kind: 'employerSizeIn'; sizes: string[] }
  /** The worker's hukou is within the region the rule's pack covers (本地/本县区劳动力). `scope` narrows it to the workplace county. */
  | { kind: 'workerLocal'; scope: 'PACK_REGION' | 'WORKPLACE_COUNTY' }
  /** The job is one of these kinds (JobKind values). */
  | { kind: 'jobKindIn'; kinds: string[] }
  /** A labour agency placed the worker as organised transfer (有组织输转). */
  | { kind: 'organizedTransfer' }
  /** The employer is a recognised assistance workshop (就业帮扶车间/扶贫车间). */
  | { kind: 'employerIsAssistanceWorkshop' }
  /** The certificate's level is one of these (CERTIFICATE event). */
  | { kind: 'certificateLevelIn'; levels: CertificateLevel[] }
  /**
   * The employer's layoff rate over the year is at most `rate` (a share, "0.055"); employers with at most
   * `smallEmployerInsuredMax` insured use `smallEmployerRate` (稳岗返还, 001 §1).
   */
  | { kind: 'layoffRateAtMost'; rate: string; smallEmployerRate?: string; smallEmployerInsuredMax?: number }
  /**
   * Any one of the alternatives, each a list of conditions that must all hold ("毕业年度或离校2年内未就业高校毕业生、登记失业
   * 的16—24周岁青年" = graduated within 2 years, or aged 16–24 and registered unemployed). One level deep.
   */
  | { kind: 'anyOf'; of: SubsidyCondition[][] };

export type SubsidyConditionKind = SubsidyCondition['kind'];

/** The amount: a fixed sum, or one that depends on a fact of the event. All sums in yuan. */
export type SubsidyAmount =
  | { kind: 'fixed'; yuan: number }
  /** By certificate level (技能提升补贴 初/中/高). */
  | { kind: 'byCertificateLevel'; yuan: Partial<Record<CertificateLevel, number>> }
  /** By the employer's internship retention rate: `base` below the first step, each step from its share upward. */
  | { kind: 'byRetentionRate'; base: number; steps: { from: string; yuan: number }[] }
  /** By where the worker works against their hukou (交通补贴 省内/省外). */
  | { kind: 'byWorkplace'; inProvince: number; outOfProvince: number }
  /** A share of the pack's monthly minimum wage (岗位补贴 50%). */
  | { kind: 'minimumWageShare'; share: string }
  /** A share of the employer's last-year unemployment-insurance premiums, by size (稳岗返还 30% large / 60% SME). */
  | { kind: 'premiumShare'; large: string; sme: string };

export type SubsidyAmountKind = SubsidyAmount['kind'];

/** Where a rule comes from. `doc` is the seed document's number ("001"), `clause` as the document numbers it. */
export interface SubsidyCitation {
  doc: string;
  clause: string;
  /** The sentence the rule is read from, quoted. */
  quote: string;
}

export interface SubsidyRule {
  /** Unique across all packs, e.g. "qingyang-2023.absorb-graduate". */
  id: string;
  /** The policy's own name, e.g. 一次性吸纳就业补贴. */
  name: string;
  /** One plain-Chinese sentence for the policy page. */
  summary: string;
  citation: SubsidyCitation;
  trigger: SubsidyTrigger;
  beneficiary: SubsidyBeneficiary;
  regionBasis: SubsidyRegionBasis;
  period: SubsidyPeriod;
  conditions: SubsidyCondition[];
  amount: SubsidyAmount;
  /**
   * Rules sharing an exclusive group never pay the same person twice (一次性吸纳就业补贴 and 一次性扩岗补助 are
   * "不可重复享受"). Among rules an event triggers together, the larger sum wins.
   */
  exclusiveGroup?: string;
  /**
   * How the group shares: ONE (default) — the first proposed stands and the others are refused ("不能重复享受");
   * TOP_UP — tiers of one award ("稳定就业半年、1年以上的，分别按3000元、5000元"): a higher tier reached later pays the
   * difference over what the group already gave the person.
   */
  exclusiveMode?: 'ONE' | 'TOP_UP';
  /** Yearly limits per person (技能提升补贴: ≤ 3 a year, never the same trade and level twice). */
  caps?: { perYearCount?: number; perYearYuan?: number; distinctTradeAndLevel?: boolean };
  /** A rule may end before its pack ("疫情防控期间", "2020年1月1日至12月31日"): inclusive ISO dates. */
  validFrom?: string;
  validTo?: string | null;
}

export interface SubsidyPack {
  /** Unique, stable, versioned: "qingyang-2023". The audit log records it with every decision. */
  id: string;
  /** GB/T 2260 code of the region the pack covers (a county, prefecture or province). */
  regionCode: string;
  regionName: string;
  /** The document's title as issued. */
  document: string;
  /** The seed file's number ("001"). */
  doc: string;
  /** Inclusive ISO dates; validTo null while in force. */
  validFrom: string;
  validTo: string | null;
  /**
   * The id of an earlier pack of the same region this one replaces (a renewal added by the installation): the earlier
   * pack ends the day before this one starts, without editing its file.
   */
  supersedes?: string;
  /** The local monthly minimum wage in yuan where a rule needs it, with where the figure comes from. */
  minimumWage?: { monthlyYuan: number; source: string };
  rules: SubsidyRule[];
}
