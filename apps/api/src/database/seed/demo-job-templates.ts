/** Demo data: posting templates (titles, duties, pay, skills, truth profile) per occupation and kind. */
import { CertificateLevel, EducationLevel, JobKind } from '@jobbridge/contracts';
import type { DemoCertificate } from './demo-data';
import type { TruthKey } from './demo-truth-profiles';

/** Rural counties where work-relief (以工代赈) projects are placed. */
export const RURAL_LX = ['622921', '622922', '622925', '622926', '622927'];
export const RURAL_QY = ['621022', '621023', '621024', '621025', '621027'];

// ---------------------------------------------------------------------------------------------------------------
// Posting templates
// ---------------------------------------------------------------------------------------------------------------

export type Site = { kind: 'street' } | { kind: 'town'; suffix: string } | { kind: 'fixed'; text: string };

export interface Template {
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

export const TEMPLATES: Template[] = [
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
export const KIND_NOTE: Record<JobKind, string[]> = {
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
export const DISCRIMINATORY_ADDENDA: { text: string; occupations: string[] }[] = [
  { text: '【补充说明】本岗位限男性，能吃苦耐劳。', occupations: ['钢筋工', '架子工', '焊工', '挖掘机驾驶员', '装卸搬运工', '建筑工人', '叉车司机', '快件处理员'] },
  { text: '【补充说明】入职需交服装押金200元，工作满三个月后退还。', occupations: ['餐厅服务员', '客房服务员', '前厅服务员', '保安员', '中式面点师', '快件处理员'] },
];

