import { BreachRule, DormitoryProvision, JobKind, LocalScope, MealProvision, ProjectKind, SocialInsurance } from '@jobbridge/contracts';
import { generateIdNumber } from '@jobbridge/domain';
import { Rng } from './demo-data';

/**
 * Demo major projects (重大项目) in three states, so the bureau dashboard opens on something to look at: one in
 * breach of the 30% rule (a work-relief project under BLOCK, also short on labour pay), one just at the threshold
 * (AT_RISK), one comfortably compliant. Rosters are generated with a fixed seed; dates are relative to the seed day.
 */
export interface DemoProjectWorker {
  fullName: string;
  idNumber: string;
  hukouRegionCode: string;
  trade: string;
  /** Days before the seed day. */
  startedDaysAgo: number;
  /** Days before the seed day the worker left; null while on site. */
  leftDaysAgo: number | null;
  povertyAlleviated: boolean;
}

export interface DemoProjectPosting {
  title: string;
  occupation: string;
  kind: JobKind;
  payMin: number;
  payMax: number;
  headcount: number;
  skills: string[];
  description: string;
}

export interface DemoProject {
  key: string;
  name: string;
  employerKey: string;
  regionCode: string;
  kind: ProjectKind;
  localScope: LocalScope;
  breachRule: BreachRule;
  plannedWorkforce: number;
  startedDaysAgo: number;
  durationDays: number;
  localFirstDays: number | null;
  /** Yuan, for WORK_RELIEF. */
  investment: string | null;
  labourPayments: { daysAgo: number; amount: string; note: string }[];
  workers: DemoProjectWorker[];
  postings: DemoProjectPosting[];
}

const SURNAMES = ['马', '王', '张', '李', '韩', '杨', '赵', '何', '祁', '包', '冯', '刘', '陈', '孔', '周', '苏', '罗', '郭'];
const GIVEN = [
  '建国',
  '福贵',
  '永福',
  '学军',
  '海龙',
  '玉兰',
  '小明',
  '志强',
  '文斌',
  '明德',
  '春燕',
  '晓东',
  '国庆',
  '德胜',
  '秀英',
  '成林',
  '红梅',
  '有才',
];

interface RosterPlan {
  /** Active today. */
  local: number;
  nonLocal: number;
  /** Left earlier (the history shows them). */
  leftLocal: number;
  leftNonLocal: number;
  localRegions: string[];
  nonLocalRegions: string[];
  trades: string[];
  startedDaysAgo: [number, number];
}

function roster(rng: Rng, plan: RosterPlan, seq: { n: number }): DemoProjectWorker[] {
  const person = (local: boolean, left: boolean): DemoProjectWorker => {
    const region = rng.pick(local ? plan.localRegions : plan.nonLocalRegions);
    const started = rng.int(plan.startedDaysAgo[0], plan.startedDaysAgo[1]);
    const birth = `${rng.int(1968, 2004)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
    return {
      fullName: rng.pick(SURNAMES) + rng.pick(GIVEN),
      idNumber: generateIdNumber(`${region}${birth}${String(++seq.n % 1000).padStart(3, '0')}`),
      hukouRegionCode: region,
      trade: rng.pick(plan.trades),
      startedDaysAgo: started,
      leftDaysAgo: left ? rng.int(1, Math.max(1, started - 5)) : null,
      povertyAlleviated: local && rng.chance(0.35),
    };
  };
  return [
    ...Array.from({ length: plan.local }, () => person(true, false)),
    ...Array.from({ length: plan.nonLocal }, () => person(false, false)),
    ...Array.from({ length: plan.leftLocal }, () => person(true, true)),
    ...Array.from({ length: plan.leftNonLocal }, () => person(false, true)),
  ];
}

export function buildDemoProjects(seed = 20261201): DemoProject[] {
  const rng = new Rng(seed);
  const seq = { n: 0 };
  return [
    {
      key: 'qy-dc',
      name: '东数西算庆阳数据中心集群（一期）机电安装工程',
      employerKey: 'qy-shusuan',
      regionCode: '621002',
      kind: ProjectKind.GOVERNMENT_INVESTED,
      localScope: LocalScope.PREFECTURE,
      breachRule: BreachRule.WARN,
      plannedWorkforce: 80,
      startedDaysAgo: 150,
      durationDays: 540,
      localFirstDays: 7,
      investment: null,
      labourPayments: [],
      // 12 of 40 from 庆阳市: exactly 30%, so one more hire from outside would breach (AT_RISK).
      workers: roster(
        rng,
        {
          local: 12,
          nonLocal: 28,
          leftLocal: 4,
          leftNonLocal: 3,
          localRegions: ['621002', '621021', '621026', '621027'],
          nonLocalRegions: ['620102', '620105', '622901', '622922'],
          trades: ['电工', '暖通安装工', '综合布线工', '安防设备安装工', '普工'],
          startedDaysAgo: [20, 140],
        },
        seq,
      ),
      postings: [
        {
          title: '数据中心机电安装电工（东数西算项目）',
          occupation: '电工',
          kind: JobKind.FULL_TIME,
          payMin: 6500,
          payMax: 9000,
          headcount: 10,
          skills: ['电工', '配电', '识图'],
          description:
            '东数西算庆阳数据中心集群（一期）机电安装工程招聘持证电工，负责配电柜安装与线缆敷设。项目属地优先，庆阳籍人员优先录用。',
        },
        {
          title: '综合布线工（东数西算项目）',
          occupation: '综合布线工',
          kind: JobKind.FULL_TIME,
          payMin: 5000,
          payMax: 7000,
          headcount: 8,
          skills: ['综合布线', '网线压接'],
          description: '机房综合布线、理线和标识，提供岗前培训，庆阳市户籍优先。',
        },
      ],
    },
    {
      key: 'kl-g310',
      name: 'G310线康乐段公路改扩建工程（钢结构焊接分包）',
      employerKey: 'kl-gankang',
      regionCode: '622922',
      kind: ProjectKind.GOVERNMENT_INVESTED,
      localScope: LocalScope.COUNTY,
      breachRule: BreachRule.WARN,
      plannedWorkforce: 60,
      startedDaysAgo: 95,
      durationDays: 400,
      localFirstDays: null,
      investment: null,
      labourPayments: [],
      // 18 of 40 from 康乐县: 45%, compliant.
      workers: roster(
        rng,
        {
          local: 18,
          nonLocal: 22,
          leftLocal: 2,
          leftNonLocal: 5,
          localRegions: ['622922'],
          nonLocalRegions: ['622901', '622924', '622926', '620105'],
          trades: ['电焊工', '气割工', '钢筋工', '架子工', '普工'],
          startedDaysAgo: [10, 90],
        },
        seq,
      ),
      postings: [
        {
          title: '电焊工（G310康乐段项目）',
          occupation: '电焊工',
          kind: JobKind.FULL_TIME,
          payMin: 7000,
          payMax: 10000,
          headcount: 12,
          skills: ['电焊', '气割', '识图'],
          description: 'G310线康乐段公路改扩建工程钢结构焊接，持焊工证优先，康乐县本地户籍优先录用，项目部提供住宿。',
        },
      ],
    },
    {
      key: 'kl-canal',
      name: '康乐县农田灌溉渠系改造以工代赈项目',
      employerKey: 'kl-shuiwu',
      regionCode: '622922',
      kind: ProjectKind.WORK_RELIEF,
      localScope: LocalScope.COUNTY,
      breachRule: BreachRule.BLOCK,
      plannedWorkforce: 45,
      startedDaysAgo: 70,
      durationDays: 240,
      localFirstDays: 14,
      investment: '8000000.00',
      labourPayments: [
        { daysAgo: 40, amount: '380000.00', note: '第一批劳务报酬' },
        { daysAgo: 10, amount: '580000.00', note: '第二批劳务报酬' },
      ],
      // 5 of 21 from 康乐县: 23.8%, in breach; BLOCK stops any further hire from outside until locals are found.
      workers: roster(
        rng,
        {
          local: 5,
          nonLocal: 16,
          leftLocal: 6,
          leftNonLocal: 1,
          localRegions: ['622922'],
          nonLocalRegions: ['622925', '622926', '622901'],
          trades: ['渠道衬砌工', '普工', '混凝土工', '机械操作工'],
          startedDaysAgo: [15, 65],
        },
        seq,
      ),
      postings: [
        {
          title: '渠系施工普工（以工代赈）',
          occupation: '普工',
          kind: JobKind.WORK_RELIEF,
          payMin: 3000,
          payMax: 4200,
          headcount: 20,
          skills: ['土方', '搬运'],
          description: '康乐县农田灌溉渠系改造以工代赈项目招用本地农民工，劳务报酬按出工天数核发，优先招用脱贫劳动力和监测对象。',
        },
      ],
    },
  ];
}

export const DEMO_PROJECT_TRUTH_CARD = {
  workingHours: '8:00-18:00，午休1.5小时，月休4天',
  shifts: '长白班',
  dormitory: DormitoryProvision.FREE,
  meals: MealProvision.SUBSIDISED,
  socialInsurance: SocialInsurance.FIVE_INSURANCES,
  note: '项目部统一购买工伤保险，工资按月足额发放。',
};
