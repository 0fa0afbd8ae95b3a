import type { ScreeningCondition, ScreeningFlagCode, ScreeningRule } from './posting-screening';
import { DISPROPORTIONATE_EDUCATION } from './screening/manual-work';
import { atLeastPattern, OUTSIZED_PAY } from './screening/pay-promises';

/*
 * Default screening rules for job postings, as data. Patterns run on NFKC-normalised text
 * (full-width ：（）～－ and digits become half-width). Each rule aims at a restriction, not at a
 * mere mention: "男女不限", "不限户籍", "年满18周岁", "公司缴纳五险一金", "免费体检" must not match.
 *
 * Age: only upper limits from 19 to 59 are flagged. Minimum working ages (16/18) and statements
 * about minors ("16周岁以下") are lawful; limits at 60 or above follow the statutory retirement age.
 *
 * Education: a degree (大专 and above, screening/manual-work.ts) demanded, required or preferred for manual or
 * elementary work (judged from the title, occupation and kind, not the description); 高中 for a factory job and any
 * degree for a skilled or supervisory post stay clean.
 * Health: 乙肝/HBV/HIV/艾滋病 carriers or patients turned away, "无乙肝", a negative result demanded, or an HBV test
 * (乙肝五项, 两对半) made part of hiring; "体检不含乙肝", "不歧视乙肝携带者", "持健康证上岗", "无传染病" (food work)
 * stay clean. Disabled people turned away (残疾人勿扰) count here too.
 * Fees: money demanded of the applicant under any name or as a sum (交300元, 自费购买工装, 工资中扣押金); paid by the
 * employer or the state, waived or forbidden stays clean. Social insurance, rent and meals are not fees.
 * Scams and illegal agencies are combinations: a pay promise with the wrong company, a fee with a guarantee of a
 * job, 代招 with no employer named. A warning against them ("谨防刷单诈骗") is not one.
 */

const HAN = '[\\u4e00-\\u9fa5]';
/** Words that narrow who may apply. */
const ONLY = '(?:仅限于?|只限于?|限于|限招|限|仅招|只招|只要|只收|只录用?|仅录用?|只聘|仅聘)';
/** Blocks "不限…", "不仅限…", "不只…" right before the match. */
const NOT_NEGATED = '(?<!不|不仅|不只)';
/** Words that turn people away. */
const REFUSE_BEFORE = '(?:不招|不要|不收|不录用|不录取|不考虑|不接受|谢绝)';
const REFUSE_AFTER = '(?:勿扰|勿投|免谈|谢绝|不招|不收|不录用|不考虑|不予考虑)';
const PREFERRED = '(?:优先|为佳|更佳)';

const SEX = '(?:男|女)';
/** Kin words that name a sex: 阿姨, 大姐, 小伙子. */
const KIN_SEX = '(?:阿姨|大姐|大妈|叔叔|大叔|大哥|小伙子?|小姑娘|姑娘|小妹|帅哥|美女)';
/** 男 / 女 with an optional suffix; a following suffix is always taken, so lookaheads see past it. */
const SEX_WORD = `${SEX}(?:[性士生工子]|(?![性士生工子]))`;

const AGE_UNIT = '(?:周岁|岁)';
/** An upper age limit worth flagging: 19–59. */
const UPPER_AGE = '(?:19|[2-5]\\d)';
const ANY_AGE = '(?:1\\d|[2-5]\\d)';
/** The same in Chinese numerals: 十九 … 五十九 (not 十八, 六十). */
const UPPER_AGE_ZH = '(?:十九|[二三四五]十[一二三四五六七八九]?)';
const ANY_AGE_ZH = '(?:十[六七八九]|[二三四五]十[一二三四五六七八九]?)';
const RANGE_DASH = '(?:-|~|〜|—|–|至|到)+';

const LOCAL = '(?:本地|本市|本省|本县|本区|本镇|本乡|本村|当地)';
/** A place name ending in an administrative suffix: up to 6 characters (兰州, 临夏回族自治州, 甘肃省). */
const NAMED_PLACE = `${HAN}{1,6}?(?:省|市|州|县|区|旗|盟)`;
/** A place name: a suffixed one, or 2 bare characters (甘肃, 临夏) — safe before 户籍 / 户口 / 籍. */
const PLACE = `(?:${NAMED_PLACE}|${HAN}{2})`;
/**
 * Before 人 a bare 2-character "place" is risky: it could be the tail of another word ("退役军人"
 * → "役军" + 人, "技术工人" → "术工" + 人) or a kind of person ("残疾人", "负责人"). So it must start
 * a word — at the start of the text, after a non-Han character, or right after a lead-in such as
 * 同等条件下 / 只招 / 仅限 / 须为 — and must not form one of these person nouns with 人.
 */
const PERSON_NOUN_STEMS = [
  '残疾',
  '残障',
  '聋哑',
  '负责',
  '年轻',
  '年青',
  '老年',
  '成年',
  '中年',
  '青年',
  '少年',
  '联系',
  '介绍',
  '推荐',
  '担保',
  '经纪',
  '代理',
  '管理',
  '合伙',
  '监护',
  '手艺',
  '读书',
  '生意',
  '文化',
  '老实',
  '主持',
  '发言',
  '创始',
  '带头',
  '接班',
  '当事',
  '申请',
  '应聘',
  '求职',
  '持证',
  '外国',
  '中国',
  '退役',
  '退伍',
  '复员',
  '转业',
];
const WORD_START = `(?<=^|[^\\u4e00-\\u9fa5]|[下限招要收录用聘是为需须])`;
const BARE_PLACE_BEFORE_PERSON = `${WORD_START}(?!(?:${PERSON_NOUN_STEMS.join('|')})人)${HAN}{2}`;
/**
 * Someone from a place: 本地人, 本地人员, 兰州人, 临夏人 (not 退役军人, 技术工人, 残疾人, 本地人社局, 人力, 兰州人民医院;
 * "X人员" only after 本地 and the like: 社区人员, 技术人员 and 退休人员 are not places).
 */
const PLACE_PERSON = `(?:${LOCAL}\\s*人(?![社力民])(?:员|士)?|(?:${NAMED_PLACE}|${BARE_PLACE_BEFORE_PERSON})\\s*人(?![社力员士民]))`;
/** 户口 / 户籍 / …籍, but not 户口本, 国籍, 学籍, 党籍 or 书籍. */
const HUKOU = '(?:户口|户籍|(?<![国学党书])籍)(?![本簿])';
/**
 * Not the first of alternatives that are all accepted ("城镇、农村户口均可", "城镇户口，农村户口均可"); a following
 * item of its own ("户籍：甘肃，年龄不限") does not count.
 */
const EITHER_OK = '(?:均可|皆可|都可|不限)';
const NOT_EITHER_OR = `(?![^\\n。;；,，]{0,8}?${EITHER_OK}|[,，][^\\n。;；,，]{0,6}?(?:户口|户籍|籍|外地|外省|外市|本地|省内|省外)[^\\n。;；,，]{0,4}?${EITHER_OK})`;
const OUTSIDER = '(?:非本地|非本市|非本省|外地|外省|外市|外县|外来)(?:户口|户籍|籍|人员|人口|人)?';

/** The 56 recognised ethnic groups (without 族), longest first so the evidence is whole. */
const ETHNIC_GROUPS = [
  '乌孜别克',
  '柯尔克孜',
  '维吾尔',
  '哈萨克',
  '塔吉克',
  '塔塔尔',
  '达斡尔',
  '鄂温克',
  '鄂伦春',
  '俄罗斯',
  '蒙古',
  '布依',
  '朝鲜',
  '土家',
  '哈尼',
  '傈僳',
  '高山',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '汉',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '傣',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
];
const ETHNIC = `(?:(?:${ETHNIC_GROUPS.join('|')})族|少数民族)(?!自治|地区)`;

/** Fees an intermediary takes for a job: the mark of a 黑职介 (and a fee all the same). */
const AGENCY_FEE = '(?:中介费|中介服务费|介绍费|推荐费|职介费|信息费|入厂费|进厂费|名额费)';
const FEE = `(?:押金|抵押金|保证金|风险金|服装费|工装费|工服费|工衣费|制服费|鞋帽费|工牌费|胸卡费|培训费|报名费|${AGENCY_FEE}|资料费|材料费|建档费|体检费|办证费|工本费|手续费|办卡费|上岗费|入职费|管理费|服务费|会员费|激活费|入会费|加盟费|学费|学徒费)`;
const NEGATION_NEARBY = `(?<!(?:不|无|免|勿|禁止|严禁|杜绝|拒绝)${HAN}{0,6})`;
const PAID_BY_SOMEONE_ELSE = '(?![^\\n。;；]{0,8}(?:公司|单位|企业|厂方|我司|国家|政府|财政)(?:承担|负担|支付|报销|补贴|出|全额))';
/** Not a duty of the job: a cashier "负责收取物业管理费" collects fees from customers, not from applicants. */
const NOT_A_DUTY = `(?<!(?:负责|协助|办理|催收|催缴|代收|向客户|向业主|向顾客)${HAN}{0,4})`;
/** Not the employer or the state paying ("公司缴纳体检费", "由单位统一交纳"). */
const NOT_BY_EMPLOYER = `(?<!(?:公司|单位|企业|厂方|厂里|我司|本司|老板|政府|财政|国家)${HAN}{0,3})`;
/** Not social insurance, rent or meals, which workers lawfully share ("社保个人缴纳300元"). */
const NOT_INSURANCE_OR_LIVING = `(?<!(?:社保|保险|公积金|医保|养老|五险|个税|个人部分|房租|住宿|伙食|水电)${HAN}{0,4})`;
/** A sum of money: 300元, 300 块, 三百元. */
const AMOUNT = '(?:[1-9]\\d*\\s*(?:元|块)|[一二两三四五六七八九十百千几]+(?:元|块))';
const PAY_VERB = '(?:交纳|缴纳|交|缴|支付|付)';
const TAKE_VERB = '(?:收取|收|扣除|扣)';
/** Taken out of wages: 从首月工资中扣除, 工资里扣. */
const FROM_WAGES = '(?:从|在)?(?:首月|第一个月|头一个月|当月|每月)?工资(?:中|里)?(?:扣除|扣取|扣|抵扣|代扣)';
/** A fee charged to the applicant after its name: 押金300元, 服装费自理, 介绍费由求职者承担, 服装费从工资中扣除. */
const CHARGED_AFTER = `(?:(?:每[人位次套件双身]|人均|约|大约|共计?|一共)?\\s*[1-9]\\d*\\s*(?:元|块)|自理|自付|自费|自担|由?(?:个人|本人|求职者|应聘者|员工|学员|工人)(?:自行)?(?:承担|负担|支付|缴纳|交纳|交|缴)|另(?:交|缴|付|收|计)|${FROM_WAGES}|(?:入职|报名|面试|上岗)时?(?:交|缴|付)(?:清|纳)?)`;

/** Recruiting for someone else (代招, 代理招聘), not refusing it (谢绝代招) nor 代理招生. */
const AGENCY_RECRUITS = '(?<!不|非|谢绝|拒绝|严禁|禁止|无)代(?:理)?招(?!生)(?:聘)?';
/** Warnings against a scam are not a scam: 严禁刷单, 谨防刷单诈骗, 本平台不涉及刷单. */
const NOT_WARNED = `(?<!(?:严禁|禁止|拒绝|不是|不涉及|不做|非|打击|杜绝|反|识别|防范|警惕|谨防|提防|远离|不搞|无|谨慎|不|勿|粉)${HAN}{0,4})`;
const NOT_A_WARNING_AFTER = '(?![^。；;，,\\n]{0,6}(?:诈骗|骗局|陷阱|违法|犯罪|行为))';
const NO_EXPERIENCE =
  '(?:(?:无需|不需要?|不用|无)(?:任何)?(?:经验|技术|技能|学历)|零(?:经验|基础|门槛)|小白(?:可做|也能|即可|也可|可上手)|宝妈(?:可做|也能|即可)|在家(?:可做|即可|就能))';
const digitsAtLeast = (n: number) => `(?<!\\d)${atLeastPattern(n)}(?!\\d)`;
const DAILY_PAY = '日(?:结|赚|入|薪)\\s*(?:轻松|可达|高达|最高)?\\s*';

/** Every word for a disproportionate degree (大专 … 博士), from the data; 硕士研究生 read as one. */
const DEGREE = `(?:(?:硕士|博士)研究生|${DISPROPORTIONATE_EDUCATION.flatMap((d) => d.words).join('|')})`;
const DEGREE_QUALIFIER = '(?:全日制|统招|\\s)*';
const NOT_OR_BELOW = `(?!\\s*(?:\\(含\\))?\\s*(?:及|或)?以下|[^。；;\\n]{0,6}(?:均可|不限|皆可|都可))`;

/** Carriers of infectious disease (就业促进法第三十条) and the words for them. */
const INFECTION = '(?:乙肝|乙型肝炎|[Hh][Bb][Vv]|[Hh][Bb][Ss][Aa][Gg]|大三阳|小三阳|澳抗|[Hh][Ii][Vv]|艾滋病?|丙肝)';
const INFECTED_PERSON = `${INFECTION}(?:病毒)?(?:携带者|患者|病人|感染者|阳性者?)?`;
/** Disabled people, not a disability scheme ("残疾人就业保障金", "残疾人专岗", "残疾证"). */
const DISABLED_PERSON = '(?:残疾人士?|残障人士|肢体残疾|残疾)(?!\\s*(?:就业)?保障金|证|专岗|岗位|专场|联合会|招聘|就业)';
const TURNED_AWAY =
  '(?:勿扰|勿投|免谈|谢绝|不招|不收|不录用|不予考虑|不考虑|不要|除外|勿(?:应聘|投递|报名)|请勿(?:应聘|投递|报名)|不能(?:应聘|报名|入职|上岗)|不予(?:录用|聘用)|一律不(?:录用|要|收)|不合格|不可(?:应聘|报名)|不符合(?:要求|条件)?)';
const HEALTH_TEST = '(?:乙肝五项|乙肝两对半|两对半|乙肝表面抗原|[Hh][Bb][Ss][Aa][Gg])';
/** "体检不含乙肝", "依法不查乙肝五项", "取消乙肝检测": the test is ruled out, not demanded. */
const TEST_NOT_DEMANDED = `(?<!(?:不|无需|免|不含|不包括|不包含|不做|不查|不检测|不检查|不进行|取消|禁止|严禁|不得)[^。；;\\n]{0,6})`;

function rule(
  code: ScreeningFlagCode,
  source: string,
  extra: { when?: ScreeningCondition; alsoRequires?: string; unless?: string } = {},
): ScreeningRule {
  return {
    code,
    pattern: new RegExp(source, 'g'),
    ...(extra.when ? { when: extra.when } : {}),
    ...(extra.alsoRequires ? { alsoRequires: new RegExp(extra.alsoRequires) } : {}),
    ...(extra.unless ? { unless: new RegExp(extra.unless) } : {}),
  };
}
const MANUAL = { when: 'MANUAL_OR_ELEMENTARY_WORK' } as const;

export const DEFAULT_SCREENING_RULES: readonly ScreeningRule[] = Object.freeze([
  // --- Gender -------------------------------------------------------------------------------
  // 限男性, 仅限女性, 只招男, 限招女工 (not 不限男女, 限男女)
  rule('GENDER_RESTRICTION', `${NOT_NEGATED}${ONLY}\\s*(?:招聘?|招收)?\\s*${SEX_WORD}(?![男女]|性?不限|性?均可)`),
  // 男性优先, 女士优先
  rule('GENDER_RESTRICTION', `${SEX}(?:性|士|生|子)?${PREFERRED}`),
  // 性别：男, 性别要求：女性 (not 性别：男女不限, 性别：男/女, 性别：不限)
  rule(
    'GENDER_RESTRICTION',
    `性别(?:要求)?\\s*[:：]?\\s*(?:限|仅限|要求)?\\s*${SEX_WORD}(?!\\s*[/、或和及,，]?\\s*[男女]|性?不限|性?均可|皆可|都可)`,
  ),
  // 不招女性, 谢绝男士 / 女士勿扰, 男性免谈
  rule('GENDER_RESTRICTION', `${REFUSE_BEFORE}\\s*${SEX_WORD}(?![男女])`),
  rule('GENDER_RESTRICTION', `${SEX}(?:性|士|生|子)?${REFUSE_AFTER}`),
  // A bare item "1.男，25-45岁", "①女，" (NFKC turns ① into 1), "保洁员（女）" or "要求：女；" (not "男，女各5名", "男、女")
  rule('GENDER_RESTRICTION', `(?<=^|[\\n:：;；。(]|\\d[.、)]?)\\s*${SEX_WORD}(?=\\s*(?:[,，;；。)\\n]|$))(?![,，]\\s*[男女])`),
  // 招男工, 招聘女性 (not 招聘男女工)
  rule('GENDER_RESTRICTION', `招(?:聘|收)?\\s*${SEX}(?:性|工|士)(?![男女])`),
  // Kin words: 只要阿姨, 限招大姐, 小伙子优先, 叔叔就不考虑了 (not 欢迎大姐大哥加入)
  rule(
    'GENDER_RESTRICTION',
    `${NOT_NEGATED}${ONLY}\\s*(?:招聘?)?\\s*${KIN_SEX}|${KIN_SEX}(?:们)?\\s*(?:就)?\\s*(?:${REFUSE_AFTER}|不要|${PREFERRED})`,
  ),
  // A bare item between commas: "招前台一名，女性，30岁以下", "要求汉族，女，已婚" (not "男，女", "男性，女性均可")
  rule('GENDER_RESTRICTION', `(?<=[,，])(?<![男女][性士生工子]?\\s*[,，])\\s*${SEX_WORD}(?=\\s*(?:[,，;；。)\\n]|$))(?![,，]\\s*[男女])`),
  // After an age: 25岁以下女生, 18岁以上男性 (not 35岁以下男女不限)
  rule('GENDER_RESTRICTION', `(?:以下|以内|岁|以上)的?\\s*${SEX}(?:性|生|士|工)(?![男女]|性?不限|性?均可)`),

  // --- Age (upper limits) ---------------------------------------------------------------------
  // 35岁以下, 45周岁以下, 40岁以内, 35周岁(含)以下
  rule('AGE_RESTRICTION', `(?<!\\d)${UPPER_AGE}\\s*${AGE_UNIT}\\s*(?:\\(含\\)|含)?\\s*(?:及|或)?(?:以下|以内|之内|之下)`),
  // 不超过35周岁, 年龄最大45岁
  rule('AGE_RESTRICTION', `(?:不超过|不超出|不大于|不高于|不得超过|不能超过|不可超过|最大|最高|上限|≤|<=)\\s*${UPPER_AGE}\\s*${AGE_UNIT}`),
  // 18-35岁, 18～35周岁, 20至45周岁
  rule('AGE_RESTRICTION', `(?<![\\d.])${ANY_AGE}\\s*${AGE_UNIT}?\\s*${RANGE_DASH}\\s*${UPPER_AGE}\\s*${AGE_UNIT}`),
  // 年龄：18-35, 年龄35以下
  rule('AGE_RESTRICTION', `年龄(?:要求)?\\s*[:：]?\\s*在?\\s*${ANY_AGE}\\s*${RANGE_DASH}\\s*${UPPER_AGE}(?!\\d)(?:\\s*${AGE_UNIT})?`),
  rule('AGE_RESTRICTION', `年龄(?:要求)?\\s*[:：]?\\s*在?\\s*${UPPER_AGE}\\s*(?:及|或)?(?:以下|以内)`),
  // 40岁以上勿扰, 超过45岁不要
  rule(
    'AGE_RESTRICTION',
    `(?<!\\d)${UPPER_AGE}\\s*${AGE_UNIT}\\s*(?:\\(含\\))?\\s*(?:及|或)?以上[^\\n。;；]{0,4}?(?:${REFUSE_AFTER}|不要(?!求))`,
  ),
  rule('AGE_RESTRICTION', `(?<!不)超过\\s*${UPPER_AGE}\\s*${AGE_UNIT}[^\\n。;；]{0,4}?(?:${REFUSE_AFTER}|不要(?!求))`),
  // 限90后, 只要95后, 00后优先
  rule('AGE_RESTRICTION', `${NOT_NEGATED}${ONLY}\\s*\\d[05]后`),
  rule('AGE_RESTRICTION', `(?<!\\d)\\d[05]后${PREFERRED}`),
  // In Chinese numerals: 四十岁以内, 三十五周岁以下, 十八到三十五岁 (not 十八岁以下, 六十岁以下)
  rule('AGE_RESTRICTION', `(?<![一二三四五六七八九十])${UPPER_AGE_ZH}\\s*${AGE_UNIT}\\s*(?:\\(含\\)|含)?\\s*(?:及|或)?(?:以下|以内|之内)`),
  rule('AGE_RESTRICTION', `(?<![一二三四五六七八九十])${ANY_AGE_ZH}\\s*${AGE_UNIT}?\\s*${RANGE_DASH}\\s*${UPPER_AGE_ZH}\\s*${AGE_UNIT}`),

  // --- Hukou (registered residence) -----------------------------------------------------------
  // 限本地户口, 只招本地人, 需本地户籍 (not 不限户籍; not 本地人社局)
  rule(
    'HUKOU_RESTRICTION',
    `${NOT_NEGATED}(?:${ONLY}|须为|需为|须是|需是|必须是|必须有|要求|需要|需有|须有|需|须)\\s*${LOCAL}\\s*(?:常住)?(?:户口|户籍|籍|人(?![社力]))(?![本簿])`,
  ),
  // 仅限甘肃户籍, 限临夏籍, 仅限临夏回族自治州户籍
  rule('HUKOU_RESTRICTION', `${NOT_NEGATED}${ONLY}\\s*${PLACE}\\s*${HUKOU}`),
  // 只招兰州人, 仅限临夏人 (not 只招退役军人, 只招残疾人)
  rule('HUKOU_RESTRICTION', `${NOT_NEGATED}${ONLY}\\s*(?:招聘?|招收)?\\s*${PLACE_PERSON}`),
  // 本地户籍优先, 本地人优先, 甘肃籍优先 (not 退役军人优先, 残疾人优先, 熟练工人优先)
  rule('HUKOU_RESTRICTION', `(?:(?:${LOCAL}|${PLACE})\\s*${HUKOU}|${PLACE_PERSON})(?:人员|人士|者)?\\s*${PREFERRED}`),
  // A bare item "要求：本地户口；", "本地户籍，身体健康", "1.甘肃户籍", "35岁以下…本地户口", "本地户口 身体健康",
  // "本地户口者" (not "本地户籍人员可申请就业补贴", "不限本地户口")
  rule(
    'HUKOU_RESTRICTION',
    `(?<=^|[\\n:：;；。,，(、.\\s]|\\d[.、)]?)\\s*(?![外非不无])(?:(?:${PLACE})?\\s*${LOCAL}|${PLACE})\\s*(?:常住)?(?:户口|户籍)(?![本簿])(?=\\s*(?:[,，;；。、).\\n]|$|者|\\s))${NOT_EITHER_OR}`,
  ),
  // 持本地户口, 具有本市户籍 (not 不持…: "无论是否持本地户口" reads as negated)
  rule('HUKOU_RESTRICTION', `(?<!是否|不|无需|无须|不需|不必)(?:持有?|具有|拥有|具备)\\s*${LOCAL}\\s*(?:常住)?(?:户口|户籍)(?![本簿])`),
  // 户籍：本地, 户口要求：甘肃, 户籍：兰州市以内 (not 户籍：不限, 户籍：城镇、农村均可, 户籍：请携带户口本)
  rule(
    'HUKOU_RESTRICTION',
    `(?:户口|户籍)(?:要求)?\\s*[:：]\\s*(?!不限|无|均可|皆可|都可|不论|全国|外)(?:限|仅限|须为|需为)?\\s*(?:${LOCAL}|${PLACE})(?=\\s*(?:[,，;；。、)\\n]|$|户口|户籍|籍|人|地区|范围|以内|境内|优先))${NOT_EITHER_OR}`,
  ),
  // 外地人勿扰, 不招外地人
  rule('HUKOU_RESTRICTION', `${OUTSIDER}(?:的)?\\s*(?:${REFUSE_AFTER}|不要)`),
  rule('HUKOU_RESTRICTION', `${REFUSE_BEFORE}\\s*${OUTSIDER}`),
  // 必须是本地的, 只要本地的
  rule('HUKOU_RESTRICTION', `${NOT_NEGATED}(?:${ONLY}|须是|需是|必须是)\\s*${LOCAL}的(?=\\s*(?:[,，;；。\\n]|$))`),

  // --- Ethnicity ------------------------------------------------------------------------------
  // 限汉族, 要求汉族 (not 临夏回族自治州)
  rule('ETHNICITY_RESTRICTION', `${NOT_NEGATED}(?:${ONLY}|要求|需为|须为|必须为|必须是|须是|需是)\\s*${ETHNIC}`),
  // 汉族优先, 少数民族优先
  rule('ETHNICITY_RESTRICTION', `${ETHNIC}(?:人员|同胞|群众)?\\s*${PREFERRED}`),
  // 民族：汉族 (not 民族：不限)
  rule(
    'ETHNICITY_RESTRICTION',
    `民族(?:要求)?\\s*[:：]\\s*(?:限|仅限)?\\s*(?:${ETHNIC_GROUPS.join('|')})(?:族|(?!族))(?!\\s*[/、或和及,，]\\s*(?:${ETHNIC_GROUPS.join('|')}|少数)|族?不限|族?均可)`,
  ),
  // 不招少数民族, 少数民族勿扰
  rule('ETHNICITY_RESTRICTION', `${REFUSE_BEFORE}\\s*${ETHNIC}`),
  rule('ETHNICITY_RESTRICTION', `${ETHNIC}(?:人员|同胞)?\\s*${REFUSE_AFTER}`),

  // --- Fees charged to applicants -----------------------------------------------------------
  // 押金300元, 服装费自理, 培训费每人500元, 服装费从工资中扣除 (not 培训费用由公司承担, 服装费200元由公司承担)
  rule('FEE_CHARGED', `(?<!免|免收|无|不收|不交|不缴)${FEE}用?\\s*[:：]?\\s*${CHARGED_AFTER}${PAID_BY_SOMEONE_ELSE}`),
  // 需交押金, 缴纳200元保证金, 缴纳岗前培训费 (not 无需缴纳押金, 公司缴纳体检费)
  rule(
    'FEE_CHARGED',
    `${NEGATION_NEARBY}${NOT_BY_EMPLOYER}(?:需要|需|须|要|应|先|必须)?${PAY_VERB}\\s*(?:\\d+\\s*(?:元|块)\\s*的?|${HAN}{1,4}?)?${FEE}`,
  ),
  // A deposit taken from wages: 押一个月工资, 压半月工资, 扣押首月工资 (not 不押工资)
  rule('FEE_CHARGED', `${NEGATION_NEARBY}[押压](?:\\d+|[一两二三半])\\s*(?:个)?(?:天|周|星期|月)(?:的)?工资`),
  // 体检自费, 入职体检自理, 体检费用个人承担 (not 免费体检)
  rule(
    'FEE_CHARGED',
    `(?<!免费)体检\\s*(?:费用?)?\\s*(?:需|须)?(?:自理|自费|自付|个人承担|本人承担|自行承担|由个人承担|由本人承担|求职者承担|应聘者承担|员工承担)`,
  ),
  // 先交钱后上岗, 交费入职
  rule('FEE_CHARGED', `${NEGATION_NEARBY}(?:先(?:交|缴|付)(?:钱|费)|(?:交|缴)(?:钱|费)(?:后|才能|方可)?(?:安排)?(?:上岗|入职|上班|进厂))`),
  // 收取押金, 收取500元培训费, 工资中扣除服装费 (the employer takes it; not 不收取任何押金)
  rule(
    'FEE_CHARGED',
    `${NEGATION_NEARBY}${NOT_A_DUTY}(?:${TAKE_VERB}|${FROM_WAGES})\\s*(?:\\d+\\s*(?:元|块)\\s*(?:的|作为)?|${HAN}{1,4}?)?${FEE}`,
  ),
  // 先交300元, 需缴纳200元, 报名交50元, 收取每人100元 (not 社保个人缴纳300元, 交通补贴300元)
  rule(
    'FEE_CHARGED',
    `${NEGATION_NEARBY}${NOT_BY_EMPLOYER}${NOT_INSURANCE_OR_LIVING}(?:(?:先|需|须|要|预|请|另|再)?(?:交|缴)(?:纳|清)?|(?:先|需|须|要|预)付|(?:收取|收费)\\s*(?:每人|每位)?|充值)\\s*(?:${AMOUNT}|\\d{2,}(?=\\s*(?:保证|包|安排|就|即可|才|后)))`,
  ),
  // 自费购买工作服, 工装需自行购买 (not 劳保用品公司统一发放)
  rule(
    'FEE_CHARGED',
    `${NEGATION_NEARBY}(?:(?:自费|自掏腰包|个人出资)(?:购买|购置|办理|参加|承担|体检|培训|定制|配备)|(?:工作服|工装|服装|工服|制服|保安服|厨师服|工鞋|劳保用品|劳保鞋|安全帽|头盔|餐箱|教材)[^。；;，,\\n]{0,4}(?:需|须|要)?(?:自费|自行|个人|本人|员工)(?:购买|购置|承担|出资)|(?:自己|自行|个人)(?:出钱)?(?:买|购买|购置)\\s*(?:工作服|工装|服装|工服|制服|保安服|厨师服|工鞋|劳保用品|劳保鞋|安全帽|头盔|餐箱))`,
  ),
  // 扣押首月工资, 压第一个月工资 (wages held back as a deposit)
  rule(
    'FEE_CHARGED',
    `${NEGATION_NEARBY}(?:(?:扣押|扣压|押|压|扣留)\\s*(?:首月|头月|第一个月|前两个月|头两个月|前三个月)(?:的)?工资|工资(?:先|要|需|会)?(?:押|压|扣押|扣留)\\s*(?:一半|\\d+\\s*%|[一二三两半]成|[一两二三半]个?月|\\d+\\s*天|一部分|部分))`,
  ),

  // --- Marriage and pregnancy ---------------------------------------------------------------
  // 未婚, 未育, 未婚未育 (not 已婚、未婚均可)
  rule('MARITAL_OR_PREGNANCY', `(?<!不限|不论|不问|无论)(?:未婚|未育)(?:未育|已育)?(?![^\\n。;；]{0,3}(?:均可|皆可|都可|不限))`),
  // 已婚已育, 已育优先, 要求已婚
  rule('MARITAL_OR_PREGNANCY', '已婚已育'),
  rule('MARITAL_OR_PREGNANCY', `(?:已婚|已育)(?:人员|者|女性|男性)?${PREFERRED}`),
  rule('MARITAL_OR_PREGNANCY', `${NOT_NEGATED}(?:${ONLY}|要求|需|须)\\s*(?:已婚|已育)`),
  // 三年内不得怀孕, 不准生育 (not 不得以怀孕为由辞退)
  rule(
    'MARITAL_OR_PREGNANCY',
    `(?:(?:\\d+|[一二两三四五])\\s*年内\\s*)?(?:不得|不准|不能|不许|不可|禁止|严禁)\\s*(?:怀孕|生育|生孩子|要孩子|结婚)`,
  ),
  // 孕妇勿扰, 怀孕自动离职, 不招孕妇
  rule(
    'MARITAL_OR_PREGNANCY',
    `(?:孕妇|孕期|怀孕|哺乳期)(?:者|人员|员工|女性|妇女)?\\s*(?:${REFUSE_AFTER}|不要|视为自动离职|自动离职|即辞退|辞退|解除合同)`,
  ),
  rule('MARITAL_OR_PREGNANCY', `${REFUSE_BEFORE}\\s*(?:孕妇|怀孕|哺乳期)`),
  // A bare item: "要求汉族，女，已婚", "婚姻状况：已婚" (not "已婚、未婚均可", "未婚，已婚均可")
  rule(
    'MARITAL_OR_PREGNANCY',
    `(?<=^|[\\n:：;；。,，\\s]|\\d[.、)]?)\\s*已婚(?:已育)?(?=\\s*(?:[,，;；。)\\n]|$))(?![^\\n。;；]{0,6}(?:均可|皆可|都可|不限))`,
  ),
  // 三年内无生育计划, 近期无结婚打算
  rule(
    'MARITAL_OR_PREGNANCY',
    `(?:(?:\\d+|[一二两三四五])\\s*年内|近期|短期内|暂)?(?:无|没有|暂无|不能有|不得有)\\s*(?:生育|怀孕|结婚|婚育|要孩子|生二胎|生小孩)(?:计划|打算|意向|安排)`,
  ),

  // --- Education out of proportion to manual or elementary work (only on such postings) -------------
  // 大专及以上学历, 本科以上, 统招本科(含)以上 (not 大专以下)
  rule(
    'EDUCATION_DISPROPORTIONATE',
    `(?<!不要求|不需要|不需|无需|不必|非)${DEGREE_QUALIFIER}${DEGREE}\\s*(?:学历|文凭)?\\s*(?:\\(含\\)|含)?\\s*(?:及|或)?以上(?:学历|文凭)?`,
    MANUAL,
  ),
  // 学历：本科, 学历要求：大专及以上 (also the structured line) (not 学历：大专及以下, 学历：大专/高中均可)
  rule(
    'EDUCATION_DISPROPORTIONATE',
    `学历(?:要求)?\\s*[:：]?\\s*(?:须为|需为|须|需|要求|为|限|仅限)?${DEGREE_QUALIFIER}${DEGREE}${NOT_OR_BELOW}(?:\\s*(?:学历)?\\s*(?:\\(含\\))?\\s*(?:及|或)?以上(?:学历)?)?`,
    MANUAL,
  ),
  // 要求本科学历, 只招本科生, 须大专毕业 (not 不要求大专, 无需本科, 不限本科)
  rule(
    'EDUCATION_DISPROPORTIONATE',
    `(?<!不|无|不仅|不只|非)(?:要求|必须|须|需|${ONLY})\\s*[:：]?\\s*(?:具有|具备|有)?${DEGREE_QUALIFIER}${DEGREE}(?:学历|毕业|文凭|学位|生)?${NOT_OR_BELOW}`,
    MANUAL,
  ),
  // 本科学历优先, 大专毕业生优先
  rule('EDUCATION_DISPROPORTIONATE', `${DEGREE}(?:学历|毕业生?|文凭|学位)?\\s*${PREFERRED}`, MANUAL),
  // 985/211院校, 双一流高校毕业
  rule('EDUCATION_DISPROPORTIONATE', `(?:985|211|双一流)(?:\\s*[/、]\\s*(?:985|211))?\\s*(?:院校|高校|大学|学校)`, MANUAL),
  // 全日制本科学历, 统招大专 (a bare requirement)
  rule('EDUCATION_DISPROPORTIONATE', `(?:全日制|统招)+\\s*${DEGREE}${NOT_OR_BELOW}(?:学历|毕业|文凭)?`, MANUAL),

  // --- Health: carriers of infectious disease, disabled people ---------------------------------------
  // 不招乙肝携带者, 谢绝HIV感染者, 不收残疾人 (not 不接受乙肝歧视)
  rule(
    'HEALTH_DISCRIMINATION',
    `(?:${REFUSE_BEFORE}|拒收|不接收|不聘用|不予录用|不能是|非)\\s*(?:${INFECTED_PERSON}|${DISABLED_PERSON})(?!\\s*(?:的)?歧视)`,
  ),
  // 乙肝携带者勿扰, 大三阳不要, 有乙肝者体检不合格, 残疾人免谈
  rule(
    'HEALTH_DISCRIMINATION',
    `(?:${INFECTED_PERSON}|${DISABLED_PERSON})(?:\\s*[、/和及或]\\s*(?:${INFECTED_PERSON}|${DISABLED_PERSON}))*\\s*(?:等)?\\s*(?:传染病|传染性疾病|疾病)?\\s*(?:患者|病人|携带者|感染者)?(?:者|人员|人士|的人|的)?\\s*(?:一律|均|请|者|体检|就)?\\s*${TURNED_AWAY}`,
  ),
  // 无乙肝, 身体健康无乙肝等传染病, 未患艾滋病 (not 无乙肝歧视, 无乙肝检测要求)
  rule(
    'HEALTH_DISCRIMINATION',
    `(?:无|没有|不能有|不得有|不能患有|未患有?)\\s*(?:乙肝|乙型肝炎|大三阳|小三阳|[Hh][Ii][Vv]|艾滋病?|[Hh][Bb][Vv])(?!${HAN}{0,2}(?:歧视|限制|检测|检查|要求|项目|筛查|体检))`,
  ),
  // 乙肝五项阴性, HIV阴性, 乙肝检查须正常
  rule(
    'HEALTH_DISCRIMINATION',
    `(?:${HEALTH_TEST}|乙肝|[Hh][Bb][Vv]|[Hh][Ii][Vv]|艾滋病?)\\s*(?:(?:检查|检测|化验|结果|抗体|指标)\\s*(?:须|需|必须|要求|应)?\\s*(?:为|呈)?\\s*(?:阴性|正常|合格)|(?:须|需|必须|要求|应)?\\s*(?:为|呈)?\\s*阴性)`,
  ),
  // 体检含乙肝五项, 需查两对半, 加查HIV (not 体检不含乙肝五项, 依法不查乙肝, 接种乙肝疫苗)
  rule(
    'HEALTH_DISCRIMINATION',
    `${TEST_NOT_DEMANDED}(?:${HEALTH_TEST}|(?:查|检查|检测|化验|筛查|加查|含|包括|包含)\\s*(?:乙肝|[Hh][Bb][Vv]|[Hh][Ii][Vv]|艾滋病?)(?!疫苗)|(?:提供|出具)\\s*${INFECTION}[^。；;，,\\n]{0,6}?(?:检测|检查|化验)(?:报告|结果|证明)?)`,
  ),

  // --- Scam patterns (虚假招聘) ------------------------------------------------------------
  // 刷单, 刷信誉, 刷好评 (not 严禁刷单, 谨防刷单诈骗, 粉刷)
  rule('SCAM_PATTERN', `${NOT_WARNED}刷(?:单|信誉|好评|销量|流水|钻|粉丝?|赞)${NOT_A_WARNING_AFTER}`),
  // 需垫付, 先垫资, 垫付后返还本金 (not 路费公司垫付, 路费先垫付入职报销)
  rule(
    'SCAM_PATTERN',
    `${NOT_WARNED}(?<!(?:路费|车费|交通费|体检费|机票|车票|公司|单位|企业|厂里|厂方|我司)[^。；;，,\\n]{0,4})(?:(?:需|须|要|先|自行|自己|个人|本人|员工|求职者|用户)(?:先行|先)?垫(?:付|资)|垫(?:付|资)[^。；;\\n]{0,8}(?:返还|返现|返利|返佣|佣金|本金))`,
  ),
  // 点赞员, 抖音点赞, 看视频赚钱 (not 直播间欢迎点赞关注)
  rule(
    'SCAM_PATTERN',
    `(?:点赞|关注)(?:员|任务|兼职|赚钱|日结|返佣|佣金)|(?:抖音|快手|淘宝|小红书|视频号|微博)点赞|(?:看视频|刷视频|点赞|关注)(?:就能|即可)?赚(?:钱|佣金)`,
  ),
  // 打字员 / 录入员 with outsized pay: 日结300, 月入过万, 每千字50元
  rule('SCAM_PATTERN', '(?:网络|在线|居家|手机|兼职)?(?:打字员|录入员|抄写员)', {
    alsoRequires: `${DAILY_PAY}${digitsAtLeast(OUTSIZED_PAY.typistDaily)}|月入(?:过万|上万|破万)|每千字\\s*\\d{2,}\\s*元|时薪\\s*(?:可达|高达)?\\s*${digitsAtLeast(50)}`,
  }),
  // No experience and big money: 零基础 … 月入过万, 无需经验 … 日结500+
  rule(
    'SCAM_PATTERN',
    `月入\\s*(?:轻松)?(?:过万|上万|破万|[1-9]\\d*万\\+?)|${DAILY_PAY}${digitsAtLeast(OUTSIZED_PAY.noExperienceDaily)}\\+?`,
    {
      alsoRequires: NO_EXPERIENCE,
    },
  ),
  // Download an app and pay to start: 下载APP … 充值 / 开通会员 / 激活费
  rule(
    'SCAM_PATTERN',
    `(?<!话费|流量|燃气|电费|水费|一卡通|油卡|游戏)充值(?!业务|服务|卡)|激活费|(?:开通|购买|升级|办理)(?:VIP|vip|会员)|会员费|入会费|任务押金`,
    { alsoRequires: `(?:下载|安装|注册)[^。；;\\n]{0,10}(?:APP|App|app|软件|客户端|平台)` },
  ),
  // Slogans: 轻松月入, 躺赚, 动动手指, 在家就能赚钱, 兼职日赚, 日赚300
  rule(
    'SCAM_PATTERN',
    `轻松(?:月入|日入|日赚|赚钱|挣钱|过万)|躺(?:着)?赚|动动手指(?:就能|即可)?(?:赚|挣)?|在家(?:就能|即可|轻松)?(?:赚钱|挣钱|月入|日赚|日入)|一部手机(?:就能|即可)?(?:赚钱|挣钱|日赚|月入)|(?:兼职|手机)\\s*日(?:赚|入)|日赚\\s*(?:${digitsAtLeast(OUTSIZED_PAY.partTimeDaily)}|几百|上千|过千|千元)`,
  ),
  // Commission on tasks: 佣金秒返, 本金+佣金, 做任务返佣
  rule('SCAM_PATTERN', '佣金秒返|秒返(?:佣金|本金)?|本金\\s*(?:\\+|加|和)?\\s*佣金|返(?:还)?本金|做任务(?:返|赚)(?:佣金|现)?'),
  // Piecework sent home against a deposit: 手工活外发 … 押金 / 材料费
  rule('SCAM_PATTERN', '手工活外发|手工外发|外发手工活?|手工活(?:拿|带)回家做|在家做手工活?', {
    alsoRequires: '押金|材料费|保证金|样品费|加盟费|预付|先交|先付',
  }),

  // --- Illegal agencies (黑职介) --------------------------------------------------------------
  // 中介费500元, 介绍费由求职者承担 (not 免中介费)
  rule('ILLEGAL_AGENCY', `(?<!免|免收|无|不收|不交|不缴|零|0)${AGENCY_FEE}用?\\s*[:：]?\\s*${CHARGED_AFTER}${PAID_BY_SOMEONE_ELSE}`),
  // 收取介绍费, 先交中介费, 缴纳300元信息费 (not 不收取任何中介费)
  rule(
    'ILLEGAL_AGENCY',
    `${NEGATION_NEARBY}${NOT_A_DUTY}(?:需要|需|须|要|应|先|必须)?(?:${PAY_VERB}|${TAKE_VERB})\\s*(?:\\d+\\s*(?:元|块)\\s*的?|${HAN}{1,4}?)?${AGENCY_FEE}`,
  ),
  // A job guaranteed for a fee: 包进厂 … 手续费 300 元 (not 包进厂 alone, nor with 免费体检)
  rule(
    'ILLEGAL_AGENCY',
    '包(?:进厂|入职|上岗|录用|过面试|分配工作|安排工作)|保证(?:有)?(?:入职|录用|进厂|上岗|分配|工作)|帮(?:你|您|大家)?(?:进厂|找工作|安排工作|介绍工作)|(?:百分之百|100%|百分百)(?:入职|录用|进厂|上岗)|内(?:部)?推(?:荐)?名额',
    {
      alsoRequires: `${NEGATION_NEARBY}(?:${FEE}|名额费|办理费)${PAID_BY_SOMEONE_ELSE}|${NEGATION_NEARBY}(?:交|缴|付|收)(?:纳|取)?\\s*${AMOUNT}`,
    },
  ),
  // 代招 for an unnamed employer: 代招某大型电子厂, 厂名面议, 多家名企
  rule('ILLEGAL_AGENCY', `${AGENCY_RECRUITS}|受托招聘|委托招聘|帮(?:厂|企业|工厂)招`, {
    alsoRequires: `某(?:大型|知名|上市|国有|外资|电子|食品)?${HAN}{0,4}?(?:企业|公司|工厂|厂|集团|单位)|(?:厂名|企业名称|公司名称|单位名称|厂家)(?:暂不公开|面议|保密|面谈|到厂告知|入职告知|不便透露|到时告知|见面告知)|多家(?:名企|大厂|工厂|企业|电子厂)`,
  }),
  // 代招 with no employer named anywhere (not 受兰州XX有限公司委托代招, 用工单位：…)
  rule('ILLEGAL_AGENCY', AGENCY_RECRUITS, {
    unless: `有限(?:责任)?公司|股份公司|集团|用工单位\\s*[:：]|医院|酒店|宾馆|学校|合作社|某`,
  }),
  // 扣押身份证, 押身份证原件, 身份证交公司保管 (not 携带身份证原件, 严禁扣押身份证)
  rule(
    'ILLEGAL_AGENCY',
    `(?<!(?:不得|严禁|禁止|不会|绝不|不|无需|从不|不予|拒绝)${HAN}{0,2})(?:(?:扣押|扣留|暂扣|押|收押|上交|代为保管|代保管|统一保管)\\s*(?:求职者|员工|本人|个人|工人)?(?:的)?\\s*(?:居民)?(?:身份证|毕业证|学历证|证件)(?:原件)?(?!复印件|照|号)|(?:身份证|毕业证|证件)(?:原件)?\\s*(?:需|须|要|统一|一律)?\\s*(?:押在|扣在|押于|扣押在|(?:交由|交给|交|上交|留在|存放在|放在)\\s*(?:公司|厂里|中介|我司|单位|本公司|财务|人事)?(?:处)?\\s*(?:统一)?(?:保管|扣押|押|保存)))`,
  ),
  // Pay, then a job is arranged: 交300元安排进厂, 推荐工作先交费 (not 推荐工作不收费)
  rule(
    'ILLEGAL_AGENCY',
    `${NEGATION_NEARBY}(?:(?:交|缴|付)(?:纳)?(?:钱|费|\\d+\\s*(?:元|块)?)(?:后|即可|就)?(?:安排|推荐|介绍|包|保证)(?:有)?(?:工作|岗位|进厂|入职|上岗)|(?:安排|推荐|介绍)(?:工作|岗位|进厂)[^。；;，,\\n]{0,4}?(?<![不免无])(?:收费|收取|先交|需交|交费))`,
  ),
]);
