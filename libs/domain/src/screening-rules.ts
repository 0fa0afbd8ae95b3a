import type { ScreeningFlagCode, ScreeningRule } from './posting-screening';

/*
 * Default screening rules for job postings, as data. Patterns run on NFKC-normalised text
 * (full-width ：（）～－ and digits become half-width). Each rule aims at a restriction, not at a
 * mere mention: "男女不限", "不限户籍", "年满18周岁", "公司缴纳五险一金", "免费体检" must not match.
 *
 * Age: only upper limits from 19 to 59 are flagged. Minimum working ages (16/18) and statements
 * about minors ("16周岁以下") are lawful; limits at 60 or above follow the statutory retirement age.
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
/** 男 / 女 with an optional suffix; a following suffix is always taken, so lookaheads see past it. */
const SEX_WORD = `${SEX}(?:[性士生工子]|(?![性士生工子]))`;

const AGE_UNIT = '(?:周岁|岁)';
/** An upper age limit worth flagging: 19–59. */
const UPPER_AGE = '(?:19|[2-5]\\d)';
const ANY_AGE = '(?:1\\d|[2-5]\\d)';
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

const FEE =
  '(?:押金|抵押金|保证金|风险金|服装费|工装费|工服费|制服费|培训费|报名费|中介费|介绍费|信息费|资料费|建档费|体检费|办证费|上岗费|管理费|服务费)';
const NEGATION_NEARBY = `(?<!(?:不|无|免|勿|禁止|严禁|杜绝|拒绝)${HAN}{0,6})`;
const PAID_BY_SOMEONE_ELSE = '(?![^\\n。;；]{0,8}(?:公司|单位|企业|厂方|我司|国家|政府|财政)(?:承担|负担|支付|报销|补贴|出|全额))';

function rule(code: ScreeningFlagCode, source: string): ScreeningRule {
  return { code, pattern: new RegExp(source, 'g') };
}

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
    `(?<=^|[\\n:：;；。,，(、.\\s]|\\d[.、)]?)\\s*(?![外非不无])(?:${LOCAL}|${PLACE})\\s*(?:常住)?(?:户口|户籍)(?![本簿])(?=\\s*(?:[,，;；。、).\\n]|$|者|\\s))${NOT_EITHER_OR}`,
  ),
  // 持本地户口, 具有本市户籍 (not 不持…: "无论是否持本地户口" reads as negated)
  rule('HUKOU_RESTRICTION', `(?<!是否|不|无需|无须|不需|不必)(?:持有?|具有|拥有|具备)\\s*${LOCAL}\\s*(?:常住)?(?:户口|户籍)(?![本簿])`),
  // 户籍：本地, 户口要求：甘肃, 户籍：兰州市以内 (not 户籍：不限, 户籍：城镇、农村均可, 户籍：请携带户口本)
  rule(
    'HUKOU_RESTRICTION',
    `(?:户口|户籍)(?:要求)?\\s*[:：]\\s*(?!不限|无|均可|皆可|都可|不论|全国|外)(?:限|仅限|须为|需为)?\\s*(?:${LOCAL}|${PLACE})(?=\\s*(?:[,，;；。、)\\n]|$|户口|户籍|籍|人|地区|范围|以内|境内|优先))${NOT_EITHER_OR}`,
  ),
  // 外地人勿扰, 不招外地人
  rule('HUKOU_RESTRICTION', `${OUTSIDER}\\s*(?:${REFUSE_AFTER}|不要)`),
  rule('HUKOU_RESTRICTION', `${REFUSE_BEFORE}\\s*${OUTSIDER}`),

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
  // 押金300元, 服装费自理, 培训费每人500元 (not 培训费用由公司承担, 服装费200元由公司承担)
  rule(
    'FEE_CHARGED',
    `(?<!免|免收|无|不收|不交|不缴)${FEE}用?\\s*[:：]?\\s*(?:(?:每人|每位|每次|人均|约|大约)?\\s*\\d+\\s*(?:元|块)|自理|自付|自费|自担|由?(?:个人|本人|求职者|应聘者|员工|学员)(?:自行)?(?:承担|负担|支付|缴纳|交纳|交|缴)|另(?:交|缴|付|收|计))${PAID_BY_SOMEONE_ELSE}`,
  ),
  // 需交押金, 收取培训费, 缴纳200元保证金 (not 无需缴纳押金, 严禁向求职者收取押金)
  rule(
    'FEE_CHARGED',
    `${NEGATION_NEARBY}(?:需要|需|须|要|应|先|必须)?(?:交纳|缴纳|交|缴|收取|收|支付|付)\\s*(?:\\d+\\s*(?:元|块)\\s*的?)?${FEE}`,
  ),
  // A deposit taken from wages: 押一个月工资, 压半月工资 (not 不押工资)
  rule('FEE_CHARGED', `${NEGATION_NEARBY}[押压](?:\\d+|[一两二三半])\\s*(?:个)?(?:天|周|星期|月)(?:的)?工资`),
  // 体检自费, 入职体检自理 (not 免费体检)
  rule('FEE_CHARGED', `(?<!免费)体检\\s*(?:自理|自费|自付|个人承担|本人承担|自行承担)`),
  // 先交钱后上岗, 交费入职
  rule('FEE_CHARGED', `${NEGATION_NEARBY}(?:先(?:交|缴|付)(?:钱|费)|(?:交|缴)(?:钱|费)(?:后|才能|方可)?(?:上岗|入职|上班))`),

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
]);
