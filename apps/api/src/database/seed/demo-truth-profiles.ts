/** Demo data: honest working conditions per kind of workplace, from which truth cards are drawn. */
import { DormitoryProvision, MealProvision, SocialInsurance } from '@jobbridge/contracts';

// ---------------------------------------------------------------------------------------------------------------
// Truth cards: honest working conditions per kind of workplace
// ---------------------------------------------------------------------------------------------------------------

export interface TruthProfile {
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

export const TRUTH = {
  restaurant: {
    schedules: [
      { hours: '9:30-14:00、16:30-21:00，月休4天' },
      { hours: '10:00-21:30，下午轮休2小时，月休4天', shifts: '早晚两班轮换' },
      { hours: '8:30-20:00，午后轮休1.5小时，月休4天' },
    ],
    dorm: [D.FREE, D.FREE, D.PAID],
    meals: [M.FREE],
    insurance: [S.FIVE_INSURANCES, S.WORK_INJURY_ONLY],
    notes: [
      '试用期1个月，试用期工资按转正工资的80%发放',
      '节假日正常营业，加班按国家规定支付加班工资或安排调休',
      '工作中需长时间站立，后厨温度较高',
      '每月10日发放上月工资',
      undefined,
    ],
  },
  hotel: {
    schedules: [
      { hours: '8:00-16:30，月休6天', shifts: '长白班' },
      { hours: '早班7:00-15:00 / 中班15:00-23:00，月休6天', shifts: '早中两班轮换' },
    ],
    dorm: [D.FREE, D.PAID],
    meals: [M.FREE, M.SUBSIDISED],
    insurance: [S.FIVE_INSURANCES, S.FIVE_INSURANCES_HOUSING_FUND],
    notes: [
      '旅游旺季（5月—10月）每月休息4天，淡季可调休补足',
      '客房清扫按间计件，超出基础量部分另计提成',
      '试用期1个月，试用期工资按转正工资的80%发放',
      undefined,
    ],
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
    notes: [
      '计件工资，按件数和质量验收结算，收入随订单量波动',
      '车间离家近，可带活回家做',
      '前两周为带薪培训期，按每天80元发放',
      undefined,
    ],
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
    notes: [
      '工资实行农民工工资专户按月代发，不拖欠',
      '野外施工，冬季（12月—次年2月）一般停工，停工期间按当地最低工资标准的70%发放基本生活补助',
      '工地宿舍为板房，8人间，有空调和热水',
      '高处作业多，须按要求佩戴安全带',
      undefined,
    ],
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
    notes: [
      '需协助失能老人翻身、洗浴，体力消耗较大',
      '取得养老护理员证书后每月另加技能津贴300元',
      '春节期间值班，法定节假日按三倍工资发放',
      undefined,
    ],
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
    schedules: [{ hours: '住家服务，一单26天，白天陪护约10小时，夜间需照看婴儿', shifts: '住家' }, { hours: '白班8:00-18:00，一周休一天' }],
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
    notes: [
      '“双11”、春节前后业务高峰，每天工作时间延长约2小时',
      '计件加底薪，底薪2200元，按件提成',
      '乡镇线路路程较远，雨雪天需注意行车安全',
      undefined,
    ],
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
    notes: [
      '岗位期限一年，期满经考核可按政策续聘',
      '岗位补贴由财政资金按月发放到本人社会保障卡',
      '临时性公益性岗位，期限不超过6个月',
      undefined,
    ],
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
    notes: [
      '劳务报酬按月足额发放到本人银行卡，现场公示发放台账',
      '项目工期约4个月，完工后可优先参加后续项目',
      '离家近，可每天回家',
      undefined,
    ],
  },
} satisfies Record<string, TruthProfile>;

export type TruthKey = keyof typeof TRUTH;
