import {
  GigAlertKind,
  GigAssignmentStatus,
  GigCheckMethod,
  GigPayMethod,
  GigPayStatus,
  GigPayTiming,
  GigPayUnit,
  GigPosterKind,
  GigRatingSide,
  GigStatus,
  VerificationStatus,
} from '@jobbridge/contracts';
import {
  addDays,
  checkGigMinimumWage,
  chinaInstant,
  chinaIsoDateOf,
  dailyMinutes,
  DEFAULT_GIG_POLICY,
  generateIdNumber,
  gigPayDueFen,
  maskIdNumber,
  minutesWorked,
  normalizeSkill,
  payDueAt,
  POLICY_PACKS,
  resolvePolicy,
  screenJobPosting,
} from '@jobbridge/domain';
import { randomBytes } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import type { PiiCipher } from '../../common/crypto/pii-cipher';
import {
  GigAlertEntity,
  GigAssignmentEntity,
  GigAttendanceEntity,
  GigEntity,
  GigPosterEntity,
  GigPreferenceEntity,
  GigRatingEntity,
  GigStationEntity,
} from '../../modules/gigs/gig.entity';
import { GigClock } from '../../modules/gigs/gig-clock';
import { GigRecordsService } from '../../modules/gigs/gig-records.service';
import type { DemoFairContext } from './demo-job-fairs';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A gig as the demo posts it: the same fields a poster fills in, with its place and days relative to today. */
interface DemoGig {
  /** A verified demo employer, by name; null for the individual poster (个人雇主). */
  employer: string | null;
  title: string;
  description: string;
  skills?: string[];
  address: string;
  /** Offset of the site from the county seat, in degrees (a few kilometres at most). */
  at: [number, number];
  /** First and last day, in days from today (China dates). */
  days: [number, number];
  hours: [string, string];
  headcount: number;
  unit: GigPayUnit;
  yuan: number;
  pieceUnit?: string;
  timing: GigPayTiming;
  method: GigPayMethod;
  tools?: boolean;
  meals?: boolean;
  height?: boolean;
  heavy?: boolean;
  safety?: string;
}

interface DemoCounty {
  /** The county seat, as in demo-data.ts (where the demo seekers' homes and the postings are scattered around). */
  seat: { lat: number; lng: number };
  station: { name: string; address: string; at: [number, number]; openingHours: string; services: string[]; contactPhone: string };
  gigs: DemoGig[];
}

const { DAY: BY_DAY, HOUR: BY_HOUR, PIECE: BY_PIECE } = GigPayUnit;
const { SAME_DAY, ON_COMPLETION } = GigPayTiming;
const { WECHAT, CASH, BANK_TRANSFER } = GigPayMethod;
const STATION_SERVICES = ['零工信息发布', '现场匹配对接', '技能培训报名', '劳动维权咨询', '休息饮水', '手机充电'];

/** The orchard work of the season (宁县 apples): pruning in winter, thinning and bagging in spring and summer, picking in autumn. */
function orchardGig(month: number): DemoGig {
  const base = {
    employer: '宁县早胜陇东红苹果农民专业合作社',
    address: '甘肃省庆阳市宁县新宁镇庙咀村陇东红苹果示范园',
    at: [0.014, 0.009] as [number, number],
    days: [0, 3] as [number, number],
    headcount: 12,
    timing: SAME_DAY,
    method: WECHAT,
    tools: true,
    meals: true,
  };
  if (month >= 9 && month <= 11)
    return {
      ...base,
      title: '苹果采摘装箱',
      description:
        '示范园红富士进入采摘期，需要采摘工：戴手套采摘、轻拿轻放、按大小装箱，每箱约20斤。按箱计工钱，熟练工每小时可摘10箱左右。果园管午饭，每天收工按箱数微信结算。',
      hours: ['07:30', '17:30'],
      unit: BY_PIECE,
      yuan: 3.5,
      pieceUnit: '箱',
      safety: '采摘梯、果筐由合作社提供；上梯采摘时有人扶梯，够不着的果子不攀爬树枝',
    };
  if (month >= 4 && month <= 8)
    return {
      ...base,
      title: '苹果疏果套袋',
      description:
        '示范园红富士疏果后开始套袋，需要套袋工：按技术员要求选果、套袋、扎口。活儿不重，细心就行，第一天有技术员现场教。按天计工钱，果园管午饭，每天收工微信结算。',
      hours: ['07:30', '17:30'],
      unit: BY_DAY,
      yuan: 200,
      safety: '套高处的果子用合作社的人字梯，有人扶梯',
    };
  return {
    ...base,
    title: '果树冬季修剪帮工',
    description:
      '示范园200亩矮化苹果园冬季修剪，需要帮工：剪除病枝、拖运枝条、清园。有修剪经验的优先，没有经验的由合作社技术员现场教。按天计工钱，果园管午饭，每天收工微信结算。',
    hours: ['08:30', '17:30'],
    unit: BY_DAY,
    yuan: 200,
    safety: '修剪剪、手锯由合作社提供，剪枝时注意手的位置',
  };
}

/** The demo seekers' counties: a 零工驿站 in each, and gigs today and tomorrow within a few kilometres of the county seat. */
function demoCounties(today: string): Record<string, DemoCounty> {
  return {
    '621002': {
      seat: { lat: 35.733, lng: 107.638 },
      station: {
        name: '西峰区零工市场',
        address: '甘肃省庆阳市西峰区南大街人力资源市场一楼',
        at: [-0.003, 0.001],
        openingHours: '每天 06:30—18:00（冬季 07:00 开门）',
        services: STATION_SERVICES,
        contactPhone: '0934-8213360',
      },
      gigs: [
        {
          employer: '庆阳捷运快递物流有限公司',
          title: '快递中转场装卸货车',
          description:
            '捷运快递西峰中转场每天进港干线车6至8辆，需要装卸工卸车、上分拣线和装车。包裹以电商件为主，单件一般不超过30公斤，大件两人抬。中午管一顿饭，工钱当天下班微信结清。',
          address: '甘肃省庆阳市西峰区长庆大道北段捷运物流园2号库',
          at: [0.018, 0.006],
          days: [0, 2],
          hours: ['07:30', '16:30'],
          headcount: 6,
          unit: BY_DAY,
          yuan: 200,
          timing: SAME_DAY,
          method: WECHAT,
          tools: true,
          meals: true,
          heavy: true,
          safety: '提供防滑手套和护腰带；卸车时不站在车厢尾板下方',
        },
        {
          employer: '庆阳陇东巧嫂家政服务有限公司',
          title: '新房开荒保洁',
          description:
            '锦华苑小区两套新交房的三居室做开荒保洁：清理装修垃圾、擦门窗（只擦室内一侧）、清洁厨卫和地面。两人一组，公司带队，清洁工具和清洁剂由公司提供。',
          address: '甘肃省庆阳市西峰区九龙北路锦华苑小区',
          at: [-0.009, 0.011],
          days: [1, 1],
          hours: ['08:30', '17:30'],
          headcount: 4,
          unit: BY_DAY,
          yuan: 180,
          timing: SAME_DAY,
          method: WECHAT,
          tools: true,
          safety: '不擦外窗、不登高；使用清洁剂时戴橡胶手套',
        },
        {
          employer: null,
          title: '搬家帮手（5楼无电梯）',
          description:
            '家里从安定西路的老小区搬到南大街的新房，老房子在5楼没有电梯。家具不多，主要是纸箱、衣柜、床垫和一台冰箱，货车已经约好。需要2人帮忙搬下楼、装车，到新房再搬上电梯，大约4小时。',
          address: '甘肃省庆阳市西峰区安定西路安居小区',
          at: [0.004, -0.012],
          days: [1, 1],
          hours: ['09:00', '13:00'],
          headcount: 2,
          unit: BY_HOUR,
          yuan: 30,
          timing: SAME_DAY,
          method: WECHAT,
          heavy: true,
          safety: '冰箱等大件两人抬，提供搬运背带',
        },
      ],
    },
    '621026': {
      seat: { lat: 35.502, lng: 107.928 },
      station: {
        name: '宁县零工驿站',
        address: '甘肃省庆阳市宁县新宁镇城南路县就业服务大厅东侧',
        at: [-0.002, 0.003],
        openingHours: '每天 07:00—18:00',
        services: [...STATION_SERVICES.slice(0, 4), '果园用工对接', '休息饮水'],
        contactPhone: '0934-6521185',
      },
      gigs: [
        orchardGig(Number(today.slice(5, 7))),
        {
          employer: '宁县早胜陇东红苹果农民专业合作社',
          title: '果品分拣装箱（冷库）',
          description:
            '合作社冷库出库一批发往广州的红富士，需要分拣工：按果径分级、挑出磕碰果、套网套装箱。室内作业，冷库温度较低，请穿厚外套。按小时计工钱，两天做完一起结算。',
          address: '甘肃省庆阳市宁县新宁镇城南路陇东红苹果合作社冷库',
          at: [-0.006, 0.004],
          days: [1, 2],
          hours: ['08:00', '17:00'],
          headcount: 8,
          unit: BY_HOUR,
          yuan: 21,
          timing: ON_COMPLETION,
          method: WECHAT,
          tools: true,
          safety: '冷库内作业每小时出库休息10分钟',
        },
      ],
    },
    '621027': {
      seat: { lat: 35.677, lng: 107.195 },
      station: {
        name: '镇原县零工驿站',
        address: '甘肃省庆阳市镇原县城关镇中街劳务市场',
        at: [0.001, 0.002],
        openingHours: '每天 06:30—17:30',
        services: STATION_SERVICES,
        contactPhone: '0934-7121306',
      },
      gigs: [
        {
          employer: '甘肃陇东建设工程集团有限公司',
          title: '安置小区工地钢筋绑扎',
          description:
            '城关镇北环路安置小区3号楼主体施工，需要钢筋工配合绑扎楼板钢筋，会用扎钩、看得懂间距标记即可。按天计工钱，工地有食堂，干完统一转账。',
          skills: ['钢筋绑扎'],
          address: '甘肃省庆阳市镇原县城关镇北环路安置小区项目部',
          at: [0.011, 0.007],
          days: [0, 2],
          hours: ['07:00', '17:00'],
          headcount: 5,
          unit: BY_DAY,
          yuan: 260,
          timing: ON_COMPLETION,
          method: BANK_TRANSFER,
          tools: true,
          meals: true,
          height: true,
          safety: '进场戴安全帽、系安全带（公司发放），上岗前做安全交底；已为零工投保团体意外险',
        },
        {
          employer: '庆阳捷运快递物流有限公司',
          title: '镇原网点早班卸货',
          description: '捷运快递镇原网点每天早上到一辆干线车，需要2人卸货、按乡镇分拣上架，大约4小时。按小时计工钱，下班当场结清。',
          address: '甘肃省庆阳市镇原县城关镇中街捷运快递镇原网点',
          at: [-0.004, 0.006],
          days: [1, 1],
          hours: ['06:30', '10:30'],
          headcount: 2,
          unit: BY_HOUR,
          yuan: 25,
          timing: SAME_DAY,
          method: WECHAT,
          heavy: true,
          safety: '提供手套；单件超过30公斤两人搬',
        },
      ],
    },
    '622901': {
      seat: { lat: 35.601, lng: 103.211 },
      station: {
        name: '临夏市零工驿站',
        address: '甘肃省临夏回族自治州临夏市团结路人力资源市场',
        at: [0.002, -0.002],
        openingHours: '每天 06:30—18:30（冬季 07:00 开门）',
        services: STATION_SERVICES,
        contactPhone: '0930-6212260',
      },
      gigs: [
        {
          employer: '临夏河州牛肉拉面餐饮管理有限公司',
          title: '新店开业后厨帮工',
          description: '红园路新店开业头几天客流大，后厨需要帮工：洗碗、择菜、收拾桌面、传菜。店里管午饭和晚饭，每天收工后微信结算。',
          address: '甘肃省临夏回族自治州临夏市红园路河州牛肉拉面红园店',
          at: [0.006, -0.004],
          days: [0, 2],
          hours: ['10:00', '20:00'],
          headcount: 3,
          unit: BY_DAY,
          yuan: 220,
          timing: SAME_DAY,
          method: WECHAT,
          meals: true,
          safety: '后厨地面湿滑，店里发放防滑鞋套',
        },
        {
          employer: '甘肃河州路桥建设有限公司',
          title: '道路施工现场卸水泥',
          description: '北滨河路道路改造工地到两车袋装水泥，每袋50公斤，需要装卸工卸车码垛，大约4小时。两人一组，有叉车配合。',
          address: '甘肃省临夏回族自治州临夏市北滨河路道路改造工程项目部',
          at: [0.013, 0.005],
          days: [1, 1],
          hours: ['08:00', '12:00'],
          headcount: 6,
          unit: BY_HOUR,
          yuan: 28,
          timing: SAME_DAY,
          method: CASH,
          tools: true,
          heavy: true,
          safety: '佩戴防尘口罩和手套（现场发放）；叉车作业区不站人',
        },
        {
          employer: '临夏州河州好物电子商务有限公司',
          title: '电商仓库打包发货',
          description:
            '河州好物电商仓库发货高峰，需要打包工：核对订单、装箱、填充、贴面单，主要是砖雕文创和牛肉干礼盒，活儿轻。按小时计工钱，当天结算。',
          address: '甘肃省临夏回族自治州临夏市北滨河路河州好物电商仓库',
          at: [0.012, -0.006],
          days: [0, 1],
          hours: ['09:00', '18:00'],
          headcount: 4,
          unit: BY_HOUR,
          yuan: 20,
          timing: SAME_DAY,
          method: WECHAT,
          tools: true,
        },
      ],
    },
    '622921': {
      seat: { lat: 35.492, lng: 102.995 },
      station: {
        name: '临夏县零工驿站',
        address: '甘肃省临夏回族自治州临夏县韩集镇振兴路就业服务中心一楼',
        at: [0.001, 0.003],
        openingHours: '周一至周六 07:00—18:00',
        services: STATION_SERVICES,
        contactPhone: '0930-5521320',
      },
      gigs: [
        {
          employer: '临夏州通达物流有限公司',
          title: '物流园装卸货车',
          description:
            '韩集镇物流园3号库到两车建材和日用百货，需要装卸工卸车、码垛。现场有人指挥，重件用叉车。按天计工钱，中午管饭，收工微信结算。',
          address: '甘肃省临夏回族自治州临夏县韩集镇物流园3号库',
          at: [0.005, 0.012],
          days: [0, 1],
          hours: ['08:00', '17:00'],
          headcount: 5,
          unit: BY_DAY,
          yuan: 200,
          timing: SAME_DAY,
          method: WECHAT,
          tools: true,
          meals: true,
          heavy: true,
          safety: '提供手套和护腰；不站在叉车作业范围内',
        },
        {
          employer: '临夏县河州织女刺绣农民专业合作社',
          title: '民族服饰盘绣赶工',
          description:
            '合作社接了一批民族服饰领口、袖口的盘绣订单，需要会盘绣的绣娘在合作社车间赶工三天，花样和丝线由合作社提供。按片计工钱，每片约40分钟，完工后统一结算。',
          skills: ['盘绣'],
          address: '甘肃省临夏回族自治州临夏县韩集镇商贸街河州织女刺绣车间',
          at: [-0.003, 0.007],
          days: [1, 3],
          hours: ['09:00', '17:00'],
          headcount: 10,
          unit: BY_PIECE,
          yuan: 15,
          pieceUnit: '片',
          timing: ON_COMPLETION,
          method: WECHAT,
          tools: true,
        },
      ],
    },
    '622922': {
      seat: { lat: 35.371, lng: 103.709 },
      station: {
        name: '康乐县零工驿站',
        address: '甘肃省临夏回族自治州康乐县附城镇建设路劳务市场',
        at: [-0.002, 0.002],
        openingHours: '每天 07:00—18:00',
        services: STATION_SERVICES,
        contactPhone: '0930-4421206',
      },
      gigs: [
        {
          employer: '甘肃甘康焊接工程有限公司',
          title: '钢结构厂房补焊',
          description:
            '附城镇工业园区一座钢结构厂房补焊檩托和支撑，需要会手工电弧焊、能看懂焊接图纸的焊工。焊机、焊条由公司提供，按天计工钱，完工后转账结算。',
          skills: ['手工电弧焊'],
          address: '甘肃省临夏回族自治州康乐县附城镇工业园区钢结构厂房项目',
          at: [0.012, -0.008],
          days: [0, 2],
          hours: ['07:30', '17:30'],
          headcount: 3,
          unit: BY_DAY,
          yuan: 320,
          timing: ON_COMPLETION,
          method: BANK_TRANSFER,
          tools: true,
          meals: true,
          height: true,
          safety: '须持焊接与热切割特种作业操作证；高处作业系安全带，公司提供焊帽、焊工手套和劳保鞋',
        },
        {
          employer: '康乐县水利水电工程建设有限公司',
          title: '灌溉渠清淤',
          description: '附城镇农田灌溉支渠清淤，需要普工用铁锹清理渠底淤泥和杂草、装车外运。能干体力活即可。按天计工钱，午饭送到工地。',
          address: '甘肃省临夏回族自治州康乐县附城镇康丰路东段灌溉支渠',
          at: [-0.01, 0.006],
          days: [1, 1],
          hours: ['07:30', '16:30'],
          headcount: 8,
          unit: BY_DAY,
          yuan: 190,
          timing: SAME_DAY,
          method: CASH,
          tools: true,
          meals: true,
          heavy: true,
          safety: '渠道已停水；穿公司发的胶靴和手套',
        },
      ],
    },
    '622926': {
      seat: { lat: 35.664, lng: 103.389 },
      station: {
        name: '东乡县零工驿站',
        address: '甘肃省临夏回族自治州东乡族自治县锁南镇振兴街就业服务站',
        at: [0.002, 0.001],
        openingHours: '每天 07:00—18:00',
        services: STATION_SERVICES,
        contactPhone: '0930-7121218',
      },
      gigs: [
        {
          employer: '东乡族自治县锁南手抓羊肉餐饮有限公司',
          title: '宴席帮厨',
          description: '锁南镇店里接了两天的婚宴，需要帮厨：洗菜切配、洗碗、收拾桌面。店里管饭，每天收工后微信结清。',
          address: '甘肃省临夏回族自治州东乡族自治县锁南镇振兴街锁南手抓羊肉店',
          at: [0.003, 0.004],
          days: [0, 1],
          hours: ['09:00', '19:00'],
          headcount: 4,
          unit: BY_DAY,
          yuan: 200,
          timing: SAME_DAY,
          method: WECHAT,
          meals: true,
          safety: '后厨地面湿滑，穿防滑鞋',
        },
        {
          employer: '东乡族自治县布楞沟民族服饰有限公司',
          title: '平缝机车缝赶货',
          description:
            '服装车间赶一批民族服饰订单，需要会用平缝机的车缝工缝合衣片、上领子。按件计工钱，熟练工每小时约12件，完工后统一结算。',
          skills: ['平缝机操作'],
          address: '甘肃省临夏回族自治州东乡族自治县锁南镇东环路布楞沟民族服饰车间',
          at: [-0.007, 0.009],
          days: [1, 3],
          hours: ['08:30', '17:30'],
          headcount: 6,
          unit: BY_PIECE,
          yuan: 2,
          pieceUnit: '件',
          timing: ON_COMPLETION,
          method: WECHAT,
          tools: true,
        },
      ],
    },
    '622927': {
      seat: { lat: 35.718, lng: 102.875 },
      station: {
        name: '积石山县零工驿站',
        address: '甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县吹麻滩镇积石大道劳务市场',
        at: [0.001, -0.002],
        openingHours: '每天 07:00—18:00',
        services: STATION_SERVICES,
        contactPhone: '0930-3321260',
      },
      gigs: [
        {
          employer: '甘肃河州路桥建设有限公司',
          title: '县乡公路养护清扫',
          description: '积石大道往大河家镇方向的县乡公路养护，需要普工清扫路面碎石、清理边沟。按天计工钱，统一接送，午饭送到路上。',
          address: '甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县吹麻滩镇积石大道养护段',
          at: [0.008, 0.01],
          days: [0, 2],
          hours: ['08:00', '17:00'],
          headcount: 8,
          unit: BY_DAY,
          yuan: 180,
          timing: ON_COMPLETION,
          method: BANK_TRANSFER,
          tools: true,
          meals: true,
          safety: '上路作业穿反光背心、摆放锥桶，面向来车方向作业',
        },
        {
          employer: '临夏州通达物流有限公司',
          title: '积石山网点早班卸货',
          description: '通达物流积石山网点每天早上到一车货，需要2人卸车、按乡镇分拣，大约4小时。按小时计工钱，下班当场结清。',
          address: '甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县吹麻滩镇河滨路通达物流网点',
          at: [-0.005, 0.006],
          days: [1, 1],
          hours: ['07:00', '11:00'],
          headcount: 2,
          unit: BY_HOUR,
          yuan: 24,
          timing: SAME_DAY,
          method: CASH,
          heavy: true,
          safety: '提供手套；单件超过30公斤两人搬',
        },
      ],
    },
  };
}

/** A two-day gig in 西峰区 that ended three days ago: one worker paid and confirmed, one disputing the amount. */
const PAST_DISPUTED: DemoGig = {
  employer: '庆阳岐黄香包文化产业有限公司',
  title: '香包展销会会场服务',
  description:
    '岐黄香包非遗展销会在南大街文化广场办两天，需要会场服务人员：入口签到引导、展区秩序维护、闭馆后清扫。提供工作服和午餐，按天计工钱，每天收工微信结算。',
  address: '甘肃省庆阳市西峰区南大街文化广场',
  at: [-0.004, 0.002],
  days: [-4, -3],
  hours: ['08:30', '17:30'],
  headcount: 4,
  unit: BY_DAY,
  yuan: 180,
  timing: SAME_DAY,
  method: WECHAT,
  meals: true,
};

/** A one-day gig in 临夏市 three days ago whose worker is still not paid (the demo employer 13900000003 can settle it). */
const PAST_UNPAID: DemoGig = {
  employer: '临夏州河州好物电子商务有限公司',
  title: '电商仓库打包发货',
  description:
    '河州好物电商仓库发货高峰，需要打包工：核对订单、装箱、填充、贴面单，主要是砖雕文创和牛肉干礼盒，活儿轻。按小时计工钱，当天结算。',
  address: '甘肃省临夏回族自治州临夏市北滨河路河州好物电商仓库',
  at: [0.012, -0.006],
  days: [-3, -3],
  hours: ['09:00', '18:00'],
  headcount: 3,
  unit: BY_HOUR,
  yuan: 20,
  timing: SAME_DAY,
  method: WECHAT,
  tools: true,
};

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * The demo gig market (零工市场, issue 15). In each demo seeker's county: a 零工驿站, and two or three gigs posted by
 * verified demo employers running today and tomorrow within a few kilometres of the county seat (one in 西峰区 by an
 * individual poster, 刘秀芳, with her real-name registration). Every demo seeker has opted in at their county seat
 * (20 km, every day, their first skills). Two gigs have ended: the 香包 fair in 西峰区 (王建军 paid, confirmed and
 * rated both ways; 赵鹏 disputing the amount, a DISPUTE alert for the 庆阳 officer) and a day of packing in 临夏市
 * (马小军 not paid three days on, an UNPAID alert for the 临夏 officer). Rows are written directly: the service would
 * refuse dates in the past.
 */
export async function seedDemoGigs(em: EntityManager, c: DemoFairContext, cipher: PiiCipher): Promise<void> {
  const today = chinaIsoDateOf(new Date(c.now));
  const counties = demoCounties(today);
  const officerFor = (regionCode: string) =>
    c.officers.find((o) => o.regionCode && o.regionCode.slice(0, 4) === regionCode.slice(0, 4)) ?? c.officers[0];
  const employerNamed = (name: string) =>
    c.employers.find((e) => e.name === name && e.verificationStatus === VerificationStatus.VERIFIED && !e.hiringSuspendedAt);
  const seeker = (name: string) => c.seekers.find((s) => s.fullName === name);
  const at = (date: string, hhmm: string, plusMinutes = 0) => new Date(chinaInstant(date, hhmm).getTime() + plusMinutes * MINUTE);
  if (!c.officers.length) return;

  // Opted in to gig work at the county seat: 20 km, every day, the first few of their skills.
  const withCounty = c.seekers.filter((s) => s.residenceRegionCode && counties[s.residenceRegionCode]);
  for (const s of withCounty) {
    const seat = counties[s.residenceRegionCode!].seat;
    await em.save(
      em.create(GigPreferenceEntity, {
        userId: s.userId,
        enabled: true,
        lat: seat.lat,
        lng: seat.lng,
        maxDistanceKm: 20,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        skills: [...new Set(s.skills.slice(0, 3).map(normalizeSkill).filter(Boolean))],
      }),
    );
  }

  // 刘秀芳 registered as an individual poster (个人雇主) a few days ago; her first gig is tomorrow's move, which the
  // 庆阳 officer approved (that made her trusted).
  const liu = seeker('刘秀芳');
  let individual: string | null = null;
  if (liu?.residenceRegionCode) {
    const idNumber = liu.idNumberEncrypted
      ? cipher.decrypt(liu.idNumberEncrypted)
      : generateIdNumber(`${liu.hukouRegionCode ?? liu.residenceRegionCode}${liu.birthYear ?? 1980}0412246`);
    const poster = await em.save(
      em.create(GigPosterEntity, {
        userId: liu.userId,
        realName: liu.fullName,
        idNumberEncrypted: cipher.encrypt(idNumber),
        idNumberHash: cipher.blindIndex(idNumber),
        idNumberMasked: maskIdNumber(idNumber),
        regionCode: liu.residenceRegionCode,
        trustedAt: null,
        createdAt: new Date(c.now - 3 * DAY),
      }),
    );
    individual = poster.userId;
  }

  /** A gig's row, screened and checked against the minimum wage as the service does; published unless either objects. */
  const saveGig = async (
    regionCode: string,
    spec: DemoGig,
    publishedAt: Date,
    o: { acceptedCount?: number; closedOutAt?: Date } = {},
  ): Promise<GigEntity | null> => {
    const employer = spec.employer ? employerNamed(spec.employer) : null;
    const posterUserId = employer ? c.employerOwners.get(employer.id) : individual;
    if ((spec.employer && !employer) || !posterUserId) return null;
    const seat = counties[regionCode].seat;
    const schedule = {
      startDate: addDays(today, spec.days[0]),
      endDate: addDays(today, spec.days[1]),
      dailyStart: spec.hours[0],
      dailyEnd: spec.hours[1],
    };
    const payFen = Math.round(spec.yuan * 100);
    const skills = [...new Set((spec.skills ?? []).map(normalizeSkill).filter(Boolean))];
    const hourlyMinimum = resolvePolicy(regionCode, POLICY_PACKS).minimumWage?.hourlyYuan ?? null;
    const below = checkGigMinimumWage(spec.unit, payFen, dailyMinutes(schedule), hourlyMinimum).below;
    const flags = screenJobPosting({
      title: spec.title,
      description: [spec.description, spec.safety ?? ''].join('\n'),
      requirementsText: skills.join(' '),
    }).map((f) => ({ code: f.code, evidence: f.evidence }));
    const publish = !below && !flags.length;
    const createdAt = employer ? publishedAt : new Date(publishedAt.getTime() - 40 * MINUTE);
    const gig = await em.save(
      em.create(GigEntity, {
        posterKind: employer ? GigPosterKind.EMPLOYER : GigPosterKind.INDIVIDUAL,
        employerId: employer?.id ?? null,
        posterUserId,
        title: spec.title,
        description: spec.description,
        skills,
        regionCode,
        address: spec.address,
        lat: round5(seat.lat + spec.at[0]),
        lng: round5(seat.lng + spec.at[1]),
        ...schedule,
        headcount: spec.headcount,
        acceptedCount: publish ? (o.acceptedCount ?? 0) : 0,
        payUnit: spec.unit,
        payFen,
        pieceUnit: spec.unit === BY_PIECE ? (spec.pieceUnit ?? '件') : null,
        payTiming: spec.timing,
        payMethod: spec.method,
        toolsProvided: spec.tools ?? false,
        mealsProvided: spec.meals ?? false,
        worksAtHeight: spec.height ?? false,
        heavyLoads: spec.heavy ?? false,
        safetyNote: spec.safety ?? null,
        checkInRadiusMeters: DEFAULT_GIG_POLICY.checkInRadiusMeters,
        status: publish ? GigStatus.PUBLISHED : GigStatus.PENDING_REVIEW,
        screeningFlags: flags,
        belowMinimumWage: below,
        qrSecret: randomBytes(24).toString('base64url'),
        publishedAt: publish ? publishedAt : null,
        // Already told to the workers near it: the notify sweep leaves the demo's gigs alone.
        notifiedAt: publish ? new Date(publishedAt.getTime() + 2_000) : null,
        // A verified employer's gig published at once; an individual's first gig went to the county's officer.
        reviewedByUserId: employer ? null : officerFor(regionCode).id,
        closedOutAt: o.closedOutAt ?? null,
        createdAt,
        updatedAt: o.closedOutAt ?? publishedAt,
      }),
    );
    if (!employer && publish) await em.update(GigPosterEntity, { userId: posterUserId, trustedAt: IsNull() }, { trustedAt: publishedAt });
    return gig;
  };
  /** Published the evening before it starts, or a few hours ago when that is still to come. */
  const publishedFor = (spec: DemoGig, i: number) =>
    new Date(Math.min(at(addDays(today, spec.days[0] - 1), '19:30', -17 * i).getTime(), c.now - (1 + (i % 4)) * HOUR));
  const place = (gigId: string, workerUserId: string, acceptedAt: Date, extra: Partial<GigAssignmentEntity> = {}) =>
    em.save(
      em.create(GigAssignmentEntity, {
        gigId,
        workerUserId,
        status: GigAssignmentStatus.ACCEPTED,
        acceptedAt,
        createdAt: acceptedAt,
        updatedAt: extra.updatedAt ?? acceptedAt,
        ...extra,
      }),
    );

  const graded = new Set<string>();
  for (const [regionCode, county] of Object.entries(counties)) {
    if (!withCounty.some((s) => s.residenceRegionCode === regionCode)) continue;
    const officer = officerFor(regionCode);
    await em.save(
      em.create(GigStationEntity, {
        regionCode,
        name: county.station.name,
        address: county.station.address,
        lat: round5(county.seat.lat + county.station.at[0]),
        lng: round5(county.seat.lng + county.station.at[1]),
        openingHours: county.station.openingHours,
        services: county.station.services,
        contactPhone: county.station.contactPhone,
        createdByUserId: officer.id,
        createdAt: new Date(c.now - 45 * DAY),
      }),
    );
    for (const [i, spec] of county.gigs.entries()) {
      // A few places already taken on tomorrow's gigs, by demo seekers who live nearby and fit.
      const taker =
        spec.title === '道路施工现场卸水泥' ? seeker('马小军') : spec.title === '民族服饰盘绣赶工' ? seeker('韩玉兰') : undefined;
      const publishedAt = publishedFor(spec, i);
      const gig = await saveGig(regionCode, spec, publishedAt, { acceptedCount: taker ? 1 : 0 });
      if (gig?.status === GigStatus.PUBLISHED && taker) {
        await place(gig.id, taker.userId, new Date(Math.min(publishedAt.getTime() + 50 * MINUTE, c.now)));
        graded.add(taker.userId);
      }
    }
  }

  // ---- ended gigs: settled, disputed, unpaid ----------------------------------------------------------------------

  const day = (d: number) => addDays(today, d);
  const attend = async (
    gig: GigEntity,
    a: GigAssignmentEntity,
    date: string,
    inOut: [string, string],
    how: { method: GigCheckMethod; distance?: number; confirmed: boolean },
  ) => {
    const checkInAt = at(date, inOut[0]);
    const checkOutAt = at(date, inOut[1]);
    const minutes = minutesWorked(checkInAt, checkOutAt, at(date, gig.dailyStart), at(date, gig.dailyEnd));
    return em.save(
      em.create(GigAttendanceEntity, {
        assignmentId: a.id,
        gigId: gig.id,
        workerUserId: a.workerUserId,
        workDate: date,
        checkInAt,
        checkInMethod: how.method,
        checkInDistanceMeters: how.distance ?? null,
        checkOutAt,
        checkOutMethod: how.method,
        minutes,
        pieces: null,
        confirmedAt: how.confirmed ? new Date(checkOutAt.getTime() + 12 * MINUTE) : null,
        confirmedByUserId: how.confirmed ? gig.posterUserId : null,
      }),
    );
  };
  const payDue = (gig: GigEntity, days: GigAttendanceEntity[]) =>
    gigPayDueFen(
      gig.payUnit,
      gig.payFen,
      days.map((d) => ({ minutes: d.minutes, pieces: d.pieces })),
    );

  // 香包展销会, 西峰区, four and three days ago: 王建军 paid in full and confirmed, both sides rated; 赵鹏 paid for one
  // day of two and disputing it (he left 50 minutes early on the second day, as the site lead told him to).
  const wang = seeker('王建军');
  const zhao = seeker('赵鹏');
  const xifeng = counties['621002'];
  if (wang && zhao && xifeng) {
    const [first, last] = [day(PAST_DISPUTED.days[0]), day(PAST_DISPUTED.days[1])];
    const fair = await saveGig('621002', PAST_DISPUTED, at(day(PAST_DISPUTED.days[0] - 2), '16:20'), {
      acceptedCount: 2,
      closedOutAt: at(last, '17:31'),
    });
    if (fair?.status === GigStatus.PUBLISHED) {
      const workerRated = at(last, '20:40');
      const posterRated = at(day(PAST_DISPUTED.days[1] + 1), '09:15');
      const a = await place(fair.id, wang.userId, at(day(PAST_DISPUTED.days[0] - 2), '17:05'));
      const aDays = [
        await attend(fair, a, first, ['08:14', '17:36'], { method: GigCheckMethod.QR, confirmed: true }),
        await attend(fair, a, last, ['08:20', '17:33'], { method: GigCheckMethod.QR, confirmed: true }),
      ];
      const aDue = payDue(fair, aDays);
      await em.update(
        GigAssignmentEntity,
        { id: a.id },
        {
          payDueFen: aDue,
          payStatus: GigPayStatus.CONFIRMED,
          paidFen: aDue,
          paidMethod: GigPayMethod.WECHAT,
          paidAt: at(last, '18:05'),
          payConfirmedAt: at(last, '18:40'),
          updatedAt: at(last, '18:40'),
        },
      );
      await em.save([
        em.create(GigRatingEntity, {
          assignmentId: a.id,
          gigId: fair.id,
          side: GigRatingSide.WORKER,
          raterUserId: wang.userId,
          rateeUserId: fair.posterUserId,
          employerId: fair.employerId,
          onTime: true,
          asAgreed: true,
          stars: 5,
          comment: '第二天收工就微信转了两天的工钱，管午饭，活儿和说的一样',
          createdAt: workerRated,
        }),
        em.create(GigRatingEntity, {
          assignmentId: a.id,
          gigId: fair.id,
          side: GigRatingSide.POSTER,
          raterUserId: fair.posterUserId,
          rateeUserId: wang.userId,
          employerId: null,
          onTime: true,
          asAgreed: true,
          stars: 5,
          comment: '每天提前到场，维持秩序认真负责',
          createdAt: posterRated,
        }),
      ]);

      const b = await place(fair.id, zhao.userId, at(day(PAST_DISPUTED.days[0] - 2), '18:32'));
      const bDays = [
        await attend(fair, b, first, ['08:25', '17:34'], { method: GigCheckMethod.QR, confirmed: true }),
        await attend(fair, b, last, ['08:27', '16:40'], { method: GigCheckMethod.QR, confirmed: true }),
      ];
      const disputedAt = at(last, '21:12');
      await em.update(
        GigAssignmentEntity,
        { id: b.id },
        {
          payDueFen: payDue(fair, bDays),
          payStatus: GigPayStatus.DISPUTED,
          paidFen: fair.payFen,
          paidMethod: GigPayMethod.WECHAT,
          paidAt: at(last, '18:08'),
          disputeReason: '两天都签到签退了，第二天是现场负责人让提前收工的，雇主只转了180元，少付一天的工钱',
          disputedAt,
          updatedAt: disputedAt,
        },
      );
      await em.save(
        em.create(GigAlertEntity, {
          kind: GigAlertKind.DISPUTE,
          gigId: fair.id,
          assignmentId: b.id,
          regionCode: fair.regionCode,
          createdAt: disputedAt,
        }),
      );
      graded.add(wang.userId).add(zhao.userId);
    }
  }

  // 电商仓库打包发货, 临夏市, three days ago: 马小军 worked the day (location check-in) and is still not paid; the
  // sweep raised the UNPAID alert a day after pay fell due.
  const ma = seeker('马小军');
  if (ma && counties['622901']) {
    const date = day(PAST_UNPAID.days[0]);
    const packing = await saveGig('622901', PAST_UNPAID, at(day(PAST_UNPAID.days[0] - 1), '11:40'), {
      acceptedCount: 1,
      closedOutAt: at(date, '18:01'),
    });
    if (packing?.status === GigStatus.PUBLISHED) {
      const a = await place(packing.id, ma.userId, at(day(PAST_UNPAID.days[0] - 1), '12:02'));
      const worked = await attend(packing, a, date, ['08:52', '18:04'], {
        method: GigCheckMethod.LOCATION,
        distance: 86,
        confirmed: false,
      });
      await em.update(GigAssignmentEntity, { id: a.id }, { payDueFen: payDue(packing, [worked]), updatedAt: worked.checkOutAt! });
      const due = payDueAt(packing, packing.payTiming, [date]);
      await em.save(
        em.create(GigAlertEntity, {
          kind: GigAlertKind.UNPAID,
          gigId: packing.id,
          assignmentId: a.id,
          regionCode: packing.regionCode,
          createdAt: new Date(due.getTime() + DEFAULT_GIG_POLICY.payGraceHours * HOUR + MINUTE),
        }),
      );
      graded.add(ma.userId);
    }
  }

  // Workers' stored grades (who is told of a gig first) as their records now stand.
  const records = new GigRecordsService(em.connection, new GigClock());
  for (const userId of graded) await records.refreshWorkerGrade(userId, em);
}
