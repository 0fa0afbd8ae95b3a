import { PRIORITY_GROUP_LABELS_ZH } from '../priority-groups';
import { parseShare } from '../local-hiring/share';
import { formatSharePercent } from '../local-hiring/share';
import type { SubsidyAmount, SubsidyCondition, SubsidyPack, SubsidyRule, SubsidyTrigger } from './subsidy-pack';

const GROUP = PRIORITY_GROUP_LABELS_ZH as Record<string, string>;
const SIZE: Record<string, string> = { SME: '中小微企业', LARGE: '大型企业' };
const KIND: Record<string, string> = {
  FULL_TIME: '全职',
  PART_TIME: '兼职',
  GIG: '零工',
  INTERNSHIP: '就业见习',
  PUBLIC_WELFARE: '公益性岗位',
  WORK_RELIEF: '以工代赈',
};
const pct = (share: string) => formatSharePercent(parseShare(share, 'share'));
const months = (n: number) => (n % 12 === 0 && n >= 12 ? `${n / 12}年` : `${n}个月`);

/** One condition in plain Chinese, for the policy page and the officer's evidence list. */
export function describeCondition(c: SubsidyCondition): string {
  switch (c.kind) {
    case 'workerInGroups':
      return `属于${c.groups.map((g) => GROUP[g] ?? g).join('、')}之一`;
    case 'graduatedWithinYears':
      return `毕业年度或离校${c.years}年内的高校毕业生`;
    case 'ageBetween':
      return `年龄${c.min}—${c.max}周岁`;
    case 'registeredUnemployedMonthsAtLeast':
      return c.months === 0 ? '已做失业登记' : `登记失业${months(c.months)}以上`;
    case 'contractMonthsAtLeast':
      return `签订${months(c.months)}以上劳动合同`;
    case 'socialInsuranceMonthsAtLeast':
      return `单位为其缴纳社会保险${months(c.months)}以上`;
    case 'insuredMonthsAtLeast':
      return `累计参保${months(c.months)}以上`;
    case 'tenureMonthsAtLeast':
      return `稳定就业${months(c.months)}以上`;
    case 'employerSizeIn':
      return `用人单位为${c.sizes.map((s) => SIZE[s] ?? s).join('或')}`;
    case 'workerLocal':
      return c.scope === 'WORKPLACE_COUNTY' ? '劳动者为本县区户籍' : '劳动者为本地户籍';
    case 'jobKindIn':
      return `岗位类型为${c.kinds.map((k) => KIND[k] ?? k).join('或')}`;
    case 'organizedTransfer':
      return '经人力资源服务机构或劳务中介有组织输转';
    case 'employerIsAssistanceWorkshop':
      return '用人单位为就业帮扶车间';
    case 'certificateLevelIn':
      return `取得${c.levels.join('、')}职业资格或技能等级证书`;
    case 'anyOf':
      return `符合以下之一：${c.of.map((alt) => alt.map(describeCondition).join('且')).join('；或')}`;
    case 'layoffRateAtMost':
      return c.smallEmployerRate && c.smallEmployerInsuredMax !== undefined
        ? `上年度裁员率不高于${pct(c.rate)}（参保${c.smallEmployerInsuredMax}人及以下的不高于${pct(c.smallEmployerRate)}）`
        : `上年度裁员率不高于${pct(c.rate)}`;
  }
}

/** What an officer asks for when the event could not settle a condition. */
export function missingItemOf(c: SubsidyCondition): string {
  switch (c.kind) {
    case 'workerInGroups':
      return '人员类别证明';
    case 'graduatedWithinYears':
      return '毕业证书（毕业时间）';
    case 'ageBetween':
      return '身份证明（出生日期）';
    case 'registeredUnemployedMonthsAtLeast':
      return '失业登记证明';
    case 'contractMonthsAtLeast':
      return '劳动合同';
    case 'socialInsuranceMonthsAtLeast':
      return '社会保险缴费记录';
    case 'insuredMonthsAtLeast':
      return '参保缴费记录';
    case 'tenureMonthsAtLeast':
      return '在岗证明';
    case 'employerSizeIn':
      return '企业规模证明';
    case 'workerLocal':
      return '户籍证明';
    case 'jobKindIn':
      return '岗位类型';
    case 'organizedTransfer':
      return '输转协议';
    case 'employerIsAssistanceWorkshop':
      return '帮扶车间认定文件';
    case 'certificateLevelIn':
      return '证书';
    case 'layoffRateAtMost':
      return '上年度参保及裁员人数';
    case 'anyOf':
      return c.of.flat().map(missingItemOf).join('或');
  }
}

/** The amount in plain Chinese ("1000元/人", "当地最低工资标准的50%"). */
export function describeAmount(a: SubsidyAmount, pack: Pick<SubsidyPack, 'minimumWage'>): string {
  switch (a.kind) {
    case 'fixed':
      return `${a.yuan}元`;
    case 'byCertificateLevel':
      return Object.entries(a.yuan)
        .map(([level, yuan]) => `${level}${yuan}元`)
        .join('，');
    case 'byRetentionRate':
      return `每人每月${a.base}元；留用率${a.steps.map((s) => `${pct(s.from)}以上${s.yuan}元`).join('、')}`;
    case 'byWorkplace':
      return `省内就业${a.inProvince}元，省外就业${a.outOfProvince}元`;
    case 'minimumWageShare': {
      const wage = pack.minimumWage?.monthlyYuan;
      const share = parseShare(a.share, 'share');
      const yuan = wage ? Number((BigInt(Math.round(wage * 100)) * share.numerator) / share.denominator) / 100 : null;
      return `当地月最低工资标准的${pct(a.share)}${yuan !== null ? `（${yuan}元）` : ''}`;
    }
    case 'premiumShare':
      return `上年度失业保险费的${pct(a.large)}（大型企业）或${pct(a.sme)}（中小微企业）`;
  }
}

export const TRIGGER_LABELS_ZH: Record<SubsidyTrigger, string> = {
  HIRE: '招用入职时',
  TENURE: '稳定就业满期时',
  INTERNSHIP_MONTH: '见习期间按月',
  CERTIFICATE: '取得证书时',
  LAYOFF_FILING: '按年度裁员情况',
};

export const BENEFICIARY_LABELS_ZH: Record<SubsidyRule['beneficiary'], string> = {
  EMPLOYER: '用人单位',
  WORKER: '劳动者本人',
  INTERMEDIARY: '人力资源服务机构/劳务中介',
};

/** A question the policy page asks so a person can see what they would get. `key` names the answer field. */
export interface SubsidyQuestion {
  key: keyof SubsidyAnswers;
  text: string;
  type: 'groups' | 'date' | 'number' | 'boolean' | 'employerSize' | 'jobKind' | 'certificateLevel' | 'region' | 'share';
}

/** Answers to the policy page's questions; anything unanswered stays unknown. */
export interface SubsidyAnswers {
  groups?: string[];
  graduationDate?: string | null;
  birthYear?: number | null;
  registeredUnemployedSince?: string | null;
  contractMonths?: number | null;
  socialInsuranceMonths?: number | null;
  insuredMonths?: number | null;
  tenureMonths?: number | null;
  employerSize?: string | null;
  hukouRegionCode?: string | null;
  jobKind?: string | null;
  organizedTransfer?: boolean | null;
  assistanceWorkshop?: boolean | null;
  certificateLevel?: string | null;
  insuredCount?: number | null;
  laidOff?: number | null;
  lastYearPremiumsYuan?: number | null;
  retentionRate?: number | null;
}

const QUESTIONS: Record<Exclude<SubsidyCondition['kind'], 'anyOf'>, SubsidyQuestion[]> = {
  workerInGroups: [{ key: 'groups', text: '劳动者属于以下哪类人员？', type: 'groups' }],
  graduatedWithinYears: [{ key: 'graduationDate', text: '高校毕业时间', type: 'date' }],
  ageBetween: [{ key: 'birthYear', text: '劳动者出生年份', type: 'number' }],
  registeredUnemployedMonthsAtLeast: [{ key: 'registeredUnemployedSince', text: '失业登记日期', type: 'date' }],
  contractMonthsAtLeast: [{ key: 'contractMonths', text: '劳动合同期限（月）', type: 'number' }],
  socialInsuranceMonthsAtLeast: [{ key: 'socialInsuranceMonths', text: '单位已为其缴纳社保几个月？', type: 'number' }],
  insuredMonthsAtLeast: [{ key: 'insuredMonths', text: '累计参保几个月？', type: 'number' }],
  tenureMonthsAtLeast: [{ key: 'tenureMonths', text: '已在本单位稳定就业几个月？', type: 'number' }],
  employerSizeIn: [{ key: 'employerSize', text: '用人单位规模', type: 'employerSize' }],
  workerLocal: [{ key: 'hukouRegionCode', text: '劳动者户籍所在地', type: 'region' }],
  jobKindIn: [{ key: 'jobKind', text: '岗位类型', type: 'jobKind' }],
  organizedTransfer: [{ key: 'organizedTransfer', text: '是否经人力资源服务机构或劳务中介有组织输转？', type: 'boolean' }],
  employerIsAssistanceWorkshop: [{ key: 'assistanceWorkshop', text: '用人单位是否为就业帮扶车间？', type: 'boolean' }],
  certificateLevelIn: [{ key: 'certificateLevel', text: '取得的证书等级', type: 'certificateLevel' }],
  layoffRateAtMost: [
    { key: 'insuredCount', text: '上年度参保职工人数', type: 'number' },
    { key: 'laidOff', text: '上年度裁减人数', type: 'number' },
  ],
};

/** The questions a pack's rules need answered, each once, in the order the rules first need them. */
export function questionsFor(pack: SubsidyPack): SubsidyQuestion[] {
  const out: SubsidyQuestion[] = [];
  const seen = new Set<string>();
  const add = (q: SubsidyQuestion) => {
    if (seen.has(q.key)) return;
    seen.add(q.key);
    out.push(q);
  };
  for (const rule of pack.rules) {
    for (const c of rule.conditions)
      for (const leaf of c.kind === 'anyOf' ? c.of.flat() : [c]) if (leaf.kind !== 'anyOf') QUESTIONS[leaf.kind].forEach(add);
    if (rule.amount.kind === 'byWorkplace') add({ key: 'hukouRegionCode', text: '劳动者户籍所在地', type: 'region' });
    if (rule.amount.kind === 'premiumShare') {
      add({ key: 'employerSize', text: '用人单位规模', type: 'employerSize' });
      add({ key: 'lastYearPremiumsYuan', text: '上年度缴纳失业保险费（元）', type: 'number' });
    }
    if (rule.amount.kind === 'byRetentionRate') add({ key: 'retentionRate', text: '见习留用率（0—1）', type: 'share' });
  }
  return out;
}
