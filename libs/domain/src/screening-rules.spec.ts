import { DEFAULT_SCREENING_RULES } from './screening-rules';

/**
 * One witness phrase per default rule, in rule order: proves every rule still fires on the text
 * it was written for, so none is dead. Behaviour across the whole rule set (neutral phrases that
 * must stay clean) is tested in posting-screening.spec.ts.
 */
const WITNESSES: [string, string][] = [
  ['GENDER_RESTRICTION', '仅限女性'],
  ['GENDER_RESTRICTION', '男性优先'],
  ['GENDER_RESTRICTION', '性别要求：女'],
  ['GENDER_RESTRICTION', '不招女性'],
  ['GENDER_RESTRICTION', '女士勿扰'],
  ['GENDER_RESTRICTION', '1.男，25-45岁'],
  ['GENDER_RESTRICTION', '招男工'],
  ['GENDER_RESTRICTION', '只要阿姨'],
  ['GENDER_RESTRICTION', '招前台一名，女性，30岁以下'],
  ['GENDER_RESTRICTION', '25岁以下女生'],
  ['AGE_RESTRICTION', '35周岁以下'],
  ['AGE_RESTRICTION', '不超过35周岁'],
  ['AGE_RESTRICTION', '18～35周岁'],
  ['AGE_RESTRICTION', '年龄：18-35'],
  ['AGE_RESTRICTION', '年龄35以下'],
  ['AGE_RESTRICTION', '40岁以上勿扰'],
  ['AGE_RESTRICTION', '超过45岁不要'],
  ['AGE_RESTRICTION', '限90后'],
  ['AGE_RESTRICTION', '95后优先'],
  ['AGE_RESTRICTION', '四十岁以内'],
  ['AGE_RESTRICTION', '十八到三十五岁'],
  ['HUKOU_RESTRICTION', '限本地户口'],
  ['HUKOU_RESTRICTION', '仅限甘肃户籍'],
  ['HUKOU_RESTRICTION', '只招兰州人'],
  ['HUKOU_RESTRICTION', '本地户籍优先'],
  ['HUKOU_RESTRICTION', '本地户口'],
  ['HUKOU_RESTRICTION', '持本地户口'],
  ['HUKOU_RESTRICTION', '户籍：本地'],
  ['HUKOU_RESTRICTION', '外地人勿扰'],
  ['HUKOU_RESTRICTION', '不招外地人'],
  ['HUKOU_RESTRICTION', '必须是本地的'],
  ['ETHNICITY_RESTRICTION', '限汉族'],
  ['ETHNICITY_RESTRICTION', '汉族优先'],
  ['ETHNICITY_RESTRICTION', '民族：汉族'],
  ['ETHNICITY_RESTRICTION', '不招少数民族'],
  ['ETHNICITY_RESTRICTION', '少数民族勿扰'],
  ['FEE_CHARGED', '押金300元'],
  ['FEE_CHARGED', '入职需交押金'],
  ['FEE_CHARGED', '押一个月工资'],
  ['FEE_CHARGED', '体检自费'],
  ['FEE_CHARGED', '先交钱后上岗'],
  ['FEE_CHARGED', '收取押金'],
  ['FEE_CHARGED', '先交300元'],
  ['FEE_CHARGED', '自费购买工作服'],
  ['FEE_CHARGED', '扣押首月工资'],
  ['MARITAL_OR_PREGNANCY', '未婚未育'],
  ['MARITAL_OR_PREGNANCY', '已婚已育'],
  ['MARITAL_OR_PREGNANCY', '已育优先'],
  ['MARITAL_OR_PREGNANCY', '要求已婚'],
  ['MARITAL_OR_PREGNANCY', '三年内不得怀孕'],
  ['MARITAL_OR_PREGNANCY', '孕妇勿扰'],
  ['MARITAL_OR_PREGNANCY', '不招孕妇'],
  ['MARITAL_OR_PREGNANCY', '要求汉族，女，已婚'],
  ['MARITAL_OR_PREGNANCY', '三年内无生育计划'],
  ['EDUCATION_DISPROPORTIONATE', '大专及以上学历'],
  ['EDUCATION_DISPROPORTIONATE', '学历：本科'],
  ['EDUCATION_DISPROPORTIONATE', '要求本科学历'],
  ['EDUCATION_DISPROPORTIONATE', '本科学历优先'],
  ['EDUCATION_DISPROPORTIONATE', '985院校'],
  ['EDUCATION_DISPROPORTIONATE', '全日制本科学历'],
  ['HEALTH_DISCRIMINATION', '不招乙肝携带者'],
  ['HEALTH_DISCRIMINATION', '乙肝携带者勿扰'],
  ['HEALTH_DISCRIMINATION', '无乙肝'],
  ['HEALTH_DISCRIMINATION', '乙肝五项阴性'],
  ['HEALTH_DISCRIMINATION', '需查两对半'],
  ['SCAM_PATTERN', '刷单'],
  ['SCAM_PATTERN', '需垫付'],
  ['SCAM_PATTERN', '点赞员'],
  ['SCAM_PATTERN', '打字员'],
  ['SCAM_PATTERN', '月入过万'],
  ['SCAM_PATTERN', '充值'],
  ['SCAM_PATTERN', '轻松月入'],
  ['SCAM_PATTERN', '佣金秒返'],
  ['SCAM_PATTERN', '手工活外发'],
  ['ILLEGAL_AGENCY', '中介费500元'],
  ['ILLEGAL_AGENCY', '收取介绍费'],
  ['ILLEGAL_AGENCY', '包进厂'],
  ['ILLEGAL_AGENCY', '代招'],
  ['ILLEGAL_AGENCY', '代招'],
  ['ILLEGAL_AGENCY', '扣押身份证'],
  ['ILLEGAL_AGENCY', '交300元安排进厂'],
];

describe('DEFAULT_SCREENING_RULES', () => {
  it('has one witness per rule', () => {
    expect(DEFAULT_SCREENING_RULES).toHaveLength(WITNESSES.length);
  });

  it.each(WITNESSES.map(([code, phrase], i) => [i, code, phrase] as const))('rule %i (%s) fires on its witness %p', (i, code, phrase) => {
    const rule = DEFAULT_SCREENING_RULES[i];
    expect(rule.code).toBe(code);
    expect(phrase.normalize('NFKC').match(new RegExp(rule.pattern.source))).not.toBeNull();
  });

  it('makes every pattern global so all occurrences are found', () => {
    for (const rule of DEFAULT_SCREENING_RULES) expect(rule.pattern.flags).toContain('g');
  });

  it('keeps the combination parts of a rule stateless (no global flag) and their conditions known', () => {
    for (const rule of DEFAULT_SCREENING_RULES) {
      for (const part of [rule.alsoRequires, rule.unless]) if (part) expect(part.flags).not.toMatch(/[gy]/);
      if (rule.when) expect(rule.when).toBe('MANUAL_OR_ELEMENTARY_WORK');
    }
  });

  it('limits every education rule to manual or elementary work', () => {
    const education = DEFAULT_SCREENING_RULES.filter((r) => r.code === 'EDUCATION_DISPROPORTIONATE');
    expect(education.length).toBeGreaterThan(0);
    for (const rule of education) expect(rule.when).toBe('MANUAL_OR_ELEMENTARY_WORK');
  });

  it('matches neither empty nor blank text', () => {
    for (const rule of DEFAULT_SCREENING_RULES) {
      expect(new RegExp(rule.pattern.source).test('')).toBe(false);
      expect(new RegExp(rule.pattern.source).test(' \n\t')).toBe(false);
    }
  });

  it('cannot be changed by callers', () => {
    expect(Object.isFrozen(DEFAULT_SCREENING_RULES)).toBe(true);
  });

  it('screens a long text quickly (no catastrophic backtracking)', () => {
    const text =
      '限'.repeat(5_000) +
      '男女不限'.repeat(2_000) +
      '1'.repeat(5_000) +
      '岁'.repeat(5_000) +
      '不'.repeat(3_000) +
      '交'.repeat(3_000) +
      '乙肝'.repeat(2_000) +
      '日结'.repeat(2_000) +
      '9'.repeat(3_000) +
      '代招某'.repeat(1_000);
    const started = Date.now();
    for (const rule of DEFAULT_SCREENING_RULES) {
      text.match(rule.pattern);
      if (rule.alsoRequires) rule.alsoRequires.test(text);
      if (rule.unless) rule.unless.test(text);
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
