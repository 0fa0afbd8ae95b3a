import { EducationLevel, JobKind } from '@jobbridge/contracts';
import { SCREENING_FLAG_CODES, ScreenablePosting, ScreeningFlagCode, screenJobPosting, screenPostingDraft } from '../posting-screening';
import { SCREENING_CLAUSES } from './clauses';

/**
 * The flags added for issue 13 (education out of proportion, health, wider fees, scams, illegal agencies, and the
 * everyday wording of the older ones), each at its edges: what must raise the code and the lawful text beside it
 * that must not. Whole postings are measured in evaluate.spec.ts.
 */
const codesOf = (posting: Partial<ScreenablePosting> & { description: string }) => [
  ...new Set(screenJobPosting({ title: '', ...posting }).map((f) => f.code)),
];
const textCodes = (description: string, title = '') => codesOf({ title, description });

function flags(code: ScreeningFlagCode, title: string, phrases: string[]) {
  it.each(phrases)(`raises ${code} on %p (title ${title || '—'})`, (phrase) => {
    const found = screenJobPosting({ title, description: phrase }).filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const flag of found) expect(`${title}\n${phrase}`.normalize('NFKC')).toContain(flag.evidence);
  });
}

function clean(title: string, phrases: string[]) {
  it.each(phrases)(`raises nothing on %p (title ${title || '—'})`, (phrase) => {
    expect(screenJobPosting({ title, description: phrase })).toEqual([]);
  });
}

describe('education out of proportion to the work', () => {
  describe('in the text of a manual job', () => {
    flags('EDUCATION_DISPROPORTIONATE', '保洁员', [
      '大专及以上学历',
      '本科以上',
      '专科（含）以上学历',
      '学历：本科',
      '学历要求：大专及以上',
      '要求本科学历',
      '要求：大专学历',
      '须本科毕业',
      '只招本科生',
      '本科学历优先',
      '统招大专以上学历优先',
      '985、211院校毕业生优先',
      '全日制本科学历',
      '硕士研究生以上',
    ]);
    clean('保洁员', [
      '学历不限',
      '不限学历',
      '不要求学历，身体健康即可',
      '大专以下学历均可',
      '学历：大专及以下',
      '学历：大专/高中均可',
      '高中及以上学历',
      '初中以上文化',
      '中专或技校毕业',
      '欢迎在校大学生暑期兼职',
      '在校本科生、专科生均可报名',
      '本科毕业暂未就业的也欢迎应聘',
      '不要求大专学历',
      '无需本科学历',
    ]);
  });

  it('reads manual work from the title, the occupation or the kind, never the description', () => {
    const text = '要求大专及以上学历';
    expect(codesOf({ title: '仓库分拣员', description: text })).toEqual(['EDUCATION_DISPROPORTIONATE']);
    expect(codesOf({ title: '岗位', occupation: '搬运工', description: text })).toEqual(['EDUCATION_DISPROPORTIONATE']);
    expect(codesOf({ title: '村道硬化务工', jobKind: JobKind.WORK_RELIEF, description: text })).toEqual(['EDUCATION_DISPROPORTIONATE']);
    expect(codesOf({ title: '物业服务岗位', description: `招聘保洁员3名；${text}` })).toEqual([]);
    expect(codesOf({ title: '会计', description: text })).toEqual([]);
    expect(codesOf({ title: '生态护林岗位', jobKind: JobKind.PUBLIC_WELFARE, description: text })).toEqual([]);
  });

  it('leaves a supervisory or technical post with a manual word clean', () => {
    for (const title of ['保洁主管', '保安队长', '分拣系统工程师', '服务员（储备店长）', '快递站站长']) {
      expect(codesOf({ title, description: '本科及以上学历' })).toEqual([]);
    }
  });

  it('flags the structured education from 大专 up for manual work, and shows it as the card reads (NFKC, like all evidence)', () => {
    const at = (education: EducationLevel, title = '洗碗工') => screenJobPosting({ title, description: '后厨洗碗', education });
    for (const level of [
      EducationLevel.NONE,
      EducationLevel.PRIMARY,
      EducationLevel.JUNIOR_HIGH,
      EducationLevel.SENIOR_HIGH,
      EducationLevel.VOCATIONAL,
    ]) {
      expect(at(level)).toEqual([]);
    }
    expect(at(EducationLevel.ASSOCIATE).map((f) => [f.code, f.evidence])).toEqual([['EDUCATION_DISPROPORTIONATE', '学历要求:大专及以上']]);
    expect(at(EducationLevel.BACHELOR)[0].evidence).toBe('学历要求:本科及以上');
    expect(at(EducationLevel.MASTER)).toHaveLength(1);
    expect(at(EducationLevel.DOCTORATE)).toHaveLength(1);
    expect(at(EducationLevel.DOCTORATE, '研发工程师')).toEqual([]);
  });

  it('passes the structured fields through screenPostingDraft', () => {
    const draft = { title: '岗位', description: '负责搬运', education: EducationLevel.BACHELOR };
    expect(screenPostingDraft(draft)).toEqual([]);
    expect(screenPostingDraft({ ...draft, occupation: '搬运工' }).map((f) => f.code)).toEqual(['EDUCATION_DISPROPORTIONATE']);
    expect(screenPostingDraft({ ...draft, jobKind: JobKind.WORK_RELIEF }).map((f) => f.code)).toEqual(['EDUCATION_DISPROPORTIONATE']);
    expect(screenPostingDraft({ ...draft, occupation: null, jobKind: null, education: null })).toEqual([]);
  });
});

describe('health', () => {
  flags('HEALTH_DISCRIMINATION', '', [
    '不招乙肝携带者',
    '乙肝携带者勿扰',
    '乙肝勿扰',
    '乙肝的不要',
    '大三阳、小三阳不予录用',
    'HIV感染者谢绝应聘',
    'hiv携带者不收',
    '艾滋病、乙肝等传染病患者勿扰',
    '乙肝患者不予录用',
    '非乙肝病毒携带者',
    '有乙肝者体检不合格',
    '身体健康，无乙肝',
    '无乙肝、无传染病',
    '需乙肝五项阴性',
    '入职体检须乙肝五项阴性',
    'HIV阴性',
    '乙肝检查须正常',
    '体检含乙肝五项',
    '需查两对半',
    '入职体检加查HIV抗体',
    '需提供HIV及乙肝检测报告',
    '身体残疾者勿扰',
    '不招残疾人',
    'ＨＢＶ携带者勿扰',
  ]);
  clean('', [
    '持健康证上岗',
    '身体健康',
    '免费体检',
    '食品行业需办理健康证',
    '无传染性疾病',
    '体检不含乙肝',
    '体检不含乙肝五项',
    '依法不查乙肝五项',
    '乙肝携带者可正常应聘，我们不歧视',
    '本公司无乙肝歧视',
    '不接受乙肝歧视',
    '公司免费接种乙肝疫苗',
    '开展艾滋病防治知识宣传，协助组织HIV自愿检测咨询',
    '负责血液样本乙肝、丙肝等项目的检测工作',
    '面向持证残疾人招聘，提供无障碍设施',
    '体检项目：血常规、肝功能、胸透',
    '本岗位为残疾人专岗',
    '依法缴纳残疾人就业保障金',
    '需提供残疾证',
  ]);
});

describe('fees in every wording', () => {
  flags('FEE_CHARGED', '', [
    '入职需缴纳服装费150元',
    '缴纳岗前培训费',
    '工装费每套80元，从首月工资扣除',
    '首月工资中扣除500元押金',
    '工资中扣除服装费',
    '收取押金',
    '先交300元',
    '报名交50元',
    '交800保证有工作',
    '需自费购买工作服',
    '工作服、头盔、餐箱需自费购买',
    '需自己买保安服',
    '体检费用由个人承担',
    '入职体检自理',
    '岗前培训收费500元',
    '学徒期需交学费3000元',
    '入职先交一千元保证金',
    '扣押首月工资',
    '前三个月工资押一半',
    '交钱后安排进厂',
    '需充值100元激活账号',
    '服装费：120元/套，个人承担',
  ]);
  clean('', [
    '公司缴纳五险一金',
    '免费体检',
    '包吃住',
    '公司承担体检费',
    '公司缴纳体检费',
    '不收取任何费用',
    '体检费用公司承担',
    '押金0元，服装免费发放',
    '社保个人缴纳部分约280元/月从工资代扣',
    '本地员工提供交通补贴300元',
    '宿舍水电费自理',
    '体检费先自行垫付，入职后凭发票全额报销',
    '学徒期间不收学费',
    '公司每月补贴电动车租金300元',
    '收费站收费员，月薪3800元',
    '工资日结，当天付清',
    '不押工资，按月足额发放',
    '劳保用品公司统一发放',
    '负责收取物业管理费',
    '协助财务向业主收取服务费',
  ]);
});

describe('scam patterns', () => {
  flags('SCAM_PATTERN', '', [
    '淘宝刷单，佣金秒返',
    '刷好评返现',
    '需先垫付货款，完成后返还本金加佣金',
    '抖音点赞员',
    '给视频点赞关注，看视频赚钱',
    '网络打字员，日结300元',
    '录入员，每千字80元',
    '零基础，轻松月入过万',
    '无需经验，日结500元',
    '下载APP注册，开通会员后接单',
    '下载app，充值后开始做任务',
    '兼职日赚300',
    '动动手指就赚钱',
    '在家就能赚钱',
    '手工活外发，先交材料押金',
  ]);
  clean('', [
    '严禁刷单刷好评等违规操作',
    '谨防刷单诈骗',
    '宣传防范刷单返利等电信诈骗知识',
    '粉刷工，日结350元',
    '引导观众点赞关注，维护直播间秩序',
    '路费由公司先行垫付',
    '路费先垫付，入职后报销',
    '档案录入员，月薪3000元',
    '打字员，日结120元',
    '打字员，日结199元',
    '无需经验，日结499元',
    '熟练骑手月入过万，需两年以上配送经验',
    '办理话费充值业务，引导客户下载掌上营业厅APP',
    '下载就业通APP投递简历',
    '工作轻松，月入4000元左右',
    '在家门口就业，月入3000元',
    '帮扶车间手工编织，免费提供材料，不收任何押金',
    '负责抖音评论区维护',
    '网络评论员，月薪5000元',
    '房产经纪人，成交返佣30%',
  ]);

  it('draws the line for a typist at 200 a day and for no experience at 500', () => {
    expect(textCodes('打字员，日结200元')).toEqual(['SCAM_PATTERN']);
    expect(textCodes('打字员，日结199元')).toEqual([]);
    expect(textCodes('无需经验，日结500元')).toEqual(['SCAM_PATTERN']);
    expect(textCodes('无需经验，日结1500元')).toEqual(['SCAM_PATTERN']);
    expect(textCodes('无需经验，日结499元')).toEqual([]);
  });

  it('needs both halves of a combination, anywhere in the posting', () => {
    expect(codesOf({ title: '网络打字员', description: '日结300元' })).toEqual(['SCAM_PATTERN']);
    expect(codesOf({ title: '网络打字员', description: '月薪3000元' })).toEqual([]);
    expect(textCodes('月入过万')).toEqual([]);
    expect(textCodes('开通会员')).toEqual([]);
  });
});

describe('illegal agencies (黑职介)', () => {
  flags('ILLEGAL_AGENCY', '', [
    '报名交中介费300元',
    '介绍费由求职者承担',
    '先交介绍费',
    '收取推荐费800元',
    '包进厂，办理手续费260元',
    '100%入职，需交信息费',
    '代招某大型电子厂普工，厂名面试时告知',
    '代理招聘，企业名称面议',
    '代招普工，月薪6000，包吃住',
    '扣押身份证',
    '押身份证',
    '入职需将身份证原件交公司统一保管',
    '身份证押在公司，离职时退还',
    '交300元安排进厂',
    '交钱后安排进厂',
    '推荐工作先交费200元',
    '中介，帮你进厂，收服务费300',
  ]);
  clean('', [
    '受兰州XX物流有限公司委托代招分拣员，用工单位：兰州XX物流有限公司',
    '代招：甘肃XX食品有限公司招聘包装工',
    '公司直招，非中介，不收任何费用',
    '包进厂，包吃住，免费体检，无任何中介费',
    '入职时请携带身份证原件及复印件，核验后当场归还',
    '严禁扣押身份证',
    '身份证复印件一份交人事存档',
    '介绍工作不收费，培训免费',
    '免费推荐工作岗位，严禁任何中介收取求职者费用',
    '本公司直招，谢绝代招中介',
    '代理招生老师，底薪加提成，XX职业技术学校',
    '需上交证件照两张',
  ]);
});

describe('everyday wording of the older flags', () => {
  flags('GENDER_RESTRICTION', '', [
    '只要阿姨，叔叔就不考虑了',
    '小伙子优先',
    '招前台一名，女性，30岁以下',
    '要求汉族，女，已婚',
    '25岁以下女生',
  ]);
  flags('AGE_RESTRICTION', '', ['限四十岁以内的', '三十五周岁以下', '十八到三十五岁']);
  flags('HUKOU_RESTRICTION', '', ['必须是本地的，外省的不要', '要求：临夏本地户籍', '非本市户籍勿扰']);
  flags('MARITAL_OR_PREGNANCY', '', ['三年内无生育计划', '近期无结婚打算', '婚姻状况：已婚']);
  clean('', [
    '欢迎四五十岁的大姐大哥加入',
    '男性，女性均可',
    '性别：男，女',
    '十八岁以下不招',
    '六十岁以下身体健康者均可',
    '本地、外地均可',
    '已婚、未婚均可',
    '未婚，已婚均可',
    '提供已婚夫妻房',
    '小伙子姑娘都欢迎',
  ]);
});

it('reads an age limit before 男女不限 as age only', () => {
  expect(textCodes('35岁以下男女不限')).toEqual(['AGE_RESTRICTION']);
});

describe('clauses', () => {
  it('gives every code a clause with Chinese text and a source', () => {
    expect(Object.keys(SCREENING_CLAUSES).sort()).toEqual([...SCREENING_FLAG_CODES].sort());
    for (const code of SCREENING_FLAG_CODES) {
      expect(SCREENING_CLAUSES[code].text).toMatch(/[\u4e00-\u9fff]/);
      expect(SCREENING_CLAUSES[code].source).toMatch(/《.+》|00\d/);
    }
  });

  it('attaches the clause of its code to every flag, caller-supplied rules included', () => {
    const flags = screenJobPosting({ title: '保洁员', description: '限男性，本科以上，乙肝勿扰，押金200元，刷单，代招' });
    expect(new Set(flags.map((f) => f.code)).size).toBe(6);
    for (const flag of flags) expect(flag.clause).toBe(SCREENING_CLAUSES[flag.code]);
    const [custom] = screenJobPosting({ title: '', description: '茶水费' }, [{ code: 'FEE_CHARGED', pattern: /茶水费/ }]);
    expect(custom.clause.source).toContain('《劳动合同法》第九条');
  });

  it('cites the seed document for the grounds it names (001 保障措施(三))', () => {
    for (const code of ['AGE_RESTRICTION', 'HUKOU_RESTRICTION', 'EDUCATION_DISPROPORTIONATE', 'SCAM_PATTERN', 'ILLEGAL_AGENCY'] as const) {
      expect(SCREENING_CLAUSES[code].source).toContain('001 保障措施(三)');
    }
  });
});
