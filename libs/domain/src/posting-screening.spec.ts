import {
  SCREENING_FLAG_CODES,
  ScreeningFlag,
  ScreeningFlagCode,
  ScreeningRule,
  screenJobPosting,
  screenPostingDraft,
} from './posting-screening';
import { DEFAULT_SCREENING_RULES } from './screening-rules';

/** Code and evidence only: each flag's clause (the same for every flag of a code) is tested on its own below. */
const plain = (flags: ScreeningFlag[]) => flags.map(({ code, evidence }) => ({ code, evidence }));
const flagsOf = (text: string) => plain(screenJobPosting({ title: '', description: text }));
const codesOf = (text: string) => [...new Set(flagsOf(text).map((f) => f.code))];

/** Each positive phrase must raise its code with evidence found in the (normalised) text. */
function expectFlagged(code: ScreeningFlagCode, phrases: string[]) {
  it.each(phrases)(`flags %p as ${code}`, (phrase) => {
    const flags = flagsOf(phrase).filter((f) => f.code === code);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(phrase.normalize('NFKC')).toContain(flag.evidence);
  });
}

/** Each neutral phrase must raise no flag of any kind. */
function expectClean(phrases: string[]) {
  it.each(phrases)('does not flag %p', (phrase) => {
    expect(flagsOf(phrase)).toEqual([]);
  });
}

describe('screenJobPosting', () => {
  describe('gender', () => {
    expectFlagged('GENDER_RESTRICTION', [
      '限男性',
      '仅限女性',
      '只招男',
      '只招女工',
      '限招男性，身体健康',
      '只要女生',
      '仅限男士',
      '限女',
      '男性优先',
      '同等条件下女性优先',
      '女士优先',
      '性别：男',
      '性别要求：女性',
      '性别:女',
      '性别 男',
      '不招女性',
      '谢绝男士',
      '女士勿扰',
      '男性免谈',
      '招男工20名',
      '招聘女工若干',
      '招聘男性保安',
      '要求：1.男，25-45岁；2.持C1驾照',
      '任职要求：女；',
      '① 女性，能倒班',
      '男\n身体健康',
      '保洁员（女）',
    ]);

    expectClean([
      '男女不限',
      '性别不限',
      '不限男女',
      '不限性别',
      '性别：不限',
      '性别：男女不限',
      '性别：男/女',
      '性别：男、女均可',
      '性别：男性/女性',
      '性别：男性、女性均可',
      '男性、女性均可',
      '招聘男女工若干',
      '男女均可，吃苦耐劳',
      '不仅限男性，欢迎女性应聘',
      '女职工享受三八节福利',
      '提供男女分开的员工宿舍',
      '女性员工依法享受产假',
      '男，女各5名',
      '1.男、女均可',
      '招聘：男3名，女2名',
      '宿舍：男：4人间；女：4人间',
      '普工（男女不限）',
      '普工（男/女）',
    ]);

    it('reports the matched phrase as evidence', () => {
      expect(flagsOf('要求：限男性，能吃苦')).toEqual([{ code: 'GENDER_RESTRICTION', evidence: '限男性' }]);
    });
  });

  describe('age', () => {
    expectFlagged('AGE_RESTRICTION', [
      '35岁以下',
      '年龄35周岁以下',
      '45周岁以下',
      '40岁以内',
      '35周岁（含）以下',
      '35周岁及以下',
      '年龄18-35岁',
      '年龄18～35周岁',
      '18—35岁',
      '20至45周岁',
      '18到30岁',
      '16-24岁',
      '年龄：18-35',
      '年龄要求：20～40',
      '年龄35以下',
      '年龄不超过35周岁',
      '年龄最大45岁',
      '40岁以上勿扰',
      '45岁以上不要',
      '超过50岁不考虑',
      '限90后',
      '只要95后',
      '00后优先',
      '３５岁以下',
      '年龄19岁以下',
      '年龄59岁以下',
    ]);

    expectClean([
      '年满18周岁',
      '年满16周岁',
      '18周岁以上',
      '16岁以上',
      '年龄18岁以上，身体健康',
      '年龄不限',
      '60岁以下',
      '年龄18-60岁',
      '18至65周岁',
      '严禁招用16周岁以下童工',
      '不招用未满18周岁的未成年人',
      '18岁以下不予录用',
      '45岁以上，不要求学历',
      '月薪3000-5000元',
      '工作时间8:00-18:00',
      '工作经验3-5年',
      '90后团队氛围好',
      '公司成立于2010年，员工平均年龄30岁',
    ]);

    it('flags an upper limit of 19 but not 18, and 59 but not 60', () => {
      expect(codesOf('19岁以下')).toEqual(['AGE_RESTRICTION']);
      expect(codesOf('18岁以下')).toEqual([]);
      expect(codesOf('59岁以下')).toEqual(['AGE_RESTRICTION']);
      expect(codesOf('60岁以下')).toEqual([]);
      expect(codesOf('18-59岁')).toEqual(['AGE_RESTRICTION']);
      expect(codesOf('18-60岁')).toEqual([]);
    });

    it('reports one flag for one phrase matched by overlapping rules', () => {
      expect(flagsOf('年龄18-35岁以下')).toHaveLength(1);
    });
  });

  describe('hukou', () => {
    expectFlagged('HUKOU_RESTRICTION', [
      '限本地户口',
      '仅限本地户籍',
      '本地户籍优先',
      '本地户口优先',
      '本地人优先',
      '只招本地人',
      '需本地户口',
      '要求本市户籍',
      '须有本地户口',
      '仅限甘肃户籍',
      '限临夏籍',
      '仅限临夏回族自治州户籍',
      '仅限甘肃省户籍人员',
      '同等条件下甘肃户籍优先',
      '甘肃籍优先',
      '外地人勿扰',
      '非本地户口免谈',
      '不招外地人',
      '谢绝外省人员',
      '本地户口',
      '本地户籍',
      '要求：本地户口；',
      '本地户籍，身体健康',
      '1.甘肃户籍',
      '仅限临夏籍',
      '限甘肃户籍',
      '只招兰州人',
      '只招甘肃人',
      '仅限临夏人',
      '限兰州市人',
      '临夏本地人优先',
      '临夏人优先',
      '同等条件下临夏人优先',
      '兰州人优先',
      '当地人优先',
      '本地人员优先',
      '户籍：本地',
      '户口要求：甘肃',
      '户籍：兰州市以内',
      '户籍：甘肃，年龄不限',
      '本地户籍，年龄不限',
      // The issue 10 posting, and the same item after an ellipsis, a space, or as a kind of person.
      '限男性，35岁以下…本地户口',
      '限男性 35岁以下 本地户口 身体健康',
      '本地户口…',
      '本地户口者',
      '持本地户口',
      '具有本市户籍',
    ]);

    // Priority groups (重点群体) are a lawful policy preference, not a hukou restriction: a bare
    // two-character "place" before 人 must not swallow part of another word (退役军人 → "役军" + 人).
    expectClean([
      '退役军人优先',
      '军人优先',
      '同等条件下退役军人优先',
      '招聘退役军人优先',
      '复员军人优先',
      '伤残军人优先',
      '只招退役军人',
      '本地脱贫劳动力优先',
      '脱贫劳动力优先',
      '高校毕业生优先',
      '残疾人优先',
      '残疾人士优先',
      '随军家属优先',
      '农民工优先',
      '返乡农民工优先',
      '退休人员优先',
      '熟练工人优先',
      '技术工人优先',
      '负责人优先',
      '社区人员优先',
      '户籍：不限',
      '户籍：城镇、农村均可',
      '户籍：甘肃省内外均可',
      '城镇户口、农村户口均可',
      '不限本地户口',
      '无论是否持本地户口均可报名',
      '本地户籍人员可申请就业补贴',
      '退役军人优先',
      '本地脱贫劳动力优先',
      '学历不限；不限户籍，欢迎返乡农民工',
      '城镇户口，农村户口均可',
      '本地户口，外地户口均可',
      '户籍：请携带户口本',
      '入职需提供户籍证明',
      '限兰州人民医院工作',
      '兰州人民医院优先',
      '本地人力资源市场',
    ]);

    it('reports the local-hiring preference of a priority group as the hukou part only', () => {
      expect(flagsOf('临夏本地人优先，退役军人优先')).toEqual([{ code: 'HUKOU_RESTRICTION', evidence: '本地人优先' }]);
    });

    expectClean([
      '不限户籍',
      '户籍不限',
      '户口不限，外地人员提供住宿',
      '欢迎外地务工人员',
      '需本地人社局备案',
      '入职需提供身份证、户口本复印件',
      '要求中国国籍',
      '仅限在校学籍学生',
      '本地户籍人员可申请就业补贴',
      '学历不限户籍不限',
    ]);
  });

  describe('ethnicity', () => {
    expectFlagged('ETHNICITY_RESTRICTION', [
      '限汉族',
      '仅限汉族',
      '只招汉族',
      '要求汉族',
      '汉族优先',
      '回族优先',
      '少数民族优先',
      '民族：汉族',
      '民族:汉',
      '不招少数民族',
      '少数民族勿扰',
      '谢绝维吾尔族',
      '仅限东乡族',
    ]);

    expectClean([
      '民族不限',
      '不限民族',
      '民族：不限',
      '民族：汉族、回族均可',
      '尊重少数民族风俗习惯，提供清真餐',
      '工作地点：临夏回族自治州',
      '限临夏回族自治州范围内工作',
      '各族群众均可报名',
    ]);
  });

  describe('fees', () => {
    expectFlagged('FEE_CHARGED', [
      '押金300元',
      '入职需交押金',
      '需缴纳服装费200元',
      '服装费自理',
      '体检费自理',
      '体检费用自理',
      '体检自费',
      '培训费：2000元',
      '培训费每人500元',
      '报名费50元',
      '收取报名费',
      '缴纳500元保证金',
      '先交中介费',
      '介绍费由求职者承担',
      '工装费个人承担',
      '押金300元，满三个月退还',
      '先交钱后上岗',
      '交费入职',
      '押金：３００元',
      '日结150元，押一天工资',
      '押一个月工资',
      '压半月工资',
    ]);

    expectClean([
      '公司缴纳五险一金',
      '免费体检',
      '入职免费体检',
      '提供免费岗前培训',
      '培训费用由公司承担',
      '服装费200元由公司承担',
      '入职体检费用公司报销',
      '不收取任何费用',
      '无需缴纳押金',
      '不需要交押金',
      '免押金，免服装费',
      '严禁向求职者收取押金',
      '本单位不收取报名费、培训费',
      '培训费补贴1000元',
      '培训费2000元由政府补贴',
      '缴纳社会保险',
      '月薪4000元，包吃住',
      '不押工资，按月足额发放',
      '水电费自理',
      '健康证办理费用公司报销',
      '社保由公司和个人按比例缴纳',
    ]);
  });

  describe('marriage and pregnancy', () => {
    expectFlagged('MARITAL_OR_PREGNANCY', [
      '未婚',
      '限未婚女性',
      '未婚未育',
      '未育',
      '已婚已育',
      '已婚已育优先',
      '已育优先',
      '要求已婚',
      '入职三年内不得怀孕',
      '2年内不准生育',
      '不准结婚',
      '孕妇勿扰',
      '怀孕自动离职',
      '不招孕妇',
      '哺乳期女性免谈',
    ]);

    expectClean([
      '婚否不限',
      '婚育不限',
      '已婚、未婚均可',
      '享受婚假、产假',
      '女职工孕期、产期、哺乳期依法享受特殊保护',
      '不得以怀孕为由辞退女职工',
      '怀孕女职工可调整岗位',
      '提供夫妻房',
    ]);
  });

  describe('a whole posting', () => {
    it('returns no flags for a fair posting', () => {
      expect(
        plain(
          screenJobPosting({
            title: '电焊工（甘康电焊工劳务品牌）',
            description: '男女不限，年满18周岁，身体健康。公司缴纳五险一金，免费体检，提供免费岗前培训，包吃住。',
            requirementsText: '持有焊工证（四级/中级工）优先；不限户籍，欢迎返乡农民工。',
          }),
        ),
      ).toEqual([]);
    });

    it('flags every restriction in reading order across title, description and requirements', () => {
      expect(
        plain(
          screenJobPosting({
            title: '招聘普工（限男性）',
            description: '年龄18-35岁，本地户籍优先。入职需交押金300元。',
            requirementsText: '汉族，未婚。',
          }),
        ),
      ).toEqual([
        { code: 'GENDER_RESTRICTION', evidence: '限男性' },
        { code: 'AGE_RESTRICTION', evidence: '年龄18-35岁' },
        { code: 'HUKOU_RESTRICTION', evidence: '本地户籍优先' },
        { code: 'FEE_CHARGED', evidence: '需交押金' },
        { code: 'MARITAL_OR_PREGNANCY', evidence: '未婚' },
      ]);
    });

    it('reports a repeated phrase once', () => {
      expect(plain(screenJobPosting({ title: '保安（限男性）', description: '限男性，限男性。', requirementsText: '限男性' }))).toEqual([
        { code: 'GENDER_RESTRICTION', evidence: '限男性' },
      ]);
    });

    it('reports different phrases of the same kind separately', () => {
      expect(flagsOf('限男性；男性优先')).toEqual([
        { code: 'GENDER_RESTRICTION', evidence: '限男性' },
        { code: 'GENDER_RESTRICTION', evidence: '男性优先' },
      ]);
    });

    it('does not match a phrase split across two fields', () => {
      expect(screenJobPosting({ title: '保安 限', description: '男性员工宿舍齐全' })).toEqual([]);
    });

    it('treats missing requirements as empty', () => {
      expect(screenJobPosting({ title: '普工', description: '包吃住' })).toEqual([]);
    });

    it('reports evidence in half-width form for full-width input', () => {
      expect(flagsOf('年龄１８－３５岁')).toEqual([{ code: 'AGE_RESTRICTION', evidence: '年龄18-35岁' }]);
    });
  });

  describe('screenPostingDraft (what the API stores and the editor previews)', () => {
    it('reads the truth card note with the description and certificate names as requirements', () => {
      expect(
        plain(
          screenPostingDraft({
            title: '普工',
            description: '负责装卸。',
            truthCardNote: '入职需交押金300元',
            certificateNames: ['叉车证（限男性）', undefined],
          }),
        ),
      ).toEqual([
        { code: 'FEE_CHARGED', evidence: '需交押金' },
        { code: 'GENDER_RESTRICTION', evidence: '限男性' },
      ]);
    });

    it('keeps the description and the note apart: a description ending in 不 does not negate the note', () => {
      expect(plain(screenPostingDraft({ title: '普工', description: '学历不', truthCardNote: '限男性' }))).toEqual([
        { code: 'GENDER_RESTRICTION', evidence: '限男性' },
      ]);
    });

    it('flags the issue 10 posting and leaves lawful preferences clean', () => {
      expect(screenPostingDraft({ title: '装卸工', description: '限男性，35岁以下…本地户口' }).map((f) => f.evidence)).toEqual([
        '限男性',
        '35岁以下',
        '本地户口',
      ]);
      expect(
        plain(
          screenPostingDraft({
            title: '装卸工',
            description: '退役军人优先，本地脱贫劳动力优先',
            truthCardNote: null,
            certificateNames: [],
          }),
        ),
      ).toEqual([]);
    });
  });

  describe('rules as data', () => {
    it('lists every code the default rules raise, each once', () => {
      expect([...SCREENING_FLAG_CODES].sort()).toEqual([...new Set(DEFAULT_SCREENING_RULES.map((r) => r.code))].sort());
      expect(new Set(SCREENING_FLAG_CODES).size).toBe(SCREENING_FLAG_CODES.length);
    });

    it('uses only the documented flag codes', () => {
      const codes = new Set(DEFAULT_SCREENING_RULES.map((r) => r.code));
      expect([...codes].sort()).toEqual(
        [
          'AGE_RESTRICTION',
          'EDUCATION_DISPROPORTIONATE',
          'ETHNICITY_RESTRICTION',
          'FEE_CHARGED',
          'GENDER_RESTRICTION',
          'HEALTH_DISCRIMINATION',
          'HUKOU_RESTRICTION',
          'ILLEGAL_AGENCY',
          'MARITAL_OR_PREGNANCY',
          'SCAM_PATTERN',
        ].sort(),
      );
    });

    it('applies caller-supplied rules instead of the defaults', () => {
      const rules: ScreeningRule[] = [{ code: 'FEE_CHARGED', pattern: /茶水费/ }];
      expect(plain(screenJobPosting({ title: '', description: '限男性，每月茶水费50元' }, rules))).toEqual([
        { code: 'FEE_CHARGED', evidence: '茶水费' },
      ]);
    });

    it('finds every occurrence even when a supplied pattern is not global', () => {
      const rules: ScreeningRule[] = [{ code: 'AGE_RESTRICTION', pattern: /\d+岁以下/ }];
      expect(plain(screenJobPosting({ title: '', description: '30岁以下；40岁以下' }, rules))).toHaveLength(2);
    });

    it('does not leave state in a supplied global pattern between calls', () => {
      const rules: ScreeningRule[] = [{ code: 'GENDER_RESTRICTION', pattern: /限男/g }];
      expect(plain(screenJobPosting({ title: '限男', description: '' }, rules))).toHaveLength(1);
      expect(plain(screenJobPosting({ title: '限男', description: '' }, rules))).toHaveLength(1);
    });

    it('returns nothing with an empty rule set', () => {
      expect(screenJobPosting({ title: '限男性', description: '35岁以下' }, [])).toEqual([]);
    });
  });
});
